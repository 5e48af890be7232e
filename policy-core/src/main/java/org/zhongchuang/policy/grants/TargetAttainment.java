package org.zhongchuang.policy.grants;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.Optional;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.Target;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.text.Text;

/**
 * One target against the actual figure given for it. Immutable.
 *
 * @param provision the target's provision, not null
 * @param target its terms: metric, threshold, unit, deadline; not null
 * @param actual the figure given; empty when none was given
 * @param ratio {@code actual / threshold}, exact; empty when no figure was given
 * @param status met, not met, or no figure given; not null
 */
public record TargetAttainment(Provision provision, Target target, Optional<Long> actual, Optional<Share> ratio,
    Status status) implements Serializable {

  /** The answers for one target. */
  public enum Status {
    /** The actual figure is at least the threshold. */
    MET("达到", "met"),
    /** The actual figure is below the threshold. */
    NOT_MET("未达到", "not met"),
    /** No figure was given: not met, and not assumed to be. */
    NO_FIGURE("未提供实际数", "no figure given");

    private final Text text;

    Status(String zh, String en) {
      this.text = Text.of(zh, en);
    }

    /** The status in words. */
    public Text text() {
      return text;
    }
  }

  public TargetAttainment {
    requireNonNull(provision, "provision");
    requireNonNull(target, "target");
    requireNonNull(actual, "actual");
    requireNonNull(ratio, "ratio");
    requireNonNull(status, "status");
    checkArgument(actual.isPresent() == ratio.isPresent(), "a ratio goes with an actual figure");
    checkArgument(actual.isPresent() != (status == Status.NO_FIGURE), "status %s with actual %s", status, actual);
    actual.ifPresent(a -> checkArgument((a >= target.threshold()) == (status == Status.MET),
        "status %s for %s against %s", status, a, target.threshold()));
  }

  /** Whether the target is met: only with a figure at least the threshold. */
  public boolean isMet() {
    return status == Status.MET;
  }
}
