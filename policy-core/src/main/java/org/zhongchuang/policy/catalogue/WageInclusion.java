package org.zhongchuang.policy.catalogue;

import static java.util.Objects.requireNonNull;

import org.zhongchuang.policy.catalogue.RewardFloor.Basis;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.text.Text;

/**
 * A cash reward counted into the recipient's wage income at a share of its amount for individual income tax (e.g.
 * 财税〔2018〕58号: "可减按50%计入科技人员当月“工资、薪金所得”"). The calculators state the amount counted and the timing; they
 * never compute wage-tax brackets.
 *
 * @param counted the share of the reward counted into wage income, not null, at most 100%
 * @param rewardsFrom the income the cash reward is paid from, not null
 * @param units the paying units it reaches, not null
 * @param nonProfitOnly whether only non-profit units are reached (state-established units are non-profit)
 */
public record WageInclusion(Share counted, Basis rewardsFrom, UnitScope units, boolean nonProfitOnly)
    implements Terms {

  public WageInclusion {
    requireNonNull(counted, "counted");
    requireNonNull(rewardsFrom, "rewardsFrom");
    requireNonNull(units, "units");
    if (counted.isGreaterThan(Share.ONE)) {
      throw new IllegalArgumentException("a wage inclusion cannot exceed 100%, got " + counted);
    }
  }

  /** The same rule at another share. */
  public WageInclusion withCounted(Share newCounted) {
    return new WageInclusion(newCounted, rewardsFrom, units, nonProfitOnly);
  }

  /** The same rule reaching other units. */
  public WageInclusion withUnits(UnitScope newUnits) {
    return new WageInclusion(counted, rewardsFrom, newUnits, nonProfitOnly);
  }

  @Override
  public TermsKind termsKind() {
    return TermsKind.WAGE_INCLUSION;
  }

  @Override
  public Text summary() {
    return Text.of("现金奖励按 " + counted + " 计入当月工资、薪金所得", "cash rewards counted at " + counted
        + " into the month's wage and salary income");
  }
}
