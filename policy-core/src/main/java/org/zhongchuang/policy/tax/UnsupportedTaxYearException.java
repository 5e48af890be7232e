package org.zhongchuang.policy.tax;

import java.time.Year;
import org.zhongchuang.policy.PolicyInputException;

/**
 * A tax year the catalogue cannot answer for: before enterprise income tax as the catalogue knows it, or a year in
 * which the catalogue holds no rule for a quantity the assessment needs.
 */
public final class UnsupportedTaxYearException extends PolicyInputException {
  private static final long serialVersionUID = 1L;

  private final Year taxYear;

  UnsupportedTaxYearException(Year taxYear, String message) {
    super(message);
    this.taxYear = taxYear;
  }

  /** The year asked for. */
  public Year taxYear() {
    return taxYear;
  }
}
