package org.zhongchuang.policy.catalogue;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.text.Text;

/**
 * A minimum share of results-transfer income for the people who made and transferred a job-related achievement.
 *
 * @param minimum the minimum share, not null, at most 100%
 * @param basis what the share is taken of, not null
 * @param appliesTo the units it reaches, not null
 * @param force how binding it is, not null
 * @param hardForOrNull units for which a default standard is also a hard minimum that no unit rule or agreement may go
 *     below (促进科技成果转化法 第四十五条第二款), or null; read it through {@link #hardFor()}
 * @param yieldsToContract whether a contract that provides otherwise displaces it ("除合同另有约定外")
 * @param minYears for a yearly basis ({@link Basis#isYearly()}): the fewest years of yearly rewards (else 0)
 * @param maxYears for a yearly basis: the most years (else 0)
 */
public record RewardFloor(Share minimum, Basis basis, UnitScope appliesTo, Force force, UnitScope hardForOrNull,
    boolean yieldsToContract, int minYears, int maxYears) implements Terms {

  /** What a share is taken of. */
  public enum Basis {
    /** Net income from transferring or licensing the achievement (转让净收入或者许可净收入). */
    NET_INCOME,
    /** The shares or capital contribution formed by investing the achievement (股份或者出资比例). */
    EQUITY,
    /** Each year's operating profit from implementing it, for several years after production starts (营业利润). */
    OPERATING_PROFIT,
    /** Each year's new retained profit from implementing it, for several years (新增留利; the 1996 law's base). */
    NEW_RETAINED_PROFIT,
    /**
     * The total reward itself: a floor on the part of it that goes to the main contributors (在研究开发和成果转化中作出主要
     * 贡献的人员), not on the income.
     */
    REWARD;

    /** Whether the share is taken of each year's profit over a span of years. */
    public boolean isYearly() {
      return this == OPERATING_PROFIT || this == NEW_RETAINED_PROFIT;
    }
  }

  /** How binding a floor is, as its words say. */
  public enum Force {
    /** "应当…不低于": every unit must pay at least this. */
    MANDATORY,
    /**
     * The statute's default: it applies where the unit has no rule of its own and no agreement with its staff
     * (促进科技成果转化法 2015 第四十五条第一款); {@link #hardFor()} names the units for which it is also a hard minimum.
     */
    DEFAULT,
    /**
     * "可以…提高到不低于…", "可按不少于…": a local policy that allows or encourages a unit to pay at least this; paying
     * less is not unlawful.
     */
    PERMISSIVE
  }

  public RewardFloor {
    requireNonNull(minimum, "minimum");
    requireNonNull(basis, "basis");
    requireNonNull(appliesTo, "appliesTo");
    requireNonNull(force, "force");
    if (minimum.isGreaterThan(Share.ONE)) {
      throw new IllegalArgumentException("a reward floor cannot exceed 100%, got " + minimum);
    }
    if (basis.isYearly() ? (minYears < 1 || maxYears < minYears) : (minYears != 0 || maxYears != 0)) {
      throw new IllegalArgumentException("years apply to operating-profit rewards only, and min ≤ max");
    }
  }

  /** A floor on net income or equity (no years). */
  public static RewardFloor of(Share minimum, Basis basis, UnitScope appliesTo, Force force) {
    return new RewardFloor(minimum, basis, appliesTo, force, null, false, 0, 0);
  }

  /** Units for which a default standard is also a hard minimum (第四十五条第二款); empty otherwise. */
  public Optional<UnitScope> hardFor() {
    return Optional.ofNullable(hardForOrNull);
  }

  /** The same floor with another minimum share. */
  public RewardFloor withMinimum(Share newMinimum) {
    return new RewardFloor(newMinimum, basis, appliesTo, force, hardForOrNull, yieldsToContract, minYears, maxYears);
  }

  /** The same floor reaching other units. */
  public RewardFloor withAppliesTo(UnitScope newScope) {
    return new RewardFloor(minimum, basis, newScope, force, hardForOrNull, yieldsToContract, minYears, maxYears);
  }

  /** The same floor with another force. */
  public RewardFloor withForce(Force newForce) {
    return new RewardFloor(minimum, basis, appliesTo, newForce, hardForOrNull, yieldsToContract, minYears, maxYears);
  }

  /** The same floor, hard for other units (or for none: null). */
  public RewardFloor withHardFor(UnitScope newHardFor) {
    return new RewardFloor(minimum, basis, appliesTo, force, newHardFor, yieldsToContract, minYears, maxYears);
  }

  /** The same floor, yielding to a contract or not. */
  public RewardFloor withYieldsToContract(boolean yields) {
    return new RewardFloor(minimum, basis, appliesTo, force, hardForOrNull, yields, minYears, maxYears);
  }

  /** The same floor over other years (operating-profit rewards). */
  public RewardFloor withYears(int newMinYears, int newMaxYears) {
    return new RewardFloor(minimum, basis, appliesTo, force, hardForOrNull, yieldsToContract, newMinYears,
        newMaxYears);
  }

  @Override
  public TermsKind termsKind() {
    return TermsKind.REWARD_FLOOR;
  }

  @Override
  public Text summary() {
    return switch (basis) {
      case NET_INCOME -> Text.of("从转让或许可净收入中提取不低于 " + minimum + " 用于奖励",
          "at least " + minimum + " of net transfer or licence income as reward");
      case EQUITY -> Text.of("从作价投资形成的股份或出资比例中提取不低于 " + minimum,
          "at least " + minimum + " of the shares formed by investing the achievement");
      case OPERATING_PROFIT -> Text.of("投产后连续 " + minYears + "～" + maxYears + " 年每年从营业利润中提取不低于 " + minimum,
          "at least " + minimum + " of operating profit each year for " + minYears + "–" + maxYears
              + " years after production starts");
      case NEW_RETAINED_PROFIT -> Text.of("实施后连续 " + minYears + "～" + maxYears + " 年每年从新增留利中提取不低于 " + minimum,
          "at least " + minimum + " of the new retained profit each year for " + minYears + "–" + maxYears
              + " years of implementation");
      case REWARD -> Text.of("主要贡献人员所得不低于奖励总额的 " + minimum,
          "the main contributors receive at least " + minimum + " of the total reward");
    };
  }
}
