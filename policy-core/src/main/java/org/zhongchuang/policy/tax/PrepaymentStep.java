package org.zhongchuang.policy.tax;

import org.zhongchuang.policy.explain.StepKind;

/** The kinds of steps and warnings of a prepayment; templates in {@code tax*.properties}. */
public enum PrepaymentStep implements StepKind {
  /** The rule: judged on the year to the end of the period. */
  RULE("prepay.rule"),
  /** The tax on the cumulative figures. */
  CUMULATIVE("prepay.cumulative"),
  /** The tax to prepay for the period: the cumulative tax less what was prepaid. */
  PERIOD("prepay.period"),
  /** More was prepaid than the cumulative tax: the excess offsets later quarters. */
  OVERPAID("prepay.overpaid"),
  /** Warning: a relief at prepayment is provisional; the annual settlement decides. */
  PROVISIONAL("prepay.warn.provisional");

  private final String key;

  PrepaymentStep(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }
}
