package org.zhongchuang.policy.tax;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.text.Phrase;
import org.zhongchuang.policy.text.Renderable;

/**
 * One condition of being a small low-profit enterprise, and how the enterprise fares against it: its value against
 * the limit, as data.
 *
 * @param condition which condition, not null
 * @param outcome met, failed, or asserted by the caller, not null
 * @param industry the industry whose limit applies where the limits differ by industry (before 2019), else null
 * @param value the enterprise's figure (an amount, an {@link Average}), or null for the industry condition and for
 *     an asserted one
 * @param limit the limit (an amount, or an {@link Average} for a headcount), or null where there is none
 */
public record ConditionCheck(Condition condition, Outcome outcome, Industry industry, Renderable value,
    Renderable limit) implements Renderable, Serializable {

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
  }

  /** Whether it does not stand in the way (met, or asserted). */
  public boolean passes() {
    return outcome != Outcome.FAILED;
  }

  /** E.g. {@code 从业人数 81 > 80}, or {@code employees (not given; asserted by the caller)}. */
  public Phrase detail() {
    String key = "tax.condition." + condition.name() + "." + outcome.name();
    return Phrase.of(key, industry == null ? "" : Phrase.of("tax.industry.prefix", industry), value, limit);
  }

  @Override
  public String render(Language language) {
    return detail().render(language);
  }
}
