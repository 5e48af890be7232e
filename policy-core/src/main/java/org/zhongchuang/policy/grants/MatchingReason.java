package org.zhongchuang.policy.grants;

import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.text.Phrase;
import org.zhongchuang.policy.text.Renderable;

/**
 * Why an award is matched, matched in part, or not matched: a stable {@link #code()} for machine output; its words are
 * the templates {@code enum.MatchingReason.<NAME>}.
 */
public enum MatchingReason implements Renderable {
  /** Matched in full at the rule's ratio. */
  MATCHED("matched"),
  /** Matched, reduced to the rule's cap for one award. */
  CAPPED_PER_AWARD("capped-per-award"),
  /** Matched, reduced (possibly to zero) by the rule's cap for the calendar year of the award. */
  CAPPED_PER_YEAR("capped-per-year"),
  /** The award's level is not one the rule matches. */
  LEVEL_NOT_ELIGIBLE("level-not-eligible"),
  /** The award is dated before the rule was in force. */
  BEFORE_IN_FORCE("before-in-force"),
  /** The award is dated after the rule ceased to be in force (repeal or expiry). */
  AFTER_END("after-end"),
  /**
   * Whether the rule was in force on the award date cannot be known (e.g. the repeal date is known only to a year): not
   * matched; the amount it would give is reported apart, never added to the total.
   */
  IN_FORCE_UNCERTAIN("in-force-uncertain"),
  /** No matching provision applies in the maker space's jurisdiction. */
  NO_MATCHING_PROVISION("no-matching-provision");

  private final String code;

  MatchingReason(String code) {
    this.code = code;
  }

  /** A stable lower-case key, e.g. {@code level-not-eligible}. */
  public String code() {
    return code;
  }

  /** Whether an award with this reason is (at least partly) matched: it counts in the total. */
  public boolean isMatched() {
    return this == MATCHED || this == CAPPED_PER_AWARD || this == CAPPED_PER_YEAR;
  }

  /** The reason in words (template {@code enum.MatchingReason.<NAME>}). */
  @Override
  public String render(Language language) {
    return Phrase.of("enum.MatchingReason." + name()).render(language);
  }
}
