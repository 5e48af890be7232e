package org.zhongchuang.policy.grants;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import org.zhongchuang.policy.money.Cny;

/**
 * One award and what the calculator decided for it: the reason, the product of the award and the rule's ratio, the
 * caps that bound it, and the amount matched (or, for an award dated when nobody can know whether the rule was in
 * force, the amount it would earn, never counted in the total). A value: immutable, thread-safe, serializable.
 */
public final class MatchingLine implements Serializable {
  private static final long serialVersionUID = 2L;
  private static final long NONE = -1;

  private final Award award;
  private final MatchingReason reason;
  private final long product;
  private final long matched;
  private final long uncertain;
  /** The rule's cap per award where it bound the amount, else {@link #NONE}. */
  private final long capPerAward;
  /** What was left of the year's cap where it bound the amount, else {@link #NONE}. */
  private final long yearRoom;
  /** What earlier awards of the same year had used of its cap, where the year's cap bound the amount. */
  private final long yearUsed;

  private MatchingLine(Award award, MatchingReason reason, long product, long matched, long uncertain,
      long capPerAward, long yearRoom, long yearUsed) {
    this.award = award;
    this.reason = reason;
    this.product = product;
    this.matched = matched;
    this.uncertain = uncertain;
    this.capPerAward = capPerAward;
    this.yearRoom = yearRoom;
    this.yearUsed = yearUsed;
  }

  /** An award not matched, for a reason decided before any amount. */
  static MatchingLine unmatched(Award award, MatchingReason reason) {
    return new MatchingLine(award, reason, 0, 0, 0, NONE, NONE, NONE);
  }

  /**
   * An award matched, or one whose matching is uncertain ({@code reason} {@link MatchingReason#IN_FORCE_UNCERTAIN}).
   *
   * @param capPerAward the cap per award if it bound the amount, else negative
   * @param yearRoom what was left of the year's cap if it bound the amount, else negative
   * @param yearUsed what the year's earlier awards had used of its cap, if it bound the amount
   */
  static MatchingLine computed(Award award, MatchingReason reason, long product, long amount, long capPerAward,
      long yearRoom, long yearUsed) {
    boolean uncertain = reason == MatchingReason.IN_FORCE_UNCERTAIN;
    return new MatchingLine(award, reason, product, uncertain ? 0 : amount, uncertain ? amount : 0, capPerAward,
        yearRoom, yearRoom < 0 ? NONE : yearUsed);
  }

  /** The award, as given. */
  public Award award() {
    return award;
  }

  /** Why it is matched, matched in part, or not matched. */
  public MatchingReason reason() {
    return reason;
  }

  /** The award × the rule's ratio, rounded half-up to the fen once, before any cap; zero where none was computed. */
  public Cny product() {
    return Cny.ofFen(product);
  }

  /** The matching owed, counted in the total; zero unless {@link MatchingReason#isMatched()}. */
  public Cny matched() {
    return Cny.ofFen(matched);
  }

  /**
   * What it would earn were the rule in force on its date; non-zero only for {@link MatchingReason#IN_FORCE_UNCERTAIN};
   * never counted in the total.
   */
  public Cny uncertain() {
    return Cny.ofFen(uncertain);
  }

  /**
   * The cap that bound the amount: what was left of the calendar year's cap when that bound it, else the cap per award
   * when that bound it; empty when no cap did.
   */
  public Optional<Cny> capApplied() {
    return yearRoom >= 0 ? Optional.of(Cny.ofFen(yearRoom))
        : capPerAward >= 0 ? Optional.of(Cny.ofFen(capPerAward)) : Optional.empty();
  }

  long matchedFen() {
    return matched;
  }

  long uncertainFen() {
    return uncertain;
  }

  boolean cappedPerAward() {
    return capPerAward >= 0;
  }

  boolean cappedPerYear() {
    return yearRoom >= 0;
  }

  long capPerAwardFen() {
    return capPerAward;
  }

  long yearUsedFen() {
    return yearUsed;
  }

  long yearRoomFen() {
    return yearRoom;
  }

  @Override
  public boolean equals(Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof MatchingLine)) {
      return false;
    }
    MatchingLine l = (MatchingLine) o;
    return reason == l.reason && product == l.product && matched == l.matched && uncertain == l.uncertain
        && capPerAward == l.capPerAward && yearRoom == l.yearRoom && yearUsed == l.yearUsed && award.equals(l.award);
  }

  @Override
  public int hashCode() {
    return Objects.hash(award, reason, product, matched, uncertain, capPerAward, yearRoom, yearUsed);
  }

  /** E.g. {@code NATIONAL 300000.00 2016-03-01 → 300000.00 (matched)}. */
  @Override
  public String toString() {
    return award.level() + " " + award.amount() + " " + award.date() + " → " + matched()
        + (uncertain != 0 ? " (uncertain " + uncertain() + ")" : "") + " (" + reason.code() + ")";
  }
}
