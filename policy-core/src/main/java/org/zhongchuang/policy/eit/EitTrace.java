package org.zhongchuang.policy.eit;

import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.ResearchDeduction;
import org.zhongchuang.policy.catalogue.ResearchExclusion;
import org.zhongchuang.policy.catalogue.TransferIncomeRelief;
import org.zhongchuang.policy.catalogue.VentureCapitalDeduction;
import org.zhongchuang.policy.explain.Caveat;
import org.zhongchuang.policy.explain.Explanation;
import org.zhongchuang.policy.explain.Step;
import org.zhongchuang.policy.law.Citation;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.tax.ConditionCheck;
import org.zhongchuang.policy.tax.TaxAssessment;
import org.zhongchuang.policy.text.Phrase;

/**
 * The explanation of an {@link AnnualReturnAssessment}: its recorded decisions projected into steps, line by line, each
 * citing the clauses behind it, and the warnings. It computes no amount of its own: every amount is one the readings
 * computed. Immutable once built.
 */
final class EitTrace {
  /** The enterprise's categories as stated; rendered through {@code enum.EnterpriseLabel.*}. */
  enum EnterpriseLabel {
    MANUFACTURING,
    TECHNOLOGY_SME,
    LISTED_IC_OR_MACHINE_TOOL,
    NEGATIVE_LIST
  }

  private final Explanation explanation;

  EitTrace(AnnualReturnAssessment a) {
    Outcome o = a.outcome();
    AnnualReturnCase c = o.c;
    YearLaw law = o.law;
    List<Step> steps = new ArrayList<>();
    Set<Step> warnings = new LinkedHashSet<>();
    Set<Provision> reliedOn = new LinkedHashSet<>();
    law.uncertain.forEach(p -> warnings.add(Caveat.notReliedOn(p, p.validity().during(law.year))));
    if (law.lastKnown != null) {
      warnings.add(Step.of(EitStep.PAST_LAST_KNOWN, law.year, law.lastKnown, law.lastKnown.validity().latestEnd()));
    }

    steps.add(Step.computed(EitStep.PROFIT, Cny.ofFen(o.line13), List.of(), Cny.ofFen(o.line13)));
    steps.add(Step.computed(EitStep.ADJUSTMENTS, Cny.ofFen(o.line1516), List.of(), Cny.ofFen(o.line1516)));
    research(o, steps, warnings, reliedOn);
    steps.add(Step.computed(EitStep.LINE_19, Cny.ofFen(o.line19), List.of(), Cny.ofFen(o.line13),
        Cny.ofFen(o.line1516), Cny.ofFen(o.line17), Cny.ofFen(o.line19)));
    if (o.lossYear) {
      reliedOn.add(law.lossBase);
      steps.add(Step.computed(EitStep.LOSS_YEAR, Cny.ZERO, cite(law.lossBase), Cny.ofFen(o.line19),
          Cny.ofFen(Math.max(0, -o.line19))));
    }
    transfer(o, steps, reliedOn);
    losses(o, steps, warnings, reliedOn);
    venture(o, steps, warnings, reliedOn);
    if (!o.lossYear) {
      steps.add(Step.computed(EitStep.LINE_23, Cny.ofFen(o.line23), List.of(), Cny.ofFen(o.line19),
          Cny.ofFen(o.line20), Cny.ofFen(o.line21), Cny.ofFen(o.line22), Cny.ofFen(o.line23)));
    }
    reliedOn.add(law.statutory);
    steps.add(Step.computed(EitStep.LINE_25, Cny.ofFen(o.line25), cite(law.statutory), Cny.ofFen(o.line23),
        law.statutoryRate, law.statutory, Cny.ofFen(o.line25)));
    routes(o, steps, warnings, reliedOn);
    steps.add(Step.computed(EitStep.LINE_28, Cny.ofFen(o.line28), List.of(), Cny.ofFen(o.line25),
        Cny.ofFen(o.line26), Cny.ofFen(o.line28)));
    carried(o, steps);
    uncertain(a, warnings);
    benefits(a, steps, warnings);
    reliedOn.remove(null);
    reliedOn.forEach(p -> warnings.addAll(Caveat.of(p)));
    this.explanation = new Explanation(steps, List.copyOf(warnings));
  }

  Explanation explanation() {
    return explanation;
  }

  private static List<Citation> cite(Provision... provisions) {
    List<Citation> out = new ArrayList<>(provisions.length);
    for (Provision p : provisions) {
      if (p != null && !out.contains(p.citation())) {
        out.add(p.citation());
      }
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------- line 17

  private static void research(Outcome o, List<Step> steps, Set<Step> warnings, Set<Provision> reliedOn) {
    AnnualReturnCase c = o.c;
    if (c.researchExpensed().isZero() && c.researchAmortisation().isEmpty()) {
      return;
    }
    List<EnterpriseLabel> labels = new ArrayList<>();
    if (c.manufacturing()) {
      labels.add(EnterpriseLabel.MANUFACTURING);
    }
    if (c.technologySme()) {
      labels.add(EnterpriseLabel.TECHNOLOGY_SME);
    }
    if (c.listedIcOrMachineTool()) {
      labels.add(EnterpriseLabel.LISTED_IC_OR_MACHINE_TOOL);
    }
    if (c.negativeListIndustry()) {
      labels.add(EnterpriseLabel.NEGATIVE_LIST);
    }
    steps.add(Step.of(EitStep.RESEARCH_CATEGORIES, o.law.year, labels.isEmpty() ? Phrase.of("eit.categories.none")
        : labels));
    YearLaw.Research r = o.research;
    if (r.categoryEnded != null) {
      warnings.add(Step.of(EitStep.CATEGORY_ENDED, r.categoryEnded, r.categoryEnded.validity().latestEnd(),
          o.law.year));
    }
    Provision excluded = r.excludedRest != null ? r.excludedRest : r.excludedFourth;
    if (excluded != null) {
      reliedOn.add(excluded);
      steps.add(Step.of(EitStep.RESEARCH_EXCLUDED, cite(excluded), excluded,
          ((ResearchExclusion) excluded.terms()).industries()));
    } else if (r.restBy == null && r.fourthBy == null) {
      steps.add(Step.of(EitStep.RESEARCH_NONE, o.law.year));
    }
    List<Cny> parts = new ArrayList<>();
    Object rest = o.expensedSplit ? Phrase.of("eit.period.rest") : "";
    if (o.expensedRest > 0 && r.restBy != null) {
      reliedOn.add(r.restBy);
      steps.add(Step.computed(EitStep.RESEARCH_EXPENSED, Cny.ofFen(o.extraRest), cite(r.restBy),
          Cny.ofFen(o.expensedRest), r.rest, r.restBy, Cny.ofFen(o.extraRest), rest));
      parts.add(Cny.ofFen(o.extraRest));
    }
    if (o.expensedFourth > 0 && r.fourthBy != null) {
      reliedOn.add(r.fourthBy);
      steps.add(Step.computed(EitStep.RESEARCH_EXPENSED, Cny.ofFen(o.extraFourth), cite(r.fourthBy),
          Cny.ofFen(o.expensedFourth), r.fourth, r.fourthBy, Cny.ofFen(o.extraFourth),
          Phrase.of("eit.period.fourth")));
      parts.add(Cny.ofFen(o.extraFourth));
    }
    Object amortRest = o.amortisationSplit ? Phrase.of("eit.period.rest") : "";
    if (o.amortRestBy != null) {
      reliedOn.add(o.amortRestBy);
      steps.add(Step.computed(EitStep.RESEARCH_AMORTISED, Cny.ofFen(o.amortExtraRest), cite(o.amortRestBy),
          Cny.ofFen(o.amortised - o.amortisedFourth), o.amortRateRest, o.amortRestBy, Cny.ofFen(o.amortExtraRest),
          amortRest, amortisedAt(o.amortRestBy)));
      parts.add(Cny.ofFen(o.amortExtraRest));
    }
    if (o.amortisationSplit && o.amortFourthBy != null) {
      reliedOn.add(o.amortFourthBy);
      steps.add(Step.computed(EitStep.RESEARCH_AMORTISED, Cny.ofFen(o.amortExtraFourth), cite(o.amortFourthBy),
          Cny.ofFen(o.amortisedFourth), o.amortRateFourth, o.amortFourthBy, Cny.ofFen(o.amortExtraFourth),
          Phrase.of("eit.period.fourth"), amortisedAt(o.amortFourthBy)));
      parts.add(Cny.ofFen(o.amortExtraFourth));
    }
    steps.add(Step.computed(EitStep.LINE_17, Cny.ofFen(o.line17), List.of(),
        parts.isEmpty() ? Cny.ZERO : Phrase.joined(parts, "list.plus"), Cny.ofFen(o.line17)));
  }

  /** The share of cost a research provision amortises at, where stated. */
  private static Object amortisedAt(Provision p) {
    return ((ResearchDeduction) p.terms()).amortisation().map(s -> (Object) s).orElse("—");
  }

  // ---------------------------------------------------------------------------------------------- line 20

  private static void transfer(Outcome o, List<Step> steps, Set<Provision> reliedOn) {
    AnnualReturnCase c = o.c;
    if (c.transferRevenue().isEmpty()) {
      return;
    }
    steps.add(Step.computed(EitStep.TRANSFER, Cny.ofFen(o.transferIncome), List.of(), c.transferRevenue().get(),
        c.transferCost().get(), Cny.ofFen(o.transferIncome)));
    if (o.transferIncome == 0) {
      return;
    }
    Provision p = o.law.transfer;
    if (p == null) {
      steps.add(Step.of(EitStep.TRANSFER_NONE, o.law.year));
      return;
    }
    reliedOn.add(p);
    TransferIncomeRelief t = (TransferIncomeRelief) p.terms();
    steps.add(Step.computed(EitStep.TRANSFER_RELIEF, Cny.ofFen(o.exempt + o.halvedReduction), cite(p), p,
        t.exemptUpTo(), Cny.ofFen(o.exempt), Cny.ofFen(o.excess), t.excessCounted().complement(),
        Cny.ofFen(o.halvedReduction), Cny.ofFen(o.halvedPart), Cny.ofFen(o.transferIncome)));
    if (!o.lossYear) {
      steps.add(Step.computed(EitStep.LINE_20, Cny.ofFen(o.line20), cite(p), Cny.ofFen(o.exempt),
          Cny.ofFen(o.halvedReduction), Cny.ofFen(o.line20), Cny.ofFen(o.line19),
          o.transferCapped ? Phrase.of("eit.line20.capped") : ""));
    }
  }

  // ---------------------------------------------------------------------------------------------- line 21

  private static void losses(Outcome o, List<Step> steps, Set<Step> warnings, Set<Provision> reliedOn) {
    if (o.lossYears.length == 0) {
      return;
    }
    int t = o.law.year.getValue();
    List<Cny> used = new ArrayList<>();
    int usedCount = 0;
    for (int i = 0; i < o.lossYears.length; i++) {
      Provision rule = o.lossExtendedBy[i] != null ? o.lossExtendedBy[i] : o.law.lossBase;
      reliedOn.add(rule);
      if (o.lossLastYear[i] < t) {
        steps.add(Step.of(EitStep.LOSS_EXPIRED, cite(rule), o.lossYears[i], Cny.ofFen(o.lossAvailable[i]),
            Year.of(o.lossLastYear[i]), rule));
        continue;
      }
      steps.add(Step.computed(EitStep.LOSS_USED, Cny.ofFen(o.lossUsed[i]), cite(rule), o.lossYears[i],
          Cny.ofFen(o.lossAvailable[i]), Year.of(o.lossLastYear[i]), rule, Cny.ofFen(o.lossUsed[i]),
          o.lossOwnYear[i] ? Phrase.of("eit.ownYear") : ""));
      if (o.lossUsed[i] > 0) {
        used.add(Cny.ofFen(o.lossUsed[i]));
        usedCount++;
      }
    }
    if (!o.lossYear) {
      steps.add(Step.computed(EitStep.LINE_21, Cny.ofFen(o.line21), cite(o.law.lossBase),
          used.isEmpty() ? Cny.ZERO : Phrase.joined(used, "list.plus"), Cny.ofFen(o.line21),
          Cny.ofFen(o.line19 - o.line20)));
    }
    if (usedCount > 0 && o.line21 < o.usableLosses && o.usableCount > 1) {
      warnings.add(Step.of(EitStep.LOSS_ORDER));
    }
  }

  // ---------------------------------------------------------------------------------------------- line 22

  private static void venture(Outcome o, List<Step> steps, Set<Step> warnings, Set<Provision> reliedOn) {
    AnnualReturnCase c = o.c;
    if (c.ventureInvestments().isEmpty() && c.ventureCreditCarriedIn().isZero()) {
      return;
    }
    Set<Provision> asserted = new LinkedHashSet<>();
    for (int i = 0; i < o.holdings.length; i++) {
      VentureInvestment v = c.ventureInvestments().get(i);
      Provision p = o.ventureBy[i];
      if (p != null) {
        asserted.add(p);
      }
      if (o.holdings[i] == Outcome.Holding.COMPLETES) {
        steps.add(Step.of(EitStep.VENTURE_COMPLETES, cite(p), v.amount(), v.investee(), o.holdingCompletes[i], p,
            v.investedOn().map(d -> (Object) Phrase.of("eit.venture.invested", d)).orElse("")));
      } else {
        steps.add(Step.of(EitStep.VENTURE_PENDING, cite(p), v.amount(), v.investee(), o.holdingCompletes[i],
            Year.of(o.holdingCompletes[i].getYear())));
      }
    }
    for (int k = 0; k < o.creditBy.size(); k++) {
      Provision p = o.creditBy.get(k);
      reliedOn.add(p);
      steps.add(Step.computed(EitStep.VENTURE_CREDIT, Cny.ofFen(o.creditAmount.get(k)), cite(p),
          Cny.ofFen(o.creditBase.get(k)), ((VentureCapitalDeduction) p.terms()).share(),
          Cny.ofFen(o.creditAmount.get(k)), p));
    }
    if (!asserted.isEmpty()) {
      warnings.add(Step.of(EitStep.VENTURE_ASSERTED, List.copyOf(asserted)));
    }
    long room = o.lossYear ? 0 : o.line19 - o.line20 - o.line21;
    steps.add(Step.computed(EitStep.LINE_22, Cny.ofFen(o.line22), List.of(), Cny.ofFen(o.newCredit),
        c.ventureCreditCarriedIn(), Cny.ofFen(o.creditAvailable), Cny.ofFen(room), Cny.ofFen(o.line22),
        Cny.ofFen(o.creditCarried)));
  }

  // ---------------------------------------------------------------------------------------------- line 26

  private static void routes(Outcome o, List<Step> steps, Set<Step> warnings, Set<Provision> reliedOn) {
    YearLaw law = o.law;
    if (o.line23 == 0) {
      steps.add(Step.computed(EitStep.LINE_26, Cny.ZERO, List.of(), Cny.ofFen(o.line25), Cny.ofFen(o.line28),
          Cny.ZERO));
      return;
    }
    List<Object> also = new ArrayList<>();
    if (o.taxHighTech >= 0) {
      reliedOn.add(law.highTech);
      Object halved = "";
      if (o.halvedInTaxable > 0) {
        if (law.halved != null) {
          reliedOn.add(law.halved);
          halved = Phrase.of("eit.route.halvedApart", Cny.ofFen(o.halvedInTaxable), law.halved);
        } else {
          warnings.add(Step.of(EitStep.HALVED_RULE_ABSENT, law.year));
        }
      }
      long base = law.halved != null ? o.line23 - o.halvedInTaxable : o.line23;
      steps.add(Step.computed(EitStep.ROUTE_HIGH_TECH, Cny.ofFen(o.taxHighTech), cite(law.highTech, o.halvedInTaxable
          > 0 ? law.halved : null), law.highTech, Cny.ofFen(base), Outcome.difference(law.statutoryRate,
          ((org.zhongchuang.policy.catalogue.TaxRate) law.highTech.terms()).rate()), Cny.ofFen(o.reliefHighTech),
          Cny.ofFen(o.taxHighTech), halved, Cny.ofFen(o.line25)));
      if (o.chosen != ReliefRoute.HIGH_TECH) {
        also.add(Phrase.of("eit.choice.other", ReliefRoute.HIGH_TECH, Cny.ofFen(o.taxHighTech)));
      }
    }
    TaxAssessment judged = o.smallLowProfitJudged;
    if (o.smallLowProfitNotGiven) {
      steps.add(Step.of(EitStep.ROUTE_FACTS_NOT_GIVEN, cite(judged.eligibility().criteria()), Cny.ofFen(o.line23),
          law.year, judged.eligibility().criteria(), incomeCeiling(judged)));
    } else if (judged != null && !judged.eligible()) {
      steps.add(Step.of(EitStep.ROUTE_NOT_SMALL_LOW_PROFIT, cite(judged.eligibility().criteria()),
          Cny.ofFen(o.line23), Phrase.joined(judged.eligibility().failed(), "list.semicolon"),
          judged.eligibility().criteria()));
      reliedOn.add(judged.eligibility().criteria());
    } else if (judged != null) {
      TaxAssessment taxed = o.smallLowProfitTaxed;
      steps.add(Step.computed(EitStep.ROUTE_SMALL_LOW_PROFIT, judged.taxDue(), List.of(), Cny.ofFen(o.line23)));
      steps.addAll(judged.explanation().steps());
      warnings.addAll(judged.explanation().warnings());
      if (taxed != judged) {
        steps.add(Step.computed(EitStep.ROUTE_SMALL_LOW_PROFIT_HALVED, Cny.ofFen(o.taxSmallLowProfit),
            cite(law.halved), Cny.ofFen(o.line23), Cny.ofFen(o.halvedInTaxable), taxed.taxableIncome(),
            taxed.taxDue(), Cny.ofFen(o.taxSmallLowProfit - taxed.taxDue().toFen()), o.halvedRate,
            Cny.ofFen(o.taxSmallLowProfit)));
        warnings.addAll(taxed.explanation().warnings());
      }
      if (o.chosen != ReliefRoute.SMALL_LOW_PROFIT) {
        also.add(Phrase.of("eit.choice.other", ReliefRoute.SMALL_LOW_PROFIT, Cny.ofFen(o.taxSmallLowProfit)));
      }
      if (o.taxHighTech >= 0) {
        warnings.add(Step.of(EitStep.NO_STACKING));
      }
    }
    if (o.halvedInTaxable > 0 && (o.line21 > 0 || o.line22 > 0) && (o.taxHighTech >= 0 || o.taxSmallLowProfit >= 0)) {
      warnings.add(Step.of(EitStep.HALVED_DIVISION, Cny.ofFen(o.halvedPart), Cny.ofFen(o.halvedInTaxable)));
    }
    law.startedInYear.forEach(p -> warnings.add(Step.of(EitStep.STARTED_IN_YEAR, p, p.validity().latestStart(),
        law.year)));
    if (o.chosen != ReliefRoute.NONE) {
      also.add(Phrase.of("eit.choice.other", ReliefRoute.NONE, Cny.ofFen(o.line25)));
    }
    steps.add(Step.computed(EitStep.CHOICE, Cny.ofFen(o.line28), List.of(), o.chosen, Cny.ofFen(o.line28),
        also.isEmpty() ? Phrase.of("eit.choice.alone") : Phrase.joined(also, "list.semicolon")));
    steps.add(Step.computed(EitStep.LINE_26, Cny.ofFen(o.line26), List.of(), Cny.ofFen(o.line25), Cny.ofFen(o.line28),
        Cny.ofFen(o.line26)));
  }

  private static Object incomeCeiling(TaxAssessment probe) {
    return probe.eligibility().checks().stream().filter(c -> c.condition() == ConditionCheck.Condition.TAXABLE_INCOME)
        .findFirst().orElseThrow().limit();
  }

  // ---------------------------------------------------------------------------------------------- carried

  private static void carried(Outcome o, List<Step> steps) {
    int t = o.law.year.getValue();
    for (int i = 0; i < o.lossYears.length; i++) {
      long left = o.lossAvailable[i] - o.lossUsed[i];
      if (left > 0 && o.lossLastYear[i] == t) {
        steps.add(Step.of(EitStep.LAPSES, o.lossYears[i], Cny.ofFen(left), Year.of(t)));
      }
    }
    for (CarriedLoss l : AnnualReturnAssessment.carried(o)) {
      Provision rule = l.extendedBy().orElse(o.law.lossBase);
      steps.add(Step.of(EitStep.CARRIED, cite(rule), l.year(), l.amount(), l.lastYear(), rule,
          l.extensionUnconfirmed() ? Phrase.of("eit.ownYear") : "", Year.of(t + 1)));
    }
  }

  // ---------------------------------------------------------------------------------------------- readings

  private static void uncertain(AnnualReturnAssessment a, Set<Step> warnings) {
    Outcome o = a.outcome();
    for (Map.Entry<Uncertainty.Question, Outcome> e : a.others().entrySet()) {
      Outcome other = e.getValue();
      Cny tax = Cny.ofFen(o.line28);
      Cny otherTax = Cny.ofFen(other.line28);
      switch (e.getKey()) {
        case FOURTH_QUARTER_AMORTISATION -> warnings.add(Step.of(EitStep.UNCERTAIN_FOURTH_QUARTER,
            cite(o.research.amortFourthStatedBy), o.research.amortFourthStatedBy, tax, Cny.ofFen(other.line17),
            otherTax, Cny.ofFen(o.line17)));
        case YEAR_OF_FORMATION -> {
          List<Year> years = new ArrayList<>();
          for (ResearchAmortisation r : o.c.researchAmortisation()) {
            if (!r.formed().equals(o.law.year) && !years.contains(r.formed())) {
              years.add(r.formed());
            }
          }
          warnings.add(Step.of(EitStep.UNCERTAIN_FORMED, years, o.law.year, tax, Cny.ofFen(other.line17), otherTax,
              Cny.ofFen(o.line17)));
        }
        case HALVED_TRANSFER_INCOME -> warnings.add(Step.of(EitStep.UNCERTAIN_HALVED, Cny.ofFen(o.halvedInTaxable),
            tax, otherTax));
        case QUALIFIED_YEAR_OWN_LOSS -> {
          List<Year> years = new ArrayList<>();
          for (int i = 0; i < o.lossYears.length; i++) {
            if (o.lossOwnYear[i]) {
              years.add(o.lossYears[i]);
            }
          }
          if (o.currentLossOwnYear) {
            years.add(o.law.year);
          }
          Provision ext = o.currentLossExtendedBy;
          for (Provision p : o.lossExtendedBy) {
            if (ext == null && p != null) {
              ext = p;
            }
          }
          warnings.add(Step.of(EitStep.UNCERTAIN_OWN_LOSS, cite(ext), years, ext, tax, otherTax,
              Phrase.joined(lastYears(AnnualReturnAssessment.carried(other)), "list.semicolon")));
        }
      }
    }
  }

  private static List<Phrase> lastYears(List<CarriedLoss> carried) {
    List<Phrase> out = new ArrayList<>();
    for (CarriedLoss l : carried) {
      out.add(Phrase.of("eit.lastYear", l.year(), l.lastYear()));
    }
    if (out.isEmpty()) {
      out.add(Phrase.of("eit.noneCarried"));
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------- benefits

  private static void benefits(AnnualReturnAssessment a, List<Step> steps, Set<Step> warnings) {
    AnnualReturnAssessment.Worth w = a.worth();
    Outcome o = a.outcome();
    long sum = 0;
    List<Preference> withoutFacts = new ArrayList<>();
    for (Benefit b : w.benefits()) {
      Outcome without = w.without().get(b.preference());
      steps.add(Step.computed(EitStep.BENEFIT, b.worth(), List.of(), b.preference(), b.provisions(),
          Cny.ofFen(without.line28), Cny.ofFen(o.line28), b.worth()));
      sum += b.worth().toFen();
      if (without.smallLowProfitUnknown) {
        withoutFacts.add(b.preference());
      }
    }
    steps.add(Step.computed(EitStep.TOTAL_BENEFIT, Cny.ofFen(w.none().line28 - o.line28), List.of(),
        Cny.ofFen(w.none().line28), Cny.ofFen(o.line28), Cny.ofFen(w.none().line28 - o.line28)));
    if (w.none().smallLowProfitUnknown) {
      withoutFacts.add(null);
    }
    if (w.benefits().size() > 1) {
      warnings.add(Step.of(EitStep.BENEFITS_DO_NOT_ADD, Cny.ofFen(sum), Cny.ofFen(w.none().line28 - o.line28)));
    }
    if (!withoutFacts.isEmpty()) {
      warnings.add(Step.of(EitStep.BENEFIT_WITHOUT_FACTS, withoutFacts.contains(null)
          ? Phrase.of("eit.benefit.all") : withoutFacts));
    }
  }
}
