package org.zhongchuang.policy.tax;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.time.Year;
import org.zhongchuang.policy.law.Jurisdiction;

/**
 * One enterprise's tax year to assess: the unit of a population
 * ({@link SmallLowProfitTaxCalculator#assessAll(java.util.stream.Stream)}). Immutable and serializable.
 *
 * @param taxYear the tax (calendar) year, not null
 * @param jurisdiction where the enterprise is, not null
 * @param facts the enterprise's facts, not null
 */
public record TaxCase(Year taxYear, Jurisdiction jurisdiction, EnterpriseFacts facts) implements Serializable {

  public TaxCase {
    requireNonNull(taxYear, "taxYear");
    requireNonNull(jurisdiction, "jurisdiction");
    requireNonNull(facts, "facts");
  }
}
