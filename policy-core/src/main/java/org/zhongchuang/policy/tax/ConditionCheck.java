package org.zhongchuang.policy.tax;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import org.zhongchuang.policy.text.Text;

/**
 * One condition of being a small low-profit enterprise, and how the enterprise fares against it.
 *
 * @param condition which condition, not null
 * @param outcome met, failed, or asserted by the caller, not null
 * @param detail the enterprise's value against the limit, e.g. "从业人数 81 > 80", not null
 */
public record ConditionCheck(Condition condition, Outcome outcome, Text detail) implements Serializable {

  /** The conditions, in the order the regulation lists them. */
  public enum Condition {
    /** 从事国家非限制和禁止行业. */
    NOT_RESTRICTED_INDUSTRY,
    /** 年度应纳税所得额不超过…. */
    TAXABLE_INCOME,
    /** 从业人数不超过…. */
    EMPLOYEES,
    /** 资产总额不超过…. */
    TOTAL_ASSETS
  }

  /** How the enterprise fares. */
  public enum Outcome {
    MET,
    FAILED,
    /** Not checked: the caller asserted that the enterprise meets it. */
    ASSERTED
  }

  public ConditionCheck {
    requireNonNull(condition, "condition");
    requireNonNull(outcome, "outcome");
    requireNonNull(detail, "detail");
  }

  /** Whether it does not stand in the way (met, or asserted). */
  public boolean passes() {
    return outcome != Outcome.FAILED;
  }
}
