package org.zhongchuang.policy.catalogue;

import static java.util.Objects.requireNonNull;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
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
  private final Set<AwardLevel> eligibleLevels;
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
    this(ratio, eligibleLevels, requireNonNull(capPerAward, "capPerAward").orElse(null),
        requireNonNull(capPerYear, "capPerYear").orElse(null));
  }

  private MatchingRule(Share ratio, Set<AwardLevel> eligibleLevels, Cny capPerAward, Cny capPerYear) {
    this.ratio = requireNonNull(ratio, "ratio");
    requireNonNull(eligibleLevels, "eligibleLevels");
    if (eligibleLevels.isEmpty()) {
      throw new IllegalArgumentException("a matching rule matches at least one award level");
    }
    this.eligibleLevels = java.util.Collections.unmodifiableSet(EnumSet.copyOf(eligibleLevels));
    checkCap(capPerAward, "capPerAward");
    checkCap(capPerYear, "capPerYear");
    this.capPerAward = capPerAward;
    this.capPerYear = capPerYear;
  }

  public Share ratio() {
    return ratio;
  }

  /** The levels matched, in the order of {@link AwardLevel}. */
  public Set<AwardLevel> eligibleLevels() {
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

  /** The same rule with another ratio. */
  public MatchingRule withRatio(Share newRatio) {
    return new MatchingRule(newRatio, eligibleLevels, capPerAward, capPerYear);
  }

  /** The same rule matching other levels. */
  public MatchingRule withEligibleLevels(Set<AwardLevel> levels) {
    return new MatchingRule(ratio, levels, capPerAward, capPerYear);
  }

  /** The same rule with a cap per award, or none (null). */
  public MatchingRule withCapPerAward(Cny cap) {
    return new MatchingRule(ratio, eligibleLevels, cap, capPerYear);
  }

  /** The same rule with a cap per calendar year, or none (null). */
  public MatchingRule withCapPerYear(Cny cap) {
    return new MatchingRule(ratio, eligibleLevels, capPerAward, cap);
  }

  @Override
  public TermsKind termsKind() {
    return TermsKind.MATCHING;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof MatchingRule)) {
      return false;
    }
    MatchingRule r = (MatchingRule) o;
    return ratio.equals(r.ratio) && eligibleLevels.equals(r.eligibleLevels)
        && Objects.equals(capPerAward, r.capPerAward) && Objects.equals(capPerYear, r.capPerYear);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ratio, eligibleLevels, capPerAward, capPerYear);
  }

  @Override
  public String toString() {
    return summary().en();
  }

  private static void checkCap(Cny cap, String name) {
    if (cap != null && cap.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative, got " + cap);
    }
  }

  private String levels(boolean zh) {
    return eligibleLevels.stream()
        .map(l -> zh ? l.chinese() : l.name().toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(zh ? "、" : ", "));
  }

  @Override
  public Text summary() {
    return Text.of("对获得" + levels(true) + "资金奖励的，按 " + ratio + " 给予配套",
        "awards at " + levels(false) + " level matched at " + ratio
            + capPerAward().map(c -> ", at most " + c.format() + " per award").orElse("")
            + capPerYear().map(c -> ", at most " + c.format() + " per year").orElse(""));
  }
}
