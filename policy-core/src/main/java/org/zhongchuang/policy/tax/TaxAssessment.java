package org.zhongchuang.policy.tax;

import java.io.Serializable;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import org.zhongchuang.policy.explain.Explained;
import org.zhongchuang.policy.explain.Explanation;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;

/**
 * The enterprise income tax of one enterprise for one tax year, as a small low-profit enterprise or not.
 *
 * <p>Its amounts always reconcile: the band taxes add up to {@link #taxDue()} exactly, and
 * {@code taxDue + relief = standardTax} exactly.
 *
 * <p><b>What is computed when.</b> {@link SmallLowProfitTaxCalculator#assess} decides eligibility and computes the
 * amounts at once, from a plan of the year's provisions that the calculator compiled from its catalogue. The
 * explanation, the eligibility conditions with their wording, the bands with their provisions, the citations and the
 * warnings are built the first time one of them is read, by the calculator's reference computation over the same
 * inputs, and kept; if that computation ever disagreed with the amounts already given, reading them throws
 * {@link IllegalStateException} rather than show an explanation of another number. A caller that needs only the
 * amounts never pays for the text.
 *
 * <p>Immutable in every observable way and thread-safe: the kept explanation is a pure function of the inputs, so
 * two threads that build it at once build equal values. Serializable: the inputs and amounts are written, and the
 * explanation is rebuilt when read.
 */
public final class TaxAssessment implements Explained, Serializable {
  private static final long serialVersionUID = 2L;

  private final SmallLowProfitTaxCalculator calculator;
  private final Year taxYear;
  private final Jurisdiction jurisdiction;
  private final EnterpriseFacts facts;
  private final boolean eligible;
  private final long taxDue;
  private final long standardTax;
  /** The reference computation's result; built on first read (benign race: every build is equal). */
  private transient volatile TaxDetail detail;

  TaxAssessment(SmallLowProfitTaxCalculator calculator, Year taxYear, Jurisdiction jurisdiction,
      EnterpriseFacts facts, boolean eligible, long taxDue, long standardTax) {
    this.calculator = calculator;
    this.taxYear = taxYear;
    this.jurisdiction = jurisdiction;
    this.facts = facts;
    this.eligible = eligible;
    this.taxDue = taxDue;
    this.standardTax = standardTax;
  }

  TaxAssessment(SmallLowProfitTaxCalculator calculator, Year taxYear, Jurisdiction jurisdiction,
      EnterpriseFacts facts, TaxDetail detail) {
    this(calculator, taxYear, jurisdiction, facts, detail.eligibility().eligible(), detail.taxDue().toFen(),
        detail.standardTax().toFen());
    this.detail = detail;
  }

  private TaxDetail detail() {
    TaxDetail d = detail;
    if (d == null) {
      d = calculator.reference(taxYear, jurisdiction, facts);
      if (d.eligibility().eligible() != eligible || d.taxDue().toFen() != taxDue
          || d.standardTax().toFen() != standardTax) {
        throw new IllegalStateException("internal error, please report: the compiled plan gave eligible " + eligible
            + ", tax due " + Cny.ofFen(taxDue) + ", standard tax " + Cny.ofFen(standardTax)
            + " and the reference computation eligible " + d.eligibility().eligible() + ", tax due " + d.taxDue()
            + ", standard tax " + d.standardTax() + " for " + taxYear + ", " + jurisdiction + ", " + facts);
      }
      detail = d;
    }
    return d;
  }

  /** The tax (calendar) year. */
  public Year taxYear() {
    return taxYear;
  }

  /** Where the enterprise is. */
  public Jurisdiction jurisdiction() {
    return jurisdiction;
  }

  /** The enterprise's facts as given. */
  public EnterpriseFacts facts() {
    return facts;
  }

  /** Annual taxable income as given. */
  public Cny taxableIncome() {
    return facts.taxableIncome();
  }

  /** Whether it is a small low-profit enterprise in the year. */
  public boolean eligible() {
    return eligible;
  }

  /** Under which criteria, and how the enterprise fares against each condition (built on first read). */
  public Eligibility eligibility() {
    return detail().eligibility();
  }

  /** The tax band by band, each with the provision granting it; empty in a loss year (built on first read). */
  public List<TaxBand> bands() {
    return detail().bands();
  }

  /** The sum of the band taxes. */
  public Cny taxDue() {
    return Cny.ofFen(taxDue);
  }

  /**
   * Taxable income at the statutory rate (企业所得税法 第四条), rounded half-up once; zero in a loss year.
   */
  public Cny standardTax() {
    return Cny.ofFen(standardTax);
  }

  /** {@code standardTax − taxDue}. */
  public Cny relief() {
    return Cny.ofFen(standardTax - taxDue);
  }

  /** {@code taxDue ÷ taxableIncome} as an exact fraction; zero in a loss year. */
  public Share effectiveRate() {
    long income = facts.taxableIncome().toFen();
    return income > 0 ? Share.ofFraction(taxDue, income) : Share.ZERO;
  }

  /**
   * The steps, in Chinese and English, and the warnings (built on first read); {@link #citations()},
   * {@link #warnings()} and {@link #render} read it.
   */
  @Override
  public Explanation explanation() {
    return detail().explanation();
  }

  /**
   * Equal when the year, jurisdiction, taxable income, amounts, eligibility, bands and explanation are equal (the
   * other facts show in the eligibility conditions).
   */
  @Override
  public boolean equals(Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof TaxAssessment)) {
      return false;
    }
    TaxAssessment a = (TaxAssessment) o;
    return taxDue == a.taxDue && standardTax == a.standardTax && eligible == a.eligible
        && taxYear.equals(a.taxYear) && jurisdiction.equals(a.jurisdiction)
        && taxableIncome().equals(a.taxableIncome()) && detail().equals(a.detail());
  }

  @Override
  public int hashCode() {
    return Objects.hash(taxYear, jurisdiction, taxableIncome(), taxDue, standardTax);
  }

  /** The year, place and amounts (without building the explanation). */
  @Override
  public String toString() {
    return "TaxAssessment[" + taxYear + ", " + jurisdiction.key() + ", taxable income " + taxableIncome().format()
        + (eligible ? ", small low-profit" : ", not small low-profit") + ", tax due " + taxDue().format()
        + ", standard tax " + standardTax().format() + ", relief " + relief().format() + "]";
  }
}
