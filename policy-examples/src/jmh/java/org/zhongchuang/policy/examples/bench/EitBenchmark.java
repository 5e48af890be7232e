package org.zhongchuang.policy.examples.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.zhongchuang.policy.eit.AnnualReturnAssessment;
import org.zhongchuang.policy.eit.AnnualReturnCalculator;
import org.zhongchuang.policy.eit.AnnualReturnCase;
import org.zhongchuang.policy.explain.Explanation;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.tax.EnterpriseFacts;
import org.zhongchuang.policy.tax.Industry;

/**
 * One annual return (A100000): the library (the lines; with the explanation built; with the worth of each preference)
 * against a hand-coded {@code BigDecimal} peer, in the same run. Target: at most 2 µs per enterprise without the
 * explanation.
 *
 * <p>The enterprise, in 2022 and 2023: total profit 8,000,000.00, adjustments 200,000.00, research costs expensed
 * 1,000,000.00 (the fourth quarter's 300,000.00), technology-transfer revenue 6,000,000.00 at a cost of 1,000,000.00,
 * an unused loss of 2021 of 500,000.00, a high-tech enterprise with 400 employees and 80,000,000.00 of assets (not a
 * small low-profit enterprise). 2023: line 17 1,000,000.00, line 20 5,000,000.00, line 23 1,700,000.00, tax due
 * 255,000.00. The set-up refuses to run if the library and the peer disagree.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class EitBenchmark {

  @Param({"2022", "2023"})
  public int year;

  private AnnualReturnCalculator calculator;
  private AnnualReturnCase annualReturn;

  @Setup
  public void setUp() {
    calculator = AnnualReturnCalculator.builtIn();
    annualReturn = AnnualReturnCase.builder().taxYear(year).jurisdiction(Jurisdiction.CHINA)
        .totalProfit(Cny.ofYuan(8_000_000)).taxAdjustments(Cny.ofYuan(200_000)).researchExpensed(Cny.ofYuan(1_000_000))
        .researchExpensedFourthQuarter(Cny.ofYuan(300_000)).transfer(Cny.ofYuan(6_000_000), Cny.ofYuan(1_000_000))
        .priorLoss(Year.of(2021), Cny.ofYuan(500_000)).highTech(true)
        .enterprise(EnterpriseFacts.builder().restrictedOrProhibitedIndustry(false).industry(Industry.OTHER)
            .employees(400).totalAssets(Cny.ofYuan(80_000_000)))
        .build();
    AnnualReturnAssessment a = library();
    Peer p = peer();
    if (a.taxDue().toBigDecimal().compareTo(p.taxDue()) != 0
        || a.taxableIncome().toBigDecimal().compareTo(p.taxableIncome()) != 0
        || a.researchExtraDeduction().toBigDecimal().compareTo(p.line17()) != 0) {
      throw new IllegalStateException("the peer disagrees with the library for " + year + ": " + a + " / " + p);
    }
  }

  /** The library's core call: every line computed, the decisions recorded; no text. */
  @Benchmark
  public AnnualReturnAssessment library() {
    return calculator.assess(annualReturn);
  }

  /** The core call with its explanation built (steps, warnings, citations, and so the worth of each preference). */
  @Benchmark
  public Explanation libraryExplained() {
    return calculator.assess(annualReturn).explanation();
  }

  /** The core call and the worth of each preference (one more reading per preference, and one with none). */
  @Benchmark
  public Cny libraryWithWorth() {
    return calculator.assess(annualReturn).totalBenefit();
  }

  /** What the peer returns. */
  public record Peer(BigDecimal line17, BigDecimal taxableIncome, BigDecimal taxDue) {}

  private static final BigDecimal P25 = new BigDecimal("0.25");
  private static final BigDecimal P10 = new BigDecimal("0.10");
  private static final BigDecimal P75 = new BigDecimal("0.75");
  private static final BigDecimal P100 = BigDecimal.ONE;
  private static final BigDecimal HALF = new BigDecimal("0.5");
  private static final BigDecimal FIVE_MILLION = new BigDecimal("5000000");
  private static final BigDecimal CEILING = new BigDecimal("3000000");

  /**
   * The accountant's tool: the same return hand-coded with {@code BigDecimal} for 2022 and 2023 only, the rates
   * written in (75% and 100% in the fourth quarter of 2022, 100% from 2023; 5,000,000 exempt, the rest halved; losses
   * of the last five years; the high-tech 10% off, the halved part apart; 300 employees and 50,000,000 of assets for a
   * small low-profit enterprise). No explanation, no citations.
   */
  @Benchmark
  public Peer peer() {
    BigDecimal profit = new BigDecimal("8000000.00").add(new BigDecimal("200000.00"));
    BigDecimal expensed = new BigDecimal("1000000.00");
    BigDecimal line17 = year == 2022
        ? round(expensed.subtract(new BigDecimal("300000.00")).multiply(P75))
            .add(round(new BigDecimal("300000.00").multiply(P100)))
        : round(expensed.multiply(P100));
    BigDecimal line19 = profit.subtract(line17);
    BigDecimal income = new BigDecimal("6000000.00").subtract(new BigDecimal("1000000.00"));
    BigDecimal exempt = income.min(FIVE_MILLION);
    BigDecimal excess = income.subtract(exempt);
    BigDecimal halvedReduction = round(excess.multiply(HALF));
    BigDecimal halved = excess.subtract(halvedReduction);
    BigDecimal line20 = exempt.add(halvedReduction).min(line19.max(BigDecimal.ZERO));
    BigDecimal loss = year - 2021 <= 5 ? new BigDecimal("500000.00") : BigDecimal.ZERO;
    BigDecimal line21 = loss.min(line19.subtract(line20));
    BigDecimal line23 = line19.subtract(line20).subtract(line21);
    BigDecimal line25 = round(line23.multiply(P25));
    boolean small = line23.compareTo(CEILING) <= 0 && 400 <= 300;
    BigDecimal relief = small ? BigDecimal.ZERO : round(line23.subtract(halved.min(line23)).multiply(P10));
    return new Peer(line17, line23, line25.subtract(relief));
  }

  private static BigDecimal round(BigDecimal yuan) {
    return yuan.setScale(2, RoundingMode.HALF_UP);
  }
}
