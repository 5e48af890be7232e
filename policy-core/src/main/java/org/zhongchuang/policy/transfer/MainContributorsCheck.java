package org.zhongchuang.policy.transfer;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.Optional;
import org.zhongchuang.policy.Answer;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;

/**
 * Whether the members marked as main contributors together receive the share of the total reward a rule requires
 * (国发〔2016〕16号 二（六）3: "获得奖励的份额不低于奖励总额的50%", for state-established institutes and universities).
 *
 * @param outcome the answer and why, not null
 * @param ruleOrNull the rule, or null when none applies
 * @param reward the reward split, not null
 * @param mainTotal what the main contributors receive together, not null
 * @param requiredOrNull the least they must receive together (the reward × the rule's share, rounded up to the fen:
 *     the smallest amount that reaches the share), or null when no rule applies
 */
public record MainContributorsCheck(Outcome outcome, Provision ruleOrNull, Cny reward, Cny mainTotal,
    Cny requiredOrNull) implements Serializable {

  /** The answer and why. */
  public enum Outcome {
    /** The rule applies and the main contributors receive at least its share. */
    MET,
    /** The rule applies and they receive less. */
    NOT_MET,
    /** The rule applies but no member is marked a main contributor: who they are is not known. */
    NONE_MARKED,
    /** The rule may or may not be in force on the date. */
    RULE_MAY_NOT_BE_IN_FORCE,
    /** No rule reaches this unit on the date. */
    NOT_APPLICABLE
  }

  public MainContributorsCheck {
    requireNonNull(outcome, "outcome");
    requireNonNull(reward, "reward");
    requireNonNull(mainTotal, "mainTotal");
  }

  /** Yes, no or uncertain; empty when no rule applies. */
  public Optional<Answer> answer() {
    return switch (outcome) {
      case MET -> Optional.of(Answer.YES);
      case NOT_MET -> Optional.of(Answer.NO);
      case NONE_MARKED, RULE_MAY_NOT_BE_IN_FORCE -> Optional.of(Answer.UNCERTAIN);
      case NOT_APPLICABLE -> Optional.empty();
    };
  }

  /** As the JSON contract writes it: {@code yes}, {@code no}, {@code uncertain}, {@code not-applicable}. */
  public String code() {
    return answer().map(Answer::code).orElse("not-applicable");
  }

  /** The rule, where one applies or may apply. */
  public Optional<Provision> rule() {
    return Optional.ofNullable(ruleOrNull);
  }

  /** The least the main contributors must receive together, where a rule applies or may apply. */
  public Optional<Cny> required() {
    return Optional.ofNullable(requiredOrNull);
  }

  /** Their part of the reward, exactly; empty for a reward of zero. */
  public Optional<Share> mainShare() {
    return reward.isZero() ? Optional.empty() : Optional.of(Share.ofFraction(mainTotal.toFen(), reward.toFen()));
  }

  /** What they lack: required − their total when positive, else zero; empty where no rule applies. */
  public Optional<Cny> gap() {
    return required().map(r -> r.isGreaterThan(mainTotal) ? r.minus(mainTotal) : Cny.ZERO);
  }
}
