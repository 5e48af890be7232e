package org.zhongchuang.policy.transfer;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import org.zhongchuang.policy.Answer;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.RewardFloor;
import org.zhongchuang.policy.law.Applicability.Status;
import org.zhongchuang.policy.money.Share;

/**
 * A national statutory standard for the mode on the date (促进科技成果转化法 1996 or 2015, 国发〔2016〕16号, or a caller's
 * own), and whether it binds this unit.
 *
 * @param provision the national {@link RewardFloor} provision, not null
 * @param status in force or uncertain on the date (never not in force), not null
 * @param binding why it binds this unit or not, not null
 */
public record StatutoryMinimum(Provision provision, Status status, Binding binding) implements Serializable {

  /** Why a standard binds a unit, or does not. */
  public enum Binding {
    /** Its words are mandatory ("应当…不低于"): it binds every unit it reaches. */
    MANDATORY,
    /** A default that is also a hard minimum for this unit (第四十五条第二款): no rule or agreement may go below it. */
    HARD,
    /** A default, and the unit has no rule of its own and no agreement with its staff: it applies. */
    DEFAULT_NO_OWN_RULE,
    /** A default, and the unit has its own rule or agreement: the rule or agreement decides instead. */
    DEFAULT_OWN_RULE,
    /** A default, and the case does not say whether the unit has its own rule or agreement: both readings. */
    DEFAULT_OWN_RULE_UNKNOWN,
    /** Permissive words ("可以…"): it allows or encourages, and binds no one. */
    PERMISSIVE,
    /** It reaches other units only. */
    NOT_FOR_UNIT
  }

  /** @throws IllegalArgumentException if the provision's terms are not a {@link RewardFloor} or it is not in force */
  public StatutoryMinimum {
    requireNonNull(provision, "provision");
    requireNonNull(status, "status");
    requireNonNull(binding, "binding");
    if (!(provision.terms() instanceof RewardFloor)) {
      throw new IllegalArgumentException(provision.id() + " is not a reward floor");
    }
    if (status == Status.NOT_IN_FORCE) {
      throw new IllegalArgumentException(provision.id() + " is not in force");
    }
  }

  /** The floor as data. */
  public RewardFloor terms() {
    return (RewardFloor) provision.terms();
  }

  /** The minimum share, e.g. 50%. */
  public Share share() {
    return terms().minimum();
  }

  /** Whether no rule or agreement of this unit may go below it: mandatory, or hard for the unit. */
  public boolean isHard() {
    return binding == Binding.MANDATORY || binding == Binding.HARD;
  }

  /** Whether it binds this unit on the date: uncertain where its being in force or the unit's own rule is unknown. */
  public Answer binds() {
    Answer byForce = switch (binding) {
      case MANDATORY, HARD, DEFAULT_NO_OWN_RULE -> Answer.YES;
      case DEFAULT_OWN_RULE_UNKNOWN -> Answer.UNCERTAIN;
      case DEFAULT_OWN_RULE, PERMISSIVE, NOT_FOR_UNIT -> Answer.NO;
    };
    return byForce == Answer.YES && status == Status.UNCERTAIN ? Answer.UNCERTAIN : byForce;
  }
}
