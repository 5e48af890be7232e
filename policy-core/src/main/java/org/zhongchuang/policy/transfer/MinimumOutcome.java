package org.zhongchuang.policy.transfer;

import java.io.Serializable;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;

/**
 * The binding minimum under one reading of the law, and a proposed reward measured against it.
 *
 * <p>The binding share is the larger of the statutory minimum and the policy floor; the minimum reward is the amount
 * times that share, rounded half-up to the fen once. Immutable and thread-safe.
 */
public final class MinimumOutcome implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Share bindingShare;
  private final Cny minimumReward;
  private final Cny proposed;

  MinimumOutcome(Share bindingShare, Cny amount, Cny proposed) {
    this.bindingShare = bindingShare;
    this.minimumReward = bindingShare == null || amount == null ? null
        : amount.multipliedBy(bindingShare, RoundingMode.HALF_UP);
    this.proposed = proposed;
  }

  /** The binding minimum share; empty when no minimum is known for the mode on the date. */
  public Optional<Share> bindingShare() {
    return Optional.ofNullable(bindingShare);
  }

  /** The binding minimum reward in yuan; empty when there is no binding share or no amount (equity without value). */
  public Optional<Cny> minimumReward() {
    return Optional.ofNullable(minimumReward);
  }

  /**
   * The proposed reward against the binding minimum; empty when nothing is proposed or no minimum is known.
   */
  public Optional<ComplianceCheck> check() {
    return minimumReward == null || proposed == null ? Optional.empty()
        : Optional.of(new ComplianceCheck(bindingShare, minimumReward, proposed));
  }

  /** Whether the proposal meets the binding minimum; empty when nothing is proposed or no minimum is known. */
  public Optional<Boolean> complies() {
    return check().map(ComplianceCheck::complies);
  }

  /** The binding minimum − the proposal when positive, else zero; empty as for {@link #complies()}. */
  public Optional<Cny> shortfall() {
    return check().map(ComplianceCheck::shortfall);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MinimumOutcome && Objects.equals(((MinimumOutcome) o).bindingShare, bindingShare)
        && Objects.equals(((MinimumOutcome) o).minimumReward, minimumReward)
        && Objects.equals(((MinimumOutcome) o).proposed, proposed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(bindingShare, minimumReward, proposed);
  }

  @Override
  public String toString() {
    return "MinimumOutcome{share=" + bindingShare + ", minimum=" + minimumReward + ", proposed=" + proposed + "}";
  }
}
