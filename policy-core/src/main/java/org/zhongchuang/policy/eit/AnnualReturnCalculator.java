package org.zhongchuang.policy.eit;

import static java.util.Objects.requireNonNull;

import java.io.ObjectStreamException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.Year;
import org.zhongchuang.policy.Calculator;
import org.zhongchuang.policy.DateNotCoveredException;
import org.zhongchuang.policy.MissingFactsException;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.TaxRate;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.tax.SmallLowProfitTaxCalculator;
import org.zhongchuang.policy.text.Phrase;

/**
 * Enterprise income tax for one year, the annual return's way (PROVISIONS.md §14): total profit, tax adjustments, the
 * research super-deduction (§8), technology-transfer income (§9), losses carried forward (§11), the venture-capital
 * deduction (§10), taxable income, the statutory 25%, and the lower of the small low-profit relief (§2, computed by
 * {@link SmallLowProfitTaxCalculator}) and the high-tech 15% (§11) — never both. Every rate, threshold and date is read
 * from a {@link Catalogue}.
 *
 * <p>The law of each year and place is compiled once per calculator, on first use; {@link #assess} computes the lines
 * once, in {@code long} fen, and records its decisions; the explanation, the worth of each preference and the readings
 * of unconfirmed points it depends on are views of those records or further readings, built when first read.
 *
 * <p>Immutable and thread-safe: {@link #assess} is a pure function; the only change after construction is filling a
 * law slot once, with a value that is a function of the slot alone.
 */
public final class AnnualReturnCalculator implements Calculator<AnnualReturnCase, AnnualReturnAssessment>,
    Serializable {
  private static final long serialVersionUID = 1L;

  private static final class BuiltIn {
    static final AnnualReturnCalculator CALCULATOR = new AnnualReturnCalculator(Catalogue.builtIn());
  }

  private final Catalogue catalogue;
  private final transient YearLaw.Shelf shelf;
  private final transient SmallLowProfitTaxCalculator smallLowProfit;

  private AnnualReturnCalculator(Catalogue catalogue) {
    this.catalogue = catalogue;
    this.shelf = new YearLaw.Shelf(catalogue);
    this.smallLowProfit = SmallLowProfitTaxCalculator.of(catalogue);
  }

  /** A calculator over {@link Catalogue#builtIn()}. */
  public static AnnualReturnCalculator builtIn() {
    return BuiltIn.CALCULATOR;
  }

  /** A calculator over a catalogue, e.g. one with a caller's reform. */
  public static AnnualReturnCalculator of(Catalogue catalogue) {
    requireNonNull(catalogue, "catalogue");
    return catalogue.isBuiltIn() ? builtIn() : new AnnualReturnCalculator(catalogue);
  }

  @Override
  public Catalogue catalogue() {
    return catalogue;
  }

  private Object readResolve() throws ObjectStreamException {
    return of(catalogue);
  }

  /**
   * Assesses one enterprise's tax year.
   *
   * @param annualReturn not null
   * @return the assessment; its explanation and the worth of each preference are built when first read
   * @throws DateNotCoveredException for a year before any statutory rate the catalogue holds (before 2008 built in)
   * @throws MissingFactsException where the law depends on a fact not given: the fourth quarter's research costs in
   *     2022 where its rate differs, or the small low-profit facts where line 23 is within the year's ceiling
   * @throws PolicyInputException where the case cannot be answered: a holding completed in an earlier year, an
   *     investee no deduction is known for, intangibles formed before the catalogue's research provisions
   */
  @Override
  public AnnualReturnAssessment assess(AnnualReturnCase annualReturn) {
    requireNonNull(annualReturn, "annualReturn");
    YearLaw law = shelf.law(annualReturn.taxYear(), annualReturn.jurisdiction());
    if (law == null) {
      throw notCovered(annualReturn.taxYear(), annualReturn.jurisdiction());
    }
    Outcome primary = compute(annualReturn, law, 0);
    return new AnnualReturnAssessment(this, annualReturn, primary);
  }

  /** One reading of a case whose year has law. */
  Outcome compute(AnnualReturnCase annualReturn, YearLaw law, int flags) {
    return Outcome.compute(annualReturn, law, flags, y -> shelf.law(y, annualReturn.jurisdiction()), smallLowProfit);
  }

  private PolicyInputException notCovered(Year year, Jurisdiction place) {
    Provision first = null;
    for (Provision p : catalogue.withTerms(TaxRate.class)) {
      if (((TaxRate) p.terms()).kind() == TaxRate.Kind.STATUTORY && place.isWithin(p.jurisdiction())
          && (first == null || p.validity().earliestStart().isBefore(first.validity().earliestStart()))) {
        first = p;
      }
    }
    LocalDate lastDay = year.atMonth(12).atEndOfMonth();
    if (first == null || !lastDay.isBefore(first.validity().earliestStart())) {
      return new PolicyInputException(Phrase.of("error.eit.noLaw", year));
    }
    return new DateNotCoveredException(Phrase.of("tax.year", year), Phrase.of("eit.what"),
        first.validity().earliestStart(), first.citation());
  }

  @Override
  public String toString() {
    return "AnnualReturnCalculator(" + catalogue + ")";
  }
}
