package org.zhongchuang.policy.catalogue;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.text.Text;

/**
 * Local matching of awards from other levels of government ("给予1:1地方配套支持"). A value: immutable, thread-safe,
 * serializable.
 */
public final class MatchingRule implements Terms {
  private static final long serialVersionUID = 1L;

  private final Share ratio;
  private final ImmutableSet<AwardLevel> eligibleLevels;
  private final Cny capPerAward;
  private final Cny capPerYear;

  /**
   * @param ratio matching per yuan awarded, e.g. 1:1 = 100%, not null
   * @param eligibleLevels the award levels matched, not empty
   * @param capPerAward the most matched for one award, if capped; not null
   * @param capPerYear the most matched in one calendar year, if capped; not null
   */
  public MatchingRule(Share ratio, Set<AwardLevel> eligibleLevels, Optional<Cny> capPerAward,
      Optional<Cny> capPerYear) {
    this.ratio = requireNonNull(ratio, "ratio");
    this.eligibleLevels = ImmutableSet.copyOf(requireNonNull(eligibleLevels, "eligibleLevels"));
    requireNonNull(capPerAward, "capPerAward");
    requireNonNull(capPerYear, "capPerYear");
    if (this.eligibleLevels.isEmpty()) {
      throw new IllegalArgumentException("a matching rule matches at least one award level");
    }
    capPerAward.ifPresent(cap -> checkCap(cap, "capPerAward"));
    capPerYear.ifPresent(cap -> checkCap(cap, "capPerYear"));
    this.capPerAward = capPerAward.orElse(null);
    this.capPerYear = capPerYear.orElse(null);
  }

  public Share ratio() {
    return ratio;
  }

  public ImmutableSet<AwardLevel> eligibleLevels() {
    return eligibleLevels;
  }

  /** The most matched for one award, if capped. */
  public Optional<Cny> capPerAward() {
    return Optional.ofNullable(capPerAward);
  }

  /** The most matched in one calendar year, if capped. */
  public Optional<Cny> capPerYear() {
    return Optional.ofNullable(capPerYear);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof MatchingRule)) {
      return false;
    }
    MatchingRule r = (MatchingRule) o;
    return ratio.equals(r.ratio) && eligibleLevels.equals(r.eligibleLevels)
        && java.util.Objects.equals(capPerAward, r.capPerAward) && java.util.Objects.equals(capPerYear, r.capPerYear);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(ratio, eligibleLevels, capPerAward, capPerYear);
  }

  @Override
  public String toString() {
    return summary().en();
  }

  private static void checkCap(Cny cap, String name) {
    if (cap.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative, got " + cap);
    }
  }

  @Override
  public Text summary() {
    String levels = eligibleLevels.stream().map(AwardLevel::chinese).collect(Collectors.joining("、"));
    String levelsEn = eligibleLevels.stream().map(l -> l.name().toLowerCase(java.util.Locale.ROOT))
        .collect(Collectors.joining(", "));
    return Text.of("对获得" + levels + "资金奖励的，按 " + ratio + " 给予配套",
        "awards at " + levelsEn + " level matched at " + ratio
            + capPerAward().map(c -> ", at most " + c.format() + " per award").orElse("")
            + capPerYear().map(c -> ", at most " + c.format() + " per year").orElse(""));
  }
}
