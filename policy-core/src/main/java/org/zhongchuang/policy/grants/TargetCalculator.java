package org.zhongchuang.policy.grants;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhongchuang.policy.Calculator;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.Target;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.text.Phrase;

/**
 * Development targets ("到2020年…以上", e.g. 嘉政办发〔2015〕90号 二) against actual figures: per target the exact ratio
 * {@code actual / threshold} and whether it is met (actual ≥ threshold, inclusive), and all of them together.
 *
 * <p>A target with no figure given is {@link TargetStatus#NO_FIGURE}: not met, and never assumed to be; the whole is
 * then {@link TargetOverall#INCOMPLETE} unless another target is missed.
 *
 * <p>The targets of each place are read once, when the calculator is made. This class is immutable and thread-safe:
 * {@link #assess} is a pure function of the catalogue and the case.
 */
public final class TargetCalculator implements Calculator<TargetCase, TargetAssessment>, Serializable {
  private static final long serialVersionUID = 2L;

  private final Catalogue catalogue;
  private final transient Map<Jurisdiction, List<Provision>> byPlace;

  private TargetCalculator(Catalogue catalogue) {
    this.catalogue = catalogue;
    Map<Jurisdiction, List<Provision>> places = new LinkedHashMap<>();
    for (Provision p : catalogue.withTerms(Target.class)) {
      places.computeIfAbsent(p.jurisdiction(), j -> new ArrayList<>()).add(p);
    }
    places.replaceAll((j, ps) -> List.copyOf(ps));
    this.byPlace = places;
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

  @Override
  public Catalogue catalogue() {
    return catalogue;
  }

  /**
   * A jurisdiction's own targets (not those of the places it lies within: Jiaxing's seven, not Zhejiang's).
   *
   * @param jurisdiction not null
   * @return its {@link Target} provisions in catalogue order; empty if it has none
   */
  public List<Provision> targetsOf(Jurisdiction jurisdiction) {
    return byPlace.getOrDefault(requireNonNull(jurisdiction, "jurisdiction"), List.of());
  }

  /**
   * Assesses a place's targets against the case's figures.
   *
   * @param input not null
   * @return per target and overall
   * @throws PolicyInputException if the jurisdiction has no targets, or a metric is not one of its targets'
   */
  @Override
  public TargetAssessment assess(TargetCase input) {
    requireNonNull(input, "input");
    Jurisdiction place = input.jurisdiction();
    List<Provision> provisions = targetsOf(place);
    if (provisions.isEmpty()) {
      List<String> withTargets = new ArrayList<>();
      byPlace.keySet().forEach(j -> withTargets.add(j.key()));
      throw new PolicyInputException(Phrase.of("error.grants.target.none", place, withTargets));
    }
    List<String> metrics = new ArrayList<>(provisions.size());
    provisions.forEach(p -> metrics.add(((Target) p.terms()).metric()));
    for (String metric : input.actuals().keySet()) {
      if (!metrics.contains(metric)) {
        throw new PolicyInputException(Phrase.of("error.grants.target.unknownMetric", metric, place, metrics));
      }
    }
    List<TargetAttainment> attainments = new ArrayList<>(provisions.size());
    for (Provision provision : provisions) {
      Target target = (Target) provision.terms();
      Long actual = input.actuals().get(target.metric());
      attainments.add(actual == null
          ? new TargetAttainment(provision, target, Optional.empty(), Optional.empty(), TargetStatus.NO_FIGURE)
          : new TargetAttainment(provision, target, Optional.of(actual),
              Optional.of(Share.ofFraction(actual, target.threshold())),
              actual >= target.threshold() ? TargetStatus.MET : TargetStatus.NOT_MET));
    }
    return new TargetAssessment(catalogue, input, List.copyOf(attainments));
  }

  /** A new calculator over the same catalogue. */
  private Object readResolve() {
    return of(catalogue);
  }
}
