package org.zhongchuang.policy.grants;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.Target;
import org.zhongchuang.policy.explain.Explanation;
import org.zhongchuang.policy.explain.LegacyText;
import org.zhongchuang.policy.explain.Step;
import org.zhongchuang.policy.grants.TargetAttainment.Status;
import org.zhongchuang.policy.grants.TargetReport.Overall;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.text.Text;

/**
 * Development targets ("到2020年…以上", e.g. 嘉政办发〔2015〕90号 二) against actual figures: per target the ratio and
 * whether it is met (actual ≥ threshold, inclusive), and overall.
 *
 * <p>A target with no figure given is reported as {@link TargetAttainment.Status#NO_FIGURE}: not met, and never
 * assumed to be; the overall answer is then {@link TargetReport.Overall#INCOMPLETE} unless another target is missed.
 *
 * <p>This class is immutable and thread-safe: every method is a pure function of the catalogue and its arguments.
 */
public final class TargetCalculator implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Catalogue catalogue;

  private TargetCalculator(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  /**
   * @param catalogue the provisions to read targets from, not null
   * @return a calculator reading that catalogue
   */
  public static TargetCalculator of(Catalogue catalogue) {
    return new TargetCalculator(requireNonNull(catalogue, "catalogue"));
  }

  /** A calculator reading {@link Catalogue#builtIn()}. */
  public static TargetCalculator builtIn() {
    return of(Catalogue.builtIn());
  }

  /**
   * A jurisdiction's own targets (not those of the places it lies within: Jiaxing's seven, not Zhejiang's).
   *
   * @param jurisdiction not null
   * @return its {@link Target} provisions in catalogue order; empty if it has none
   */
  public List<Provision> targetsOf(Jurisdiction jurisdiction) {
    requireNonNull(jurisdiction, "jurisdiction");
    return catalogue.withTerms(Target.class).stream().filter(p -> p.jurisdiction().equals(jurisdiction))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Assesses a jurisdiction's targets against actual figures.
   *
   * @param jurisdiction whose targets, not null
   * @param actuals figures keyed by metric (e.g. {@code maker-spaces}), each zero or more, not null, no null key or
   *     value; a target without a figure is reported as having none
   * @return per target and overall
   * @throws PolicyInputException if the jurisdiction has no targets, a metric is not one of its targets', or a
   *     figure is negative
   */
  public TargetReport assess(Jurisdiction jurisdiction, Map<String, Long> actuals) {
    requireNonNull(jurisdiction, "jurisdiction");
    ImmutableMap<String, Long> figures = ImmutableMap.copyOf(requireNonNull(actuals, "actuals"));
    List<Provision> provisions = targetsOf(jurisdiction);
    if (provisions.isEmpty()) {
      throw new PolicyInputException(jurisdiction + " has no targets in the catalogue; accepted: " + catalogue
          .withTerms(Target.class).stream().map(p -> p.jurisdiction().id()).distinct()
          .collect(Collectors.joining(", ")));
    }
    List<String> metrics = provisions.stream().map(p -> ((Target) p.terms()).metric()).toList();
    figures.forEach((metric, value) -> {
      if (!metrics.contains(metric)) {
        throw new PolicyInputException("'" + metric + "' is not a target metric of " + jurisdiction
            + "; accepted: " + String.join(", ", metrics));
      }
      if (value < 0) {
        throw new PolicyInputException("the figure for " + metric + " is negative (" + value
            + "); accepted: zero or more");
      }
    });

    List<TargetAttainment> attainments = new ArrayList<>();
    List<Step> steps = new ArrayList<>();
    ImmutableList.Builder<Text> warnings = ImmutableList.builder();
    for (Provision provision : provisions) {
      Target target = (Target) provision.terms();
      Optional<Long> actual = Optional.ofNullable(figures.get(target.metric()));
      TargetAttainment attainment = attain(provision, target, actual);
      attainments.add(attainment);
      warnings.addAll(Cited.caveats(provision));
      Text heading = Cited.label(provision).plus(Text.of("：", ": ")).plus(target.summary())
          .plus(Text.of(" — ", " — ")).plus(attainment.status().text());
      if (actual.isEmpty()) {
        steps.add(LegacyText.decision(heading, provision.citation()));
        warnings.add(Text.of("未提供“" + target.description().zh() + "”（" + target.metric() + "）的实际数，不视为达到",
            "no figure given for " + target.description().en() + " (" + target.metric() + "); not assumed met"));
      } else {
        steps.add(LegacyText.step(heading, formula(actual.get(), target, attainment.ratio().orElseThrow()),
            Optional.empty(), List.of(provision.citation())));
      }
    }
    Overall overall = Overall.of(attainments);
    long met = attainments.stream().filter(TargetAttainment::isMet).count();
    long missed = attainments.stream().filter(a -> a.status() == Status.NOT_MET).count();
    long none = attainments.size() - met - missed;
    steps.add(LegacyText.decision(Text.of(
        attainments.size() + " 项目标：达到 " + met + " 项，未达到 " + missed + " 项，未提供实际数 " + none + " 项；整体：",
        attainments.size() + " targets: " + met + " met, " + missed + " not met, " + none + " without a figure;"
            + " overall: ").plus(overall.text())));
    return new TargetReport(jurisdiction, attainments, overall, LegacyText.explanation(steps, warnings.build()));
  }

  private static TargetAttainment attain(Provision provision, Target target, Optional<Long> actual) {
    if (actual.isEmpty()) {
      return new TargetAttainment(provision, target, actual, Optional.empty(), Status.NO_FIGURE);
    }
    long value = actual.get();
    return new TargetAttainment(provision, target, actual, Optional.of(Share.ofFraction(value, target.threshold())),
        value >= target.threshold() ? Status.MET : Status.NOT_MET);
  }

  private static String formula(long actual, Target target, Share ratio) {
    return actual + (actual >= target.threshold() ? " ≥ " : " < ") + target.threshold() + " " + target.unit().en()
        + "; " + actual + " / " + target.threshold() + " = " + percent(ratio);
  }

  /** The ratio as a percentage for reading: exact where it has at most two decimals, else "≈" to two decimals. */
  private static String percent(Share ratio) {
    BigDecimal hundredfold = BigDecimal.valueOf(ratio.numerator()).movePointRight(2);
    BigDecimal denominator = BigDecimal.valueOf(ratio.denominator());
    try {
      BigDecimal exact = hundredfold.divide(denominator).stripTrailingZeros();
      if (exact.scale() <= 2) {
        return exact.toPlainString() + "%";
      }
    } catch (ArithmeticException nonTerminating) {
      // falls through to the approximation
    }
    return "≈" + hundredfold.divide(denominator, 2, RoundingMode.HALF_UP).toPlainString() + "%";
  }
}
