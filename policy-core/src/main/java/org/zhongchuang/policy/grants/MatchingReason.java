package org.zhongchuang.policy.grants;

import org.zhongchuang.policy.text.Text;

/**
 * Why an award is matched, matched in part, or not matched: a stable {@link #code()} for machine output and a
 * bilingual {@link #text()}.
 */
public enum MatchingReason {
  /** Matched in full at the rule's ratio. */
  MATCHED("matched", "按配套比例全额配套", "matched in full at the rule's ratio"),
  /** Matched, reduced to the rule's cap for one award. */
  CAPPED_PER_AWARD("capped-per-award", "按配套比例配套，受每笔奖励配套上限限制", "matched, reduced to the cap per award"),
  /** Matched, reduced (possibly to zero) by the rule's cap for the calendar year of the award. */
  CAPPED_PER_YEAR("capped-per-year", "按配套比例配套，受年度配套上限限制", "matched, reduced by the cap per calendar year"),
  /** The award's level is not one the rule matches. */
  LEVEL_NOT_ELIGIBLE("level-not-eligible", "该级别的奖励不在配套范围内", "awards of this level are not matched"),
  /** The award is dated before the rule was in force. */
  BEFORE_IN_FORCE("before-in-force", "奖励日期早于配套条款施行日期", "the award is dated before the rule was in force"),
  /** The award is dated after the rule ceased to be in force (repeal or expiry). */
  AFTER_END("after-end", "奖励日期晚于配套条款失效（废止）日期", "the award is dated after the rule ceased to be in force (repealed)"),
  /**
   * Whether the rule was in force on the award date cannot be known (e.g. the repeal date is known only to a year): not
   * matched; the amount it would give is reported apart, never added to the total.
   */
  IN_FORCE_UNCERTAIN("in-force-uncertain", "奖励日期条款是否有效无法确定，未计入配套合计",
      "whether the rule was in force on the award date cannot be known; not counted in the total"),
  /** No matching provision applies in the maker space's jurisdiction. */
  NO_MATCHING_PROVISION("no-matching-provision", "所在地无配套支持条款", "the jurisdiction has no matching provision");

  private final String code;
  private final Text text;

  MatchingReason(String code, String zh, String en) {
    this.code = code;
    this.text = Text.of(zh, en);
  }

  /** A stable lower-case key, e.g. {@code level-not-eligible}. */
  public String code() {
    return code;
  }

  /** The reason in words. */
  public Text text() {
    return text;
  }

  /** Whether an award with this reason is (at least partly) matched: it counts in the total. */
  public boolean isMatched() {
    return this == MATCHED || this == CAPPED_PER_AWARD || this == CAPPED_PER_YEAR;
  }
}
