package org.zhongchuang.policy.grants;

import org.zhongchuang.policy.explain.StepKind;

/**
 * The kinds of steps and warnings of the grants calculators; their words are the templates of the same key in
 * {@code org/zhongchuang/policy/text/grants.properties} (English) and {@code grants_zh.properties} (Chinese), and
 * {@code <key>.formula} renders a step's arithmetic where it has any. The arguments of each kind are listed beside it,
 * in template order.
 */
public enum GrantsStep implements StepKind {
  /** The rule applied: provision, levels matched, ratio, cap per award ("" if none), cap per year ("" if none), validity. */
  MATCHING_RULE("grants.matching.rule"),
  /** No rule anywhere in the chain: the places of the chain. Also the warning. */
  MATCHING_NO_RULE("grants.matching.noRule"),
  /**
   * A matched line (computed): number, level, amount, date, body, reason, ratio, product, cap per award applied ("" if
   * not), cap per year applied ("" if not).
   */
  MATCHING_LINE("grants.matching.line"),
  /** A line whose date leaves the rule's being in force unknown: as {@link #MATCHING_LINE}, then what it would earn. */
  MATCHING_LINE_UNCERTAIN("grants.matching.line.uncertain"),
  /** A level the rule does not match: number, level, amount, date, body, reason, the levels matched. */
  MATCHING_LINE_LEVEL("grants.matching.line.level"),
  /** A date when the rule is certainly not in force: number, level, amount, date, body, reason, why. */
  MATCHING_LINE_NOT_IN_FORCE("grants.matching.line.notInForce"),
  /** No rule applies: number, level, amount, date, body, reason. */
  MATCHING_LINE_NO_RULE("grants.matching.line.noRule"),
  /** The total owed (computed): the sum. */
  MATCHING_TOTAL("grants.matching.total"),
  /** The total where no rule applies (computed): the total. */
  MATCHING_NO_RULE_TOTAL("grants.matching.noRule.total"),
  /** What the uncertain lines would add, not in the total: the sum. */
  MATCHING_UNCERTAIN_TOTAL("grants.matching.uncertain.total"),
  /** Warning: how many awards are uncertain, and what they might earn. */
  MATCHING_UNCERTAIN_AWARDS("grants.matching.uncertain.awards"),

  /** The floor applied: provision, purpose, the least amount. */
  SUPPORT_RULE("grants.support.rule"),
  /** Met (computed: no shortfall): proposed, floor. */
  SUPPORT_MET("grants.support.met"),
  /** Short (computed: the shortfall): proposed, floor, shortfall. */
  SUPPORT_SHORT("grants.support.short"),
  /** As {@link #SUPPORT_MET}, when whether the floor is in force on the day is unknown. */
  SUPPORT_MET_IF_IN_FORCE("grants.support.met.ifInForce"),
  /** As {@link #SUPPORT_SHORT}, when whether the floor is in force on the day is unknown. */
  SUPPORT_SHORT_IF_IN_FORCE("grants.support.short.ifInForce"),

  /**
   * A target met: provision, year, what, threshold, unit, status, actual, ratio. {@link #TARGET_NOT_MET} and
   * {@link #TARGET_NO_FIGURE} take the same arguments (the last two null without a figure).
   */
  TARGET_MET("grants.target.met"),
  /** A target missed. */
  TARGET_NOT_MET("grants.target.notMet"),
  /** A target without a figure. */
  TARGET_NO_FIGURE("grants.target.noFigure"),
  /** The count: targets, met, not met, without a figure, overall. */
  TARGETS_SUMMARY("grants.targets.summary"),
  /** Warning: no figure for a target: what, metric. */
  TARGET_NO_FIGURE_WARNING("grants.target.noFigure.warning"),

  /** The term limit applied: provision, subject, the longest period. */
  LEAVE_RULE("grants.leave.rule"),
  /** The start day is not counted: start, the first day counted. */
  LEAVE_RUNS("grants.leave.runs"),
  /** The period ends on the corresponding day: start, period, last day, start's day of month, note ("" or a phrase). */
  LEAVE_ENDS_CORRESPONDING("grants.leave.ends.corresponding"),
  /** The last month has no corresponding day: as {@link #LEAVE_ENDS_CORRESPONDING}. */
  LEAVE_ENDS_MONTH_END("grants.leave.ends.monthEnd"),
  /** Warning: the last day is after the provision may have ceased: last day, validity. */
  LEAVE_AFTER_END("grants.leave.afterEnd"),
  /** Warning: holidays are not applied: the article, a weekend note ("" or a phrase). */
  LEAVE_HOLIDAY("grants.leave.holiday");

  private final String key;

  GrantsStep(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }
}
