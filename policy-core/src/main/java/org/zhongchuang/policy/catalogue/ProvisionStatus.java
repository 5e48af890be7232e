package org.zhongchuang.policy.catalogue;

import static java.util.Objects.requireNonNull;

import org.zhongchuang.policy.law.Applicability;

/**
 * A provision and whether it is in force on the date or year asked.
 *
 * @param provision not null
 * @param applicability in force, not in force, or uncertain and why; not null
 */
public record ProvisionStatus(Provision provision, Applicability applicability) {
  public ProvisionStatus {
    requireNonNull(provision, "provision");
    requireNonNull(applicability, "applicability");
  }
}
