package org.zhongchuang.policy.examples.bench;

import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
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
import org.zhongchuang.policy.tax.SmallLowProfitTaxCalculator;
import org.zhongchuang.policy.tax.TaxCase;

/**
 * A population of generated enterprises ({@link Population}) through
 * {@link SmallLowProfitTaxCalculator#assessAll}, sequential and parallel; each operation assesses the whole population
 * and sums the tax due (refused cases count apart). {@code generateOnly} is the cost of generating the cases alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class PopulationBenchmark {

  @Param("1000000")
  public int size;

  private SmallLowProfitTaxCalculator calculator;

  @Setup
  public void setUp() {
    calculator = SmallLowProfitTaxCalculator.builtIn();
    long[] sequential = totals(cases(10_000, false));
    long[] parallel = totals(cases(10_000, true));
    if (sequential[0] != parallel[0] || sequential[1] != parallel[1] || sequential[1] == 0) {
      throw new IllegalStateException("parallel and sequential disagree");
    }
  }

  private static Stream<TaxCase> cases(int n, boolean parallel) {
    return Population.cases(n, parallel, Population::enterprise);
  }

  private long[] totals(Stream<TaxCase> cases) {
    return Population.totals(calculator.assessAll(cases), a -> a.taxDue().toFen());
  }

  @Benchmark
  public long[] sequential() {
    return totals(cases(size, false));
  }

  @Benchmark
  public long[] parallel() {
    return totals(cases(size, true));
  }

  @Benchmark
  public long generateOnly() {
    return LongStream.range(0, size).mapToObj(Population::enterprise)
        .mapToLong(c -> c.facts().taxableIncome().toFen()).sum();
  }
}
