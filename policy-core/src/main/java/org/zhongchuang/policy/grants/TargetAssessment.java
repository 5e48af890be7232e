package org.zhongchuang.policy.grants;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.zhongchuang.policy.Answer;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.Target;
import org.zhongchuang.policy.explain.Caveat;
import org.zhongchuang.policy.explain.Explanation;
import org.zhongchuang.policy.explain.Step;
import org.zhongchuang.policy.law.Jurisdiction;

/**
 * A place's development targets against actual figures ({@link TargetCalculator#assess}): per target the exact ratio
 * and whether it is met, and all of them together.
 *
 * <p>A value: equal when the case, the attainments and the catalogue are equal. Immutable in every observable way and
 * thread-safe; the explanation is built on first read.
 */
public final class TargetAssessment extends GrantsAssessment {
  private static final long serialVersionUID = 1L;

  private final TargetCase targetCase;
  private final List<TargetAttainment> attainments;
  private final TargetOverall overall;

  TargetAssessment(Catalogue catalogue, TargetCase targetCase, List<TargetAttainment> attainments) {
    super(catalogue);
    this.targetCase = targetCase;
    this.attainments = attainments;
    this.overall = TargetOverall.of(attainments);
  }

  /** The case assessed. */
  public TargetCase targetCase() {
    return targetCase;
  }

  /** Whose targets. */
  public Jurisdiction jurisdiction() {
    return targetCase.jurisdiction();
  }

  /** One per target, in catalogue order; never empty. */
  public List<TargetAttainment> attainments() {
    return attainments;
  }

  /** All met, some missed, or none missed but some without a figure. */
  public TargetOverall overall() {
    return overall;
  }

  /** Whether every target is met: {@link Answer#UNCERTAIN} when none is missed but some figure is missing. */
  public Answer allMet() {
    return overall.allMet();
  }



  @Override
  Explanation build() {
    List<Step> steps = new ArrayList<>();
    List<Step> warnings = new ArrayList<>();
    int met = 0;
    int missed = 0;
    for (TargetAttainment a : attainments) {
      Target t = a.target();
      GrantsStep kind = switch (a.status()) {
        case MET -> GrantsStep.TARGET_MET;
        case NOT_MET -> GrantsStep.TARGET_NOT_MET;
        case NO_FIGURE -> GrantsStep.TARGET_NO_FIGURE;
      };
      steps.add(Step.of(kind, List.of(a.provision().citation()), a.provision(), t.deadline(), t.description(),
          t.threshold(), t.unit(), a.status(), a.actual().orElse(null), a.ratio().orElse(null)));
      warnings.addAll(Caveat.of(a.provision()));
      if (a.status() == TargetStatus.NO_FIGURE) {
        warnings.add(Step.of(GrantsStep.TARGET_NO_FIGURE_WARNING, t.description(), t.metric()));
      }
      met += a.status() == TargetStatus.MET ? 1 : 0;
      missed += a.status() == TargetStatus.NOT_MET ? 1 : 0;
    }
    int count = attainments.size();
    steps.add(Step.of(GrantsStep.TARGETS_SUMMARY, count, met, missed, count - met - missed, overall));
    return new Explanation(steps, warnings);
  }

  @Override
  public boolean equals(Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof TargetAssessment)) {
      return false;
    }
    TargetAssessment a = (TargetAssessment) o;
    return targetCase.equals(a.targetCase) && attainments.equals(a.attainments)
        && sameCatalogue(a);
  }

  /** The hash of the case and the overall result (the statuses it sums up). */
  @Override
  public int hashCode() {
    return Objects.hash(targetCase, overall);
  }

  /** The place, each target's status and the whole, without building the explanation. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("TargetAssessment[").append(jurisdiction().key());
    attainments.forEach(a -> s.append(", ").append(a.target().metric()).append(' ').append(a.status()));
    return s.append(", ").append(overall).append(']').toString();
  }
}
