package org.zhongchuang.policy.transfer;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.zhongchuang.policy.catalogue.UnitKind;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;

/**
 * One question for the {@link TransferRewardCalculator}: where and when, which unit, which mode, how much, and
 * optionally a proposed reward and a team to split it among. Build one with {@link #builder()}.
 *
 * <p>The amount is the net transfer or licence income, the value of the shares formed by investing the achievement,
 * or the year's operating profit, depending on the {@link TransferMode}. It is required, except for
 * {@link TransferMode#INVESTMENT_AS_EQUITY}, where without it the result gives the minimum share of the equity only.
 *
 * <p>Immutable and thread-safe.
 */
public final class TransferCase implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Jurisdiction jurisdiction;
  private final LocalDate date;
  private final OwningUnit unit;
  private final TransferMode mode;
  private final Cny amount;
  private final Cny proposedReward;
  private final ImmutableList<TeamMember> team;
  private final boolean contractProvidesOtherwise;

  private TransferCase(Builder b) {
    this.jurisdiction = required(b.jurisdiction, "jurisdiction", "a Jurisdiction, e.g. Jurisdiction.parse(\"吉林省\")");
    this.date = required(b.date, "date", "the day the reward is decided, on or after 1996-10-01");
    this.unit = required(b.unit, "unit", "OwningUnit.of(kind, isPublic, isProvincial)");
    this.mode = required(b.mode, "mode", "TRANSFER_OR_LICENCE, INVESTMENT_AS_EQUITY or OWN_IMPLEMENTATION");
    this.amount = b.amount;
    this.proposedReward = b.proposedReward;
    this.team = ImmutableList.copyOf(b.team);
    this.contractProvidesOtherwise = b.contractProvidesOtherwise;
    if (amount == null && mode != TransferMode.INVESTMENT_AS_EQUITY) {
      throw new TransferInputException("the " + mode.amountLabel().en() + " is missing; accepted: an amount of zero"
          + " or more yuan (it may be left out only for investment as equity)");
    }
    if (amount != null && amount.isNegative()) {
      throw new TransferInputException("the " + mode.amountLabel().en() + " is negative (" + amount.toPlainString()
          + "); accepted: zero or more yuan (a loss earns no share)");
    }
    if (proposedReward != null && proposedReward.isNegative()) {
      throw new TransferInputException("the proposed reward is negative (" + proposedReward.toPlainString()
          + "); accepted: zero or more yuan");
    }
    if (proposedReward != null && amount == null) {
      throw new TransferInputException("a proposed reward in yuan needs the value of the shares to compare with;"
          + " accepted: give amount(...) too, or leave the proposal out");
    }
    TeamSplit.checkTeam(team);
  }

  private static <T> T required(T value, String name, String accepted) {
    if (value == null) {
      throw new TransferInputException("the transfer case has no " + name + "; accepted: " + accepted);
    }
    return value;
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Where the unit is: its jurisdiction chain decides the local floors. */
  public Jurisdiction jurisdiction() {
    return jurisdiction;
  }

  /** The day the reward is decided: it decides which provisions are in force. */
  public LocalDate date() {
    return date;
  }

  /** The unit that owns the achievement. */
  public OwningUnit unit() {
    return unit;
  }

  /** How the achievement is put to use. */
  public TransferMode mode() {
    return mode;
  }

  /** The net income, value of the shares or year's operating profit; empty only for equity without a value. */
  public Optional<Cny> amount() {
    return Optional.ofNullable(amount);
  }

  /** A reward to check against the minimums, if one is proposed. */
  public Optional<Cny> proposedReward() {
    return Optional.ofNullable(proposedReward);
  }

  /** The members to split the reward among, in order (the order breaks ties); empty for no split. */
  public ImmutableList<TeamMember> team() {
    return team;
  }

  /** Whether the contract provides otherwise, which displaces a floor that yields to contracts (JX-2015-90 四(四)). */
  public boolean contractProvidesOtherwise() {
    return contractProvidesOtherwise;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof TransferCase)) {
      return false;
    }
    TransferCase c = (TransferCase) o;
    return jurisdiction.equals(c.jurisdiction) && date.equals(c.date) && unit.equals(c.unit) && mode == c.mode
        && Objects.equals(amount, c.amount) && Objects.equals(proposedReward, c.proposedReward)
        && team.equals(c.team) && contractProvidesOtherwise == c.contractProvidesOtherwise;
  }

  @Override
  public int hashCode() {
    return Objects.hash(jurisdiction, date, unit, mode, amount, proposedReward, team, contractProvidesOtherwise);
  }

  @Override
  public String toString() {
    return "TransferCase{" + jurisdiction + ", " + date + ", " + unit + ", " + mode + ", amount=" + amount
        + ", proposed=" + proposedReward + ", team=" + team + ", contractProvidesOtherwise="
        + contractProvidesOtherwise + "}";
  }

  /** Builds a {@link TransferCase}; {@link #build()} checks it. Not thread-safe. */
  public static final class Builder {
    private Jurisdiction jurisdiction;
    private LocalDate date;
    private OwningUnit unit;
    private TransferMode mode;
    private Cny amount;
    private Cny proposedReward;
    private final List<TeamMember> team = new ArrayList<>();
    private boolean contractProvidesOtherwise;

    private Builder() {}

    /** @param jurisdiction where the unit is, not null */
    public Builder jurisdiction(Jurisdiction jurisdiction) {
      this.jurisdiction = requireNonNull(jurisdiction, "jurisdiction");
      return this;
    }

    /** @param date the day the reward is decided, not null */
    public Builder date(LocalDate date) {
      this.date = requireNonNull(date, "date");
      return this;
    }

    /** @param unit the unit that owns the achievement, not null */
    public Builder unit(OwningUnit unit) {
      this.unit = requireNonNull(unit, "unit");
      return this;
    }

    /** Same as {@code unit(OwningUnit.of(kind, isPublic, isProvincial))}. */
    public Builder unit(UnitKind kind, boolean isPublic, boolean isProvincial) {
      return unit(OwningUnit.of(kind, isPublic, isProvincial));
    }

    /** @param mode how the achievement is put to use, not null */
    public Builder mode(TransferMode mode) {
      this.mode = requireNonNull(mode, "mode");
      return this;
    }

    /** @param amount net income, value of the shares or the year's operating profit, not null, zero or more */
    public Builder amount(Cny amount) {
      this.amount = requireNonNull(amount, "amount");
      return this;
    }

    /** @param proposedReward a reward to check, not null, zero or more */
    public Builder proposedReward(Cny proposedReward) {
      this.proposedReward = requireNonNull(proposedReward, "proposedReward");
      return this;
    }

    /** Adds a team member; the order of members breaks ties in the split. */
    public Builder member(TeamMember member) {
      team.add(requireNonNull(member, "member"));
      return this;
    }

    /** @param name not blank; @param weight one or more */
    public Builder member(String name, long weight) {
      return member(TeamMember.of(name, weight));
    }

    /** @param name not blank; @param weight not null, positive */
    public Builder member(String name, Share weight) {
      return member(TeamMember.of(name, weight));
    }

    /** @param provides whether the contract provides otherwise (除合同另有约定) */
    public Builder contractProvidesOtherwise(boolean provides) {
      this.contractProvidesOtherwise = provides;
      return this;
    }

    /**
     * @return the case
     * @throws TransferInputException if a required field is missing, an amount is negative, a proposal has nothing
     *     to compare with, or a team member's name repeats
     */
    public TransferCase build() {
      return new TransferCase(this);
    }
  }
}
