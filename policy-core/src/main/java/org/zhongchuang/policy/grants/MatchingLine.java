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

  private final Award award;
  private final MatchingReason reason;
  private final long product;
  /** Matched, or for {@link MatchingReason#IN_FORCE_UNCERTAIN} what it would earn. */
  private final long amount;
  /** The caps that bound the amount; null (the usual case) when none did. */
  private final Caps caps;

  /**
   * @param capPerAward the rule's cap per award where it bound the amount, else negative
   * @param yearRoom what was left of the year's cap where it bound the amount, else negative
   * @param yearUsed what earlier awards of the same year had used of its cap, where the year's cap bound the amount
   */
  private record Caps(long capPerAward, long yearRoom, long yearUsed) implements Serializable {}

  private MatchingLine(Award award, MatchingReason reason, long product, long amount, Caps caps) {
    this.award = award;
    this.reason = reason;
    this.product = product;
    this.amount = amount;
    this.caps = caps;
  }

  /** An award not matched, for a reason decided before any amount. */
  static MatchingLine unmatched(Award award, MatchingReason reason) {
    return new MatchingLine(award, reason, 0, 0, null);
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
    return new MatchingLine(award, reason, product, amount, capPerAward < 0 && yearRoom < 0 ? null
        : new Caps(capPerAward, yearRoom, yearRoom < 0 ? -1 : yearUsed));
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
    return Cny.ofFen(matchedFen());
  }

  /**
   * What it would earn were the rule in force on its date; non-zero only for {@link MatchingReason#IN_FORCE_UNCERTAIN};
   * never counted in the total.
   */
  public Cny uncertain() {
    return Cny.ofFen(uncertainFen());
  }

  /**
   * The cap that bound the amount: what was left of the calendar year's cap when that bound it, else the cap per award
   * when that bound it; empty when no cap did.
   */
  public Optional<Cny> capApplied() {
    return cappedPerYear() ? Optional.of(Cny.ofFen(caps.yearRoom()))
        : cappedPerAward() ? Optional.of(Cny.ofFen(caps.capPerAward())) : Optional.empty();
  }

  long matchedFen() {
    return reason == MatchingReason.IN_FORCE_UNCERTAIN ? 0 : amount;
  }

  long uncertainFen() {
    return reason == MatchingReason.IN_FORCE_UNCERTAIN ? amount : 0;
  }

  boolean cappedPerAward() {
    return caps != null && caps.capPerAward() >= 0;
  }

  boolean cappedPerYear() {
    return caps != null && caps.yearRoom() >= 0;
  }

  long capPerAwardFen() {
    return caps.capPerAward();
  }

  long yearUsedFen() {
    return caps.yearUsed();
  }

  long yearRoomFen() {
    return caps.yearRoom();
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
    return reason == l.reason && product == l.product && amount == l.amount && Objects.equals(caps, l.caps)
        && award.equals(l.award);
  }

  @Override
  public int hashCode() {
    return Objects.hash(award, reason, product, amount, caps);
  }

  /** E.g. {@code NATIONAL 300000.00 2016-03-01 → 300000.00 (matched)}. */
  @Override
  public String toString() {
    return award.level() + " " + award.amount() + " " + award.date() + " → " + matched()
        + (uncertainFen() != 0 ? " (uncertain " + uncertain() + ")" : "") + " (" + reason.code() + ")";
  }
}
