package org.zhongchuang.policy.transfer;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;

/**
 * A proposed reward measured against one minimum.
 *
 * <p>The minimum is the amount as shown, rounded half-up to the fen (PROVISIONS.md §6), so a proposal complies exactly
 * when it is at least the amount the result shows, and {@link #shortfall()} is zero exactly when it complies.
 *
 * @param share the minimum share, not null
 * @param minimum the minimum amount, not null
 * @param proposed the proposed reward, not null
 */
public record ComplianceCheck(Share share, Cny minimum, Cny proposed) implements Serializable {
  public ComplianceCheck {
    requireNonNull(share, "share");
    requireNonNull(minimum, "minimum");
    requireNonNull(proposed, "proposed");
  }

  /** Whether the proposed reward is at least the minimum. */
  public boolean complies() {
    return !proposed.isLessThan(minimum);
  }

  /** How much is missing: minimum − proposed when positive, else zero. */
  public Cny shortfall() {
    return complies() ? Cny.ZERO : minimum.minus(proposed);
  }
}
