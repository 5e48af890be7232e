package org.zhongchuang.policy.catalogue;

import static java.util.Objects.requireNonNull;

import org.zhongchuang.policy.text.Text;

/**
 * How a small low-profit enterprise is judged when it prepays enterprise income tax each quarter (预缴, PROVISIONS.md
 * §7.1): from 2019, on the figures of the year to the end of the period — the headcount and assets averaged over the
 * quarters so far, the cumulative taxable income against the annual ceiling — and the relief computed on the
 * cumulative figures, what was prepaid before offset.
 *
 * @param judged on which figures, not null
 */
public record PrepaymentRule(Judged judged) implements Terms {

  /** The figures the prepayment test reads. */
  public enum Judged {
    /** "暂按当年度截至本期申报所属期末的情况进行判断". */
    YEAR_TO_DATE
  }

  public PrepaymentRule {
    requireNonNull(judged, "judged");
  }

  @Override
  public TermsKind termsKind() {
    return TermsKind.PREPAYMENT;
  }

  @Override
  public Text summary() {
    return Text.of("预缴时按当年度截至本期申报所属期末的情况判断，按累计情况计算减免税额",
        "at prepayment, judged on the year to the end of the period; the relief computed on the cumulative figures");
  }
}
