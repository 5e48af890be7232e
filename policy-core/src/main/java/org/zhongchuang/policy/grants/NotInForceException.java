package org.zhongchuang.policy.grants;

import java.time.LocalDate;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.text.Phrase;

/**
 * A question was asked of a provision for a day on which it is certainly not in force (a day on which it is only
 * possibly in force is answered both ways, as uncertain). The message names the day, the provision and why, and gives
 * its validity.
 */
public final class NotInForceException extends PolicyInputException {
  private static final long serialVersionUID = 2L;

  private final String provisionId;
  private final LocalDate day;

  /**
   * @param role what the day is, a phrase such as {@code grants.day.leaveStart}
   */
  NotInForceException(Provision provision, LocalDate day, String role) {
    super(Phrase.of("error.grants.notInForce", Phrase.of(role), day, provision.id(), provision,
        provision.statusOn(day).reason(), provision.validity()));
    this.provisionId = provision.id();
    this.day = day;
  }

  /** The provision asked. */
  public String provisionId() {
    return provisionId;
  }

  /** The day refused. */
  public LocalDate day() {
    return day;
  }
}
