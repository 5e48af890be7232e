package org.zhongchuang.policy.transfer;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.RewardFloor;
import org.zhongchuang.policy.money.Share;

/**
 * The national statutory minimum in force on the date for the mode (促进科技成果转化法 1996 or 2015), and whether it
 * is hard for the unit.
 *
 * @param provision the national {@link RewardFloor} provision, not null
 * @param hard true when no unit rule or agreement may go below it (第四十五条第二款: state-established universities
 *     and research institutes); false when it is a default that a unit rule or agreement may replace
 */
public record StatutoryMinimum(Provision provision, boolean hard) implements Serializable {
  /** @throws IllegalArgumentException if the provision's terms are not a {@link RewardFloor} */
  public StatutoryMinimum {
    requireNonNull(provision, "provision");
    if (!(provision.terms() instanceof RewardFloor)) {
      throw new IllegalArgumentException(provision.id() + " is not a reward floor");
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
}
