package org.zhongchuang.policy.transfer;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.Optional;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;

/**
 * One team member's part of a reward.
 *
 * @param name the member's name, not null
 * @param weight the member's weight as given, not null
 * @param amount the member's amount, exact to the fen, not null
 * @param mainContributor whether the member was marked a main contributor
 * @param wageIncomeCountedOrNull the part of the amount counted into the month's wage income where a rule such as
 *     财税〔2018〕58号 applies (or may apply: see {@link TransferRewardAssessment#wageIncome()}), else null; read it through
 *     {@link #wageIncomeCounted()}
 */
public record MemberReward(String name, Share weight, Cny amount, boolean mainContributor,
    Cny wageIncomeCountedOrNull) implements Serializable {

  public MemberReward {
    requireNonNull(name, "name");
    requireNonNull(weight, "weight");
    requireNonNull(amount, "amount");
  }

  /** The amount counted into wage income, where a wage-inclusion rule applies or may apply. */
  public Optional<Cny> wageIncomeCounted() {
    return Optional.ofNullable(wageIncomeCountedOrNull);
  }
}
