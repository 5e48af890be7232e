package org.zhongchuang.policy.transfer;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.zhongchuang.policy.Answer;
import org.zhongchuang.policy.MissingFactsException;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.catalogue.UnitKind;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.text.Phrase;

/**
 * One question for the {@link TransferRewardCalculator}: where and when, which unit, which mode, how much, and
 * optionally a proposed reward and a team to split it among. Build one with {@link #builder()}.
 *
 * <p>The amount is the net transfer or licence income, the value of the shares formed by investing the achievement,
 * or the year's profit from implementing it, depending on the {@link TransferMode}. It is required, except for
 * {@link TransferMode#INVESTMENT_AS_EQUITY}, where without it the result gives the minimum share of the equity only.
 *
 * <p>Nothing the law depends on is assumed: the kind of unit is required, and for a university or research institute
 * whether the state set it up; whether the unit has its own reward rule or an agreement with the researchers may be
 * left unsaid, and the assessment then gives both readings.
 *
 * <p>Immutable and thread-safe.
 */
public final class TransferCase implements Serializable {
  private static final long serialVersionUID = 2L;

  final Jurisdiction jurisdiction;
  final LocalDate date;
  final OwningUnit unit;
  final TransferMode mode;
  final Cny amount;
  final Cny proposedReward;
  final List<TeamMember> team;
  final boolean contractProvidesOtherwise;
  final Answer ownRuleOrAgreement;
  final Answer nonProfit;

  private TransferCase(Builder b) {
    List<String> missing = new ArrayList<>(0);
    if (b.jurisdiction == null) {
      missing.add("jurisdiction");
    }
    if (b.date == null) {
      missing.add("date");
    }
    if (b.kind == null) {
      missing.add("unit");
    }
    if (b.kind != null && b.stateEstablished == Answer.UNCERTAIN
        && (b.kind == UnitKind.UNIVERSITY || b.kind == UnitKind.RESEARCH_INSTITUTE)) {
      missing.add("stateEstablished");
    }
    if (b.mode == null) {
      missing.add("mode");
    }
    if (b.amount == null && b.mode != null && b.mode != TransferMode.INVESTMENT_AS_EQUITY) {
      missing.add("amount");
    }
    if (!missing.isEmpty()) {
      throw new MissingFactsException(missing, Phrase.of("transfer.why.required"));
    }
    this.jurisdiction = b.jurisdiction;
    this.date = b.date;
    this.unit = new OwningUnit(b.kind, b.stateEstablished, b.provincial);
    this.mode = b.mode;
    this.amount = b.amount;
    this.proposedReward = b.proposedReward;
    this.team = List.copyOf(b.team);
    this.contractProvidesOtherwise = b.contractProvidesOtherwise;
    this.ownRuleOrAgreement = b.ownRuleOrAgreement;
    // 财税〔2018〕58号 counts state-established institutes and universities among the non-profit ones.
    this.nonProfit = b.stateEstablished == Answer.YES ? Answer.YES : b.nonProfit;
    if (amount != null && amount.isNegative()) {
      throw new PolicyInputException(Phrase.of("transfer.error.negative", Phrase.of("transfer.amount." + mode.name()),
          amount));
    }
    if (proposedReward != null && proposedReward.isNegative()) {
      throw new PolicyInputException(Phrase.of("transfer.error.negative", Phrase.of("transfer.what.proposal"),
          proposedReward));
    }
    if (proposedReward != null && amount == null) {
      throw new PolicyInputException(Phrase.of("transfer.error.proposalWithoutAmount"));
    }
    TeamSplit.checkTeam(team);
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

  /** The net income, value of the shares or year's profit; empty only for equity without a value. */
  public Optional<Cny> amount() {
    return Optional.ofNullable(amount);
  }

  /** A reward to check against the minimums, if one is proposed. */
  public Optional<Cny> proposedReward() {
    return Optional.ofNullable(proposedReward);
  }

  /** The members to split the reward among, in order (the order breaks ties); empty for no split. */
  public List<TeamMember> team() {
    return team;
  }

  /** Whether the contract provides otherwise, which displaces a floor that yields to contracts (JX-2015-90 四(四)). */
  public boolean contractProvidesOtherwise() {
    return contractProvidesOtherwise;
  }

  /**
   * Whether the unit has its own reward rule or an agreement with the researchers (第四十四条, 第四十五条第一款: "未规定、也未与
   * 科技人员约定"); {@link Answer#UNCERTAIN} when not given.
   */
  public Answer ownRuleOrAgreement() {
    return ownRuleOrAgreement;
  }

  /**
   * Whether the unit is non-profit (财税〔2018〕58号): {@link Answer#YES} for a state-established unit, else as given,
   * {@link Answer#UNCERTAIN} when not given.
   */
  public Answer nonProfit() {
    return nonProfit;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof TransferCase)) {
      return false;
    }
    TransferCase c = (TransferCase) o;
    return jurisdiction.equals(c.jurisdiction) && date.equals(c.date) && unit.equals(c.unit) && mode == c.mode
        && Objects.equals(amount, c.amount) && Objects.equals(proposedReward, c.proposedReward)
        && team.equals(c.team) && contractProvidesOtherwise == c.contractProvidesOtherwise
        && ownRuleOrAgreement == c.ownRuleOrAgreement && nonProfit == c.nonProfit;
  }

  @Override
  public int hashCode() {
    return Objects.hash(jurisdiction, date, unit, mode, amount, proposedReward, team, contractProvidesOtherwise,
        ownRuleOrAgreement, nonProfit);
  }

  @Override
  public String toString() {
    return "TransferCase{" + jurisdiction + ", " + date + ", " + unit + ", " + mode + ", amount=" + amount
        + ", proposed=" + proposedReward + ", team=" + team + ", ownRuleOrAgreement=" + ownRuleOrAgreement
        + ", contractProvidesOtherwise=" + contractProvidesOtherwise + ", nonProfit=" + nonProfit + "}";
  }

  /** Builds a {@link TransferCase}; {@link #build()} checks it. Not thread-safe. */
  public static final class Builder {
    private Jurisdiction jurisdiction;
    private LocalDate date;
    private UnitKind kind;
    private Answer stateEstablished = Answer.UNCERTAIN;
    private boolean provincial;
    private TransferMode mode;
    private Cny amount;
    private Cny proposedReward;
    private final List<TeamMember> team = new ArrayList<>();
    private boolean contractProvidesOtherwise;
    private Answer ownRuleOrAgreement = Answer.UNCERTAIN;
    private Answer nonProfit = Answer.UNCERTAIN;

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

    /** @param kind the kind of unit that owns the achievement, not null (required) */
    public Builder unit(UnitKind kind) {
      this.kind = requireNonNull(kind, "kind");
      return this;
    }

    /**
     * @param established whether the state set the unit up or funded its setting up (国家设立 / 利用财政资金设立); required
     *     for universities and research institutes
     */
    public Builder stateEstablished(boolean established) {
      this.stateEstablished = Answer.of(established);
      return this;
    }

    /** @param isProvincial whether the unit is provincially owned (省属); false when not given */
    public Builder provincial(boolean isProvincial) {
      this.provincial = isProvincial;
      return this;
    }

    /** Same as {@code unit(kind).stateEstablished(stateEstablished).provincial(provincial)}. */
    public Builder unit(UnitKind kind, boolean stateEstablished, boolean provincial) {
      return unit(kind).stateEstablished(stateEstablished).provincial(provincial);
    }

    /** @param unit the unit; its {@link OwningUnit#stateEstablished()} may be uncertain for enterprises and others */
    public Builder unit(OwningUnit unit) {
      requireNonNull(unit, "unit");
      this.kind = unit.kind();
      this.stateEstablished = unit.stateEstablished();
      this.provincial = unit.provincial();
      return this;
    }

    /** @param mode how the achievement is put to use, not null */
    public Builder mode(TransferMode mode) {
      this.mode = requireNonNull(mode, "mode");
      return this;
    }

    /** @param amount net income, value of the shares or the year's profit, not null, zero or more */
    public Builder amount(Cny amount) {
      this.amount = requireNonNull(amount, "amount");
      return this;
    }

    /** @param proposedReward a reward to check, not null, zero or more */
    public Builder proposedReward(Cny proposedReward) {
      this.proposedReward = requireNonNull(proposedReward, "proposedReward");
      return this;
    }

    /**
     * @param hasOne whether the unit has its own reward rule or an agreement with the researchers; when not given,
     *     a default standard is reported both ways
     */
    public Builder ownRuleOrAgreement(boolean hasOne) {
      this.ownRuleOrAgreement = Answer.of(hasOne);
      return this;
    }

    /** @param isNonProfit whether the unit is non-profit; implied for a state-established unit */
    public Builder nonProfit(boolean isNonProfit) {
      this.nonProfit = Answer.of(isNonProfit);
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

    /** @param name not blank; @param weight not null, positive, a proportion */
    public Builder member(String name, Share weight) {
      return member(TeamMember.of(name, weight));
    }

    /** A main contributor (国发〔2016〕16号 二（六）3) weighted by a whole number. */
    public Builder mainContributor(String name, long weight) {
      return member(TeamMember.of(name, weight).asMainContributor());
    }

    /** @param provides whether the contract provides otherwise (除合同另有约定); false when not given */
    public Builder contractProvidesOtherwise(boolean provides) {
      this.contractProvidesOtherwise = provides;
      return this;
    }

    /**
     * @return the case
     * @throws MissingFactsException if the place, date, kind of unit, mode or amount is missing, or a university or
     *     research institute does not say whether the state set it up
     * @throws PolicyInputException if an amount is negative, a proposal has nothing to compare with, or a team
     *     member's name repeats
     */
    public TransferCase build() {
      return new TransferCase(this);
    }
  }
}
