package org.zhongchuang.policy.tax;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.BoundType;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import com.google.common.collect.RangeMap;
import com.google.common.collect.TreeRangeMap;
import java.io.Serializable;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.batch.Batch;
import org.zhongchuang.policy.batch.CaseOutcome;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.Confidence;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.Restatement;
import org.zhongchuang.policy.catalogue.SmallLowProfitCriteria;
import org.zhongchuang.policy.catalogue.SmallLowProfitRelief;
import org.zhongchuang.policy.catalogue.SplitYearApportionment;
import org.zhongchuang.policy.catalogue.TaxRate;
import org.zhongchuang.policy.catalogue.Terms;
import org.zhongchuang.policy.explain.Explanation;
import org.zhongchuang.policy.explain.LegacyText;
import org.zhongchuang.policy.explain.Step;
import org.zhongchuang.policy.law.Applicability;
import org.zhongchuang.policy.law.Citation;
import org.zhongchuang.policy.law.IssueDate;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.tax.ConditionCheck.Condition;
import org.zhongchuang.policy.tax.ConditionCheck.Outcome;
import org.zhongchuang.policy.text.Text;

/**
 * Assesses the enterprise income tax of a small low-profit enterprise (小型微利企业, PROVISIONS.md §2) for a tax year
 * and a jurisdiction, reading every rate, band, ceiling and date from a {@link Catalogue}.
 *
 * <p>The rules it applies, all over the provisions in force during the tax year in the enterprise's jurisdiction
 * chain (a provision whose being in force is uncertain is not relied on, and a warning says so):
 * <ul>
 *   <li>Eligibility: the newest {@link SmallLowProfitCriteria} by document issue date decides; an enterprise that is
 *       not eligible pays the statutory rate ({@link TaxRate.Kind#STATUTORY}) on all its income — the cliff above each
 *       ceiling is real.
 *   <li>Bands: on the income axis {@code (0, income]} the plain small low-profit rate lies beneath; each
 *       {@link SmallLowProfitRelief} is laid over it oldest first, a {@code WHOLE_INCOME} row over all of the income
 *       when the income lies in its band, a {@code PORTION} row over its band; so the newest row granting a slice
 *       wins, and older rows granting the same are named as also in force.
 *   <li>Split year: a {@code WHOLE_INCOME} relief that starts during the year, with a {@link SplitYearApportionment}
 *       for the year in force, relieves only income × (months operated after the start ÷ months operated in the
 *       year) for an enterprise established before the start; the rest pays the plain small low-profit rate.
 * </ul>
 *
 * <p>Each band's tax is rounded half-up to the fen once; the tax due is the sum of the band taxes; the relief is the
 * standard tax minus the tax due.
 *
 * <p>Two computations apply these rules. The <em>reference</em> ({@code Run}) does it as written above, step by step,
 * writing the explanation as it goes. For speed, the choice of provisions for each tax year and jurisdiction is
 * compiled, on first use, into a plan ({@code TaxPlan}), from which {@link #assess} computes eligibility and the
 * amounts in {@code long} fen; the {@link TaxAssessment} runs the reference when its explanation is first read and
 * checks that both agree. What a plan cannot express runs the reference at once.
 *
 * <p>{@link #assess} is a pure function, and this class is thread-safe: its only change after construction is filling
 * a slot of its plan table once, with a value that is a function of the slot alone.
 */
public final class SmallLowProfitTaxCalculator implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Oldest first by the document's issue date (the latest it can be), then deterministically. */
  private static final Comparator<Provision> ISSUE_ORDER =
      Comparator.comparing((Provision p) -> p.citation().document().issued().latest())
          .thenComparing(p -> p.citation().document().issued().earliest())
          .thenComparing(p -> p.validity().earliestStart())
          .thenComparing(Provision::id);

  private static final SmallLowProfitTaxCalculator BUILT_IN = new SmallLowProfitTaxCalculator(Catalogue.builtIn());

  private final Catalogue catalogue;
  private final ImmutableList<Provision> rates;
  private final ImmutableList<Provision> criteria;
  private final ImmutableList<Provision> reliefs;
  private final ImmutableList<Provision> apportionments;
  private final ImmutableList<Provision> restatements;
  /** See {@link YearStatuses}; rebuilt, not serialized. */
  private final transient YearStatuses statuses;
  /** See {@link Plans}; rebuilt, not serialized. */
  private final transient Plans plans;

  /**
   * @param catalogue the provisions to read, not null
   */
  public SmallLowProfitTaxCalculator(Catalogue catalogue) {
    this.catalogue = requireNonNull(catalogue, "catalogue");
    this.rates = byIssue(TaxRate.class);
    this.criteria = byIssue(SmallLowProfitCriteria.class);
    this.reliefs = byIssue(SmallLowProfitRelief.class);
    this.apportionments = byIssue(SplitYearApportionment.class);
    this.restatements = byIssue(Restatement.class);
    this.statuses = new YearStatuses(ImmutableList.<Provision>builder().addAll(rates).addAll(criteria).addAll(reliefs)
        .addAll(apportionments).addAll(restatements).build());
    this.plans = new Plans();
  }

  private Object readResolve() {
    return new SmallLowProfitTaxCalculator(catalogue);
  }

  /** The built-in calculator travels as a token, not as its catalogue: each JVM has its own. */
  private Object writeReplace() {
    return catalogue == Catalogue.builtIn() ? new BuiltInToken() : this;
  }

  /** What {@link #builtIn()} is serialized as. */
  private static final class BuiltInToken implements Serializable {
    private static final long serialVersionUID = 1L;

    private Object readResolve() {
      return BUILT_IN;
    }
  }

  /**
   * Each provision's {@link Provision#statusDuring} for every tax year from the first to one past the last year its
   * catalogue's dates name, computed once per calculator: an assessment asks it of every tax provision, and each
   * answer builds its reason in two languages. Other years, and provisions not of this catalogue, are computed live.
   */
  private static final class YearStatuses {
    private final int firstYear;
    private final int count;
    /** Whether the last year held lies after every date: every later year then has the same statuses. */
    private final boolean steadyAfter;
    private final Map<Provision, Applicability[]> byProvision = new IdentityHashMap<>();

    YearStatuses(List<Provision> provisions) {
      int first = Integer.MAX_VALUE;
      int last = Integer.MIN_VALUE;
      for (Provision p : provisions) {
        for (LocalDate day : ImmutableList.of(p.validity().earliestStart(), p.validity().latestStart(),
            p.validity().earliestEnd(), p.validity().latestEnd())) {
          if (!day.equals(LocalDate.MIN) && !day.equals(LocalDate.MAX)) {
            first = Math.min(first, day.getYear());
            last = Math.max(last, day.getYear() + 1);
          }
        }
      }
      this.firstYear = first;
      // No dated provision: nothing to hold. A span of centuries (a custom catalogue) is held for its first 200 years.
      this.count = first <= last ? Math.min(last - first + 1, 200) : 0;
      this.steadyAfter = count == last - first + 1;
      for (Provision p : provisions) {
        Applicability[] years = new Applicability[count];
        for (int i = 0; i < years.length; i++) {
          years[i] = p.statusDuring(Year.of(first + i));
        }
        byProvision.put(p, years);
      }
    }

    /** The first year held; with {@link #count}, the years a plan is compiled for. */
    int firstYear() {
      return firstYear;
    }

    int count() {
      return count;
    }

    boolean steadyAfter() {
      return steadyAfter;
    }

    Applicability during(Provision p, Year year) {
      Applicability[] years = byProvision.get(p);
      int i = year.getValue() - firstYear;
      return years != null && i >= 0 && i < years.length ? years[i] : p.statusDuring(year);
    }
  }

  /**
   * A {@link TaxPlan} for every tax year {@link YearStatuses} holds and every jurisdiction a tax provision names,
   * compiled once per calculator, on first use; {@code null} where the plan cannot express the year (the reference
   * computation then runs). A year after the last one held has the last one's plan: no provision's status changes
   * after that. A jurisdiction that names no provision gets the plans of the nearest one it lies within that does:
   * the provisions applying along its chain are the same.
   */
  private final class Plans {
    private final Jurisdiction[] places;
    /**
     * Slot {@code place × years + year}: empty until first asked for, then the compiled plan, or an empty Optional
     * where the reference decides. Compiled on first use, not all at once: a one-shot command asks for one year in
     * one place. Filling a slot is the only change ever made; it is a pure function of the slot, so two threads that
     * compile the same slot compile equal plans, and the first one stored is kept.
     */
    private final AtomicReferenceArray<Optional<TaxPlan>> compiled;

    Plans() {
      this.places = Stream.of(rates, criteria, reliefs, apportionments, restatements).flatMap(List::stream)
          .map(Provision::jurisdiction).distinct().toArray(Jurisdiction[]::new);
      this.compiled = new AtomicReferenceArray<>(places.length * statuses.count());
    }

    private TaxPlan compiled(int place, int year) {
      int slot = place * statuses.count() + year;
      Optional<TaxPlan> plan = compiled.get(slot);
      if (plan == null) {
        compiled.compareAndSet(slot, null,
            TaxPlan.compile(new Run(Year.of(statuses.firstYear() + year), places[place], null).choice()));
        plan = compiled.get(slot);
      }
      return plan.orElse(null);
    }

    /** The plan for the year and place, or null: the reference computation decides. */
    TaxPlan plan(Year year, Jurisdiction jurisdiction) {
      int years = statuses.count();
      int i = year.getValue() - statuses.firstYear();
      if (i >= years && statuses.steadyAfter()) {
        // The last year held lies after every date of the catalogue, so a later year chooses the same provisions.
        i = years - 1;
      }
      if (i < 0 || i >= years) {
        return null;
      }
      for (Jurisdiction at = jurisdiction; at != null; at = at.parent().orElse(null)) {
        for (int k = 0; k < places.length; k++) {
          if (places[k].equals(at)) {
            return compiled(k, i);
          }
        }
      }
      return null;
    }
  }

  /** A calculator over {@link Catalogue#builtIn()}. */
  public static SmallLowProfitTaxCalculator builtIn() {
    return BUILT_IN;
  }

  /** The catalogue it reads. */
  public Catalogue catalogue() {
    return catalogue;
  }

  private ImmutableList<Provision> byIssue(Class<? extends Terms> kind) {
    return catalogue.withTerms(kind).stream().sorted(ISSUE_ORDER).collect(ImmutableList.toImmutableList());
  }

  /**
   * Assesses one enterprise for one tax year.
   *
   * @param taxYear the tax (calendar) year, not null
   * @param jurisdiction where the enterprise is; national provisions and those of every jurisdiction it lies within
   *     apply, not null
   * @param facts the enterprise's facts, not null
   * @return the assessment, with its explanation
   * @throws UnsupportedTaxYearException if the catalogue holds no statutory rate for the year (before 2008 in the
   *     built-in catalogue), or no eligibility criteria or small low-profit rate a result needs
   * @throws MissingFactsException if the year's criteria distinguish industries and no industry was given, or the
   *     split year needs the establishment date and none was given
   * @throws PolicyInputException if the enterprise was established after the tax year
   */
  public TaxAssessment assess(Year taxYear, Jurisdiction jurisdiction, EnterpriseFacts facts) {
    requireNonNull(taxYear, "taxYear");
    requireNonNull(jurisdiction, "jurisdiction");
    requireNonNull(facts, "facts");
    TaxPlan plan = plans.plan(taxYear, jurisdiction);
    if (plan != null) {
      Cny income = facts.taxableIncome();
      TaxPlan.Verdict verdict = plan.eligibility(facts, income.toFen());
      LocalDate established = facts.establishedOrNull();
      // Undecided facts and an impossible establishment date go to the reference, which refuses them.
      if (verdict != TaxPlan.Verdict.UNDECIDED
          && (established == null || established.getYear() <= taxYear.getValue())) {
        boolean eligible = verdict == TaxPlan.Verdict.ELIGIBLE;
        long standardTax = plan.standardTax(income);
        long taxDue = eligible ? plan.reliefTaxDue(income, established) : standardTax;
        if (taxDue != TaxPlan.REFERENCE) {
          return new TaxAssessment(this, taxYear, jurisdiction, facts, eligible, taxDue, standardTax);
        }
      }
    }
    return new TaxAssessment(this, taxYear, jurisdiction, facts, reference(taxYear, jurisdiction, facts));
  }

  /**
   * The reference computation: every provision chosen, every step written, in two languages. {@link #assess} uses it
   * where no plan applies; a {@link TaxAssessment} uses it to build its explanation when read.
   */
  TaxDetail reference(Year taxYear, Jurisdiction jurisdiction, EnterpriseFacts facts) {
    return new Run(taxYear, jurisdiction, facts).assess();
  }

  /** The compiled plan for the year and place, or null where the reference computation decides. */
  TaxPlan plan(Year taxYear, Jurisdiction jurisdiction) {
    return plans.plan(taxYear, jurisdiction);
  }

  /** An assessment computed by the reference alone, for tests comparing it with {@link #assess}. */
  TaxAssessment assessByReference(Year taxYear, Jurisdiction jurisdiction, EnterpriseFacts facts) {
    return new TaxAssessment(this, taxYear, jurisdiction, facts, reference(taxYear, jurisdiction, facts));
  }

  /**
   * Assesses one case; the same as {@code assess(c.taxYear(), c.jurisdiction(), c.facts())}.
   *
   * @param taxCase not null
   * @return the assessment
   * @throws PolicyInputException as {@link #assess(Year, Jurisdiction, EnterpriseFacts)}
   */
  public TaxAssessment assess(TaxCase taxCase) {
    requireNonNull(taxCase, "taxCase");
    return assess(taxCase.taxYear(), taxCase.jurisdiction(), taxCase.facts());
  }

  /**
   * Assesses a population, lazily, one outcome per case in the cases' order, on a sequential or a parallel stream;
   * a refused case becomes an {@link CaseOutcome.Refused} with the reason and the batch goes on.
   *
   * @param cases not null, with no null element
   * @return the outcomes, in order
   */
  public Stream<CaseOutcome<TaxCase, TaxAssessment>> assessAll(Stream<TaxCase> cases) {
    return Batch.assessAll(cases, this::assess);
  }

  /**
   * One assessment in progress: the year's provisions, and the steps and warnings gathered so far. Without facts
   * (null) it only chooses the year's provisions, for a {@link TaxPlan}.
   */
  private final class Run {
    private final Year year;
    private final Jurisdiction jurisdiction;
    private final EnterpriseFacts facts;
    private final Cny income;
    private final List<Step> steps = new ArrayList<>();
    private final Set<Text> warnings = new LinkedHashSet<>();
    private final Set<Provision> reliedOn = new LinkedHashSet<>();

    Run(Year year, Jurisdiction jurisdiction, EnterpriseFacts facts) {
      this.year = year;
      this.jurisdiction = jurisdiction;
      this.facts = facts;
      this.income = facts == null ? null : facts.taxableIncome();
    }

    /** The provisions the reference computation would use this year here, whatever the enterprise. */
    TaxPlan.Choice choice() {
      List<Provision> yearReliefs = inForce(reliefs);
      boolean apportioned = apportionment().isPresent();
      List<Provision> splitting = yearReliefs.stream().filter(p -> apportioned && startsInYear(p))
          .collect(ImmutableList.toImmutableList());
      return new TaxPlan.Choice(year, newest(inForceRates(TaxRate.Kind.STATUTORY)).orElse(null),
          newest(inForce(criteria)).orElse(null), newest(inForceRates(TaxRate.Kind.SMALL_LOW_PROFIT)).orElse(null),
          yearReliefs, splitting);
    }

    /** A whole-income relief that starts after 1 January of the year: its year may be split (61号). */
    private boolean startsInYear(Provision granter) {
      return granter.terms() instanceof SmallLowProfitRelief r
          && r.application() == SmallLowProfitRelief.Application.WHOLE_INCOME
          && granter.validity().firstDay().filter(d -> d.getYear() == year.getValue() && d.getDayOfYear() > 1)
              .isPresent();
    }

    /** The newest split-year rule in force for the year. */
    private Optional<Provision> apportionment() {
      return newest(apportionments.stream()
          .filter(p -> ((SplitYearApportionment) p.terms()).taxYear().equals(year)).filter(this::inForce)
          .collect(ImmutableList.toImmutableList()));
    }

    TaxDetail assess() {
      Provision statutory = newest(inForceRates(TaxRate.Kind.STATUTORY)).orElseThrow(this::beforeKnownLaw);
      Optional<LocalDate> established = facts.established();
      if (established.isPresent() && established.get().getYear() > year.getValue()) {
        throw new PolicyInputException("the enterprise was established on " + established.get() + ", after tax year "
            + year + "; accepted: an establishment date on or before " + year.atMonth(12).atEndOfMonth());
      }
      Eligibility eligibility = eligibility();
      reliedOn.add(statutory);

      List<TaxBand> bands;
      if (!income.isPositive()) {
        bands = ImmutableList.of();
        steps.add(LegacyText.computation(
            Text.of("应纳税所得额为 " + income.format() + " 元，不大于零（亏损或无所得年度），无应纳税额",
                "taxable income is " + income.format() + ", not above zero (a loss or nil year): no tax is due"),
            "max(0, " + income.format() + ") = 0.00", Cny.ZERO, ImmutableList.of()));
      } else if (!eligibility.eligible()) {
        bands = ImmutableList.of(band(whole(), Share.ONE, income, statutory, ImmutableList.of(), ImmutableList.of()));
        addBandStep(bands.get(0), Text.of("不符合小型微利企业条件，全部所得按法定税率：", "not a small low-profit enterprise:"
            + " all income at the statutory rate: "));
      } else {
        bands = reliefBands();
      }
      bands.forEach(b -> {
        reliedOn.add(b.grantedBy());
        reliedOn.addAll(b.apportionedBy());
        reliedOn.addAll(b.restatedBy());
      });

      Cny taxDue = Cny.total(bands.stream().map(TaxBand::tax).collect(ImmutableList.toImmutableList()));
      Cny standardTax = income.isPositive()
          ? income.multipliedBy(rate(statutory), RoundingMode.HALF_UP) : Cny.ZERO;
      Cny relief = standardTax.minus(taxDue);
      Share effectiveRate = income.isPositive() ? Share.ofFraction(taxDue.toFen(), income.toFen()) : Share.ZERO;

      if (bands.size() > 1) {
        steps.add(LegacyText.computation(Text.of("各档税额合计为应纳税额", "the band taxes add up to the tax due"),
            bands.stream().map(b -> b.tax().format()).collect(Collectors.joining(" + ")) + " = " + taxDue.format(),
            taxDue, ImmutableList.of()));
      }
      if (income.isPositive()) {
        steps.add(LegacyText.computation(
            Text.of("按法定税率计算的应纳税额（" + ref(statutory).zh() + "）",
                "tax at the statutory rate (" + ref(statutory).en() + ")"),
            income.format() + " × " + rate(statutory) + " = " + standardTax.format(), standardTax,
            ImmutableList.of(statutory.citation())));
        steps.add(LegacyText.computation(
            Text.of("减免税额 = 法定税率税额 − 应纳税额；实际税负 = 应纳税额 ÷ 应纳税所得额 = " + effectiveRate,
                "relief = tax at the statutory rate − tax due; effective rate = tax due ÷ taxable income = "
                    + effectiveRate),
            standardTax.format() + " − " + taxDue.format() + " = " + relief.format() + "; " + taxDue.format() + " ÷ "
                + income.format() + " = " + effectiveRate,
            relief, ImmutableList.of()));
      }
      lastKnownReliefWarning();
      reliedOn.forEach(this::provenanceWarnings);

      Explanation explanation = LegacyText.explanation(steps, ImmutableList.copyOf(warnings));
      return new TaxDetail(eligibility, bands, taxDue, standardTax, explanation);
    }

    // ------------------------------------------------------------------------------------------ eligibility

    private Eligibility eligibility() {
      List<Provision> known = inForce(criteria);
      Provision chosen = newest(known).orElseThrow(() -> new UnsupportedTaxYearException(year,
          "the catalogue holds no small low-profit enterprise criteria in force in tax year " + year
              + "; accepted: a tax year for which a SmallLowProfitCriteria provision is in force"));
      reliedOn.add(chosen);
      LocalDate firstDay = year.atDay(1);
      criteria.stream()
          .filter(p -> applies(p) && p.validity().latestEnd().isBefore(firstDay) && ISSUE_ORDER.compare(p, chosen) > 0)
          .reduce((a, b) -> b)
          .ifPresent(expired -> warnings.add(Text.of(
              "较新的认定条件 " + ref(expired).zh() + " 已于 " + expired.validity().latestEnd() + " 期满，" + year
                  + " 年度无已知的新规定，回退适用 " + ref(chosen).zh(),
              "the newer criteria " + ref(expired).en() + " ended " + expired.validity().latestEnd()
                  + "; no newer criteria are known for " + year + ", so " + ref(chosen).en() + " applies")));

      SmallLowProfitCriteria c = (SmallLowProfitCriteria) chosen.terms();
      List<ConditionCheck> checks = new ArrayList<>();
      checks.add(facts.restrictedOrProhibitedIndustry()
          ? new ConditionCheck(Condition.NOT_RESTRICTED_INDUSTRY, Outcome.FAILED,
              Text.of("从事国家限制或禁止行业", "in a restricted or prohibited industry"))
          : new ConditionCheck(Condition.NOT_RESTRICTED_INDUSTRY, Outcome.MET,
              Text.of("从事国家非限制和禁止行业", "in no restricted or prohibited industry")));
      checks.add(limit(Condition.TAXABLE_INCOME, "年度应纳税所得额", "annual taxable income", income,
          c.incomeCeiling()));
      if (facts.sizeAsserted()) {
        Text asserted = Text.of("（未提供，由调用方声明符合）", " (not given; asserted by the caller)");
        checks.add(new ConditionCheck(Condition.EMPLOYEES, Outcome.ASSERTED, Text.of("从业人数", "employees").plus(asserted)));
        checks.add(new ConditionCheck(Condition.TOTAL_ASSETS, Outcome.ASSERTED, Text.of("资产总额", "total assets")
            .plus(asserted)));
        warnings.add(Text.of("从业人数和资产总额未提供：小型微利企业资格依调用方的声明认定，未经核实",
            "employees and total assets were not given: eligibility rests on the caller's assertion, unchecked"));
      } else {
        boolean sameLimits = c.sameForEveryIndustry();
        // Where both classes share the limits (from 2019) the industry cannot change the outcome, so none is needed.
        Industry industry = sameLimits ? facts.industry().orElse(Industry.OTHER) : facts.industry().orElseThrow(
            () -> new MissingFactsException(ImmutableList.of("industry"), "the criteria of tax year " + year + " ("
                + chosen.citation().reference() + ") set different employee and asset limits for industrial and"
                + " other enterprises; give industry(Industry.INDUSTRIAL or Industry.OTHER)"));
        boolean industrial = industry == Industry.INDUSTRIAL;
        String who = sameLimits ? "" : industry.label().zh();
        String whoEn = sameLimits ? "" : industry.label().en() + ": ";
        int employees = facts.employees().orElseThrow();
        int maxEmployees = industrial ? c.industrialEmployees() : c.otherEmployees();
        checks.add(new ConditionCheck(Condition.EMPLOYEES, employees <= maxEmployees ? Outcome.MET : Outcome.FAILED,
            Text.of(who + "从业人数 " + employees + (employees <= maxEmployees ? " ≤ " : " > ") + maxEmployees,
                whoEn + "employees " + employees + (employees <= maxEmployees ? " ≤ " : " > ") + maxEmployees)));
        checks.add(limit(Condition.TOTAL_ASSETS, who + "资产总额", whoEn + "total assets",
            facts.totalAssets().orElseThrow(), industrial ? c.industrialAssets() : c.otherAssets()));
      }
      Eligibility result = new Eligibility(chosen, checks);
      String detailsZh = checks.stream().map(k -> k.detail().zh()).collect(Collectors.joining("；"));
      String detailsEn = checks.stream().map(k -> k.detail().en()).collect(Collectors.joining("; "));
      String failedZh = result.failed().stream().map(k -> k.detail().zh()).collect(Collectors.joining("；"));
      String failedEn = result.failed().stream().map(k -> k.detail().en()).collect(Collectors.joining("; "));
      steps.add(LegacyText.decision(Text.of(
          year + " 年度小型微利企业认定条件依 " + ref(chosen).zh() + "：" + c.summary().zh() + "。本企业：" + detailsZh + "。"
              + (result.eligible() ? "结论：属于小型微利企业" : "结论：不属于小型微利企业（未满足：" + failedZh + "）"),
          "who is a small low-profit enterprise in " + year + " per " + ref(chosen).en() + ": " + c.summary().en()
              + ". This enterprise: " + detailsEn + ". "
              + (result.eligible() ? "It is a small low-profit enterprise."
                  : "It is not a small low-profit enterprise (failed: " + failedEn + ").")),
          chosen.citation()));
      return result;
    }

    private ConditionCheck limit(Condition condition, String zh, String en, Cny value, Cny max) {
      boolean met = !value.isGreaterThan(max);
      String op = met ? " ≤ " : " > ";
      return new ConditionCheck(condition, met ? Outcome.MET : Outcome.FAILED,
          Text.of(zh + " " + value.format() + op + max.format(), en + " " + value.format() + op + max.format()));
    }

    // ------------------------------------------------------------------------------------------ bands

    private List<TaxBand> reliefBands() {
      Provision slpe = newest(inForceRates(TaxRate.Kind.SMALL_LOW_PROFIT)).orElseThrow(
          () -> new UnsupportedTaxYearException(year, "the catalogue holds no small low-profit enterprise rate"
              + " (TaxRate SMALL_LOW_PROFIT) in force in tax year " + year));
      List<Provision> yearReliefs = inForce(reliefs);
      RangeMap<Cny, Provision> grants = TreeRangeMap.create();
      grants.put(whole(), slpe);
      for (Provision relief : yearReliefs) {
        coverage(relief).ifPresent(range -> grants.putCoalescing(range, relief));
      }

      List<TaxBand> bands = new ArrayList<>();
      for (Map.Entry<Range<Cny>, Provision> segment : grants.asMapOfRanges().entrySet()) {
        Range<Cny> range = segment.getKey();
        Provision granter = segment.getValue();
        Cny width = range.upperEndpoint().minus(range.lowerEndpoint());
        if (width.isZero()) {
          continue;
        }
        List<Provision> alsoInForce = yearReliefs.stream()
            .filter(p -> p != granter && sameGrant(p, granter)
                && coverage(p).filter(c -> c.isConnected(range) && !c.intersection(range).isEmpty()).isPresent())
            .collect(ImmutableList.toImmutableList());
        List<Provision> restated = restatementsOf(granter, alsoInForce);
        Optional<Provision> apportionment = startsInYear(granter) ? apportionment() : Optional.empty();
        if (apportionment.isPresent()) {
          bands.addAll(splitYear(range, width, granter, slpe, alsoInForce, restated, apportionment.get()));
          continue;
        }
        if (!coversWholeYear(granter)) {
          warnings.add(Text.of(ref(granter).zh() + " 仅在 " + year + " 年度的部分时间有效（" + granter.validity()
                  + "），目录中没有该年度的划分规则：按全年适用计算",
              ref(granter).en() + " is in force for only part of tax year " + year + " (" + granter.validity()
                  + ") and the catalogue holds no apportionment rule for the year: applied to the whole year"));
        }
        TaxBand band = band(range, Share.ONE, width, granter, alsoInForce, restated);
        bands.add(band);
        addBandStep(band, Text.of("", ""));
      }
      return bands;
    }

    /** 国家税务总局公告2015年第61号: the relieved share of the year follows the months operated after the start. */
    private List<TaxBand> splitYear(Range<Cny> range, Cny width, Provision granter, Provision slpe,
        List<Provision> alsoInForce, List<Provision> restated, Provision apportionment) {
      LocalDate start = granter.validity().firstDay().orElseThrow();
      LocalDate established = facts.established().orElseThrow(() -> new MissingFactsException(
          ImmutableList.of("established"), "in tax year " + year + " the relief of " + granter.citation().reference()
              + " starts on " + start + " and " + apportionment.citation().reference() + " apportions the year's"
              + " income by months operated before and after that day, counted from the month of establishment (tax"
              + " registration); give established(LocalDate)"));
      ImmutableList<Provision> apportioned = ImmutableList.of(apportionment);
      if (!established.isBefore(start)) {
        steps.add(LegacyText.decision(Text.of(
            "本企业成立于 " + established + "，不早于 " + start + "：依 " + ref(apportionment).zh() + " 全年享受优惠",
            "established " + established + ", not before " + start + ": per " + ref(apportionment).en()
                + " the relief applies to the whole year"), apportionment.citation()));
        TaxBand band = band(range, Share.ONE, width, granter, alsoInForce, restated, apportioned);
        addBandStep(band, Text.of("", ""));
        return ImmutableList.of(band);
      }
      int monthsOperated = established.getYear() == year.getValue() ? 13 - established.getMonthValue() : 12;
      int monthsAfter = 13 - start.getMonthValue();
      Share after = Share.ofFraction(monthsAfter, monthsOperated);
      Cny relieved = width.multipliedBy(after, RoundingMode.HALF_UP);
      Cny rest = width.minus(relieved);
      steps.add(LegacyText.computation(Text.of(
          "本企业成立于 " + established + "，早于 " + start + "：依 " + ref(apportionment).zh() + "，" + year + " 年度经营 "
              + monthsOperated + " 个月，其中 " + start + " 后 " + monthsAfter + " 个月；该部分所得享受优惠，其余所得按小型微利企业税率",
          "established " + established + ", before " + start + ": per " + ref(apportionment).en() + ", " + monthsOperated
              + " months operated in " + year + ", " + monthsAfter + " of them from " + start
              + "; that share of income is relieved, the rest pays the small low-profit rate"),
          width.format() + " × " + monthsAfter + "/" + monthsOperated + " = " + relieved.format() + "; "
              + width.format() + " − " + relieved.format() + " = " + rest.format(),
          relieved, ImmutableList.of(apportionment.citation())));
      TaxBand relievedBand = band(range, after, relieved, granter, alsoInForce, restated, apportioned);
      TaxBand restBand = band(range, after.complement(), rest, slpe, ImmutableList.of(), ImmutableList.of(),
          apportioned);
      addBandStep(relievedBand, Text.of(start + " 后经营月份的所得（" + after.numerator() + "/" + after.denominator() + "）：",
          "income of the months from " + start + " (" + after.numerator() + "/" + after.denominator() + "): "));
      addBandStep(restBand, Text.of(start + " 前经营月份的所得：", "income of the months before " + start + ": "));
      return ImmutableList.of(relievedBand, restBand);
    }

    private TaxBand band(Range<Cny> range, Share yearShare, Cny amount, Provision granter,
        List<Provision> alsoInForce, List<Provision> restated) {
      return band(range, yearShare, amount, granter, alsoInForce, restated, ImmutableList.of());
    }

    private TaxBand band(Range<Cny> range, Share yearShare, Cny amount, Provision granter,
        List<Provision> alsoInForce, List<Provision> restated, List<Provision> apportionedBy) {
      Share inclusion = inclusion(granter);
      Share rate = rate(granter);
      Cny tax = amount.multipliedBy(inclusion.times(rate), RoundingMode.HALF_UP);
      return new TaxBand(range, yearShare, amount, inclusion, rate, tax, granter, alsoInForce, restated,
          apportionedBy);
    }

    private void addBandStep(TaxBand band, Text prefix) {
      Text also = refs(band.alsoInForce());
      Text local = refs(band.restatedBy());
      Text description = prefix.plus(Text.of(
          "应纳税所得额 " + describe(band.incomeRange()) + " 部分，依 " + ref(band.grantedBy()).zh() + "：" + treatment(band).zh()
              + (also.zh().isEmpty() ? "" : "（同样有效：" + also.zh() + "）")
              + (local.zh().isEmpty() ? "" : "；本地重申：" + local.zh()),
          "taxable income " + describe(band.incomeRange()) + ", per " + ref(band.grantedBy()).en() + ": "
              + treatment(band).en() + (also.en().isEmpty() ? "" : " (also in force: " + also.en() + ")")
              + (local.en().isEmpty() ? "" : "; restated locally by " + local.en())));
      String formula = band.amount().format()
          + (band.inclusion().equals(Share.ONE) ? "" : " × " + band.inclusion()) + " × " + band.rate() + " = "
          + band.tax().format();
      steps.add(LegacyText.computation(description, formula, band.tax(), band.citations()));
    }

    private Text treatment(TaxBand band) {
      return band.inclusion().equals(Share.ONE)
          ? Text.of("按 " + band.rate() + " 的税率", "taxed at " + band.rate())
          : Text.of("减按 " + band.inclusion() + " 计入应纳税所得额，按 " + band.rate() + " 的税率",
              "counted at " + band.inclusion() + ", taxed at " + band.rate());
    }

    /** Where a relief lies on the income axis for this income, if anywhere. */
    private Optional<Range<Cny>> coverage(Provision relief) {
      SmallLowProfitRelief r = (SmallLowProfitRelief) relief.terms();
      Range<Cny> whole = whole();
      if (r.application() == SmallLowProfitRelief.Application.WHOLE_INCOME) {
        return r.band().contains(income) ? Optional.of(whole) : Optional.empty();
      }
      Range<Cny> band = range(r.band());
      if (!band.isConnected(whole)) {
        return Optional.empty();
      }
      Range<Cny> slice = band.intersection(whole);
      return slice.isEmpty() ? Optional.empty() : Optional.of(slice);
    }

    private Range<Cny> whole() {
      return Range.openClosed(Cny.ZERO, income);
    }

    private List<Provision> restatementsOf(Provision granter, List<Provision> alsoInForce) {
      Set<String> ids = new LinkedHashSet<>();
      ids.add(granter.id());
      alsoInForce.forEach(p -> ids.add(p.id()));
      return restatements.stream().filter(this::inForce).filter(p -> {
        Restatement r = (Restatement) p.terms();
        return ids.contains(r.restatedId()) && (!r.incubatedStartUpsOnly() || facts.incubatedStartUp());
      }).collect(ImmutableList.toImmutableList());
    }

    // ------------------------------------------------------------------------------------------ provisions

    /** In force during the year in the jurisdiction chain; uncertain ones are left out, with a warning. */
    private List<Provision> inForce(List<Provision> kind) {
      return kind.stream().filter(this::inForce).collect(ImmutableList.toImmutableList());
    }

    private List<Provision> inForceRates(TaxRate.Kind rateKind) {
      return inForce(rates.stream().filter(p -> ((TaxRate) p.terms()).kind() == rateKind)
          .collect(ImmutableList.toImmutableList()));
    }

    private boolean inForce(Provision p) {
      if (!applies(p)) {
        return false;
      }
      Applicability status = statuses.during(p, year);
      if (status.isUncertain()) {
        warnings.add(Text.of(ref(p).zh() + " 在 " + year + " 年度是否有效无法确定，未予适用：",
            ref(p).en() + " is not relied on: whether it is in force in " + year + " is uncertain: ")
            .plus(status.reasonText()));
      }
      return status.isInForce();
    }

    private boolean applies(Provision p) {
      return jurisdiction.isWithin(p.jurisdiction());
    }

    /**
     * Certainly in force on the year's first and last days: {@code statusOn(day).isInForce()} for both, which holds
     * exactly when the latest possible start is on or before 1 January and the earliest possible end on or after
     * 31 December (read from the bounds, without building the two status texts).
     */
    private boolean coversWholeYear(Provision p) {
      return !p.validity().latestStart().isAfter(year.atDay(1))
          && !p.validity().earliestEnd().isBefore(year.atMonth(12).atEndOfMonth());
    }

    private Optional<Provision> newest(List<Provision> inIssueOrder) {
      return inIssueOrder.isEmpty() ? Optional.empty() : Optional.of(inIssueOrder.get(inIssueOrder.size() - 1));
    }

    private UnsupportedTaxYearException beforeKnownLaw() {
      List<Provision> statutory = rates.stream()
          .filter(p -> applies(p) && ((TaxRate) p.terms()).kind() == TaxRate.Kind.STATUTORY)
          .collect(ImmutableList.toImmutableList());
      if (statutory.isEmpty()) {
        return new UnsupportedTaxYearException(year, "the catalogue holds no statutory enterprise income tax rate");
      }
      Provision first = statutory.stream().min(Comparator.comparing(p -> p.validity().earliestStart())).orElseThrow();
      return new UnsupportedTaxYearException(year, "tax year " + year + " is outside the catalogue: it knows"
          + " enterprise income tax from " + first.validity().earliestStart() + " (" + first.citation().reference()
          + ", in force " + first.validity() + "); accepted: tax years in which it is in force");
    }

    /** §2.4: a year past the last known relief gets no invented extension, and says so. */
    private void lastKnownReliefWarning() {
      // An open-ended relief (latest end LocalDate.MAX) is the last known one and never ends: no warning.
      reliefs.stream().filter(this::applies)
          .max(Comparator.comparing((Provision p) -> p.validity().latestEnd()).thenComparing(ISSUE_ORDER))
          .filter(last -> last.validity().latestEnd().isBefore(year.atDay(1)))
          .ifPresent(last -> warnings.add(Text.of(
              year + " 年度无已知的小型微利企业所得税优惠规定：已知最后一项 " + ref(last).zh() + " 于 "
                  + last.validity().latestEnd() + " 期满；不推定其延续，符合条件的小型微利企业仅适用法定的小型微利企业税率",
              "no small low-profit enterprise relief is known for " + year + ": the last known one, "
                  + ref(last).en() + ", ended " + last.validity().latestEnd()
                  + "; no extension is assumed, so a qualifying enterprise pays only the statutory small low-profit"
                  + " rate")));
    }

    private void provenanceWarnings(Provision p) {
      p.modification().ifPresent(what -> warnings.add(Text.of(ref(p).zh() + " 已被修改：", ref(p).en() + " was"
          + " modified: ").plus(what)));
      IssueDate issued = p.citation().document().issued();
      if (issued instanceof IssueDate.Window w) {
        warnings.add(Text.of(p.citation().document().reference() + " 的发文日期仅知在 " + w.earliest() + " 至 "
                + w.latest() + " 之间（仅用于判断新旧顺序）：",
            p.citation().document().reference() + " was issued on an unknown day between " + w.earliest() + " and "
                + w.latest() + " (used only to order provisions): ").plus(w.reason()));
      }
      if (p.confidence() != Confidence.CONFIRMED) {
        warnings.add(Text.of(ref(p).zh() + " 的内容未经原文证实（" + p.confidence() + "）",
            ref(p).en() + " is not confirmed from an official text (" + p.confidence() + ")"));
      }
    }
  }

  // -------------------------------------------------------------------------------------------- terms

  private static boolean sameGrant(Provision a, Provision b) {
    return inclusion(a).equals(inclusion(b)) && rate(a).equals(rate(b));
  }

  static Share inclusion(Provision p) {
    return p.terms() instanceof SmallLowProfitRelief r ? r.inclusion() : Share.ONE;
  }

  static Share rate(Provision p) {
    if (p.terms() instanceof SmallLowProfitRelief r) {
      return r.rate();
    }
    return ((TaxRate) p.terms()).rate();
  }

  /** The clause's reference, marked when a caller modified the provision. */
  private static Text ref(Provision p) {
    String reference = p.citation().reference();
    return p.modification()
        .map(what -> Text.of(reference + "（已修改：" + what.zh() + "）", reference + " (modified: " + what.en() + ")"))
        .orElse(Text.of(reference, reference));
  }

  /** The references of several provisions, joined as each language lists things. */
  private static Text refs(List<Provision> provisions) {
    return Text.of(provisions.stream().map(p -> ref(p).zh()).collect(Collectors.joining("、")),
        provisions.stream().map(p -> ref(p).en()).collect(Collectors.joining(", ")));
  }

  private static String describe(Range<Cny> range) {
    return (range.lowerBoundType() == BoundType.OPEN ? "(" : "[") + range.lowerEndpoint().format() + ", "
        + range.upperEndpoint().format() + (range.upperBoundType() == BoundType.CLOSED ? "]" : ")");
  }

  /** A band as a Guava range, for the range arithmetic of the bands (kept inside the library). */
  static Range<Cny> range(org.zhongchuang.policy.catalogue.IncomeBand band) {
    BoundType upper = band.upperIncluded() ? BoundType.CLOSED : BoundType.OPEN;
    return band.lower() == null ? Range.upTo(band.upper(), upper)
        : Range.range(band.lower(), band.lowerIncluded() ? BoundType.CLOSED : BoundType.OPEN, band.upper(), upper);
  }

  @Override
  public String toString() {
    return "SmallLowProfitTaxCalculator(" + catalogue + ")";
  }
}
