package org.zhongchuang.policy.law;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import org.zhongchuang.policy.text.Text;

/**
 * Whether something is in force on a date or during a span, and why. {@link Status#UNCERTAIN} is an answer in its own
 * right: the library never guesses an unknown date.
 *
 * @param status not null
 * @param reason why, in words a user can check, not null
 */
public record Applicability(Status status, Text reason) implements Serializable {

  /** The three answers. */
  public enum Status {
    IN_FORCE,
    NOT_IN_FORCE,
    /** It depends on a date the catalogue does not know; the reason says which. */
    UNCERTAIN
  }

  public Applicability {
    requireNonNull(status, "status");
    requireNonNull(reason, "reason");
  }

  public boolean isInForce() {
    return status == Status.IN_FORCE;
  }

  public boolean isUncertain() {
    return status == Status.UNCERTAIN;
  }

  public boolean isNotInForce() {
    return status == Status.NOT_IN_FORCE;
  }
}
