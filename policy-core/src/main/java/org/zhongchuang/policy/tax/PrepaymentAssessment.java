package org.zhongchuang.policy.tax;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.explain.Caveat;
import org.zhongchuang.policy.explain.Explained;
import org.zhongchuang.policy.explain.Explanation;
import org.zhongchuang.policy.explain.Step;
import org.zhongchuang.policy.money.Cny;

/**
 * The prepayment of one quarter: the tax on the cumulative figures of the year, less the tax already prepaid. A value:
 * equal when its case and its cumulative assessment are equal; immutable and thread-safe.
 */
public final class PrepaymentAssessment implements Explained, Serializable {
  private static final long serialVersionUID = 1L;

  private final PrepaymentCase prepaymentCase;
  private final Provision rule;
  private final TaxAssessment cumulative;
  private transient volatile Explanation explanation;

  PrepaymentAssessment(PrepaymentCase prepaymentCase, Provision rule, TaxAssessment cumulative) {
    this.prepaymentCase = prepaymentCase;
    this.rule = rule;
    this.cumulative = cumulative;
  }

  /** The case assessed. */
  public PrepaymentCase prepaymentCase() {
    return prepaymentCase;
  }

  /** The prepayment rule applied. */
  public Provision rule() {
    return rule;
  }

  /** The small low-profit assessment of the year-to-date figures, with its bands and conditions. */
  public TaxAssessment cumulativeAssessment() {
    return cumulative;
  }

  /** Whether the enterprise is a small low-profit enterprise on the year-to-date figures (provisionally). */
  public boolean eligible() {
    return cumulative.eligible();
  }

  /** The tax on the cumulative taxable income to the end of the quarter. */
  public Cny cumulativeTax() {
    return cumulative.taxDue();
  }

  /** The tax prepaid earlier in the year, as given. */
  public Cny prepaid() {
    return prepaymentCase.prepaid();
  }

  /** The tax to prepay for the quarter: the cumulative tax less what was prepaid, never below zero. */
  public Cny taxDue() {
    Cny due = cumulativeTax().minus(prepaid());
    return due.isNegative() ? Cny.ZERO : due;
  }

  /** What was prepaid beyond the cumulative tax: it offsets later quarters (2022/5 五); zero when nothing was. */
  public Cny overpaid() {
    Cny over = prepaid().minus(cumulativeTax());
    return over.isNegative() ? Cny.ZERO : over;
  }

  @Override
  public Explanation explanation() {
    Explanation e = explanation;
    if (e == null) {
      List<Step> steps = new ArrayList<>();
      steps.add(Step.of(PrepaymentStep.RULE, List.of(rule.citation()), prepaymentCase.taxYear(),
          prepaymentCase.quarter(), rule));
      steps.addAll(cumulative.explanation().steps());
      steps.add(Step.computed(PrepaymentStep.CUMULATIVE, cumulativeTax(), List.of(), prepaymentCase.quarter(),
          cumulativeTax()));
      steps.add(Step.computed(PrepaymentStep.PERIOD, taxDue(), List.of(rule.citation()), cumulativeTax(), prepaid(),
          taxDue()));
      if (overpaid().isPositive()) {
        steps.add(Step.computed(PrepaymentStep.OVERPAID, overpaid(), List.of(rule.citation()), overpaid()));
      }
      List<Step> warnings = new ArrayList<>();
      if (eligible()) {
        warnings.add(Step.of(PrepaymentStep.PROVISIONAL));
      }
      warnings.addAll(Caveat.of(rule));
      warnings.addAll(cumulative.explanation().warnings());
      e = new Explanation(steps, warnings);
      explanation = e;
    }
    return e;
  }

  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof PrepaymentAssessment a && a.prepaymentCase.equals(prepaymentCase)
        && a.rule.equals(rule) && a.cumulative.equals(cumulative);
  }

  @Override
  public int hashCode() {
    return Objects.hash(prepaymentCase, cumulative);
  }

  @Override
  public String toString() {
    return "PrepaymentAssessment[" + prepaymentCase.taxYear() + " Q" + prepaymentCase.quarter() + ", "
        + prepaymentCase.jurisdiction().key() + ", cumulative tax " + cumulativeTax().format() + ", prepaid "
        + prepaid().format() + ", tax due " + taxDue().format() + "]";
  }
}
