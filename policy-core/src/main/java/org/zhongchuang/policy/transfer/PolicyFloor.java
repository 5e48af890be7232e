package org.zhongchuang.policy.transfer;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.RewardFloor;
import org.zhongchuang.policy.law.Applicability;
import org.zhongchuang.policy.money.Share;

/**
 * A local policy floor that reaches the unit on the date: in force, or {@link Applicability.Status#UNCERTAIN} where its
 * start or end depends on a date nobody knows (GS-2015's issue date, JX-2015-90's repeal).
 *
 * @param provision the local {@link RewardFloor} provision, not null
 * @param applicability whether it is in force on the date, and why; never NOT_IN_FORCE; not null
 */
public record PolicyFloor(Provision provision, Applicability applicability) implements Serializable {
  /** @throws IllegalArgumentException if the terms are not a reward floor or it is not in force */
  public PolicyFloor {
    requireNonNull(provision, "provision");
    requireNonNull(applicability, "applicability");
    if (!(provision.terms() instanceof RewardFloor)) {
      throw new IllegalArgumentException(provision.id() + " is not a reward floor");
    }
    if (applicability.isNotInForce()) {
      throw new IllegalArgumentException(provision.id() + " is not in force: " + applicability.reason());
    }
  }

  /** The floor as data. */
  public RewardFloor terms() {
    return (RewardFloor) provision.terms();
  }

  /** The minimum share, e.g. 70%. */
  public Share share() {
    return terms().minimum();
  }

  /** Whether it is certainly in force on the date (false: uncertain, see {@link #applicability()}). */
  public boolean isCertain() {
    return applicability.isInForce();
  }
}
