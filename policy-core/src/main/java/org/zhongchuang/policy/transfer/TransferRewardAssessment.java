package org.zhongchuang.policy.transfer;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.zhongchuang.policy.Answer;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.RewardFloor;
import org.zhongchuang.policy.catalogue.RewardFloor.Force;
import org.zhongchuang.policy.explain.Explained;
import org.zhongchuang.policy.explain.Explanation;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.text.Text;
import org.zhongchuang.policy.transfer.StatutoryMinimum.Binding;

/**
 * What the law and local policy say of a results-transfer reward in one {@link TransferCase}. Two questions, each
 * answered yes, no or uncertain:
 *
 * <ul>
 *   <li><b>Does the proposal comply with the law?</b> The legal minimum is the statutory standard where it binds this
 *       unit ({@link #statutoryStandards()}, {@link #minimumReward()}, {@link #complies()}). A default standard binds
 *       only a unit with no rule of its own and no agreement with its researchers, unless it is hard for the unit
 *       (第四十五条第二款); where the case does not say, {@link #minimumRewardIfUncertainBinds()} gives the other
 *       reading and the answer is uncertain unless both readings agree.</li>
 *   <li><b>Does it reach the local policy level?</b> The most specific local floor in force ({@link #policyFloor()},
 *       {@link #policyFloorReward()}, {@link #meetsPolicyFloor()}). Local floors allow or encourage; falling short of
 *       one is not unlawful. Where a floor's being in force is uncertain ({@link #uncertainPolicyFloor()}: Gansu in
 *       2015, Jiaxing in 2021), the answer is uncertain and both readings are given.</li>
 * </ul>
 *
 * <p>Then the team: the split to the fen ({@link #split()}), whether the main contributors receive their share
 * ({@link #mainContributors()}), and whether the cash reward is counted into wage income at a reduced share
 * ({@link #wageIncome()}).
 *
 * <p>A value: equal when its catalogue, case and results are equal. The explanation is built from the recorded
 * decisions when first read; {@link #toString()} names the amounts only. Immutable and thread-safe.
 */
public final class TransferRewardAssessment implements Explained, Serializable {
  private static final long serialVersionUID = 2L;

  /** What became of a local floor that reaches the place. */
  public enum FloorOutcome {
    /** It is a floor of another kind of income. */
    OTHER_MODE,
    /** It reaches other units only. */
    NOT_FOR_UNIT,
    /** It is not in force on the date. */
    NOT_IN_FORCE,
    /** It yields to a contract that provides otherwise ("除合同另有约定外"), and the case says the contract does. */
    DISPLACED_BY_CONTRACT,
    /** A more specific floor, or a higher one of the same place, is chosen instead. */
    SUPERSEDED,
    /** It may or may not be in force on the date: reported both ways. */
    UNCERTAIN,
    /** It is the policy level. */
    APPLIES
  }

  /** Why the legal minimum is what it is. */
  public enum LegalMinimumReason {
    /** A statutory standard certainly binds this unit. */
    BINDS,
    /** A default standard binds only if the unit has no rule or agreement, and the case does not say. */
    OWN_RULE_UNKNOWN,
    /** A standard that would raise the minimum may or may not be in force on the date. */
    IN_FORCE_UNKNOWN,
    /** The unit has its own rule or agreement, which decides instead of the default standard. */
    OWN_RULE_GOVERNS,
    /** The catalogue knows no statutory standard for this mode and unit on the date. */
    NONE_KNOWN
  }

  private final Catalogue catalogue;
  private final transient List<Provision> clausesWithoutFormula;
  private final TransferCase transferCase;
  /** The standards found, in the first {@link #count} slots. */
  private final StatutoryMinimum[] standards;
  private final int count;
  private final int primary;
  private final Share lower;
  private final Share upper;
  private final Cny legalMinimum;
  private final Cny legalIfBinds;
  private final Answer complies;
  private final Provision[] floors;
  private final FloorOutcome[] outcomes;
  private final PolicyFloor policyFloor;
  private final PolicyFloor uncertainFloor;
  private final PolicyFloor displacedFloor;
  private final Cny floorReward;
  private final Cny uncertainFloorReward;
  private final Answer meets;
  private final List<MemberReward> split;
  private final Cny splitReward;
  private final MainContributorsCheck main;
  private final WageIncomeCheck wage;
  private transient volatile Explanation explanation;

  TransferRewardAssessment(TransferRewardCalculator calculator, TransferCase transferCase, StatutoryMinimum[] standards,
      int count, int primary,
      Share lower, Share upper, Cny legalMinimum, Cny legalIfBinds, Answer complies, Provision[] floors,
      FloorOutcome[] outcomes, PolicyFloor policyFloor, PolicyFloor uncertainFloor, PolicyFloor displacedFloor,
      Cny floorReward, Cny uncertainFloorReward, Answer meets, List<MemberReward> split, Cny splitReward,
      MainContributorsCheck main, WageIncomeCheck wage) {
    this.catalogue = calculator.catalogue();
    this.clausesWithoutFormula = calculator.clausesWithoutFormula;
    this.transferCase = transferCase;
    this.standards = standards;
    this.count = count;
    this.primary = primary;
    this.lower = lower;
    this.upper = upper;
    this.legalMinimum = legalMinimum;
    this.legalIfBinds = legalIfBinds;
    this.complies = complies;
    this.floors = floors;
    this.outcomes = outcomes;
    this.policyFloor = policyFloor;
    this.uncertainFloor = uncertainFloor;
    this.displacedFloor = displacedFloor;
    this.floorReward = floorReward;
    this.uncertainFloorReward = uncertainFloorReward;
    this.meets = meets;
    this.split = split;
    this.splitReward = splitReward;
    this.main = main;
    this.wage = wage;
  }

  /** The case assessed. */
  public TransferCase transferCase() {
    return transferCase;
  }

  /** The catalogue read. */
  public Catalogue catalogue() {
    return catalogue;
  }

  /**
   * The amount the shares are taken of (net income, value of the shares, or the year's profit); empty for equity given
   * without a value. JSON {@code netIncome}.
   */
  public Optional<Cny> netIncome() {
    return transferCase.amount();
  }

  // ------------------------------------------------------------------ the law

  /**
   * Every national standard for the mode that is in force, or may be, on the date, with whether it binds this unit;
   * in catalogue order.
   */
  public List<StatutoryMinimum> statutoryStandards() {
    return List.of(standardsArray());
  }

  /**
   * The standard that sets the legal minimum: the highest that binds or may bind this unit; where none does, the
   * highest the unit's own rule replaces; empty where no standard for the mode is in force (equity and own
   * implementation before 2015-10-01 have none for equity).
   */
  public Optional<StatutoryMinimum> statutoryMinimum() {
    return primary < 0 ? Optional.empty() : Optional.of(standards[primary]);
  }

  /** JSON {@code statutoryMinimumShare}: the share of {@link #statutoryMinimum()}. */
  public Optional<Share> statutoryMinimumShare() {
    return statutoryMinimum().map(StatutoryMinimum::share);
  }

  /**
   * JSON {@code statutoryMinimumIsHard}: whether no rule or agreement of this unit may go below the statutory minimum
   * (mandatory words, or 第四十五条第二款 for a state-established institute or university).
   */
  public boolean statutoryMinimumIsHard() {
    return primary >= 0 && standards[primary].isHard();
  }

  /** Whether a statutory standard binds this unit: yes, no (none does, or its own rule decides), or uncertain. */
  public Answer statutoryMinimumBinds() {
    return lower != null ? Answer.YES : upper != null ? Answer.UNCERTAIN : Answer.NO;
  }

  /** Why the legal minimum is what it is. */
  public LegalMinimumReason legalMinimumReason() {
    if (upper == null) {
      for (int i = 0; i < count; i++) {
        if (standards[i].binding() == Binding.DEFAULT_OWN_RULE) {
          return LegalMinimumReason.OWN_RULE_GOVERNS;
        }
      }
      return LegalMinimumReason.NONE_KNOWN;
    }
    if (lower != null && lower.compareTo(upper) == 0) {
      return LegalMinimumReason.BINDS;
    }
    return standards[primary].binding() == Binding.DEFAULT_OWN_RULE_UNKNOWN ? LegalMinimumReason.OWN_RULE_UNKNOWN
        : LegalMinimumReason.IN_FORCE_UNKNOWN;
  }

  /** The share the law certainly requires of this unit; empty where no standard certainly binds it. */
  public Optional<Share> legalMinimumShare() {
    return Optional.ofNullable(lower);
  }

  /** JSON {@code bindingShare}: the same as {@link #legalMinimumShare()}. */
  public Optional<Share> bindingShare() {
    return legalMinimumShare();
  }

  /**
   * JSON {@code minimumReward}: the legal minimum — the amount times the share a statutory standard certainly requires
   * of this unit, rounded half-up to the fen; a yearly amount for own implementation ({@link #rewardYears()}). Empty
   * where no standard certainly binds ({@link #legalMinimumReason()} says why) or equity has no value.
   */
  public Optional<Cny> minimumReward() {
    return Optional.ofNullable(legalMinimum);
  }

  /**
   * The legal minimum under the other reading, where a standard may or may not bind ({@link #legalMinimumReason()}
   * {@code OWN_RULE_UNKNOWN} or {@code IN_FORCE_UNKNOWN}): never below {@link #minimumReward()}.
   */
  public Optional<Cny> minimumRewardIfUncertainBinds() {
    return Optional.ofNullable(legalIfBinds);
  }

  /** The share under that reading. */
  public Optional<Share> legalMinimumShareIfUncertainBinds() {
    return legalIfBinds == null && (upper == null || lower != null && lower.compareTo(upper) == 0)
        ? Optional.empty() : Optional.ofNullable(upper);
  }

  /** For own implementation: the years over which the yearly reward is paid; empty for other modes. */
  public Optional<RewardYears> rewardYears() {
    if (primary < 0) {
      return Optional.empty();
    }
    RewardFloor f = standards[primary].terms();
    return f.basis().isYearly() ? Optional.of(new RewardYears(f.minYears(), f.maxYears())) : Optional.empty();
  }

  /**
   * JSON {@code complies}: whether the proposal complies with the law — yes, no, or uncertain (a standard may or may
   * not bind, or none is known and the unit's own rule cannot be checked here); empty when nothing is proposed. A local
   * policy floor never decides it.
   */
  public Optional<Answer> complies() {
    return Optional.ofNullable(complies);
  }

  /** JSON {@code shortfall}: the legal minimum − the proposal when positive, else zero; empty as the minimum. */
  public Optional<Cny> shortfall() {
    return shortfallOf(legalMinimum);
  }

  /** The shortfall under the other reading ({@link #minimumRewardIfUncertainBinds()}). */
  public Optional<Cny> shortfallIfUncertainBinds() {
    return shortfallOf(legalIfBinds);
  }

  /** The proposal against the legal minimum; empty when nothing is proposed or no minimum certainly binds. */
  public Optional<ComplianceCheck> statutoryCompliance() {
    return legalMinimum == null || transferCase.proposedReward == null ? Optional.empty()
        : Optional.of(new ComplianceCheck(lower, legalMinimum, transferCase.proposedReward));
  }

  // ------------------------------------------------------------------ the policy level

  /**
   * The local policy floor certainly in force that reaches this unit: the most specific place's; empty where none
   * applies (Liaoning, a unit no local floor reaches, a floor displaced by the contract, one that may not be in force).
   */
  public Optional<PolicyFloor> policyFloor() {
    return Optional.ofNullable(policyFloor);
  }

  /** A more specific floor that reaches the unit but whose being in force on the date is uncertain. */
  public Optional<PolicyFloor> uncertainPolicyFloor() {
    return Optional.ofNullable(uncertainFloor);
  }

  /** A floor that would apply but yields to the contract (除合同另有约定外), which the case says provides otherwise. */
  public Optional<PolicyFloor> floorDisplacedByContract() {
    return Optional.ofNullable(displacedFloor);
  }

  /** JSON {@code policyFloorShare}: the share of {@link #policyFloor()}. */
  public Optional<Share> policyFloorShare() {
    return policyFloor().map(PolicyFloor::share);
  }

  /** JSON {@code policyFloorForce}: how binding the policy floor's words are (permissive for every seed's floor). */
  public Optional<Force> policyFloorForce() {
    return policyFloor().map(PolicyFloor::force);
  }

  /** JSON {@code policyFloorReward}: the amount times the policy floor's share, rounded half-up to the fen. */
  public Optional<Cny> policyFloorReward() {
    return Optional.ofNullable(floorReward);
  }

  /** JSON {@code policyFloorShortfall}: the policy level − the proposal when positive, else zero. */
  public Optional<Cny> policyFloorShortfall() {
    return shortfallOf(floorReward);
  }

  /** The policy level if the uncertain floor is in force. */
  public Optional<Cny> uncertainFloorReward() {
    return Optional.ofNullable(uncertainFloorReward);
  }

  /** The shortfall against the uncertain floor, if it is in force. */
  public Optional<Cny> uncertainFloorShortfall() {
    return shortfallOf(uncertainFloorReward);
  }

  /**
   * JSON {@code meetsPolicyFloor}: whether the proposal reaches the local policy level — yes, no, or uncertain where the
   * floor's being in force is uncertain and the readings differ; empty when nothing is proposed or no floor reaches
   * the unit.
   */
  public Optional<Answer> meetsPolicyFloor() {
    return Optional.ofNullable(meets);
  }

  /** The proposal against the policy floor; empty when nothing is proposed or there is no certain floor. */
  public Optional<ComplianceCheck> policyFloorCompliance() {
    return floorReward == null || transferCase.proposedReward == null ? Optional.empty()
        : Optional.of(new ComplianceCheck(policyFloor.share(), floorReward, transferCase.proposedReward));
  }

  /** Each local floor that reaches the place, most specific first, and what became of it. */
  public List<FloorDecision> localFloors() {
    List<FloorDecision> out = new ArrayList<>(floors.length);
    for (int i = 0; i < floors.length; i++) {
      out.add(new FloorDecision(floors[i], outcomes[i]));
    }
    return List.copyOf(out);
  }

  /**
   * A local floor and what became of it.
   *
   * @param provision not null
   * @param outcome not null
   */
  public record FloorDecision(Provision provision, FloorOutcome outcome) implements Serializable {
    public FloorDecision {
      requireNonNull(provision, "provision");
      requireNonNull(outcome, "outcome");
    }
  }

  // ------------------------------------------------------------------ the team

  /** JSON {@code split}: each member's part, in the team's order, adding up exactly to {@link #splitReward()}. */
  public List<MemberReward> split() {
    return split;
  }

  /** The reward split: the proposal, else the legal minimum; empty without a team. */
  public Optional<Cny> splitReward() {
    return Optional.ofNullable(splitReward);
  }

  /** The main contributors' share of the split against the rule that requires one; empty without a team. */
  public Optional<MainContributorsCheck> mainContributors() {
    return Optional.ofNullable(main);
  }

  /** Whether the cash reward is counted into wage income at a reduced share, and if not, why. */
  public WageIncomeCheck wageIncome() {
    return wage;
  }

  /** Whether the proposal exceeds the amount it is a share of (a warning, not a refusal). */
  public boolean proposalExceedsAmount() {
    return transferCase.proposedReward != null && transferCase.amount != null
        && transferCase.proposedReward.isGreaterThan(transferCase.amount);
  }

  /** What the clauses relied on attach to the reward (wage-total treatment, tax deferral of equity rewards, …). */
  public List<Text> sideNotes() {
    List<Text> out = new ArrayList<>();
    for (Provision p : TransferExplainer.noted(this)) {
      p.notes().forEach(n -> {
        if (!out.contains(n)) {
          out.add(n);
        }
      });
    }
    return List.copyOf(out);
  }

  // ------------------------------------------------------------------ explanation

  /** The steps, citations and warnings behind the result, built from the recorded decisions on first read. */
  @Override
  public Explanation explanation() {
    Explanation e = explanation;
    if (e == null) {
      e = TransferExplainer.explain(this);
      explanation = e;
    }
    return e;
  }

  private Optional<Cny> shortfallOf(Cny minimum) {
    Cny proposed = transferCase.proposedReward;
    if (minimum == null || proposed == null) {
      return Optional.empty();
    }
    return Optional.of(proposed.isLessThan(minimum) ? minimum.minus(proposed) : Cny.ZERO);
  }

  // package-private views for the explainer
  StatutoryMinimum[] standardsArray() {
    return Arrays.copyOf(standards, count);
  }

  /** Clauses without an amount of the catalogue; read again from it after deserialization. */
  List<Provision> clausesWithoutFormula() {
    return clausesWithoutFormula != null ? clausesWithoutFormula
        : catalogue.withTerms(org.zhongchuang.policy.catalogue.NoFormula.class);
  }

  Provision[] floorsArray() {
    return floors;
  }

  FloorOutcome[] outcomesArray() {
    return outcomes;
  }

  @Override
  public boolean equals(Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof TransferRewardAssessment)) {
      return false;
    }
    TransferRewardAssessment a = (TransferRewardAssessment) o;
    return transferCase.equals(a.transferCase) && Objects.equals(legalMinimum, a.legalMinimum)
        && Objects.equals(legalIfBinds, a.legalIfBinds) && complies == a.complies
        && Objects.equals(floorReward, a.floorReward) && Objects.equals(uncertainFloorReward, a.uncertainFloorReward)
        && meets == a.meets && split.equals(a.split) && Objects.equals(main, a.main) && wage.equals(a.wage)
        && Arrays.equals(standards, 0, count, a.standards, 0, a.count) && Arrays.equals(outcomes, a.outcomes)
        && Objects.equals(policyFloor, a.policyFloor) && Objects.equals(uncertainFloor, a.uncertainFloor)
        && Objects.equals(displacedFloor, a.displacedFloor) && catalogue.equals(a.catalogue);
  }

  @Override
  public int hashCode() {
    return Objects.hash(transferCase, legalMinimum, complies, floorReward, meets, split);
  }

  /** The amounts and answers, e.g. {@code TransferRewardAssessment{minimumReward=500000.00, complies=YES, …}}. */
  @Override
  public String toString() {
    return "TransferRewardAssessment{minimumReward=" + legalMinimum + ", complies=" + complies
        + ", policyFloorReward=" + floorReward + ", meetsPolicyFloor=" + meets + ", split=" + split.size()
        + " members}";
  }
}
