package org.zhongchuang.policy.eit;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.zhongchuang.policy.Answer;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.explain.Explained;
import org.zhongchuang.policy.explain.Explanation;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.tax.TaxAssessment;
import org.zhongchuang.policy.tax.TaxBand;

/**
 * The enterprise income tax of one enterprise for one year, line by line as the annual return computes it
 * (PROVISIONS.md §14), with the losses and venture-capital credit it carries forward, the relief it takes and the one
 * it does not, what each preference is worth, and the unconfirmed points of law it depends on, each answered both ways.
 *
 * <p>{@link AnnualReturnCalculator#assess} computed the lines once and recorded its decisions; the explanation is a
 * view of those records, and the worth of the preferences further readings of the same case, each built when first
 * read and kept.
 *
 * <p>A value: equal when its case, its catalogue and its lines are equal; immutable in every observable way and
 * thread-safe; serializable (the case and the tax due; reading re-assesses the case and refuses a stream whose tax
 * differs).
 */
public final class AnnualReturnAssessment implements Explained, Serializable {
  private static final long serialVersionUID = 1L;

  private final transient AnnualReturnCalculator calculator;
  private final transient AnnualReturnCase annualReturn;
  private final transient Outcome outcome;
  /** The other reading of each unconfirmed point the return depends on. */
  private final transient Map<Uncertainty.Question, Outcome> others;
  private transient volatile Worth worth;
  private transient volatile EitTrace trace;

  /** The preferences' readings: each removed alone, and all removed. */
  record Worth(List<Benefit> benefits, Map<Preference, Outcome> without, Outcome none) {}

  AnnualReturnAssessment(AnnualReturnCalculator calculator, AnnualReturnCase annualReturn, Outcome outcome) {
    this.calculator = calculator;
    this.annualReturn = annualReturn;
    this.outcome = outcome;
    Map<Uncertainty.Question, Outcome> alt = new EnumMap<>(Uncertainty.Question.class);
    if (outcome.dependsOnQ4Amortisation) {
      other(alt, Uncertainty.Question.FOURTH_QUARTER_AMORTISATION, Outcome.ALT_AMORTISATION_Q4);
    }
    if (outcome.dependsOnFormedYear) {
      other(alt, Uncertainty.Question.YEAR_OF_FORMATION, Outcome.ALT_AMORTISATION_FORMED);
    }
    if (outcome.dependsOnHalvedStacking) {
      other(alt, Uncertainty.Question.HALVED_TRANSFER_INCOME, Outcome.ALT_HALVED_STACKED);
    }
    if (outcome.dependsOnOwnYearLoss) {
      other(alt, Uncertainty.Question.QUALIFIED_YEAR_OWN_LOSS, Outcome.ALT_OWN_LOSS_FIVE);
    }
    this.others = alt;
  }

  /** The other reading of a point, kept where it changes a line, the tax or what is carried forward. */
  private void other(Map<Uncertainty.Question, Outcome> to, Uncertainty.Question question, int flag) {
    Outcome o = calculator.compute(annualReturn, outcome.law, flag);
    if (!o.sameResult(outcome)) {
      to.put(question, o);
    }
  }

  Outcome outcome() {
    return outcome;
  }

  Map<Uncertainty.Question, Outcome> others() {
    return others;
  }

  Worth worth() {
    Worth w = worth;
    if (w == null) {
      w = computeWorth();
      worth = w;
    }
    return w;
  }

  private EitTrace trace() {
    EitTrace t = trace;
    if (t == null) {
      t = new EitTrace(this);
      trace = t;
    }
    return t;
  }

  /** The case assessed. */
  public AnnualReturnCase annualReturnCase() {
    return annualReturn;
  }

  /** The tax year. */
  public Year taxYear() {
    return annualReturn.taxYear();
  }

  /** Where the enterprise is. */
  public Jurisdiction jurisdiction() {
    return annualReturn.jurisdiction();
  }

  /** The catalogue the law was read from. */
  public Catalogue catalogue() {
    return calculator.catalogue();
  }

  /** The lines of the main form. */
  public ReturnLines lines() {
    Outcome o = outcome;
    return new ReturnLines(Cny.ofFen(o.line13), Cny.ofFen(o.line1516), Cny.ofFen(o.line17), Cny.ofFen(o.line19),
        Cny.ofFen(o.line20), Cny.ofFen(o.line21), Cny.ofFen(o.line22), Cny.ofFen(o.line23), rate(),
        Cny.ofFen(o.line25), Cny.ofFen(o.line26), Cny.ofFen(o.line28));
  }

  /** Line 23, 应纳税所得额. */
  public Cny taxableIncome() {
    return Cny.ofFen(outcome.line23);
  }

  /** Line 17: the research super-deduction. */
  public Cny researchExtraDeduction() {
    return Cny.ofFen(outcome.line17);
  }

  /** Line 20: the reduction of technology-transfer income. */
  public Cny transferIncomeReduction() {
    return Cny.ofFen(outcome.line20);
  }

  /** Line 21: losses of earlier years made good. */
  public Cny lossesOffset() {
    return Cny.ofFen(outcome.line21);
  }

  /** Line 22: the venture-capital deduction. */
  public Cny ventureCapitalDeduction() {
    return Cny.ofFen(outcome.line22);
  }

  /** The venture-capital credit arising this year (the holdings completed). */
  public Cny ventureCreditArising() {
    return Cny.ofFen(outcome.newCredit);
  }

  /** The venture-capital credit not deducted, carried forward. */
  public Cny ventureCreditCarriedForward() {
    return Cny.ofFen(outcome.creditCarried);
  }

  /** Line 24: the statutory rate. */
  public Share rate() {
    return outcome.law.statutoryRate;
  }

  /** Line 25: taxable income at the statutory rate. */
  public Cny taxAtStatutoryRate() {
    return Cny.ofFen(outcome.line25);
  }

  /** Line 26: the relief of the route chosen. */
  public Cny relief() {
    return Cny.ofFen(outcome.line26);
  }

  /** Line 28: the tax due. */
  public Cny taxDue() {
    return Cny.ofFen(outcome.line28);
  }

  /** Whether line 19 is zero or less: a loss (or nil) year. */
  public boolean lossYear() {
    return outcome.lossYear;
  }

  /** The relief taken: the lower tax of the routes open, never two at once. */
  public ReliefRoute chosen() {
    return outcome.chosen;
  }

  /** The tax due as a high-tech enterprise, where it is one (whether chosen or not). */
  public Optional<Cny> taxAsHighTech() {
    return outcome.taxHighTech < 0 ? Optional.empty() : Optional.of(Cny.ofFen(outcome.taxHighTech));
  }

  /** The tax due as a small low-profit enterprise, where it is one (whether chosen or not). */
  public Optional<Cny> taxAsSmallLowProfit() {
    return outcome.taxSmallLowProfit < 0 ? Optional.empty() : Optional.of(Cny.ofFen(outcome.taxSmallLowProfit));
  }

  /**
   * The small low-profit assessment of line 23: eligibility and bands; empty where line 23 is zero, or the facts were
   * not given and line 23 is above the year's ceiling.
   */
  public Optional<TaxAssessment> smallLowProfit() {
    return outcome.smallLowProfitNotGiven ? Optional.empty() : Optional.ofNullable(outcome.smallLowProfitJudged);
  }

  /** The losses of earlier years, as line 21 used them, oldest first. */
  public List<LossUse> lossesUsed() {
    Outcome o = outcome;
    List<LossUse> out = new ArrayList<>(o.lossYears.length);
    for (int i = 0; i < o.lossYears.length; i++) {
      out.add(new LossUse(o.lossYears[i], Cny.ofFen(o.lossAvailable[i]), Year.of(o.lossLastYear[i]),
          Optional.ofNullable(o.lossExtendedBy[i]), o.lossOwnYear[i], Cny.ofFen(o.lossUsed[i])));
    }
    return out;
  }

  /** The losses carried into the next year, oldest first, with this year's own loss last. */
  public List<CarriedLoss> lossesCarriedForward() {
    return carried(outcome);
  }

  static List<CarriedLoss> carried(Outcome o) {
    int t = o.law.year.getValue();
    List<CarriedLoss> out = new ArrayList<>();
    for (int i = 0; i < o.lossYears.length; i++) {
      long left = o.lossAvailable[i] - o.lossUsed[i];
      if (left > 0 && o.lossLastYear[i] > t) {
        out.add(new CarriedLoss(o.lossYears[i], Cny.ofFen(left), Year.of(o.lossLastYear[i]),
            Optional.ofNullable(o.lossExtendedBy[i]), o.lossOwnYear[i]));
      }
    }
    if (o.currentLossLastYear != 0) {
      out.add(new CarriedLoss(o.law.year, Cny.ofFen(-o.line19), Year.of(o.currentLossLastYear),
          Optional.ofNullable(o.currentLossExtendedBy), o.currentLossOwnYear));
    }
    return out;
  }

  /** The unconfirmed points this return depends on, each with the tax due the other way; empty when none. */
  public List<Uncertainty> uncertainties() {
    List<Uncertainty> out = new ArrayList<>(others.size());
    others.forEach((q, o) -> out.add(new Uncertainty(q, Cny.ofFen(o.line28))));
    return out;
  }

  /** {@link Answer#YES} where no unconfirmed point changes the tax due, else {@link Answer#UNCERTAIN}. */
  public Answer taxDueCertain() {
    for (Outcome o : others.values()) {
      if (o.line28 != outcome.line28) {
        return Answer.UNCERTAIN;
      }
    }
    return Answer.YES;
  }

  /**
   * What each preference the return takes is worth: the tax due if it alone were removed, less the tax due. They need
   * not add up to {@link #totalBenefit()}: a relief with a cliff, and the small low-profit and high-tech routes that
   * stand in for each other, make the whole differ from the sum of the parts.
   */
  public List<Benefit> benefits() {
    return worth().benefits();
  }

  /** The tax due with no preference at all: the statutory rate on income after the law's own five-year losses. */
  public Cny taxWithoutPreferences() {
    return Cny.ofFen(worth().none().line28);
  }

  /** {@link #taxWithoutPreferences()} − {@link #taxDue()}. */
  public Cny totalBenefit() {
    return Cny.ofFen(worth().none().line28 - outcome.line28);
  }

  private Worth computeWorth() {
    Outcome o = outcome;
    YearLaw law = o.law;
    List<Benefit> benefits = new ArrayList<>();
    Map<Preference, Outcome> without = new EnumMap<>(Preference.class);
    if (o.line17 > 0) {
      Set<Provision> by = new LinkedHashSet<>();
      add(by, o.research.restBy, o.expensedRest > 0);
      add(by, o.research.fourthBy, o.expensedFourth > 0);
      add(by, o.amortRestBy, true);
      add(by, o.amortFourthBy, o.amortisationSplit);
      benefit(Preference.RESEARCH_DEDUCTION, Outcome.NO_RESEARCH, by, benefits, without);
    }
    if (o.transferIncome > 0 && law.transfer != null) {
      Set<Provision> by = new LinkedHashSet<>();
      by.add(law.transfer);
      add(by, law.halved, o.halvedPart > 0);
      benefit(Preference.TRANSFER_INCOME, Outcome.NO_TRANSFER, by, benefits, without);
    }
    Set<Provision> extensions = new LinkedHashSet<>();
    for (Provision p : o.lossExtendedBy) {
      add(extensions, p, true);
    }
    add(extensions, o.currentLossExtendedBy, true);
    if (!extensions.isEmpty()) {
      benefit(Preference.LOSS_EXTENSION, Outcome.NO_LOSS_EXTENSION, extensions, benefits, without);
    }
    if (o.creditAvailable > 0) {
      Set<Provision> by = new LinkedHashSet<>(o.creditBy);
      if (by.isEmpty()) {
        by.addAll(law.venture.values());
      }
      benefit(Preference.VENTURE_CAPITAL, Outcome.NO_VENTURE, by, benefits, without);
    }
    if (o.taxSmallLowProfit >= 0) {
      Set<Provision> by = new LinkedHashSet<>();
      for (TaxBand b : o.smallLowProfitTaxed.bands()) {
        by.add(b.grantedBy());
      }
      benefit(Preference.SMALL_LOW_PROFIT, Outcome.NO_SMALL_LOW_PROFIT, by, benefits, without);
    }
    if (o.taxHighTech >= 0) {
      Set<Provision> by = new LinkedHashSet<>();
      by.add(law.highTech);
      add(by, law.halved, o.halvedInTaxable > 0);
      benefit(Preference.HIGH_TECH, Outcome.NO_HIGH_TECH, by, benefits, without);
    }
    Outcome none = calculator.compute(annualReturn, law, Outcome.NO_PREFERENCE | Outcome.FACTS_MAY_BE_MISSING);
    return new Worth(List.copyOf(benefits), without, none);
  }

  private static void add(Set<Provision> to, Provision p, boolean used) {
    if (p != null && used) {
      to.add(p);
    }
  }

  private void benefit(Preference preference, int flag, Set<Provision> by, List<Benefit> benefits,
      Map<Preference, Outcome> without) {
    Outcome w = calculator.compute(annualReturn, outcome.law, flag | Outcome.FACTS_MAY_BE_MISSING);
    without.put(preference, w);
    benefits.add(new Benefit(preference, List.copyOf(by), Cny.ofFen(w.line28 - outcome.line28)));
  }

  /** The steps and the warnings, built from the recorded decisions when first read. */
  @Override
  public Explanation explanation() {
    return trace().explanation();
  }

  @Override
  public boolean equals(Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof AnnualReturnAssessment)) {
      return false;
    }
    AnnualReturnAssessment a = (AnnualReturnAssessment) o;
    return lines().equals(a.lines()) && outcome.chosen == a.outcome.chosen && annualReturn.equals(a.annualReturn)
        && (calculator == a.calculator || calculator.catalogue().equals(a.calculator.catalogue()));
  }

  @Override
  public int hashCode() {
    return Objects.hash(annualReturn, outcome.line23, outcome.line28);
  }

  /** The year, place and main lines (without building the explanation). */
  @Override
  public String toString() {
    Outcome o = outcome;
    return "AnnualReturnAssessment[" + taxYear() + ", " + jurisdiction().key() + ", line 19 "
        + Cny.ofFen(o.line19).format() + ", taxable income " + Cny.ofFen(o.line23).format() + ", relief "
        + Cny.ofFen(o.line26).format() + " (" + o.chosen.code() + "), tax due " + Cny.ofFen(o.line28).format() + "]";
  }

  private Object writeReplace() {
    return new Proxy(calculator.catalogue(), annualReturn, outcome.line28);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("use the serialization proxy");
  }

  /** The case and the tax due; reading assesses the case again and refuses a tax that differs. */
  private static final class Proxy implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Catalogue catalogue;
    private final AnnualReturnCase annualReturn;
    private final long taxDue;

    Proxy(Catalogue catalogue, AnnualReturnCase annualReturn, long taxDue) {
      this.catalogue = catalogue;
      this.annualReturn = annualReturn;
      this.taxDue = taxDue;
    }

    private Object readResolve() throws InvalidObjectException {
      AnnualReturnAssessment a = AnnualReturnCalculator.of(catalogue).assess(annualReturn);
      if (a.outcome.line28 != taxDue) {
        throw new InvalidObjectException("the stream's tax due (" + Cny.ofFen(taxDue) + ") is not that of its case ("
            + a.taxDue() + ")");
      }
      return a;
    }
  }
}
