package org.zhongchuang.policy.grants;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.Optional;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.Target;
import org.zhongchuang.policy.money.Share;

/**
 * One target against the actual figure given for it. A value: immutable, serializable (through a proxy).
 *
 * @param provision the target's provision, not null
 * @param target its terms: metric, threshold, unit, deadline; not null
 * @param actual the figure given; empty when none was given
 * @param ratio {@code actual / threshold}, exact; empty when no figure was given
 * @param status met, not met, or no figure given; not null
 */
public record TargetAttainment(Provision provision, Target target, Optional<Long> actual, Optional<Share> ratio,
    TargetStatus status) implements Serializable {

  /**
   * @throws IllegalArgumentException if the status, the ratio and the figure disagree
   */
  public TargetAttainment {
    requireNonNull(provision, "provision");
    requireNonNull(target, "target");
    requireNonNull(actual, "actual");
    requireNonNull(ratio, "ratio");
    requireNonNull(status, "status");
    checkArgument(actual.isPresent() == ratio.isPresent(), "a ratio goes with an actual figure");
    checkArgument(actual.isPresent() != (status == TargetStatus.NO_FIGURE), "status %s with actual %s", status,
        actual);
    actual.ifPresent(a -> checkArgument((a >= target.threshold()) == (status == TargetStatus.MET),
        "status %s for %s against %s", status, a, target.threshold()));
  }

  /** Whether the target is met: only with a figure at least the threshold. */
  public boolean isMet() {
    return status == TargetStatus.MET;
  }

  /** {@code Optional} is not serializable: an absent figure travels as null, through the constructor's checks. */
  private Object writeReplace() {
    return new SerializationProxy(provision, target, actual.orElse(null), ratio.orElse(null), status);
  }

  private record SerializationProxy(Provision provision, Target target, Long actual, Share ratio,
      TargetStatus status) implements Serializable {
    private Object readResolve() {
      return new TargetAttainment(provision, target, Optional.ofNullable(actual), Optional.ofNullable(ratio), status);
    }
  }
}
