package org.zhongchuang.policy.tax;

import static java.util.Objects.requireNonNull;

import java.io.ObjectStreamException;
import java.io.Serializable;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.zhongchuang.policy.Calculator;
import org.zhongchuang.policy.DateNotCoveredException;
import org.zhongchuang.policy.MissingFactsException;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.Restatement;
import org.zhongchuang.policy.catalogue.SizeMeasure;
import org.zhongchuang.policy.catalogue.SmallLowProfitCriteria;
import org.zhongchuang.policy.catalogue.SmallLowProfitRelief;
import org.zhongchuang.policy.catalogue.SplitYearApportionment;
import org.zhongchuang.policy.catalogue.TaxRate;
import org.zhongchuang.policy.catalogue.Terms;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.text.Phrase;

/**
 * The enterprise income tax of a small low-profit enterprise (小型微利企业, PROVISIONS.md §2) for a tax year and a place,
 * every rate, band, ceiling, measure and date read from a {@link Catalogue}.
 *
 * <p>The law of each tax year in each place is compiled once per calculator, on first use, into a plan (the
 * provisions chosen and the income axis cut into zones of equal treatment); {@link #assess} decides eligibility,
 * finds the zone and computes the amounts in {@code long} fen — the only computation there is. Its result records the
 * decisions, and builds its explanation from them when first read.
 *
 * <p>Each band's tax is rounded half-up to the fen once; the tax due is the sum of the band taxes; the relief is the
 * standard tax minus the tax due.
 *
 * <p>Immutable and thread-safe: {@link #assess} is a pure function; the only change after construction is filling a
 * plan slot once, with a value that is a function of the slot alone.
 */
public final class SmallLowProfitTaxCalculator implements Calculator<TaxCase, TaxAssessment>, Serializable {
  private static final long serialVersionUID = 2L;

  private static final class BuiltIn {
    static final SmallLowProfitTaxCalculator CALCULATOR = new SmallLowProfitTaxCalculator(Catalogue.builtIn());
  }

  private final Catalogue catalogue;
  private final transient Plans plans;

  private SmallLowProfitTaxCalculator(Catalogue catalogue) {
    this.catalogue = catalogue;
    this.plans = new Plans(catalogue);
  }

  /** A calculator over {@link Catalogue#builtIn()}. */
  public static SmallLowProfitTaxCalculator builtIn() {
    return BuiltIn.CALCULATOR;
  }

  /** A calculator over a catalogue, e.g. one with a caller's reform. */
  public static SmallLowProfitTaxCalculator of(Catalogue catalogue) {
    requireNonNull(catalogue, "catalogue");
    return catalogue.isBuiltIn() ? builtIn() : new SmallLowProfitTaxCalculator(catalogue);
  }

  @Override
  public Catalogue catalogue() {
    return catalogue;
  }

  private Object readResolve() throws ObjectStreamException {
    return of(catalogue);
  }

  /**
   * The plans of every tax year and place, compiled on first use. Years after every date of the catalogue share one
   * plan: no provision's status changes after it. A place that names no tax provision shares the plans of the nearest
   * place it lies within that does.
   */
  private static final class Plans {
    private final TaxPlan.Kinds kinds;
    private final Jurisdiction[] places;
    private final List<List<Provision>> chains = new ArrayList<>();
    private final int firstYear;
    private final int years;
    private final AtomicReferenceArray<Object> slots;
    /** {@link #place}'s answers. */
    private final ConcurrentHashMap<Jurisdiction, Integer> nearest = new ConcurrentHashMap<>();

    /** What a slot holds for a year the catalogue cannot answer. */
    private static final Object NO_LAW = new Object();

    Plans(Catalogue catalogue) {
      this.kinds = new TaxPlan.Kinds(byIssue(catalogue, TaxRate.class), byIssue(catalogue,
          SmallLowProfitCriteria.class), byIssue(catalogue, SmallLowProfitRelief.class), byIssue(catalogue,
          SizeMeasure.class), byIssue(catalogue, SplitYearApportionment.class), byIssue(catalogue,
          Restatement.class));
      List<Provision> all = new ArrayList<>();
      for (List<Provision> kind : List.of(kinds.rates(), kinds.criteria(), kinds.reliefs(), kinds.measures(),
          kinds.apportionments(), kinds.restatements())) {
        all.addAll(kind);
      }
      Set<Jurisdiction> named = new LinkedHashSet<>();
      int first = Integer.MAX_VALUE;
      int last = Integer.MIN_VALUE;
      for (Provision p : all) {
        named.add(p.jurisdiction());
        for (LocalDate day : new LocalDate[] {p.validity().earliestStart(), p.validity().latestStart(),
            p.validity().earliestEnd(), p.validity().latestEnd()}) {
          if (!day.equals(LocalDate.MIN) && !day.equals(LocalDate.MAX)) {
            first = Math.min(first, day.getYear());
            last = Math.max(last, day.getYear() + 1);
          }
        }
      }
      this.places = named.toArray(Jurisdiction[]::new);
      for (Jurisdiction place : places) {
        List<Provision> chain = new ArrayList<>();
        for (Provision p : all) {
          if (place.isWithin(p.jurisdiction())) {
            chain.add(p);
          }
        }
        chains.add(List.copyOf(chain));
      }
      // Without a dated provision the law is the same in every year: one plan per place.
      boolean dated = last != Integer.MIN_VALUE;
      this.firstYear = dated ? first : 0;
      this.years = dated ? last - first + 1 : 1;
      this.slots = new AtomicReferenceArray<>(places.length * years);
    }

    /** The plan, or null where the catalogue cannot answer for the year. */
    TaxPlan plan(Year year, Jurisdiction jurisdiction) {
      int place = place(jurisdiction);
      if (place < 0) {
        return null;
      }
      int y = year.getValue() - firstYear;
      if (y < 0) {
        return null;
      }
      int slot = Math.min(y, years - 1);
      int index = place * years + slot;
      Object plan = slots.get(index);
      if (plan == null) {
        Year compiled = Year.of(firstYear + slot);
        TaxPlan fresh = TaxPlan.compile(compiled, chains.get(place), kinds);
        slots.compareAndSet(index, null, fresh == null ? NO_LAW : fresh);
        plan = slots.get(index);
      }
      return plan == NO_LAW ? null : (TaxPlan) plan;
    }

    /** What the year lacks, as phrases. */
    List<Phrase> missing(Year year, Jurisdiction jurisdiction) {
      int place = place(jurisdiction);
      List<Phrase> out = new ArrayList<>();
      if (place < 0) {
        out.add(Phrase.of("tax.missing.statutory"));
        return out;
      }
      TaxPlan.missing(year, chains.get(place), kinds).forEach(key -> out.add(Phrase.of(key)));
      return out;
    }

    /** The nearest place in the chain that names a provision, kept by place asked. */
    private int place(Jurisdiction jurisdiction) {
      Integer known = nearest.get(jurisdiction);
      if (known == null) {
        known = nearestNamed(jurisdiction);
        nearest.putIfAbsent(jurisdiction, known);
      }
      return known;
    }

    private int nearestNamed(Jurisdiction jurisdiction) {
      for (Jurisdiction at = jurisdiction; at != null; at = at.parent().orElse(null)) {
        for (int k = 0; k < places.length; k++) {
          if (places[k].equals(at)) {
            return k;
          }
        }
      }
      return -1;
    }

    private static List<Provision> byIssue(Catalogue catalogue, Class<? extends Terms> kind) {
      return catalogue.withTerms(kind).stream().sorted(TaxPlan.ISSUE_ORDER).toList();
    }
  }

  /**
   * Assesses one enterprise for one tax year.
   *
   * @param taxCase not null
   * @return the assessment; its explanation is built when first read
   * @throws DateNotCoveredException if the catalogue holds no enterprise income tax for the year (before 2008 in the
   *     built-in catalogue)
   * @throws MissingFactsException if the year's criteria distinguish industries and no industry was given, or the
   *     split year needs the establishment date and none was given
   * @throws SizeFormException if the enterprise's size was given in a form the year's measure does not use
   * @throws PolicyInputException if the enterprise was established after the tax year
   */
  @Override
  public TaxAssessment assess(TaxCase taxCase) {
    requireNonNull(taxCase, "taxCase");
    Year year = taxCase.taxYear();
    EnterpriseFacts facts = taxCase.facts();
    TaxPlan plan = plans.plan(year, taxCase.jurisdiction());
    if (plan == null) {
      throw notCovered(year, taxCase.jurisdiction());
    }
    LocalDate established = facts.establishedOrNull();
    if (established != null && established.getYear() > year.getValue()) {
      throw new PolicyInputException(Phrase.of("error.tax.establishedAfter", established, year,
          year.atMonth(12).atEndOfMonth()));
    }
    checkMeasure(plan, facts);
    long income = facts.taxableIncome().toFen();
    int failed = failedConditions(plan, facts, income);
    if (income <= 0) {
      return new TaxAssessment(this, taxCase, plan, failed, -1, 0, 0, 0);
    }
    long standardTax = plan.statutoryRate.of(income);
    if (failed != 0) {
      return new TaxAssessment(this, taxCase, plan, failed, -1, standardTax, standardTax, 0);
    }
    int zone = plan.zoneOf(income);
    TaxPlan.Zone z = plan.zones[zone];
    if (!z.split) {
      TaxPlan.Band top = z.top();
      return new TaxAssessment(this, taxCase, plan, 0, zone, z.fixedTax + top.effective.of(income - top.lower),
          standardTax, 0);
    }
    long relieved = -1;
    long tax = 0;
    for (int i = 0; i < z.bands.length; i++) {
      TaxPlan.Band b = z.bands[i];
      long width = (i == z.bands.length - 1 ? income : b.upper) - b.lower;
      if (b.splitFrom == null) {
        tax += b.effective.of(width);
        continue;
      }
      if (established == null) {
        throw new MissingFactsException(List.of("established"), Phrase.of("error.tax.established", year,
            b.grantedBy, b.splitFrom, plan.apportionments.get(plan.apportionments.size() - 1)));
      }
      if (!established.isBefore(b.splitFrom)) {
        tax += b.effective.of(width);
        continue;
      }
      relieved = Cny.ofFen(width).multipliedBy(monthsAfter(b.splitFrom, established), RoundingMode.HALF_UP).toFen();
      FenRate plain = new FenRate(((TaxRate) plan.smallLowProfit.terms()).rate());
      tax += b.effective.of(relieved) + plain.of(width - relieved);
    }
    return new TaxAssessment(this, taxCase, plan, 0, zone, tax, standardTax, relieved);
  }

  /** 国家税务总局公告2015年第61号: months operated after the start ÷ months operated in the year, from registration. */
  static Share monthsAfter(LocalDate start, LocalDate established) {
    return Share.ofFraction(13 - start.getMonthValue(), monthsOperated(start, established));
  }

  /** The months operated in the start's year, counted from the month of establishment (tax registration). */
  static int monthsOperated(LocalDate start, LocalDate established) {
    return established.getYear() == start.getYear() ? 13 - established.getMonthValue() : 12;
  }

  /** Bits of {@link ConditionCheck.Condition} ordinals that fail. */
  private static int failedConditions(TaxPlan plan, EnterpriseFacts facts, long income) {
    int failed = 0;
    if (facts.restrictedOrProhibitedIndustry()) {
      failed |= bit(ConditionCheck.Condition.NOT_RESTRICTED_INDUSTRY);
    }
    if (income > plan.incomeCeiling) {
      failed |= bit(ConditionCheck.Condition.TAXABLE_INCOME);
    }
    if (facts.sizeAsserted()) {
      return failed;
    }
    boolean industrial = industrial(plan, facts);
    if (!facts.employeesOrNull().isAtMost(industrial ? plan.industrialEmployees : plan.otherEmployees)) {
      failed |= bit(ConditionCheck.Condition.EMPLOYEES);
    }
    if (!facts.assetsOrNull().isAtMost(industrial ? plan.industrialAssets : plan.otherAssets)) {
      failed |= bit(ConditionCheck.Condition.TOTAL_ASSETS);
    }
    return failed;
  }

  /** The bit of a condition in the mask {@link TaxTrace} reads. */
  static int bit(ConditionCheck.Condition condition) {
    return 1 << condition.ordinal();
  }

  /** Whether the industrial limits apply; where both classes share the limits the industry cannot matter. */
  static boolean industrial(TaxPlan plan, EnterpriseFacts facts) {
    Industry industry = facts.industryOrNull();
    if (industry == null && !plan.sameLimits) {
      throw new MissingFactsException(List.of("industry"), Phrase.of("error.tax.industry", plan.year,
          plan.criteria.citation()));
    }
    return industry == Industry.INDUSTRIAL;
  }

  /** The size must be given as the year's measure averages it: quarterly values only where it averages quarters. */
  private static void checkMeasure(TaxPlan plan, EnterpriseFacts facts) {
    if (!facts.sizeGivenAsValues()) {
      return; // averages given: any measure takes them
    }
    SizeMeasure.Method method = plan.averaging();
    boolean quarterly = facts.employeesForm().filter(f -> f == EnterpriseFacts.Form.QUARTERLY).isPresent()
        || facts.assetsForm().filter(f -> f == EnterpriseFacts.Form.QUARTERLY).isPresent();
    boolean yearEnds = facts.assetsForm().filter(f -> f == EnterpriseFacts.Form.YEAR_START_AND_END).isPresent();
    if (!quarterly && !yearEnds) {
      return;
    }
    if (method == null) {
      throw new SizeFormException(Phrase.of("error.tax.noMeasure", plan.year));
    }
    if (quarterly && method != SizeMeasure.Method.QUARTERLY_AVERAGE
        || yearEnds && method != SizeMeasure.Method.YEAR_START_AND_END) {
      throw new SizeFormException(Phrase.of("error.tax.measure", plan.year, plan.measure.citation(),
          plan.measure.terms().summary(), method));
    }
  }

  private DateNotCoveredException notCovered(Year year, Jurisdiction place) {
    Provision first = null;
    for (Provision p : catalogue.withTerms(TaxRate.class)) {
      if (((TaxRate) p.terms()).kind() == TaxRate.Kind.STATUTORY && place.isWithin(p.jurisdiction())
          && (first == null || p.validity().earliestStart().isBefore(first.validity().earliestStart()))) {
        first = p;
      }
    }
    if (first == null || !year.atMonth(12).atEndOfMonth().isBefore(first.validity().earliestStart())) {
      throw new PolicyInputException(Phrase.of("error.tax.noLaw", year, plans.missing(year, place)));
    }
    return new DateNotCoveredException(Phrase.of("tax.year", year), Phrase.of("tax.what"), first.validity().earliestStart(),
        first.citation());
  }

  /** The plan of a year and place, for tests. */
  TaxPlan plan(Year year, Jurisdiction jurisdiction) {
    return plans.plan(year, jurisdiction);
  }

  @Override
  public String toString() {
    return "SmallLowProfitTaxCalculator(" + catalogue + ")";
  }
}
