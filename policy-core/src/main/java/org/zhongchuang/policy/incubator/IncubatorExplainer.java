package org.zhongchuang.policy.incubator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhongchuang.policy.Answer;
import org.zhongchuang.policy.catalogue.IncubatorExemption;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.TaxType;
import org.zhongchuang.policy.explain.Caveat;
import org.zhongchuang.policy.explain.Explanation;
import org.zhongchuang.policy.explain.Step;
import org.zhongchuang.policy.law.Citation;
import org.zhongchuang.policy.text.Phrase;
import org.zhongchuang.policy.text.Text;

/**
 * Projects an assessment's recorded decisions into steps: no amount is computed here that the assessment did not
 * compute, and no word is written here — every word is a template.
 */
final class IncubatorExplainer {
  private IncubatorExplainer() {}

  static Explanation explain(IncubatorAssessment a) {
    IncubatorCase c = a.incubatorCase();
    int year = c.year().getValue();
    Decisions d = a.decisions();
    List<Step> steps = new ArrayList<>(16);
    List<Step> warnings = new ArrayList<>(4);
    Set<Provision> relied = new LinkedHashSet<>();

    steps.add(Step.of(IncubatorStep.CASE, c.year(), c.jurisdiction(), c.institution(),
        c.recognised().map(day -> (Object) Phrase.of("incubator.case.recognised", day))
            .orElse(Phrase.of("incubator.case.recognisedUnknown")),
        c.statusLost().map(day -> (Object) Phrase.of("incubator.case.lost", day)).orElse(""),
        Phrase.of("incubator.case.conditions." + c.meetsConditions().name())));

    // The provisions that decided some month, each once: who they cover, which taxes, on what.
    Set<Provision> deciding = new LinkedHashSet<>();
    for (int i = 0; i < Decisions.MONTHS; i++) {
      if (d.provision[i] != null && !d.has(i, CoverageReason.NOT_LEVIED)) {
        deciding.add(d.provision[i]);
      }
    }
    deciding.forEach(p -> steps.add(provision(p)));
    if (!a.exemptionKnown()) {
      Object none = Phrase.of("incubator.noWave.none");
      steps.add(Step.of(IncubatorStep.NO_WAVE, c.year(), a.nearestWaveBefore().map(w -> (Object) w).orElse(none),
          a.nearestWaveAfter().map(w -> (Object) w).orElse(none)));
      warnings.add(Step.of(IncubatorStep.NONE_KNOWN, c.year()));
    }

    // One step per period; taxes treated alike all year share their steps.
    Map<List<CoveragePeriod>, List<TaxType>> alike = new LinkedHashMap<>();
    for (TaxType tax : IncubatorExemptionCalculator.TAXES) {
      if (c.tax(tax).isPresent() || !notLeviedAllYear(d, tax.ordinal())) {
        alike.computeIfAbsent(a.coverage(tax), k -> new ArrayList<>(2)).add(tax);
      }
    }
    Set<Provision> timings = new LinkedHashSet<>();
    alike.forEach((periods, taxes) -> {
      for (CoveragePeriod p : periods) {
        steps.add(period(c, taxes, p));
        p.provision().ifPresent(relied::add);
        p.timing().ifPresent(timings::add);
      }
    });
    for (Provision t : timings) {
      steps.add(Step.of(IncubatorStep.TIMING, List.of(t.citation()), t, t.terms().summary()));
    }
    relied.addAll(timings);

    for (TaxExemption line : a.taxes()) {
      steps.add(Step.computed(IncubatorStep.AMOUNT, line.due(), cited(d, line.tax().ordinal()), line.tax(),
          line.given().total(), line.exempt(), line.uncertain(), line.due(),
          Phrase.of(line.given().isByMonth() ? "incubator.amount.byMonth" : "incubator.amount.forYear")));
      if (line.uncertain().isPositive()) {
        steps.add(Step.of(IncubatorStep.READINGS, line.tax(), line.uncertain(), line.dueAtLeast(),
            line.dueAtMost()));
      }
    }
    if (a.taxes().size() > 1) {
      steps.add(Step.computed(IncubatorStep.TOTAL, a.totalDue(), List.of(), a.totalGiven(), a.totalExempt(),
          a.totalUncertain(), a.totalDue()));
    }
    for (LocalClause clause : a.localClauses()) {
      Provision p = clause.provision();
      steps.add(Step.of(IncubatorStep.LOCAL, List.of(p.citation()), p,
          clause.inForce() == Answer.YES ? "" : Phrase.of("incubator.local.uncertain"), p.terms().summary()));
      for (Text note : p.notes()) {
        steps.add(Step.of(IncubatorStep.NOTE, List.of(p.citation()), p, note));
      }
      relied.add(p);
    }
    List<TaxType> uncertain = new ArrayList<>(0);
    for (TaxType tax : IncubatorExemptionCalculator.TAXES) {
      for (int m = 0; m < 12; m++) {
        if (d.status[tax.ordinal() * 12 + m] == Decisions.UNCERTAIN) {
          uncertain.add(tax);
          break;
        }
      }
    }
    if (!uncertain.isEmpty()) {
      warnings.add(Step.of(IncubatorStep.UNCERTAIN, uncertain));
    }
    relied.forEach(p -> warnings.addAll(Caveat.of(p)));
    return new Explanation(steps, warnings);
  }

  private static Step provision(Provision p) {
    IncubatorExemption e = (IncubatorExemption) p.terms();
    Object institutions = e.institutions().isEmpty() ? Phrase.of("incubator.provision.none")
        : List.copyOf(e.institutions());
    Object uncertain = e.whyUncertain().map(why -> (Object) Phrase.of("incubator.provision.uncertain",
        List.copyOf(e.uncertainInstitutions()), why)).orElse("");
    Object conditions = e.conditions().map(text -> (Object) Phrase.of("incubator.provision.conditions", text))
        .orElse("");
    return Step.of(IncubatorStep.PROVISION, List.of(p.citation()), p, p.validity(), List.copyOf(e.taxes()),
        e.base(), institutions, uncertain, conditions);
  }

  private static Step period(IncubatorCase c, List<TaxType> taxes, CoveragePeriod p) {
    Provision provision = p.provision().orElse(null);
    List<Phrase> reasons = new ArrayList<>(p.reasons().size());
    for (CoverageReason r : p.reasons()) {
      reasons.add(Phrase.of("incubator.reason." + r.name(), provision, c.institution(), c.recognisedOrNull(),
          c.statusLostOrNull(), p.timing().orElse(null), provision == null ? null : List.copyOf(
              ((IncubatorExemption) provision.terms()).institutions()), provision == null ? null
              : ((IncubatorExemption) provision.terms()).whyUncertain().orElse(null), provision == null ? null
              : ((IncubatorExemption) provision.terms()).conditions().orElse(null)));
    }
    Object because = reasons.isEmpty() ? "" : Phrase.of("incubator.period.because",
        Phrase.joined(reasons, "list.semicolon"));
    IncubatorStep kind = p.exempt() == Answer.YES ? IncubatorStep.PERIOD_EXEMPT : p.exempt() == Answer.NO
        ? IncubatorStep.PERIOD_NOT_EXEMPT : IncubatorStep.PERIOD_UNCERTAIN;
    List<Citation> cited = new ArrayList<>(2);
    p.provision().ifPresent(x -> cited.add(x.citation()));
    p.timing().ifPresent(x -> cited.add(x.citation()));
    return Step.of(kind, cited, List.copyOf(taxes), span(p), provision, because);
  }

  /** {@code 2019-08 – 2019-12}, or one month alone. */
  static Object span(CoveragePeriod p) {
    return p.from().equals(p.to()) ? p.from() : Phrase.of("incubator.span", p.from(), p.to());
  }

  /** A tax not levied in any month of the year (business tax after the switch to VAT). */
  private static boolean notLeviedAllYear(Decisions d, int tax) {
    for (int m = 0; m < 12; m++) {
      if (!d.has(tax * 12 + m, CoverageReason.NOT_LEVIED)) {
        return false;
      }
    }
    return true;
  }

  /** The clauses behind a tax's months, each once: the exemptions, then the timing rules. */
  private static List<Citation> cited(Decisions d, int tax) {
    Set<Citation> out = new LinkedHashSet<>();
    Set<Citation> timings = new LinkedHashSet<>();
    for (int i = tax * 12; i < tax * 12 + 12; i++) {
      if (d.status[i] != Decisions.NOT) {
        out.add(d.provision[i].citation());
      }
      if (d.timing[i] != null) {
        timings.add(d.timing[i].citation());
      }
    }
    out.addAll(timings);
    return List.copyOf(out);
  }
}
