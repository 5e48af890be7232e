package org.zhongchuang.policy.tax;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.explain.Explained;
import org.zhongchuang.policy.explain.Explanation;
import org.zhongchuang.policy.explain.Step;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;

/**
 * The enterprise income tax of one enterprise for one tax year, as a small low-profit enterprise or not.
 *
 * <p>The amounts always reconcile: the band taxes add up to {@link #taxDue()} exactly, and
 * {@code taxDue + relief = standardTax} exactly.
 *
 * <p>{@link SmallLowProfitTaxCalculator#assess} computed the amounts and recorded its decisions (the conditions that
 * failed, the zone of the income axis and so the bands and their provisions, the apportioned income of a split year);
 * the eligibility conditions, the bands, the explanation, the citations and the warnings are views of those records,
 * built when first read and kept.
 *
 * <p>A value: equal when its case, its catalogue and its amounts are equal; immutable in every observable way and
 * thread-safe; serializable (the case and the amounts; reading re-assesses the case and refuses a stream whose
 * amounts differ).
 */
public final class TaxAssessment implements Explained, Serializable {
  private static final long serialVersionUID = 3L;

  private final transient SmallLowProfitTaxCalculator calculator;
  private final transient TaxCase taxCase;
  private final transient TaxPlan plan;
  /** Bits of {@link ConditionCheck.Condition} ordinals that failed. */
  private final transient int failed;
  /** The zone of the income axis, or -1 where the income is taxed whole (not eligible, or no income). */
  private final transient int zone;
  private final transient long taxDue;
  private final transient long standardTax;
  /** In a split year, the income of the months after the relief's start; else -1 (or 0 where it was not split). */
  private final transient long relieved;
  private transient volatile TaxTrace trace;

  TaxAssessment(SmallLowProfitTaxCalculator calculator, TaxCase taxCase, TaxPlan plan, int failed, int zone,
      long taxDue, long standardTax, long relieved) {
    this.calculator = calculator;
    this.taxCase = taxCase;
    this.plan = plan;
    this.failed = failed;
    this.zone = zone;
    this.taxDue = taxDue;
    this.standardTax = standardTax;
    this.relieved = relieved;
  }

  private TaxTrace trace() {
    TaxTrace t = trace;
    if (t == null) {
      t = new TaxTrace(taxCase, plan, failed, zone, taxDue, standardTax, relieved);
      trace = t;
    }
    return t;
  }

  /** The case assessed. */
  public TaxCase taxCase() {
    return taxCase;
  }

  /** The tax (calendar) year. */
  public Year taxYear() {
    return taxCase.taxYear();
  }

  /** Where the enterprise is. */
  public Jurisdiction jurisdiction() {
    return taxCase.jurisdiction();
  }

  /** The enterprise's facts as given. */
  public EnterpriseFacts facts() {
    return taxCase.facts();
  }

  /** Annual taxable income as given. */
  public Cny taxableIncome() {
    return taxCase.facts().taxableIncome();
  }

  /** The catalogue the law was read from. */
  public Catalogue catalogue() {
    return calculator.catalogue();
  }

  /** Whether it is a small low-profit enterprise in the year. */
  public boolean eligible() {
    return failed == 0;
  }

  /** Under which criteria, and how the enterprise fares against each condition. */
  public Eligibility eligibility() {
    return trace().eligibility();
  }

  /** The tax band by band, each with the provision granting it; empty in a loss year. */
  public List<TaxBand> bands() {
    return trace().bands();
  }

  /** The sum of the band taxes. */
  public Cny taxDue() {
    return Cny.ofFen(taxDue);
  }

  /** Taxable income at the statutory rate (企业所得税法 第四条), rounded half-up once; zero in a loss year. */
  public Cny standardTax() {
    return Cny.ofFen(standardTax);
  }

  /** {@code standardTax − taxDue}. */
  public Cny relief() {
    return Cny.ofFen(standardTax - taxDue);
  }

  /** {@code taxDue ÷ taxableIncome} as an exact fraction; zero in a loss year. */
  public Share effectiveRate() {
    long income = taxableIncome().toFen();
    return income > 0 ? Share.ofFraction(taxDue, income) : Share.ZERO;
  }

  /** The steps and the warnings, built from the recorded decisions when first read. */
  @Override
  public Explanation explanation() {
    return trace().explanation();
  }

  /**
   * The warnings of the {@linkplain #explanation() explanation}, equal to {@code explanation().warnings()}. Assessments
   * of one calculator, year and place that differ only in amounts within one zone of the income axis (the same bands,
   * provisions and conditions) share one list, built once; so reading the warnings of many assessments does not build
   * their explanations. A headcount that is not a whole number may bring a warning of its own and is read from the
   * explanation.
   *
   * @return the warnings, in order, each once; empty when nothing is uncertain, modified, missing or not modelled
   */
  @Override
  public List<Step> warnings() {
    TaxPlan.Summary summary = summary();
    return summary == null ? explanation().warnings() : summary.warnings();
  }

  /**
   * The provisions granting the {@linkplain #bands() bands}, each once, in the order of the bands: the statutory rate
   * where the enterprise is not small low-profit, the reliefs and the small low-profit rate where it is, nothing in a
   * loss year. Shared, like {@link #warnings()}, by the assessments with the same bands, so that a report listing them
   * for many assessments does not build their bands.
   *
   * @return {@code bands()}'s {@link TaxBand#grantedBy()}, without repeats
   */
  public List<Provision> grantingProvisions() {
    TaxPlan.Summary summary = summary();
    return summary == null ? granting(bands()) : summary.grantedBy();
  }

  private static List<Provision> granting(List<TaxBand> bands) {
    List<Provision> out = new ArrayList<>(bands.size());
    for (TaxBand b : bands) {
      if (!out.contains(b.grantedBy())) {
        out.add(b.grantedBy());
      }
    }
    return List.copyOf(out);
  }

  /** The plan's summary for this assessment's key, built from this explanation if it is the first; null if keyless. */
  private TaxPlan.Summary summary() {
    int key = summaryKey();
    if (key == KEYLESS) {
      return null;
    }
    TaxPlan.Summary summary = plan.summaries.get(key);
    return summary != null ? summary : plan.summaries.computeIfAbsent(key,
        k -> new TaxPlan.Summary(trace().explanation().warnings(), granting(trace().bands())));
  }

  /**
   * Everything the warnings and the bands' provisions depend on besides the plan, as one number: the shape of the
   * bands (a loss, not eligible, or the zone of the income axis and whether its year is split at the relief's start),
   * whether the size was asserted, whether a headcount was given, whether the size was given as the values the
   * measure averages, and whether the enterprise is an incubated start-up. {@link #KEYLESS} where a headcount that is
   * not a whole number may bring a warning of its own (PROVISIONS.md §7.2).
   */
  static final int KEYLESS = -1;

  int summaryKey() {
    EnterpriseFacts facts = taxCase.facts();
    Average employees = facts.employeesOrNull();
    if (employees != null && !employees.isWhole()) {
      return KEYLESS;
    }
    int shape;
    if (!facts.taxableIncome().isPositive()) {
      shape = 0;
    } else if (failed != 0) {
      shape = 1;
    } else {
      shape = 2 + 2 * zone + (plan.zones[zone].split && relieved >= 0 ? 1 : 0);
    }
    return shape << 4 | (facts.sizeAsserted() ? 1 : 0) | (employees != null ? 2 : 0)
        | (facts.sizeGivenAsValues() ? 4 : 0) | (facts.incubatedStartUp() ? 8 : 0);
  }

  @Override
  public boolean equals(Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof TaxAssessment)) {
      return false;
    }
    TaxAssessment a = (TaxAssessment) o;
    return taxDue == a.taxDue && standardTax == a.standardTax && failed == a.failed && zone == a.zone
        && relieved == a.relieved && taxCase.equals(a.taxCase)
        && (calculator == a.calculator || calculator.catalogue().equals(a.calculator.catalogue()));
  }

  @Override
  public int hashCode() {
    return Objects.hash(taxCase, taxDue, standardTax);
  }

  /** The year, place and amounts (without building the explanation). */
  @Override
  public String toString() {
    return "TaxAssessment[" + taxYear() + ", " + jurisdiction().key() + ", taxable income "
        + taxableIncome().format() + (eligible() ? ", small low-profit" : ", not small low-profit") + ", tax due "
        + taxDue().format() + ", standard tax " + standardTax().format() + ", relief " + relief().format() + "]";
  }

  private Object writeReplace() {
    return new Proxy(calculator.catalogue(), taxCase, taxDue, standardTax);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("use the serialization proxy");
  }

  /** The case and the amounts; reading assesses the case again and refuses amounts that differ. */
  private static final class Proxy implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Catalogue catalogue;
    private final TaxCase taxCase;
    private final long taxDue;
    private final long standardTax;

    Proxy(Catalogue catalogue, TaxCase taxCase, long taxDue, long standardTax) {
      this.catalogue = catalogue;
      this.taxCase = taxCase;
      this.taxDue = taxDue;
      this.standardTax = standardTax;
    }

    private Object readResolve() throws InvalidObjectException {
      TaxAssessment a = SmallLowProfitTaxCalculator.of(catalogue).assess(taxCase);
      if (a.taxDue != taxDue || a.standardTax != standardTax) {
        throw new InvalidObjectException("the stream's amounts (" + Cny.ofFen(taxDue) + ", " + Cny.ofFen(standardTax)
            + ") are not those of its case (" + a.taxDue() + ", " + a.standardTax() + ")");
      }
      return a;
    }
  }
}
