package org.zhongchuang.policy.eit;

import static java.math.BigDecimal.ZERO;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.VentureCapitalDeduction.Investee;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.tax.EnterpriseFacts;
import org.zhongchuang.policy.tax.ReferenceTax;
import org.zhongchuang.policy.tax.TaxCase;

/**
 * A slow, obviously correct second reading of PROVISIONS.md §8–§11 and §14, written from the specification's tables
 * and not from the calculator, as an oracle for property tests. It reads no catalogue for the innovation preferences:
 * the rates, ceilings, periods and years are the specification's, written here as it states them; the small
 * low-profit route is {@link ReferenceTax}'s, itself written apart from that calculator. Every amount is a
 * {@link BigDecimal} of yuan, every shown amount rounded half-up to the fen once.
 *
 * <p>The readings it takes where the specification leaves a point open are the calculator's documented ones (the
 * rate of the year of deduction; no amortisation share in 2022's fourth quarter beyond the year's; a qualified year's
 * own loss ten years; the halved part of transfer income kept apart from the small low-profit relief; losses oldest
 * first; annual rules as in force at the year's end, so 国税函〔2010〕157号 governs 2010 on).
 */
final class ReferenceReturn {
  private ReferenceReturn() {}

  /** The lines in fen, the route, and the credit carried forward. */
  record Result(long line17, long line19, long line20, long line21, long line22, long line23, long line25,
      long line26, long line28, ReliefRoute chosen, long creditCarried) {}

  private static final BigDecimal P25 = new BigDecimal("0.25");
  private static final BigDecimal P10 = new BigDecimal("0.10");
  private static final BigDecimal HALF = new BigDecimal("0.5");
  private static final BigDecimal FIVE_MILLION = new BigDecimal("5000000");
  private static final BigDecimal SEVENTY = new BigDecimal("0.70");

  /** §8's table: the highest rate of the rows covering the enterprise and the year; rates never add. */
  static BigDecimal researchRate(AnnualReturnCase c, int t, boolean fourthQuarter, boolean amortisation) {
    if (c.negativeListIndustry() && t >= 2016) {
      return ZERO;
    }
    BigDecimal best = ZERO;
    best = best.max(pct(t >= 2008, "0.50"));                                              // R0 (and R1)
    best = best.max(pct(c.technologySme() && t >= 2017 && t <= 2019, "0.75"));          // R2
    best = best.max(pct(t >= 2018 && t <= 2023, "0.75"));                                // R3 and its extension
    best = best.max(pct(c.manufacturing() && t >= 2021 && t <= 2022, "1.00"));           // R4
    best = best.max(pct(c.technologySme() && t == 2022, "1.00"));                        // R5
    best = best.max(pct(!amortisation && fourthQuarter && t == 2022, "1.00"));           // R6: no amortisation share
    best = best.max(pct(t >= 2023, "1.00"));                                             // R7
    best = best.max(pct(c.listedIcOrMachineTool() && t >= 2023 && t <= 2027, "1.20"));   // R8
    return best;
  }

  private static BigDecimal pct(boolean covers, String rate) {
    return covers ? new BigDecimal(rate) : ZERO;
  }

  static Result assess(Catalogue catalogue, AnnualReturnCase c) {
    int t = c.taxYear().getValue();
    BigDecimal profit = c.totalProfit().toBigDecimal().add(c.taxAdjustments().toBigDecimal());

    // Line 17 (§8).
    BigDecimal expensed = c.researchExpensed().toBigDecimal();
    BigDecimal rest = researchRate(c, t, false, false);
    BigDecimal fourth = researchRate(c, t, true, false);
    BigDecimal line17 = ZERO;
    if (rest.compareTo(fourth) == 0 || expensed.signum() == 0) {
      line17 = line17.add(round(expensed.multiply(rest)));
    } else {
      BigDecimal q4 = c.researchExpensedFourthQuarter().orElseThrow().toBigDecimal();
      line17 = line17.add(round(expensed.subtract(q4).multiply(rest))).add(round(q4.multiply(fourth)));
    }
    BigDecimal charges = ZERO;
    for (ResearchAmortisation a : c.researchAmortisation()) {
      charges = charges.add(a.charge().toBigDecimal());
    }
    line17 = line17.add(round(charges.multiply(researchRate(c, t, false, true))));
    BigDecimal line19 = profit.subtract(line17);
    boolean loss = line19.signum() <= 0;

    // Line 20 (§9).
    BigDecimal income = c.transferIncome().toBigDecimal();
    BigDecimal exempt = income.min(FIVE_MILLION);
    BigDecimal excess = income.subtract(exempt);
    BigDecimal halvedReduction = round(excess.multiply(HALF));
    BigDecimal halved = excess.subtract(halvedReduction);
    BigDecimal line20 = loss ? ZERO : exempt.add(halvedReduction).min(line19);

    // Line 21 (§11): five years, ten for the five years before a qualified year from 2018; oldest first.
    Set<Integer> qualified = new TreeSet<>();
    c.qualifiedYears().forEach(y -> qualified.add(y.getValue()));
    if (c.highTech() || c.technologySme()) {
      qualified.add(t);
    }
    BigDecimal room = loss ? ZERO : line19.subtract(line20);
    BigDecimal line21 = ZERO;
    for (Map.Entry<Year, Cny> e : c.priorLosses().entrySet()) {
      int year = e.getKey().getValue();
      int last = year + 5;
      for (int y : qualified) {
        if (y >= 2018 && y <= t && y - 5 <= year && year <= y) {
          last = Math.max(last, year + 10);
        }
      }
      if (last >= t) {
        BigDecimal used = e.getValue().toBigDecimal().min(room);
        room = room.subtract(used);
        line21 = line21.add(used);
      }
    }

    // Line 22 (§10): 70% of each kind's investments whose 24 months complete this year.
    BigDecimal credit = ZERO;
    for (Investee kind : Investee.values()) {
      BigDecimal base = ZERO;
      for (VentureInvestment v : c.ventureInvestments()) {
        LocalDate completes = v.heldUntil().orElseGet(() -> v.investedOn().orElseThrow().plusMonths(24));
        if (v.investee() == kind && completes.getYear() == t) {
          base = base.add(v.amount().toBigDecimal());
        }
      }
      credit = credit.add(round(base.multiply(SEVENTY)));
    }
    BigDecimal available = credit.add(c.ventureCreditCarriedIn().toBigDecimal());
    BigDecimal line22 = loss ? ZERO : available.min(line19.subtract(line20).subtract(line21));

    // Lines 23–28 (§11, §14).
    BigDecimal line23 = loss ? ZERO : line19.subtract(line20).subtract(line21).subtract(line22);
    BigDecimal line25 = round(line23.multiply(P25));
    BigDecimal tax = line25;
    ReliefRoute chosen = ReliefRoute.NONE;
    BigDecimal inTaxable = halved.min(line23);
    if (line23.signum() > 0 && c.highTech()) {
      BigDecimal base = t >= 2010 ? line23.subtract(inTaxable) : line23;
      BigDecimal high = line25.subtract(round(base.multiply(P10)));
      if (high.compareTo(tax) < 0) {
        tax = high;
        chosen = ReliefRoute.HIGH_TECH;
      }
    }
    if (line23.signum() > 0) {
      ReferenceTax.Result judged = slpe(catalogue, c, line23);
      if (judged.eligible()) {
        BigDecimal small = inTaxable.signum() == 0 ? fenToYuan(judged.taxDue())
            : fenToYuan(slpe(catalogue, c, line23.subtract(inTaxable)).taxDue()).add(round(inTaxable.multiply(P25)));
        if (small.compareTo(tax) < 0) {
          tax = small;
          chosen = ReliefRoute.SMALL_LOW_PROFIT;
        }
      }
    }
    return new Result(fen(line17), fen(line19), fen(line20), fen(line21), fen(line22), fen(line23), fen(line25),
        fen(line25.subtract(tax)), fen(tax), chosen, fen(available.subtract(line22)));
  }

  private static ReferenceTax.Result slpe(Catalogue catalogue, AnnualReturnCase c, BigDecimal income) {
    EnterpriseFacts facts = c.enterprise().orElseThrow().withTaxableIncome(Cny.of(income));
    return ReferenceTax.assess(catalogue, TaxCase.of(c.taxYear(), c.jurisdiction(), facts));
  }

  private static BigDecimal round(BigDecimal yuan) {
    return yuan.setScale(2, RoundingMode.HALF_UP);
  }

  private static long fen(BigDecimal yuan) {
    return yuan.movePointRight(2).longValueExact();
  }

  private static BigDecimal fenToYuan(long fen) {
    return BigDecimal.valueOf(fen, 2);
  }
}
