package org.zhongchuang.policy.tax;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.zhongchuang.policy.catalogue.IncomeBand;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.SizeMeasure;
import org.zhongchuang.policy.catalogue.TaxRate;
import org.zhongchuang.policy.explain.Caveat;
import org.zhongchuang.policy.explain.Explanation;
import org.zhongchuang.policy.explain.Step;
import org.zhongchuang.policy.law.Citation;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.tax.ConditionCheck.Condition;
import org.zhongchuang.policy.tax.ConditionCheck.Outcome;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.text.Phrase;
import org.zhongchuang.policy.text.Renderable;

/**
 * The explanation of a {@link TaxAssessment}: its recorded decisions (the plan of the year and place, the conditions
 * that failed, the zone, the amounts, the apportioned income of a split year) projected into the eligibility, the
 * bands and the steps. It computes no amount of its own: every band tax is the plan's, or the one the assessment
 * computed, and the bands add up to the tax due by construction. Immutable once built.
 */
final class TaxTrace {
  /** The figures averaged; rendered through {@code enum.SizeFigure.*}. */
  enum SizeFigure {
    EMPLOYEES,
    TOTAL_ASSETS
  }

  private final Eligibility eligibility;
  private final List<TaxBand> bands;
  private final Explanation explanation;

  TaxTrace(TaxCase c, TaxPlan plan, int failed, int zone, long taxDue, long standardTax, long relieved) {
    EnterpriseFacts facts = c.facts();
    Cny income = facts.taxableIncome();
    List<Step> steps = new ArrayList<>();
    Set<Step> warnings = new LinkedHashSet<>();
    Set<Provision> reliedOn = new LinkedHashSet<>();
    plan.uncertain.forEach(p -> warnings.add(Caveat.notReliedOn(p,
        p.validity().during(c.taxYear()))));

    averages(facts, plan, steps, reliedOn);
    this.eligibility = eligibility(facts, plan, failed);
    reliedOn.add(plan.criteria);
    Object conclusion = failed == 0 ? Phrase.of("tax.eligible")
        : Phrase.of("tax.notEligible", Phrase.joined(eligibility.failed(), "list.semicolon"));
    steps.add(Step.of(TaxStep.ELIGIBILITY, List.of(plan.criteria.citation()), c.taxYear(), plan.criteria,
        criteria(plan), Phrase.joined(eligibility.checks(), "list.semicolon"), conclusion));
    if (plan.expiredCriteria != null) {
      warnings.add(Step.of(TaxStep.FALLBACK_CRITERIA, plan.expiredCriteria, plan.expiredCriteria.validity()
          .latestEnd(), c.taxYear(), plan.criteria));
    }
    if (facts.sizeAsserted()) {
      warnings.add(Step.of(TaxStep.SIZE_ASSERTED));
    } else if (plan.measure == null && facts.employeesForm().isPresent()) {
      warnings.add(Step.of(TaxStep.NO_MEASURE, c.taxYear()));
    }
    rounding(facts, plan, warnings);

    List<TaxBand> out = new ArrayList<>();
    reliedOn.add(plan.statutory);
    if (!income.isPositive()) {
      steps.add(Step.computed(TaxStep.LOSS, Cny.ZERO, List.of(), income));
    } else if (failed != 0) {
      Share rate = ((TaxRate) plan.statutory.terms()).rate();
      TaxBand b = new TaxBand(IncomeBand.aboveUpTo(Cny.ZERO, income), Share.ONE, income, Share.ONE, rate,
          Cny.ofFen(taxDue), plan.statutory, List.of(), List.of(), List.of());
      out.add(b);
      steps.add(bandStep(b, Phrase.of("tax.prefix.notEligible")));
    } else {
      TaxPlan.Zone z = plan.zones[zone];
      for (int i = 0; i < z.bands.length; i++) {
        TaxPlan.Band pb = z.bands[i];
        long upper = i == z.bands.length - 1 ? income.toFen() : pb.upper;
        bands(c, plan, pb, upper, relieved, steps, out, warnings);
      }
    }
    for (TaxBand b : out) {
      reliedOn.add(b.grantedBy());
      reliedOn.addAll(b.apportionedBy());
      reliedOn.addAll(b.restatedBy());
    }
    if (out.size() > 1) {
      List<Cny> taxes = out.stream().map(TaxBand::tax).toList();
      steps.add(Step.computed(TaxStep.SUM, Cny.ofFen(taxDue), List.of(), Phrase.joined(taxes, "list.plus"),
          Cny.ofFen(taxDue)));
    }
    if (income.isPositive()) {
      Share statutory = ((TaxRate) plan.statutory.terms()).rate();
      steps.add(Step.computed(TaxStep.STANDARD, Cny.ofFen(standardTax), List.of(plan.statutory.citation()),
          plan.statutory, income, statutory, Cny.ofFen(standardTax)));
      Share effective = Share.ofFraction(taxDue, income.toFen());
      steps.add(Step.computed(TaxStep.RELIEF, Cny.ofFen(standardTax - taxDue), List.of(), effective,
          Cny.ofFen(standardTax), Cny.ofFen(taxDue), Cny.ofFen(standardTax - taxDue), income));
    }
    if (plan.lastReliefEnded != null) {
      warnings.add(Step.of(TaxStep.LAST_RELIEF, c.taxYear(), plan.lastReliefEnded,
          plan.lastReliefEnded.validity().latestEnd()));
    }
    reliedOn.forEach(p -> warnings.addAll(Caveat.of(p)));
    this.bands = List.copyOf(out);
    this.explanation = new Explanation(steps, List.copyOf(warnings));
  }

  Eligibility eligibility() {
    return eligibility;
  }

  List<TaxBand> bands() {
    return bands;
  }

  Explanation explanation() {
    return explanation;
  }

  // ---------------------------------------------------------------------------------------------- eligibility

  private static Eligibility eligibility(EnterpriseFacts facts, TaxPlan plan, int failed) {
    List<ConditionCheck> checks = new ArrayList<>();
    checks.add(new ConditionCheck(Condition.NOT_RESTRICTED_INDUSTRY, outcome(failed, Condition.NOT_RESTRICTED_INDUSTRY),
        null, null, null));
    checks.add(new ConditionCheck(Condition.TAXABLE_INCOME, outcome(failed, Condition.TAXABLE_INCOME), null,
        facts.taxableIncome(), Cny.ofFen(plan.incomeCeiling)));
    if (facts.sizeAsserted()) {
      checks.add(new ConditionCheck(Condition.EMPLOYEES, Outcome.ASSERTED, null, null, null));
      checks.add(new ConditionCheck(Condition.TOTAL_ASSETS, Outcome.ASSERTED, null, null, null));
    } else {
      boolean industrial = SmallLowProfitTaxCalculator.industrial(plan, facts);
      Industry industry = plan.sameLimits ? null : industrial ? Industry.INDUSTRIAL : Industry.OTHER;
      checks.add(new ConditionCheck(Condition.EMPLOYEES, outcome(failed, Condition.EMPLOYEES), industry,
          facts.employeesOrNull(), Average.of(industrial ? plan.industrialEmployees : plan.otherEmployees)));
      checks.add(new ConditionCheck(Condition.TOTAL_ASSETS, outcome(failed, Condition.TOTAL_ASSETS), industry,
          asAmount(facts.assetsOrNull()), industrial ? plan.industrialAssets : plan.otherAssets));
    }
    return new Eligibility(plan.criteria, checks);
  }

  private static Outcome outcome(int failed, Condition condition) {
    return (failed & SmallLowProfitTaxCalculator.bit(condition)) != 0 ? Outcome.FAILED : Outcome.MET;
  }

  /** An average of yuan shown as money where it is a whole number of fen, else exactly. */
  private static Renderable asAmount(Average yuan) {
    return yuan.asAmount().map(a -> (Renderable) a).orElse(yuan);
  }

  private static Phrase criteria(TaxPlan plan) {
    return plan.sameLimits
        ? Phrase.of("tax.criteria.same", Cny.ofFen(plan.incomeCeiling), plan.otherEmployees, plan.otherAssets)
        : Phrase.of("tax.criteria.byIndustry", Cny.ofFen(plan.incomeCeiling), plan.industrialEmployees,
            plan.industrialAssets, plan.otherEmployees, plan.otherAssets);
  }

  /** The arithmetic of averages computed from the values the year's measure averages. */
  private static void averages(EnterpriseFacts facts, TaxPlan plan, List<Step> steps, Set<Provision> reliedOn) {
    List<Citation> per = plan.measure == null ? List.of() : List.of(plan.measure.citation());
    if (!facts.employeesByQuarter().isEmpty()) {
      List<Long> v = facts.employeesByQuarter();
      steps.add(Step.of(TaxStep.AVERAGE, per, SizeFigure.EMPLOYEES, v.size() / 2, plan.measure,
          facts.employeesOrNull(), quarters(v.stream().map(String::valueOf).toList(), facts.employeesOrNull())));
      reliedOn.add(plan.measure);
    }
    if (facts.assetsForm().orElse(null) == EnterpriseFacts.Form.QUARTERLY) {
      List<String> v = facts.assetValues().stream().map(Cny::format).toList();
      steps.add(Step.of(TaxStep.AVERAGE, per, SizeFigure.TOTAL_ASSETS, v.size() / 2, plan.measure,
          asAmount(facts.assetsOrNull()), quarters(v, asAmount(facts.assetsOrNull()))));
      reliedOn.add(plan.measure);
    } else if (facts.assetsForm().orElse(null) == EnterpriseFacts.Form.YEAR_START_AND_END) {
      List<Cny> v = facts.assetValues();
      steps.add(Step.of(TaxStep.AVERAGE_YEAR_ENDS, per, plan.measure, asAmount(facts.assetsOrNull()),
          "(" + v.get(0).format() + " + " + v.get(1).format() + ") ÷ 2 = " + asAmount(facts.assetsOrNull())
              .render(Language.EN)));
      reliedOn.add(plan.measure);
    }
  }

  /** {@code [(s₁ + e₁) ÷ 2 + (s₂ + e₂) ÷ 2] ÷ 2 = a}. */
  private static String quarters(List<String> values, Object average) {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < values.size(); i += 2) {
      out.append(i == 0 ? "" : " + ").append('(').append(values.get(i)).append(" + ").append(values.get(i + 1))
          .append(") ÷ 2");
    }
    String avg = average instanceof Renderable r ? r.render(Language.EN) : String.valueOf(average);
    return out.append("] ÷ ").append(values.size() / 2).append(" = ").append(avg).toString();
  }

  /** PROVISIONS.md §7.2: flag a headcount whose exact and rounded comparisons with the limit disagree. */
  private static void rounding(EnterpriseFacts facts, TaxPlan plan, Set<Step> warnings) {
    Average employees = facts.employeesOrNull();
    if (employees == null || employees.isWhole()) {
      return;
    }
    int limit = SmallLowProfitTaxCalculator.industrial(plan, facts) ? plan.industrialEmployees : plan.otherEmployees;
    long rounded = employees.roundedHalfUp();
    boolean exact = employees.isAtMost(limit);
    if (exact != (rounded <= limit)) {
      warnings.add(Step.of(TaxStep.HEADCOUNT_ROUNDING, employees, limit,
          Phrase.of(exact ? "tax.rounding.within" : "tax.rounding.over"), rounded,
          Phrase.of(rounded <= limit ? "tax.rounding.within" : "tax.rounding.over")));
    }
  }

  // ---------------------------------------------------------------------------------------------- bands

  private static void bands(TaxCase c, TaxPlan plan, TaxPlan.Band pb, long upper, long relieved, List<Step> steps,
      List<TaxBand> out, Set<Step> warnings) {
    Cny width = Cny.ofFen(upper - pb.lower);
    IncomeBand range = IncomeBand.aboveUpTo(Cny.ofFen(pb.lower), Cny.ofFen(upper));
    List<Provision> restated = plan.restating(pb, c.facts().incubatedStartUp());
    if (pb.splitFrom == null) {
      if (pb.partYear) {
        warnings.add(Step.of(TaxStep.PART_YEAR, pb.grantedBy, c.taxYear(), pb.grantedBy.validity()));
      }
      TaxBand b = new TaxBand(range, Share.ONE, width, pb.inclusion, pb.rate, Cny.ofFen(tax(pb, upper)), pb.grantedBy,
          pb.alsoInForce, restated, List.of());
      out.add(b);
      steps.add(bandStep(b, ""));
      return;
    }
    List<Provision> rules = plan.apportionments;
    Provision rule = rules.get(rules.size() - 1);
    List<Citation> cited = rules.stream().map(Provision::citation).toList();
    var established = c.facts().establishedOrNull();
    if (!established.isBefore(pb.splitFrom)) {
      steps.add(Step.of(TaxStep.SPLIT_WHOLE_YEAR, cited, established, pb.splitFrom, rule));
      TaxBand b = new TaxBand(range, Share.ONE, width, pb.inclusion, pb.rate, Cny.ofFen(pb.effective.of(width.toFen())),
          pb.grantedBy, pb.alsoInForce, restated, rules);
      out.add(b);
      steps.add(bandStep(b, ""));
      return;
    }
    Share after = SmallLowProfitTaxCalculator.monthsAfter(pb.splitFrom, established);
    Cny relievedIncome = Cny.ofFen(relieved);
    Cny rest = width.minus(relievedIncome);
    steps.add(Step.computed(TaxStep.SPLIT, relievedIncome, cited, established, pb.splitFrom, rule,
        SmallLowProfitTaxCalculator.monthsOperated(pb.splitFrom, established), c.taxYear(),
        13 - pb.splitFrom.getMonthValue(),
        width, relievedIncome, rest));
    Share plainRate = ((TaxRate) plan.smallLowProfit.terms()).rate();
    TaxBand relievedBand = new TaxBand(range, after, relievedIncome, pb.inclusion, pb.rate,
        relievedIncome.multipliedBy(pb.inclusion.times(pb.rate), java.math.RoundingMode.HALF_UP), pb.grantedBy,
        pb.alsoInForce, restated, rules);
    TaxBand restBand = new TaxBand(range, after.complement(), rest, Share.ONE, plainRate,
        rest.multipliedBy(plainRate, java.math.RoundingMode.HALF_UP), plan.smallLowProfit, List.of(), List.of(),
        rules);
    out.add(relievedBand);
    out.add(restBand);
    steps.add(bandStep(relievedBand, Phrase.of("tax.prefix.after", pb.splitFrom,
        after.numerator() + "/" + after.denominator())));
    steps.add(bandStep(restBand, Phrase.of("tax.prefix.before", pb.splitFrom)));
  }

  /** A complete band's tax is the plan's; the top band's is computed once here, as the assessment did. */
  private static long tax(TaxPlan.Band pb, long upper) {
    return pb.upper != TaxPlan.Band.OPEN ? pb.tax : pb.effective.of(upper - pb.lower);
  }

  private static Step bandStep(TaxBand b, Object prefix) {
    Object also = b.alsoInForce().isEmpty() ? "" : Phrase.of("tax.also", b.alsoInForce());
    Object restated = b.restatedBy().isEmpty() ? "" : Phrase.of("tax.restated", b.restatedBy());
    Object range = Phrase.of("tax.range", b.incomeRange().lower(), b.incomeRange().upper());
    return Step.computed(b.inclusion().equals(Share.ONE) ? TaxStep.BAND_RATE : TaxStep.BAND, b.tax(), b.citations(),
        prefix, range, b.grantedBy(), also, restated, b.inclusion(), b.rate(), b.amount(), b.tax());
  }
}
