package org.zhongchuang.policy.eit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.time.Year;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;
import org.zhongchuang.policy.catalogue.VentureCapitalDeduction.Investee;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.tax.EnterpriseFacts;
import org.zhongchuang.policy.tax.Industry;

/**
 * Returns for property tests: any year 2008–2029 (the boundary years of §8 more often), profits and adjustments of
 * any sign, research costs and amortisation, every combination of categories, transfer income around its 5,000,000
 * ceiling, losses of the twelve years before with qualified years, venture-capital holdings completing around the
 * year, and small, large or asserted enterprises. Every case is one the calculator answers: the fourth quarter's
 * figures are always given, intangibles are formed from 2008, holdings complete in the year or later, start-up
 * investees only from 2018.
 */
final class Returns {
  private Returns() {}

  /** The examples a property runs: {@code full}, or fewer where the mutation run asks ({@code QT_EXAMPLES}). */
  static int examples(int full) {
    Integer asked = Integer.getInteger("QT_EXAMPLES");
    return asked == null ? full : Math.min(full, asked);
  }

  private static final int[] BOUNDARY_YEARS = {2008, 2010, 2015, 2016, 2017, 2018, 2019, 2021, 2022, 2023, 2027,
      2028};

  static Gen<AnnualReturnCase> cases() {
    Gen<Integer> years = integers().between(2008, 2029)
        .mix(integers().between(0, BOUNDARY_YEARS.length - 1).map(i -> BOUNDARY_YEARS[i]), 40);
    return years.zip(longs().all(), Returns::build);
  }

  /** A money amount in fen: often round, sometimes a few fen off a threshold, up to {@code maxYuan}. */
  static long fen(SplittableRandom r, long maxYuan) {
    return switch (r.nextInt(4)) {
      case 0 -> r.nextLong(maxYuan + 1) * 100;
      case 1 -> r.nextLong(maxYuan * 100 + 1);
      case 2 -> r.nextLong(maxYuan / 10_000 + 1) * 1_000_000;
      default -> Math.max(0, pick(r, 0L, 20_000_000L, 30_000_000L, 100_000_000L, 300_000_000L, 500_000_000L)
          + r.nextLong(-2, 3));
    };
  }

  private static long pick(SplittableRandom r, long... values) {
    return values[r.nextInt(values.length)];
  }

  static AnnualReturnCase build(int year, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    AnnualReturnCase.Builder b = AnnualReturnCase.builder().taxYear(year)
        .jurisdiction(r.nextInt(4) == 0 ? Jurisdiction.parse("嘉兴市") : Jurisdiction.CHINA)
        .totalProfit(Cny.ofFen(r.nextInt(5) == 0 ? -fen(r, 5_000_000) : fen(r, 20_000_000)))
        .taxAdjustments(Cny.ofFen(r.nextInt(3) == 0 ? fen(r, 1_000_000) * (r.nextBoolean() ? 1 : -1) : 0));
    int categories = r.nextInt(64);
    b.manufacturing((categories & 1) != 0).technologySme((categories & 2) != 0)
        .listedIcOrMachineTool((categories & 4) != 0 && r.nextBoolean())
        .negativeListIndustry((categories & 8) != 0 && r.nextInt(3) == 0).highTech((categories & 16) != 0);
    if (r.nextInt(3) > 0) {
      long expensed = fen(r, 3_000_000);
      b.researchExpensed(Cny.ofFen(expensed)).researchExpensedFourthQuarter(Cny.ofFen(r.nextLong(expensed + 1)));
    }
    if (r.nextInt(3) == 0) {
      long total = 0;
      for (int i = 0, n = 1 + r.nextInt(2); i < n; i++) {
        long charge = 1 + fen(r, 500_000);
        total += charge;
        b.researchAmortised(Year.of(Math.max(2008, year - r.nextInt(8))), Cny.ofFen(charge));
      }
      b.researchAmortisedFourthQuarter(Cny.ofFen(r.nextLong(total + 1)));
    }
    if (r.nextInt(3) == 0) {
      long revenue = r.nextBoolean() ? 500_000_000L + r.nextLong(-3, 4) : fen(r, 12_000_000);
      b.transfer(Cny.ofFen(revenue), Cny.ofFen(r.nextInt(3) == 0 ? r.nextLong(revenue + 1) : 0));
    }
    for (int back = 1; back <= 12; back++) {
      if (r.nextInt(4) == 0) {
        b.priorLoss(Year.of(year - back), Cny.ofFen(1 + fen(r, 2_000_000)));
      }
      if (back <= 8 && r.nextInt(4) == 0) {
        b.qualifiedYears(Year.of(year - back));
      }
    }
    for (int i = 0, n = r.nextInt(4) == 0 ? 1 + r.nextInt(2) : 0; i < n; i++) {
      LocalDate completes = LocalDate.of(year, 1, 1).plusDays(r.nextInt(900));
      Investee investee = year >= 2018 && r.nextBoolean() ? Investee.START_UP_TECHNOLOGY
          : Investee.SME_HIGH_TECH;
      Cny amount = Cny.ofFen(1 + fen(r, 3_000_000));
      b.ventureInvestment(r.nextBoolean() ? VentureInvestment.heldUntil(amount, completes, investee)
          : VentureInvestment.invested(amount, completes.minusYears(2), investee));
    }
    if (r.nextInt(5) == 0) {
      b.ventureCreditCarriedIn(Cny.ofFen(fen(r, 1_000_000)));
    }
    EnterpriseFacts.Builder facts = EnterpriseFacts.builder().restrictedOrProhibitedIndustry(r.nextInt(20) == 0)
        .established(LocalDate.of(Math.min(year, 2014 + r.nextInt(3)), 1 + r.nextInt(12), 1));
    switch (r.nextInt(3)) {
      case 0 -> facts.assertQualifyingSize();
      case 1 -> facts.industry(r.nextBoolean() ? Industry.INDUSTRIAL : Industry.OTHER).employees(r.nextInt(90))
          .totalAssets(Cny.ofYuan(r.nextLong(9_000_000)));
      default -> facts.industry(Industry.OTHER).employees(200 + r.nextInt(400)).totalAssets(Cny.ofYuan(60_000_000));
    }
    return b.enterprise(facts).build();
  }
}
