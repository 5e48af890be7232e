package org.zhongchuang.policy.transfer;

import static java.util.Objects.requireNonNull;

import java.io.ObjectStreamException;
import java.io.Serializable;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.zhongchuang.policy.Answer;
import org.zhongchuang.policy.Calculator;
import org.zhongchuang.policy.DateNotCoveredException;
import org.zhongchuang.policy.MissingFactsException;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.RewardFloor;
import org.zhongchuang.policy.catalogue.RewardFloor.Basis;
import org.zhongchuang.policy.catalogue.UnitScope;
import org.zhongchuang.policy.catalogue.WageInclusion;
import org.zhongchuang.policy.law.Applicability.Status;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.text.Phrase;
import org.zhongchuang.policy.transfer.StatutoryMinimum.Binding;
import org.zhongchuang.policy.transfer.TransferRewardAssessment.FloorOutcome;

/**
 * Results-transfer rewards (科技成果转化收益奖励, PROVISIONS.md §3 and §13): for a {@link TransferCase} it answers two
 * questions, each yes, no or uncertain with its reason — does a proposed reward comply with the law (the statutory
 * standards of 促进科技成果转化法 1996 or 2015 and 国发〔2016〕16号, where they bind this unit), and does it reach the local
 * policy level (the most specific local floor in force, which allows or encourages and never makes a reward unlawful)
 * — and splits the reward among a team to the fen, with the main contributors' share (国发〔2016〕16号) and the part
 * counted into wage income (财税〔2018〕58号).
 *
 * <p>Every share, date, force and scope is read from the catalogue: a provision replaced through
 * {@link Catalogue#withModified} changes the result, and the explanation cites it as modified. The floors of each
 * place are looked up once per calculator.
 *
 * <p>This class is immutable and thread-safe; {@link #assess} is a pure function of the catalogue and the case.
 */
public final class TransferRewardCalculator
    implements Calculator<TransferCase, TransferRewardAssessment>, Serializable {
  private static final long serialVersionUID = 2L;

  private static final class BuiltIn {
    static final TransferRewardCalculator CALCULATOR = new TransferRewardCalculator(Catalogue.builtIn());
  }

  private final Catalogue catalogue;
  /** National floors of income (not of the reward), in catalogue order. */
  private final transient Provision[] national;
  private final transient LocalDate firstKnown;
  private final transient List<Provision> firstStandards;
  private final transient List<Provision> rewardFloors;
  private final transient List<Provision> wageRules;
  /** National floors of income per mode, in catalogue order. */
  private final transient java.util.EnumMap<TransferMode, Provision[]> nationalByMode =
      new java.util.EnumMap<>(TransferMode.class);
  /** Clauses that state no amount (第四十五条第二款 among them), cited beside a standard that is hard for the unit. */
  final transient List<Provision> clausesWithoutFormula;
  private final transient ConcurrentHashMap<Jurisdiction, Place> places = new ConcurrentHashMap<>();

  /** The provisions that reach one place, in the order the assessment reads them. */
  static final class Place {
    /** Local floors of income, most specific place first, then the higher share, then the id. */
    final Provision[] floors;
    /** Floors of the reward's split (the main contributors' share), national or local. */
    final Provision[] teamRules;
    /** Wage-inclusion rules. */
    final Provision[] wageRules;

    Place(Provision[] floors, Provision[] teamRules, Provision[] wageRules) {
      this.floors = floors;
      this.teamRules = teamRules;
      this.wageRules = wageRules;
    }
  }

  private TransferRewardCalculator(Catalogue catalogue) {
    this.catalogue = catalogue;
    this.rewardFloors = catalogue.withTerms(RewardFloor.class);
    this.wageRules = catalogue.withTerms(WageInclusion.class);
    List<Provision> nationalFloors = new ArrayList<>();
    for (Provision p : rewardFloors) {
      if (p.jurisdiction().depth() == 0 && floor(p).basis() != Basis.REWARD) {
        nationalFloors.add(p);
      }
    }
    this.national = nationalFloors.toArray(new Provision[0]);
    for (TransferMode mode : TransferMode.values()) {
      nationalByMode.put(mode, nationalFloors.stream().filter(p -> mode.rewardsFrom(floor(p).basis()))
          .toArray(Provision[]::new));
    }
    this.clausesWithoutFormula = catalogue.withTerms(org.zhongchuang.policy.catalogue.NoFormula.class);
    LocalDate first = LocalDate.MAX;
    for (Provision p : nationalFloors) {
      LocalDate start = p.validity().earliestStart();
      first = start.isBefore(first) ? start : first;
    }
    this.firstKnown = first;
    List<Provision> firsts = new ArrayList<>();
    for (Provision p : nationalFloors) {
      if (p.validity().earliestStart().equals(first)) {
        firsts.add(p);
      }
    }
    this.firstStandards = List.copyOf(firsts);
  }

  /** A calculator over {@link Catalogue#builtIn()}. */
  public static TransferRewardCalculator builtIn() {
    return BuiltIn.CALCULATOR;
  }

  /**
   * A calculator over a catalogue.
   *
   * @param catalogue the provisions to read, not null
   */
  public static TransferRewardCalculator of(Catalogue catalogue) {
    requireNonNull(catalogue, "catalogue");
    return catalogue.isBuiltIn() ? builtIn() : new TransferRewardCalculator(catalogue);
  }

  @Override
  public Catalogue catalogue() {
    return catalogue;
  }

  private Object readResolve() throws ObjectStreamException {
    return of(catalogue);
  }

  /**
   * Assesses a case.
   *
   * @param transferCase not null
   * @return the statutory standards and the legal minimum, the policy level, both answers, the split, the main
   *     contributors' share and the wage income counted; the explanation is built when first read
   * @throws DateNotCoveredException if the date is before the first statutory standard the catalogue knows
   *     (1996-10-01 in the built-in catalogue)
   * @throws MissingFactsException if a provision that may reach the unit depends on whether the state set it up and
   *     the case does not say
   * @throws PolicyInputException if the case has a team but there is no reward to split (nothing proposed and no
   *     legal minimum in yuan)
   */
  @Override
  public TransferRewardAssessment assess(TransferCase transferCase) {
    requireNonNull(transferCase, "transferCase");
    TransferCase c = transferCase;
    LocalDate d = c.date;
    if (national.length > 0 && d.isBefore(firstKnown)) {
      throw new DateNotCoveredException(d, Phrase.of("transfer.what.statutory"), firstKnown, firstStandards);
    }
    Place place = place(c.jurisdiction);

    // ---------------------------------------------------------------- the law: statutory standards for the mode
    Provision[] forMode = nationalByMode.get(c.mode);
    StatutoryMinimum[] found = new StatutoryMinimum[forMode.length];
    int count = 0;
    Share lower = null;
    Share upper = null;
    int primary = -1;
    boolean primaryCertain = false;
    for (Provision p : forMode) {
      RewardFloor f = floor(p);
      Status status = p.validity().statusOn(d);
      if (status == Status.NOT_IN_FORCE) {
        continue;
      }
      StatutoryMinimum m = new StatutoryMinimum(p, status, binding(f, c, p));
      found[count] = m;
      Answer binds = m.binds();
      Share share = f.minimum();
      if (binds == Answer.YES && (lower == null || share.isGreaterThan(lower))) {
        lower = share;
      }
      if (binds != Answer.NO && (upper == null || share.isGreaterThan(upper)
          || !share.isLessThan(upper) && binds == Answer.YES && !primaryCertain)) {
        upper = share;
        primary = count;
        primaryCertain = binds == Answer.YES;
      }
      count++;
    }
    if (primary < 0) {
      // No standard binds: report the highest that reaches the unit, as the one the unit's own rule replaces.
      for (int i = 0; i < count; i++) {
        Binding b = found[i].binding();
        if (b != Binding.NOT_FOR_UNIT && b != Binding.PERMISSIVE
            && (primary < 0 || found[i].share().isGreaterThan(found[primary].share()))) {
          primary = i;
        }
      }
    }
    Cny amount = c.amount;
    Cny proposed = c.proposedReward;
    // A standard that certainly binds also may bind, so upper is set wherever lower is.
    boolean certainLaw = lower == null ? upper == null : lower.compareTo(upper) == 0;
    Cny legalMinimum = lower != null && amount != null ? amount.multipliedBy(lower, RoundingMode.HALF_UP) : null;
    Cny legalIfBinds = !certainLaw && upper != null && amount != null
        ? amount.multipliedBy(upper, RoundingMode.HALF_UP) : null;
    Answer complies = null;
    if (proposed != null) {
      Answer low = legalMinimum == null ? Answer.UNCERTAIN : Answer.of(!proposed.isLessThan(legalMinimum));
      if (certainLaw) {
        complies = low;
      } else {
        // A proposal comes with an amount (TransferCase), and the law is uncertain only where a standard may bind.
        Answer high = Answer.of(!proposed.isLessThan(legalIfBinds));
        complies = low == high ? low : Answer.UNCERTAIN;
      }
    }

    // ---------------------------------------------------------------- the policy level: local floors
    Provision[] floors = place.floors;
    FloorOutcome[] outcomes = new FloorOutcome[floors.length];
    PolicyFloor certain = null;
    PolicyFloor uncertain = null;
    PolicyFloor displaced = null;
    for (int i = 0; i < floors.length; i++) {
      Provision p = floors[i];
      RewardFloor f = floor(p);
      FloorOutcome outcome;
      if (!c.mode.rewardsFrom(f.basis())) {
        outcome = FloorOutcome.OTHER_MODE;
      } else if (!reaches(f.appliesTo(), c.unit, p)) {
        outcome = FloorOutcome.NOT_FOR_UNIT;
      } else {
        Status status = p.validity().statusOn(d);
        if (status == Status.NOT_IN_FORCE) {
          outcome = FloorOutcome.NOT_IN_FORCE;
        } else if (f.yieldsToContract() && c.contractProvidesOtherwise) {
          outcome = FloorOutcome.DISPLACED_BY_CONTRACT;
          displaced = displaced == null ? new PolicyFloor(p, status) : displaced;
        } else if (certain != null || uncertain != null && status == Status.UNCERTAIN) {
          outcome = FloorOutcome.SUPERSEDED;
        } else if (status == Status.UNCERTAIN) {
          outcome = FloorOutcome.UNCERTAIN;
          uncertain = new PolicyFloor(p, status);
        } else {
          outcome = FloorOutcome.APPLIES;
          certain = new PolicyFloor(p, status);
        }
      }
      outcomes[i] = outcome;
    }
    Cny floorReward = certain != null && amount != null
        ? amount.multipliedBy(certain.share(), RoundingMode.HALF_UP) : null;
    Cny uncertainFloorReward = uncertain != null && amount != null
        ? amount.multipliedBy(uncertain.share(), RoundingMode.HALF_UP) : null;
    Answer meets = null;
    if (proposed != null && (certain != null || uncertain != null)) {
      Answer ifNot = floorReward == null ? null : Answer.of(!proposed.isLessThan(floorReward));
      if (uncertain == null) {
        meets = ifNot;
      } else {
        Answer ifInForce = Answer.of(!proposed.isLessThan(uncertainFloorReward));
        meets = ifNot == ifInForce ? ifInForce : Answer.UNCERTAIN;
      }
    }

    // ---------------------------------------------------------------- the team
    WageIncomeCheck wage = wage(place, c);
    List<MemberReward> split = List.of();
    Cny splitReward = null;
    MainContributorsCheck main = null;
    if (!c.team.isEmpty()) {
      splitReward = proposed != null ? proposed : legalMinimum;
      if (splitReward == null) {
        throw new PolicyInputException(Phrase.of("transfer.error.nothingToSplit"));
      }
      long[] parts = TeamSplit.parts(splitReward.toFen(), c.team);
      Share counted = wage.applies() == Answer.NO ? null : ((WageInclusion) wage.ruleOrNull().terms()).counted();
      MemberReward[] members = new MemberReward[parts.length];
      long mainFen = 0;
      boolean anyMain = false;
      for (int i = 0; i < parts.length; i++) {
        TeamMember m = c.team.get(i);
        Cny part = Cny.ofFen(parts[i]);
        members[i] = new MemberReward(m.name(), m.weight(), part, m.mainContributor(),
            counted == null ? null : part.multipliedBy(counted, RoundingMode.HALF_UP));
        if (m.mainContributor()) {
          mainFen += parts[i];
          anyMain = true;
        }
      }
      split = List.of(members);
      main = mainContributors(place, c, splitReward, Cny.ofFen(mainFen), anyMain);
    }
    return new TransferRewardAssessment(this, c, found, count, primary, lower, upper, legalMinimum, legalIfBinds, complies, floors,
        outcomes, certain, uncertain, displaced, floorReward, uncertainFloorReward, meets, split, splitReward, main,
        wage);
  }

  private static Binding binding(RewardFloor f, TransferCase c, Provision p) {
    if (!reaches(f.appliesTo(), c.unit, p)) {
      return Binding.NOT_FOR_UNIT;
    }
    return switch (f.force()) {
      case MANDATORY -> Binding.MANDATORY;
      case PERMISSIVE -> Binding.PERMISSIVE;
      case DEFAULT -> f.hardForOrNull() != null && reaches(f.hardForOrNull(), c.unit, p) ? Binding.HARD
          : switch (c.ownRuleOrAgreement) {
            case YES -> Binding.DEFAULT_OWN_RULE;
            case NO -> Binding.DEFAULT_NO_OWN_RULE;
            case UNCERTAIN -> Binding.DEFAULT_OWN_RULE_UNKNOWN;
          };
    };
  }

  /**
   * Whether a scope reaches the unit; a scope limited to state-established units, of the unit's kind, needs to know
   * whether the state set it up.
   */
  static boolean reaches(UnitScope scope, OwningUnit unit, Provision p) {
    if (!scope.kinds().contains(unit.kind()) || scope.provincialOnly() && !unit.provincial()) {
      return false;
    }
    if (!scope.publicOnly()) {
      return true;
    }
    if (unit.stateEstablished() == Answer.UNCERTAIN) {
      throw new MissingFactsException(List.of("stateEstablished"), Phrase.of("transfer.why.stateEstablished", p));
    }
    return unit.stateEstablished() == Answer.YES;
  }

  private MainContributorsCheck mainContributors(Place place, TransferCase c, Cny reward, Cny mainTotal,
      boolean anyMain) {
    Provision rule = null;
    Status ruleStatus = null;
    for (Provision p : place.teamRules) {
      RewardFloor f = floor(p);
      Status status = p.validity().statusOn(c.date);
      if (status == Status.NOT_IN_FORCE || !reaches(f.appliesTo(), c.unit, p)) {
        continue;
      }
      // A certain rule before an uncertain one; among equals, the higher share.
      if (rule == null || status == Status.IN_FORCE && ruleStatus == Status.UNCERTAIN
          || status == ruleStatus && f.minimum().isGreaterThan(floor(rule).minimum())) {
        rule = p;
        ruleStatus = status;
      }
    }
    if (rule == null) {
      return new MainContributorsCheck(MainContributorsCheck.Outcome.NOT_APPLICABLE, null, reward, mainTotal, null);
    }
    Share share = floor(rule).minimum();
    Cny required = reward.multipliedBy(share, RoundingMode.DOWN);
    if (required.multipliedBy(share.denominator()).isLessThan(reward.multipliedBy(share.numerator()))) {
      required = required.plus(Cny.ofFen(1));
    }
    MainContributorsCheck.Outcome outcome = !anyMain ? MainContributorsCheck.Outcome.NONE_MARKED
        : ruleStatus == Status.UNCERTAIN ? MainContributorsCheck.Outcome.RULE_MAY_NOT_BE_IN_FORCE
        : mainTotal.isLessThan(required) ? MainContributorsCheck.Outcome.NOT_MET : MainContributorsCheck.Outcome.MET;
    return new MainContributorsCheck(outcome, rule, reward, mainTotal, required);
  }

  private static WageIncomeCheck wage(Place place, TransferCase c) {
    // The first rule that may be in force on the date; else the first, to say why it is not.
    Provision rule = place.wageRules.length == 0 ? null : place.wageRules[0];
    for (Provision p : place.wageRules) {
      if (p.validity().statusOn(c.date) != Status.NOT_IN_FORCE) {
        rule = p;
        break;
      }
    }
    if (rule == null) {
      return new WageIncomeCheck(WageIncomeCheck.Outcome.NO_RULE_KNOWN, null);
    }
    WageInclusion w = (WageInclusion) rule.terms();
    Status status = rule.validity().statusOn(c.date);
    WageIncomeCheck.Outcome outcome;
    if (status == Status.NOT_IN_FORCE) {
      outcome = WageIncomeCheck.Outcome.NOT_IN_FORCE;
    } else if (!c.mode.rewardsFrom(w.rewardsFrom())) {
      outcome = WageIncomeCheck.Outcome.NOT_FROM_THIS_INCOME;
    } else if (!reaches(w.units(), c.unit, rule)) {
      outcome = WageIncomeCheck.Outcome.UNIT_NOT_COVERED;
    } else if (w.nonProfitOnly() && c.nonProfit == Answer.NO) {
      outcome = WageIncomeCheck.Outcome.FOR_PROFIT;
    } else if (w.nonProfitOnly() && c.nonProfit == Answer.UNCERTAIN) {
      outcome = WageIncomeCheck.Outcome.NON_PROFIT_UNKNOWN;
    } else if (status == Status.UNCERTAIN) {
      outcome = WageIncomeCheck.Outcome.RULE_MAY_NOT_BE_IN_FORCE;
    } else {
      outcome = WageIncomeCheck.Outcome.APPLIES;
    }
    return new WageIncomeCheck(outcome, rule);
  }

  /** The provisions that reach a place, found once per calculator and place. */
  Place place(Jurisdiction where) {
    Place p = places.get(where);
    return p != null ? p : places.computeIfAbsent(where, this::findPlace);
  }

  private Place findPlace(Jurisdiction where) {
    List<Provision> floors = new ArrayList<>();
    List<Provision> team = new ArrayList<>();
    for (Provision p : rewardFloors) {
      if (!where.isWithin(p.jurisdiction())) {
        continue;
      }
      if (floor(p).basis() == Basis.REWARD) {
        team.add(p);
      } else if (p.jurisdiction().depth() > 0) {
        floors.add(p);
      }
    }
    floors.sort(Comparator.<Provision>comparingInt(p -> -p.jurisdiction().depth())
        .thenComparing(p -> floor(p).minimum(), Comparator.reverseOrder())
        .thenComparing(Provision::id));
    List<Provision> wages = new ArrayList<>();
    for (Provision p : wageRules) {
      if (where.isWithin(p.jurisdiction())) {
        wages.add(p);
      }
    }
    return new Place(floors.toArray(new Provision[0]), team.toArray(new Provision[0]),
        wages.toArray(new Provision[0]));
  }

  static RewardFloor floor(Provision p) {
    return (RewardFloor) p.terms();
  }

  @Override
  public String toString() {
    return "TransferRewardCalculator(" + catalogue + ")";
  }
}
