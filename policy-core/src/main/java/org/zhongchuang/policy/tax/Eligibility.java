package org.zhongchuang.policy.tax;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.List;
import org.zhongchuang.policy.catalogue.Provision;

/**
 * Whether an enterprise is a small low-profit enterprise (小型微利企业) in a tax year, under which criteria, and how it
 * fares against each condition.
 *
 * @param criteria the {@code SmallLowProfitCriteria} provision applied, not null
 * @param checks every condition with its outcome, in the regulation's order, not null
 */
public record Eligibility(Provision criteria, List<ConditionCheck> checks) implements Serializable {

  public Eligibility {
    requireNonNull(criteria, "criteria");
    checks = List.copyOf(requireNonNull(checks, "checks"));
  }

  /** Whether no condition failed. */
  public boolean eligible() {
    return checks.stream().allMatch(ConditionCheck::passes);
  }

  /** The conditions that failed; empty when eligible. */
  public List<ConditionCheck> failed() {
    return checks.stream().filter(c -> !c.passes()).toList();
  }

  /** Whether eligibility rests on the caller's assertion about headcount and assets. */
  public boolean restsOnAssertion() {
    return checks.stream().anyMatch(c -> c.outcome() == ConditionCheck.Outcome.ASSERTED);
  }
}
