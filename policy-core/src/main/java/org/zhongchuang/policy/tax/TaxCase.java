package org.zhongchuang.policy.tax;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.time.Year;
import org.zhongchuang.policy.law.Jurisdiction;

/**
 * One enterprise's tax year to assess. Immutable and serializable.
 *
 * @param taxYear the tax (calendar) year, not null
 * @param jurisdiction where the enterprise is: the provisions of every place it lies within apply, not null
 * @param facts the enterprise's facts, not null
 */
public record TaxCase(Year taxYear, Jurisdiction jurisdiction, EnterpriseFacts facts) implements Serializable {

  public TaxCase {
    requireNonNull(taxYear, "taxYear");
    requireNonNull(jurisdiction, "jurisdiction");
    requireNonNull(facts, "facts");
  }

  /** The same as the constructor. */
  public static TaxCase of(Year taxYear, Jurisdiction jurisdiction, EnterpriseFacts facts) {
    return new TaxCase(taxYear, jurisdiction, facts);
  }

  /** As {@link #of(Year, Jurisdiction, EnterpriseFacts)} for a year given as a number. */
  public static TaxCase of(int taxYear, Jurisdiction jurisdiction, EnterpriseFacts facts) {
    return new TaxCase(Year.of(taxYear), jurisdiction, facts);
  }
}
