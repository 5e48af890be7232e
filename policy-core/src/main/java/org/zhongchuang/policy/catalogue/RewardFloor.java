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
 * @param hardForOrNull units for which a statutory default is also a hard minimum (第四十五条第二款), or null; read
 *     it through {@link #hardFor()}
 * @param minYears for {@link Basis#OPERATING_PROFIT}: the fewest years of yearly rewards (else 0)
 * @param maxYears for {@link Basis#OPERATING_PROFIT}: the most years (else 0)
 */
public record RewardFloor(Share minimum, Basis basis, UnitScope appliesTo, Force force, UnitScope hardForOrNull,
    int minYears, int maxYears) implements Terms {

  /** What a share is taken of. */
  public enum Basis {
    /** Net income from transferring or licensing the achievement (转让净收入或者许可净收入). */
    NET_INCOME,
    /** The shares or capital contribution formed by investing the achievement (股份或者出资比例). */
    EQUITY,
    /** Each year's operating profit from implementing it, for several years after production starts (营业利润). */
    OPERATING_PROFIT
  }

  /** How binding a floor is. */
  public enum Force {
    /** The statute's default: it applies where the unit has no rule and no agreement with its staff. */
    STATUTORY_DEFAULT,
    /** A local policy floor ("可以…提高到不低于…"). */
    POLICY_FLOOR,
    /** A local policy floor that a contract may displace ("除合同另有约定外"). */
    POLICY_FLOOR_UNLESS_CONTRACT
  }

  /**
   * The canonical form, with {@code hardFor} as an {@code Optional}.
   *
   * @param hardFor units for which a statutory default is also a hard minimum; empty otherwise; not null
   */
  public RewardFloor(Share minimum, Basis basis, UnitScope appliesTo, Force force, Optional<UnitScope> hardFor,
      int minYears, int maxYears) {
    this(minimum, basis, appliesTo, force, requireNonNull(hardFor, "hardFor").orElse(null), minYears, maxYears);
  }

  /** Units for which a statutory default is also a hard minimum (第四十五条第二款); empty otherwise. */
  public Optional<UnitScope> hardFor() {
    return Optional.ofNullable(hardForOrNull);
  }

  public RewardFloor {
    requireNonNull(minimum, "minimum");
    requireNonNull(basis, "basis");
    requireNonNull(appliesTo, "appliesTo");
    requireNonNull(force, "force");
    if (minimum.isGreaterThan(Share.ONE)) {
      throw new IllegalArgumentException("a reward floor cannot exceed 100%, got " + minimum);
    }
    if (basis == Basis.OPERATING_PROFIT ? (minYears < 1 || maxYears < minYears) : (minYears != 0 || maxYears != 0)) {
      throw new IllegalArgumentException("years apply to operating-profit rewards only, and min ≤ max");
    }
  }

  @Override
  public Text summary() {
    switch (basis) {
      case NET_INCOME:
        return Text.of("从转让或许可净收入中提取不低于 " + minimum + " 用于奖励",
            "at least " + minimum + " of net transfer or licence income as reward");
      case EQUITY:
        return Text.of("从作价投资形成的股份或出资比例中提取不低于 " + minimum,
            "at least " + minimum + " of the shares formed by investing the achievement");
      default:
        return Text.of("投产后连续 " + minYears + "～" + maxYears + " 年每年从营业利润中提取不低于 " + minimum,
            "at least " + minimum + " of operating profit each year for " + minYears + "–" + maxYears
                + " years after production starts");
    }
  }
}
