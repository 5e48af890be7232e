package org.zhongchuang.policy.catalogue;

import static java.util.Objects.requireNonNull;

import java.time.Year;
import org.zhongchuang.policy.text.Text;

/**
 * 国家税务总局公告2015年第61号: in a tax year where a whole-income relief starts during the year, an enterprise
 * established before that start has the relief on the share of its income for the months after the start
 * (months operated after the start ÷ months operated in the year); an enterprise established on or after the start
 * has it for the whole year. A new enterprise's first month is the month of its tax registration.
 *
 * @param taxYear the year it governs, not null
 */
public record SplitYearApportionment(Year taxYear) implements Terms {
  public SplitYearApportionment {
    requireNonNull(taxYear, "taxYear");
  }

  /** The same rule for another tax year. */
  public SplitYearApportionment withTaxYear(Year newYear) {
    return new SplitYearApportionment(newYear);
  }

  @Override
  public TermsKind termsKind() {
    return TermsKind.SPLIT_YEAR;
  }

  @Override
  public Text summary() {
    return Text.of(taxYear + " 年度按经营月份划分优惠起始日前后的所得",
        "tax year " + taxYear + ": income apportioned by months operated before and after the relief starts");
  }
}
