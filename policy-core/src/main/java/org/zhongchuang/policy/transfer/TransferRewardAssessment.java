package org.zhongchuang.policy.transfer;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.zhongchuang.policy.explain.Explained;
import org.zhongchuang.policy.explain.Explanation;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.text.Text;

/**
 * What the law and local policy require of a results-transfer reward in one {@link TransferCase}: the statutory
 * minimum and whether it is hard, the local policy floor, the binding minimum, the proposal's compliance, the team
 * split, the side notes the clauses attach, and the explanation with its citations and warnings.
 *
 * <p><b>Uncertain floors are reported both ways.</b> The main figures ({@link #bindingShare()},
 * {@link #minimumReward()}, {@link #complies()}, {@link #shortfall()}) count only provisions certainly in force on the
 * date. Where a more specific floor may or may not be in force (GS-2015 before its unknown issue date is past,
 * JX-2015-90 during the year of its repeal), {@link #uncertainPolicyFloor()} names it and
 * {@link #ifUncertainFloorInForce()} gives the figures if it is in force; a warning says so. Nothing is guessed.
 *
 * <p>The accessors named like the command line's JSON fields are {@link #netIncome()},
 * {@link #statutoryMinimumShare()}, {@link #statutoryMinimumIsHard()}, {@link #policyFloorShare()},
 * {@link #minimumReward()}, {@link #complies()}, {@link #shortfall()}, {@link #split()}, {@link #citations()} and
 * {@link #warnings()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class TransferRewardAssessment implements Explained, Serializable {
  private static final long serialVersionUID = 1L;

  private final TransferCase transferCase;
  private final StatutoryMinimum statutoryMinimum;
  private final PolicyFloor policyFloor;
  private final PolicyFloor uncertainPolicyFloor;
  private final PolicyFloor displacedByContract;
  private final MinimumOutcome outcome;
  private final MinimumOutcome ifUncertainFloorInForce;
  private final RewardYears years;
  private final ImmutableList<MemberReward> split;
  private final ImmutableList<Text> sideNotes;
  private final Explanation explanation;

  TransferRewardAssessment(TransferCase transferCase, StatutoryMinimum statutoryMinimum, PolicyFloor policyFloor,
      PolicyFloor uncertainPolicyFloor, PolicyFloor displacedByContract, MinimumOutcome outcome,
      MinimumOutcome ifUncertainFloorInForce, RewardYears years, List<MemberReward> split, List<Text> sideNotes,
      Explanation explanation) {
    this.transferCase = requireNonNull(transferCase, "transferCase");
    this.statutoryMinimum = statutoryMinimum;
    this.policyFloor = policyFloor;
    this.uncertainPolicyFloor = uncertainPolicyFloor;
    this.displacedByContract = displacedByContract;
    this.outcome = requireNonNull(outcome, "outcome");
    this.ifUncertainFloorInForce = ifUncertainFloorInForce;
    this.years = years;
    this.split = ImmutableList.copyOf(split);
    this.sideNotes = ImmutableList.copyOf(sideNotes);
    this.explanation = requireNonNull(explanation, "explanation");
  }

  /** The case assessed. */
  public TransferCase transferCase() {
    return transferCase;
  }

  /**
   * The amount the shares are taken of (net income, value of the shares, or the year's operating profit); empty for
   * equity given without a value. JSON {@code netIncome}.
   */
  public Optional<Cny> netIncome() {
    return transferCase.amount();
  }

  /**
   * The national statutory minimum in force on the date for the mode; empty where none is known (equity and own
   * implementation before 2015-10-01: the 1996 law's 20% is known for net income only).
   */
  public Optional<StatutoryMinimum> statutoryMinimum() {
    return Optional.ofNullable(statutoryMinimum);
  }

  /** JSON {@code statutoryMinimumShare}: the statutory minimum share, empty (null) where none is known. */
  public Optional<Share> statutoryMinimumShare() {
    return statutoryMinimum().map(StatutoryMinimum::share);
  }

  /**
   * JSON {@code statutoryMinimumIsHard}: whether no unit rule or agreement may go below the statutory minimum for this
   * unit; false when it is a default, or when there is none.
   */
  public boolean statutoryMinimumIsHard() {
    return statutoryMinimum != null && statutoryMinimum.hard();
  }

  /**
   * The local policy floor certainly in force that binds this unit: the most specific jurisdiction's; empty where
   * none applies (Liaoning, China, a unit no local provision reaches, a floor displaced by contract).
   */
  public Optional<PolicyFloor> policyFloor() {
    return Optional.ofNullable(policyFloor);
  }

  /** JSON {@code policyFloorShare}: the share of {@link #policyFloor()}, empty (null) when there is none. */
  public Optional<Share> policyFloorShare() {
    return policyFloor().map(PolicyFloor::share);
  }

  /**
   * A more specific floor that reaches the unit but whose being in force on the date is uncertain; when present,
   * {@link #ifUncertainFloorInForce()} gives the figures if it is in force.
   */
  public Optional<PolicyFloor> uncertainPolicyFloor() {
    return Optional.ofNullable(uncertainPolicyFloor);
  }

  /** A floor that would apply but yields to the contract (除合同另有约定外), which the case says provides otherwise. */
  public Optional<PolicyFloor> floorDisplacedByContract() {
    return Optional.ofNullable(displacedByContract);
  }

  /** The binding minimum and compliance counting only provisions certainly in force. */
  public MinimumOutcome outcome() {
    return outcome;
  }

  /** The binding minimum and compliance if {@link #uncertainPolicyFloor()} is in force; empty when there is none. */
  public Optional<MinimumOutcome> ifUncertainFloorInForce() {
    return Optional.ofNullable(ifUncertainFloorInForce);
  }

  /** The larger of the statutory minimum and the policy floor; empty when neither is known. */
  public Optional<Share> bindingShare() {
    return outcome.bindingShare();
  }

  /**
   * JSON {@code minimumReward}: the binding minimum reward, rounded half-up to the fen; a yearly amount for own
   * implementation (see {@link #rewardYears()}); empty when no minimum is known or equity has no value.
   */
  public Optional<Cny> minimumReward() {
    return outcome.minimumReward();
  }

  /** For own implementation: the years over which the yearly reward is paid (3–5); empty for other modes. */
  public Optional<RewardYears> rewardYears() {
    return Optional.ofNullable(years);
  }

  /** The proposal against the statutory minimum alone; empty when nothing is proposed or no statutory minimum. */
  public Optional<ComplianceCheck> statutoryCompliance() {
    return proposedCheck(statutoryMinimumShare());
  }

  /** The proposal against the policy floor alone; empty when nothing is proposed or there is no floor. */
  public Optional<ComplianceCheck> policyFloorCompliance() {
    return proposedCheck(policyFloorShare());
  }

  private Optional<ComplianceCheck> proposedCheck(Optional<Share> share) {
    if (share.isEmpty() || transferCase.proposedReward().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new MinimumOutcome(share.get(), transferCase.amount().orElseThrow(),
        transferCase.proposedReward().get()).check().orElseThrow());
  }

  /** JSON {@code complies}: whether the proposal meets the binding minimum; empty (null) when nothing is proposed. */
  public Optional<Boolean> complies() {
    return outcome.complies();
  }

  /** JSON {@code shortfall}: binding minimum − proposal when positive, else zero; empty when nothing is proposed. */
  public Optional<Cny> shortfall() {
    return outcome.shortfall();
  }

  /** JSON {@code split}: each member's part, in the team's order, adding up exactly to the reward split. */
  public ImmutableList<MemberReward> split() {
    return split;
  }

  /** What the clauses attach to the reward (wage-total treatment, tax deferral of equity rewards, …). */
  public ImmutableList<Text> sideNotes() {
    return sideNotes;
  }

  /**
   * The steps, citations and warnings behind the result; {@link #citations()} (JSON {@code citations}) and
   * {@link #warnings()} (JSON {@code warnings}) read it.
   */
  @Override
  public Explanation explanation() {
    return explanation;
  }

  /**
   * The explanation as text, then the side notes.
   *
   * @param language not null
   */
  @Override
  public String render(Language language) {
    requireNonNull(language, "language");
    StringBuilder out = new StringBuilder(explanation.render(language));
    if (!sideNotes.isEmpty()) {
      out.append(language == Language.ZH ? "附注：" : "Side notes:").append('\n');
      sideNotes.forEach(n -> out.append(" * ").append(n.in(language)).append('\n'));
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return render(Language.EN);
  }
}
