package org.zhongchuang.policy.transfer;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.Optional;
import org.zhongchuang.policy.Answer;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.WageInclusion;

/**
 * Whether a cash reward is counted into the researchers' wage income at a reduced share (财税〔2018〕58号: 50%, from
 * 2018-07-01, cash rewards from transfer or licence income paid by non-profit research institutes and universities),
 * and if not, why. The amounts counted are on each {@link MemberReward}; wage-tax brackets are not computed.
 *
 * @param outcome the answer and why, not null
 * @param ruleOrNull the rule considered, or null when the catalogue holds none
 */
public record WageIncomeCheck(Outcome outcome, Provision ruleOrNull) implements Serializable {

  /** The answer and why. */
  public enum Outcome {
    APPLIES,
    /** The unit is neither state-established nor said to be non-profit (nonProfit not given). */
    NON_PROFIT_UNKNOWN,
    /** The rule may or may not be in force on the date. */
    RULE_MAY_NOT_BE_IN_FORCE,
    /** The date is outside the rule's time. */
    NOT_IN_FORCE,
    /** The reward is not a cash reward from the income the rule names (e.g. an equity reward). */
    NOT_FROM_THIS_INCOME,
    /** The unit is not of a kind the rule reaches (enterprises, other units). */
    UNIT_NOT_COVERED,
    /** The unit is said not to be non-profit. */
    FOR_PROFIT,
    /** The catalogue holds no such rule. */
    NO_RULE_KNOWN
  }

  public WageIncomeCheck {
    requireNonNull(outcome, "outcome");
  }

  /** Yes, no, or uncertain. */
  public Answer applies() {
    return switch (outcome) {
      case APPLIES -> Answer.YES;
      case NON_PROFIT_UNKNOWN, RULE_MAY_NOT_BE_IN_FORCE -> Answer.UNCERTAIN;
      case NOT_IN_FORCE, NOT_FROM_THIS_INCOME, UNIT_NOT_COVERED, FOR_PROFIT, NO_RULE_KNOWN -> Answer.NO;
    };
  }

  /** The rule considered. */
  public Optional<Provision> rule() {
    return Optional.ofNullable(ruleOrNull);
  }

  /** Its terms, where there is a rule. */
  public Optional<WageInclusion> terms() {
    return rule().map(p -> (WageInclusion) p.terms());
  }
}
