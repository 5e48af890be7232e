package org.zhongchuang.policy.eit;

import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.function.Function;
import org.zhongchuang.policy.ContradictoryFactsException;
import org.zhongchuang.policy.MissingFactsException;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.catalogue.HalvedIncomeRate;
import org.zhongchuang.policy.catalogue.LossCarryForward;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.TaxRate;
import org.zhongchuang.policy.catalogue.TransferIncomeRelief;
import org.zhongchuang.policy.catalogue.VentureCapitalDeduction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.tax.EnterpriseFacts;
import org.zhongchuang.policy.tax.SmallLowProfitTaxCalculator;
import org.zhongchuang.policy.tax.TaxAssessment;
import org.zhongchuang.policy.tax.TaxCase;
import org.zhongchuang.policy.text.Phrase;

/**
 * One reading of one return: every line in fen and the decisions behind it, computed once in the order of the form
 * (PROVISIONS.md §14). A reading removes preferences ({@link #NO_RESEARCH} …) for their worth, or reads an unconfirmed
 * point the other way ({@link #ALT_AMORTISATION_Q4} …). Each line is rounded half-up to the fen once; the lines add up
 * by construction. Effectively immutable once computed; only the assessment and the trace read it.
 */
final class Outcome {
  static final int NO_RESEARCH = 1;
  static final int NO_TRANSFER = 1 << 1;
  static final int NO_LOSS_EXTENSION = 1 << 2;
  static final int NO_VENTURE = 1 << 3;
  static final int NO_SMALL_LOW_PROFIT = 1 << 4;
  static final int NO_HIGH_TECH = 1 << 5;
  static final int NO_PREFERENCE = (1 << 6) - 1;
  /** §15 item 7: the fourth quarter of 2022's amortisation at the clause's expensed rate. */
  static final int ALT_AMORTISATION_Q4 = 1 << 6;
  /** §15 item 8: amortisation at the rate of the year the intangibles were formed. */
  static final int ALT_AMORTISATION_FORMED = 1 << 7;
  /** §14 line 26: the small low-profit relief applied to the halved part of transfer income too. */
  static final int ALT_HALVED_STACKED = 1 << 8;
  /** §15 item 13: a qualified year's own loss carried forward five years, not ten. */
  static final int ALT_OWN_LOSS_FIVE = 1 << 9;
  /**
   * For the worth of preferences: where the small low-profit facts were not given and could matter, the route is taken
   * as unavailable and the reading says so, instead of refusing.
   */
  static final int FACTS_MAY_BE_MISSING = 1 << 10;

  /** What an investment does this year. */
  enum Holding {
    /** The holding completes this year: its credit arises. */
    COMPLETES,
    /** It completes in a later year. */
    PENDING
  }

  final int flags;
  final AnnualReturnCase c;
  final YearLaw law;

  long line13;
  long line1516;
  long line17;
  long line19;
  long line20;
  long line21;
  long line22;
  long line23;
  long line25;
  long line26;
  long line28;
  boolean lossYear;

  // Research (line 17).
  YearLaw.Research research;
  long expensedRest;
  long expensedFourth;
  long extraRest;
  long extraFourth;
  boolean expensedSplit;
  /** Amortisation by the year of deduction: the total, the fourth quarter's, and their extras. */
  long amortised;
  long amortisedFourth;
  Share amortRateRest;
  Provision amortRestBy;
  Share amortRateFourth;
  Provision amortFourthBy;
  long amortExtraRest;
  long amortExtraFourth;
  boolean amortisationSplit;

  // Transfer income (line 20).
  long transferIncome;
  long exempt;
  long excess;
  long halvedReduction;
  /** The halved part left in taxable income: the excess less its reduction. */
  long halvedPart;
  boolean transferCapped;

  // Losses (line 21).
  Year[] lossYears;
  long[] lossAvailable;
  int[] lossLastYear;
  Provision[] lossExtendedBy;
  boolean[] lossOwnYear;
  long[] lossUsed;
  long usableLosses;
  int usableCount;
  int currentLossLastYear;
  Provision currentLossExtendedBy;
  boolean currentLossOwnYear;

  // Venture capital (line 22).
  LocalDate[] holdingCompletes;
  Holding[] holdings;
  Provision[] ventureBy;
  List<Provision> creditBy = new ArrayList<>(1);
  List<Long> creditBase = new ArrayList<>(1);
  List<Long> creditAmount = new ArrayList<>(1);
  long newCredit;
  long creditAvailable;
  long creditCarried;

  // Rate and relief (lines 24–28).
  long halvedInTaxable;
  /** The rate the halved part keeps apart from a relief: the halving rule's, else the statutory rate. */
  Share halvedRate;
  long taxHighTech = -1;
  long reliefHighTech;
  /** The small low-profit assessment judged on line 23, and the one the tax was taken from (line 23 less halved). */
  TaxAssessment smallLowProfitJudged;
  TaxAssessment smallLowProfitTaxed;
  long taxSmallLowProfit = -1;
  /** Whether the small low-profit facts were not given and could not matter. */
  boolean smallLowProfitNotGiven;
  /** Whether they were not given and could have mattered ({@link #FACTS_MAY_BE_MISSING} only). */
  boolean smallLowProfitUnknown;
  ReliefRoute chosen = ReliefRoute.NONE;

  // The unconfirmed points this reading depends on.
  boolean dependsOnQ4Amortisation;
  boolean dependsOnFormedYear;
  boolean dependsOnHalvedStacking;
  boolean dependsOnOwnYearLoss;

  private Outcome(AnnualReturnCase c, YearLaw law, int flags) {
    this.c = c;
    this.law = law;
    this.flags = flags;
  }

  boolean has(int flag) {
    return (flags & flag) != 0;
  }

  /**
   * Computes one reading.
   *
   * @param lawOf the law of another year of the same place (the year intangibles were formed), or null
   */
  static Outcome compute(AnnualReturnCase c, YearLaw law, int flags, Function<Year, YearLaw> lawOf,
      SmallLowProfitTaxCalculator smallLowProfit) {
    Outcome o = new Outcome(c, law, flags);
    o.run(lawOf, smallLowProfit);
    return o;
  }

  private void run(Function<Year, YearLaw> lawOf, SmallLowProfitTaxCalculator smallLowProfit) {
    line13 = c.totalProfit().toFen();
    line1516 = c.taxAdjustments().toFen();
    research(lawOf);
    line19 = Math.subtractExact(Math.addExact(line13, line1516), line17);
    lossYear = line19 <= 0;
    transfer();
    losses();
    venture();
    line23 = lossYear ? 0 : line19 - line20 - line21 - line22;
    line25 = times(line23, law.statutoryRate);
    relief(smallLowProfit);
    line28 = line25 - line26;
  }

  // ------------------------------------------------------------------------------------------------ line 17

  private void research(Function<Year, YearLaw> lawOf) {
    research = law.research[YearLaw.mask(c)];
    long expensed = c.researchExpensed().toFen();
    List<ResearchAmortisation> entries = c.researchAmortisation();
    if (has(NO_RESEARCH) || expensed == 0 && entries.isEmpty()) {
      return;
    }
    if (law.researchPartial != null) {
      throw new ContradictoryFactsException(List.of("researchExpensed", "researchAmortised"),
          Phrase.of("error.eit.researchPartial", law.year, law.researchPartial, law.researchPartial.validity()));
    }
    Cny q4 = c.researchExpensedFourthQuarterOrNull();
    expensedSplit = expensed > 0 && research.splitsExpensed();
    if (expensedSplit && q4 == null) {
      throw new MissingFactsException(List.of("researchExpensedFourthQuarter"), Phrase.of("error.eit.fourthQuarter",
          law.year, research.rest, research.restBy, research.fourth, research.fourthBy));
    }
    expensedFourth = expensedSplit ? q4.toFen() : 0;
    expensedRest = expensed - expensedFourth;
    extraRest = times(expensedRest, research.rest);
    extraFourth = times(expensedFourth, research.fourth);
    long extra = extraRest + extraFourth;

    for (ResearchAmortisation a : entries) {
      amortised = Math.addExact(amortised, a.charge().toFen());
    }
    if (amortised > 0) {
      boolean q4Question = research.splitsAmortisation(true) != research.splitsAmortisation(false);
      dependsOnQ4Amortisation = q4Question;
      amortisationSplit = research.splitsAmortisation(has(ALT_AMORTISATION_Q4));
      Cny amortQ4 = c.researchAmortisedFourthQuarterOrNull();
      if ((amortisationSplit || q4Question) && amortQ4 == null) {
        throw new MissingFactsException(List.of("researchAmortisedFourthQuarter"), Phrase.of(
            "error.eit.fourthQuarterAmortisation", law.year, research.amortRest, research.amortRestBy,
            research.amortFourthStatedBy));
      }
      dependsOnFormedYear = formedYearMatters(lawOf);
      if (has(ALT_AMORTISATION_FORMED)) {
        extra = Math.addExact(extra, byFormation(lawOf));
      } else {
        amortRateRest = research.amortRest;
        amortRestBy = research.amortRestBy;
        amortRateFourth = has(ALT_AMORTISATION_Q4) ? research.amortFourthStated : research.amortFourth;
        amortFourthBy = has(ALT_AMORTISATION_Q4) ? research.amortFourthStatedBy : research.amortFourthBy;
        amortisedFourth = amortisationSplit ? amortQ4.toFen() : 0;
        amortExtraRest = times(amortised - amortisedFourth, amortRateRest);
        amortExtraFourth = times(amortisedFourth, amortRateFourth);
        extra = Math.addExact(extra, amortExtraRest + amortExtraFourth);
      }
    }
    line17 = extra;
  }

  /**
   * Whether some intangibles were formed in another year (§15 item 8): their other reading needs that year's law,
   * which the catalogue must hold.
   */
  private boolean formedYearMatters(Function<Year, YearLaw> lawOf) {
    boolean other = false;
    for (ResearchAmortisation a : c.researchAmortisation()) {
      if (!a.formed().equals(law.year)) {
        if (lawOf.apply(a.formed()) == null) {
          throw new ContradictoryFactsException(List.of("researchAmortised"),
              Phrase.of("error.eit.formedBeforeLaw", a.formed(), law.year));
        }
        other = true;
      }
    }
    return other;
  }

  /** The other reading of §15 item 8: each year's intangibles at the rate of the year they were formed. */
  private long byFormation(Function<Year, YearLaw> lawOf) {
    SortedMap<Year, Long> byYear = new java.util.TreeMap<>();
    for (ResearchAmortisation a : c.researchAmortisation()) {
      byYear.merge(a.formed(), a.charge().toFen(), Math::addExact);
    }
    long total = 0;
    for (var e : byYear.entrySet()) {
      YearLaw then = e.getKey().equals(law.year) ? law : lawOf.apply(e.getKey());
      total = Math.addExact(total, times(e.getValue(), then.research[YearLaw.mask(c)].amortRest));
    }
    return total;
  }

  // ------------------------------------------------------------------------------------------------ line 20

  private void transfer() {
    transferIncome = c.transferIncome().toFen();
    if (transferIncome == 0 || has(NO_TRANSFER) || law.transfer == null) {
      return;
    }
    TransferIncomeRelief t = (TransferIncomeRelief) law.transfer.terms();
    exempt = Math.min(transferIncome, t.exemptUpTo().toFen());
    excess = transferIncome - exempt;
    halvedReduction = times(excess, t.excessCounted().complement());
    halvedPart = excess - halvedReduction;
    if (lossYear) {
      return;
    }
    long reduction = exempt + halvedReduction;
    transferCapped = reduction > line19;
    line20 = Math.min(reduction, line19);
  }

  // ------------------------------------------------------------------------------------------------ line 21

  private void losses() {
    int n = c.priorLosses().size();
    lossYears = new Year[n];
    lossAvailable = new long[n];
    lossLastYear = new int[n];
    lossExtendedBy = new Provision[n];
    lossOwnYear = new boolean[n];
    lossUsed = new long[n];
    int base = law.lossBase == null ? 0 : ((LossCarryForward) law.lossBase.terms()).years();
    int t = law.year.getValue();
    long room = lossYear ? 0 : line19 - line20;
    int i = 0;
    for (var e : c.priorLosses().entrySet()) {
      int year = e.getKey().getValue();
      lossYears[i] = e.getKey();
      lossAvailable[i] = e.getValue().toFen();
      expiry(i, year, base, t);
      if (lossLastYear[i] >= t) {
        usableCount++;
        usableLosses = Math.addExact(usableLosses, lossAvailable[i]);
        long use = Math.min(lossAvailable[i], room);
        lossUsed[i] = use;
        room -= use;
        line21 += use;
      }
      i++;
    }
    if (line19 < 0) {
      currentLossLastYear = t + base;
      if (c.qualifiedThisYear() && !has(NO_LOSS_EXTENSION)) {
        Provision ext = law.extensionFor(law.year);
        if (ext != null) {
          dependsOnOwnYearLoss = true;
          if (!has(ALT_OWN_LOSS_FIVE)) {
            currentLossLastYear = Math.max(currentLossLastYear, t + ((LossCarryForward) ext.terms()).years());
            currentLossExtendedBy = ext;
            currentLossOwnYear = true;
          }
        }
      }
    }
  }

  /** 财税〔2018〕76号 as PROVISIONS.md §11 applies it: a qualified year Y extends the losses of Y − 5 … Y − 1. */
  private void expiry(int i, int year, int base, int t) {
    int last = year + base;
    Provision by = null;
    Provision own = null;
    int ownLast = last;
    if (!has(NO_LOSS_EXTENSION)) {
      for (int y = year; y <= t; y++) {
        Year qualified = Year.of(y);
        if (!(y == t ? c.qualifiedThisYear() : c.qualifiedYears().contains(qualified))) {
          continue;
        }
        Provision ext = law.extensionFor(qualified);
        if (ext == null) {
          continue;
        }
        LossCarryForward l = (LossCarryForward) ext.terms();
        if (y == year) {
          ownLast = Math.max(ownLast, year + l.years());
          own = ext;
        } else if (y - l.lossesOfYearsBefore() <= year) {
          last = Math.max(last, year + l.years());
          by = ext;
        }
      }
    }
    if (own != null && ownLast > last) {
      dependsOnOwnYearLoss |= true;
      if (!has(ALT_OWN_LOSS_FIVE)) {
        last = ownLast;
        by = own;
        lossOwnYear[i] = true;
      }
    }
    lossLastYear[i] = last;
    lossExtendedBy[i] = by;
  }

  // ------------------------------------------------------------------------------------------------ line 22

  private void venture() {
    List<VentureInvestment> investments = c.ventureInvestments();
    int n = investments.size();
    holdingCompletes = new LocalDate[n];
    holdings = new Holding[n];
    ventureBy = new Provision[n];
    int t = law.year.getValue();
    for (int i = 0; i < n; i++) {
      VentureInvestment v = investments.get(i);
      Provision p = law.venture.get(v.investee());
      LocalDate given = v.heldUntilOrNull();
      if (p == null && (given == null || given.getYear() <= t)) {
        throw new ContradictoryFactsException(List.of("ventureInvestment"),
            Phrase.of("error.eit.noVentureLaw", v.investee(), law.year));
      }
      LocalDate completes = given != null ? given
          : v.investedOnOrNull().plus(((VentureCapitalDeduction) p.terms()).heldAtLeast());
      if (completes.getYear() < t) {
        throw new ContradictoryFactsException(List.of("ventureInvestment"),
            Phrase.of("error.eit.ventureEarlier", v.amount(), completes, law.year));
      }
      holdingCompletes[i] = completes;
      ventureBy[i] = p;
      holdings[i] = completes.getYear() == t ? Holding.COMPLETES : Holding.PENDING;
      if (holdings[i] == Holding.COMPLETES) {
        int k = creditBy.indexOf(p);
        if (k < 0) {
          creditBy.add(p);
          creditBase.add(0L);
          creditAmount.add(0L);
          k = creditBy.size() - 1;
        }
        creditBase.set(k, Math.addExact(creditBase.get(k), v.amount().toFen()));
      }
    }
    for (int k = 0; k < creditBy.size(); k++) {
      long credit = times(creditBase.get(k), ((VentureCapitalDeduction) creditBy.get(k).terms()).share());
      creditAmount.set(k, credit);
      newCredit = Math.addExact(newCredit, credit);
    }
    creditAvailable = Math.addExact(newCredit, c.ventureCreditCarriedIn().toFen());
    if (!lossYear && !has(NO_VENTURE)) {
      line22 = Math.min(creditAvailable, line19 - line20 - line21);
    }
    creditCarried = has(NO_VENTURE) ? creditAvailable : creditAvailable - line22;
  }

  // ------------------------------------------------------------------------------------------------ line 26

  private void relief(SmallLowProfitTaxCalculator smallLowProfit) {
    long taxNone = line25;
    if (line23 == 0) {
      return;
    }
    halvedInTaxable = Math.min(halvedPart, line23);
    halvedRate = law.halved == null ? law.statutoryRate : ((HalvedIncomeRate) law.halved.terms()).rate();
    long best = taxNone;
    if (c.highTech() && !has(NO_HIGH_TECH) && law.highTech != null) {
      Share high = ((TaxRate) law.highTech.terms()).rate();
      Share off = difference(law.statutoryRate, high);
      Share offHalved = difference(law.statutoryRate, law.halved == null ? high : halvedRate);
      reliefHighTech = sumTimes(line23 - halvedInTaxable, off, halvedInTaxable, offHalved);
      taxHighTech = line25 - reliefHighTech;
      if (taxHighTech < best) {
        best = taxHighTech;
        chosen = ReliefRoute.HIGH_TECH;
      }
    }
    if (!has(NO_SMALL_LOW_PROFIT)) {
      long tax = smallLowProfit(smallLowProfit);
      if (tax >= 0 && tax < best) {
        best = tax;
        chosen = ReliefRoute.SMALL_LOW_PROFIT;
      }
    }
    line26 = line25 - best;
  }

  /** The small low-profit route's tax, or −1 where the enterprise is not one (or the facts could not matter). */
  private long smallLowProfit(SmallLowProfitTaxCalculator calculator) {
    EnterpriseFacts facts = c.enterpriseOrNull();
    if (facts == null) {
      EnterpriseFacts probe = EnterpriseFacts.builder().taxableIncome(Cny.ofFen(line23))
          .restrictedOrProhibitedIndustry(false).assertQualifyingSize().build();
      TaxAssessment p;
      try {
        p = calculator.assess(TaxCase.of(law.year, c.jurisdiction(), probe));
      } catch (MissingFactsException e) {
        p = null;
      }
      if (p == null || p.eligible()) {
        if (has(FACTS_MAY_BE_MISSING)) {
          smallLowProfitUnknown = true;
          return -1;
        }
        throw missingFacts();
      }
      smallLowProfitNotGiven = true;
      smallLowProfitJudged = p;
      return -1;
    }
    TaxAssessment judged = calculator.assess(TaxCase.of(law.year, c.jurisdiction(), facts.withTaxableIncome(
        Cny.ofFen(line23))));
    smallLowProfitJudged = judged;
    if (!judged.eligible()) {
      return -1;
    }
    if (halvedInTaxable == 0) {
      smallLowProfitTaxed = judged;
      taxSmallLowProfit = judged.taxDue().toFen();
      return taxSmallLowProfit;
    }
    dependsOnHalvedStacking = true;
    if (has(ALT_HALVED_STACKED)) {
      smallLowProfitTaxed = judged;
      taxSmallLowProfit = judged.taxDue().toFen();
      return taxSmallLowProfit;
    }
    TaxAssessment rest = calculator.assess(TaxCase.of(law.year, c.jurisdiction(), facts.withTaxableIncome(
        Cny.ofFen(line23 - halvedInTaxable))));
    smallLowProfitTaxed = rest;
    taxSmallLowProfit = rest.taxDue().toFen() + times(halvedInTaxable, halvedRate);
    return taxSmallLowProfit;
  }

  private MissingFactsException missingFacts() {
    return new MissingFactsException(List.of("enterprise"), Phrase.of("error.eit.smallLowProfitFacts", law.year,
        Cny.ofFen(line23)));
  }

  /** The lines, the credit and the losses carried forward: what a reading shows. */
  boolean sameResult(Outcome other) {
    return Arrays.equals(new long[] {line17, line19, line20, line21, line22, line23, line25, line26, line28,
        creditCarried}, new long[] {other.line17, other.line19, other.line20, other.line21, other.line22, other.line23,
        other.line25, other.line26, other.line28, other.creditCarried})
        && AnnualReturnAssessment.carried(this).equals(AnnualReturnAssessment.carried(other));
  }

  // ------------------------------------------------------------------------------------------------ arithmetic

  /** {@code fen × share} rounded half-up; fen ≥ 0. */
  static long times(long fen, Share share) {
    long n = share.numerator();
    long d = share.denominator();
    if (fen == 0 || n == 0) {
      return 0;
    }
    if (fen <= Long.MAX_VALUE / n) {
      long product = fen * n;
      long q = product / d;
      long r = product - q * d;
      return r >= d - r ? q + 1 : q;
    }
    return Cny.ofFen(fen).multipliedBy(share, RoundingMode.HALF_UP).toFen();
  }

  /** {@code a × s + b × t} rounded half-up once; a, b ≥ 0. */
  static long sumTimes(long a, Share s, long b, Share t) {
    if (b == 0 || t.isZero()) {
      return times(a, s);
    }
    if (a == 0 || s.isZero()) {
      return times(b, t);
    }
    BigInteger d = BigInteger.valueOf(s.denominator()).multiply(BigInteger.valueOf(t.denominator()));
    BigInteger n = BigInteger.valueOf(a).multiply(BigInteger.valueOf(s.numerator()))
        .multiply(BigInteger.valueOf(t.denominator()))
        .add(BigInteger.valueOf(b).multiply(BigInteger.valueOf(t.numerator()))
            .multiply(BigInteger.valueOf(s.denominator())));
    BigInteger[] qr = n.divideAndRemainder(d);
    return qr[0].longValueExact() + (qr[1].shiftLeft(1).compareTo(d) >= 0 ? 1 : 0);
  }

  /** {@code a − b}, or zero where b is the larger. */
  static Share difference(Share a, Share b) {
    long n = Math.subtractExact(Math.multiplyExact(a.numerator(), b.denominator()),
        Math.multiplyExact(b.numerator(), a.denominator()));
    return Share.ofFraction(Math.max(0, n), Math.multiplyExact(a.denominator(), b.denominator()));
  }
}
