package org.zhongchuang.policy.transfer;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.RewardFloor;
import org.zhongchuang.policy.catalogue.RewardFloor.Force;
import org.zhongchuang.policy.law.Applicability.Status;
import org.zhongchuang.policy.money.Share;

/**
 * A local policy floor that reaches the unit on the date: in force, or {@link Status#UNCERTAIN} where its start or end
 * depends on a date nobody knows (GS-2015's issue date, JX-2015-90's repeal). It states the policy level; whether
 * paying less is unlawful is the statute's question, not the floor's ({@link #force()}).
 *
 * @param provision the local {@link RewardFloor} provision, not null
 * @param status in force or uncertain on the date; never not in force; not null
 */
public record PolicyFloor(Provision provision, Status status) implements Serializable {
  /** @throws IllegalArgumentException if the terms are not a reward floor or it is not in force */
  public PolicyFloor {
    requireNonNull(provision, "provision");
    requireNonNull(status, "status");
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

  /** The minimum share, e.g. 70%. */
  public Share share() {
    return terms().minimum();
  }

  /** How binding its words are: {@link Force#PERMISSIVE} for every seed's floor. */
  public Force force() {
    return terms().force();
  }

  /** Whether it is certainly in force on the date (false: uncertain). */
  public boolean isCertain() {
    return status == Status.IN_FORCE;
  }
}
