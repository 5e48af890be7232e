package org.zhongchuang.policy.transfer;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;

/**
 * One team member's part of a reward.
 *
 * @param name the member's name, not null
 * @param weight the member's weight as given, not null
 * @param amount the member's amount, exact to the fen, not null
 */
public record MemberReward(String name, Share weight, Cny amount) implements Serializable {
  public MemberReward {
    requireNonNull(name, "name");
    requireNonNull(weight, "weight");
    requireNonNull(amount, "amount");
  }
}
