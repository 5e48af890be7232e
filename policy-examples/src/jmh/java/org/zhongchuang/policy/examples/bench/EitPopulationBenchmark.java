package org.zhongchuang.policy.examples.bench;

import java.time.Year;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.zhongchuang.policy.eit.AnnualReturnCalculator;
import org.zhongchuang.policy.eit.AnnualReturnCase;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.tax.EnterpriseFacts;
import org.zhongchuang.policy.tax.TaxCase;

/**
 * A population of annual returns through {@link AnnualReturnCalculator#assessAll}, sequential and parallel: each
 * enterprise of {@link Population} (its year, place and size), with research costs, a loss of the year before and,
 * for one in three, high-tech status, all derived from its index. Each operation assesses the whole population and
 * sums the tax due (refused cases count apart).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class EitPopulationBenchmark {

  @Param("1000000")
  public int size;

  private AnnualReturnCalculator calculator;

  @Setup
  public void setUp() {
    calculator = AnnualReturnCalculator.builtIn();
    long[] sequential = totals(cases(10_000, false));
    long[] parallel = totals(cases(10_000, true));
    if (sequential[0] != parallel[0] || sequential[1] != parallel[1] || sequential[0] == 0) {
      throw new IllegalStateException("parallel and sequential disagree");
    }
  }

  /** The enterprise of an index: the population's tax case, as an annual return. */
  static AnnualReturnCase annualReturn(long index) {
    TaxCase t = Population.enterprise(index);
    EnterpriseFacts facts = t.facts();
    long profit = facts.taxableIncome().toFen();
    AnnualReturnCase.Builder b = AnnualReturnCase.builder().taxYear(t.taxYear()).jurisdiction(t.jurisdiction())
        .totalProfit(Cny.ofFen(profit + profit / 10)).researchExpensed(Cny.ofFen(Math.max(0, profit / 20)))
        .researchExpensedFourthQuarter(Cny.ofFen(Math.max(0, profit / 80))).highTech(index % 3 == 0)
        .enterprise(facts);
    if (index % 4 == 0 && t.taxYear().getValue() > 2008) {
      b.priorLoss(Year.of(t.taxYear().getValue() - 1), Cny.ofFen(1 + Math.abs(profit) / 40));
    }
    return b.build();
  }

  private static Stream<AnnualReturnCase> cases(int n, boolean parallel) {
    return Population.cases(n, parallel, EitPopulationBenchmark::annualReturn);
  }

  private long[] totals(Stream<AnnualReturnCase> cases) {
    return Population.totals(calculator.assessAll(cases), a -> a.taxDue().toFen());
  }

  /** The whole population, one thread. */
  @Benchmark
  public long[] sequential() {
    return totals(cases(size, false));
  }

  /** The whole population, every core. */
  @Benchmark
  public long[] parallel() {
    return totals(cases(size, true));
  }
}
