package org.zhongchuang.policy.tax;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.time.Year;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.text.Phrase;

/**
 * One quarterly prepayment (预缴) to assess: the tax year, the quarter, where the enterprise is, its figures of the year
 * to the end of the quarter (the cumulative taxable income as {@link EnterpriseFacts#taxableIncome()}, the headcount
 * and assets of the quarters so far), and the tax it already prepaid this year. Immutable and serializable.
 *
 * @param taxYear the tax year, not null
 * @param quarter 1 to 4
 * @param jurisdiction where the enterprise is, not null
 * @param yearToDate the figures to the end of the quarter, not null; quarterly values for at most that many quarters
 * @param prepaid the tax prepaid earlier in the year, zero or more, not null
 */
public record PrepaymentCase(Year taxYear, int quarter, Jurisdiction jurisdiction, EnterpriseFacts yearToDate,
    Cny prepaid) implements Serializable {

  /**
   * @throws PolicyInputException if the quarter is not 1 to 4, the prepaid tax is negative, or more quarters of
   *     headcount or assets are given than have passed
   */
  public PrepaymentCase {
    requireNonNull(taxYear, "taxYear");
    requireNonNull(jurisdiction, "jurisdiction");
    requireNonNull(yearToDate, "yearToDate");
    requireNonNull(prepaid, "prepaid");
    if (quarter < 1 || quarter > 4) {
      throw new PolicyInputException(Phrase.of("error.prepay.quarter", quarter));
    }
    if (prepaid.isNegative()) {
      throw new PolicyInputException(Phrase.of("error.prepay.prepaid", prepaid));
    }
    int values = Math.max(yearToDate.employeesByQuarter().size(), yearToDate.assetValues().size());
    if (values > 2 * quarter) {
      throw new SizeFormException(Phrase.of("error.prepay.tooManyQuarters", values / 2, quarter));
    }
  }

  /** The same as the constructor. */
  public static PrepaymentCase of(int taxYear, int quarter, Jurisdiction jurisdiction, EnterpriseFacts yearToDate,
      Cny prepaid) {
    return new PrepaymentCase(Year.of(taxYear), quarter, jurisdiction, yearToDate, prepaid);
  }
}
