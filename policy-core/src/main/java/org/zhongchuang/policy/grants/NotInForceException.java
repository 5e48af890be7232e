package org.zhongchuang.policy.grants;

import java.time.LocalDate;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.law.Applicability;

/**
 * A question was asked of a provision for a day on which it is certainly not in force (a day on which it is only
 * possibly in force is answered, with a warning). The message gives the provision's validity.
 */
public final class NotInForceException extends PolicyInputException {
  private static final long serialVersionUID = 1L;

  private final String provisionId;
  private final LocalDate day;

  NotInForceException(Provision provision, LocalDate day, Applicability applicability, String what) {
    super(what + " " + day + " is outside provision " + provision.id() + " (" + provision.citation().reference()
        + "): " + applicability.reasonText().en() + "; accepted: a day within its validity, " + provision.validity());
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
