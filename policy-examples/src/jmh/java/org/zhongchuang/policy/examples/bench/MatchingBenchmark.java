package org.zhongchuang.policy.examples.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.zhongchuang.policy.catalogue.AwardLevel;
import org.zhongchuang.policy.grants.Award;
import org.zhongchuang.policy.grants.MatchingCalculator;
import org.zhongchuang.policy.grants.MatchingResult;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.text.Language;

/** One 1:1 matching of the README's four awards in Jiaxing (one not eligible, one in the uncertain year 2021). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MatchingBenchmark {

  private MatchingCalculator calculator;
  private List<Award> awards;

  @Setup
  public void setUp() {
    calculator = MatchingCalculator.builtIn();
    awards = List.of(
        Award.of(AwardLevel.NATIONAL, Cny.parse("30万元"), LocalDate.of(2016, 3, 1), "科学技术部"),
        Award.of(AwardLevel.PROVINCIAL, Cny.parse("12.5万元"), LocalDate.of(2017, 7, 15), "浙江省科学技术厅"),
        Award.of(AwardLevel.MUNICIPAL, Cny.parse("5万元"), LocalDate.of(2017, 8, 1), "嘉兴市科学技术局"),
        Award.of(AwardLevel.NATIONAL, Cny.parse("10万元"), LocalDate.of(2021, 6, 1), "科学技术部"));
    if (!library().matchingAmount().equals(Cny.parse("425000"))) {
      throw new IllegalStateException("unexpected result: " + library());
    }
  }

  /** The matching with its explanation built, not rendered. */
  @Benchmark
  public MatchingResult library() {
    return calculator.match(Jurisdiction.JIAXING, awards);
  }

  /** The same, rendered to Chinese text. */
  @Benchmark
  public String libraryRendered() {
    return calculator.match(Jurisdiction.JIAXING, awards).render(Language.ZH);
  }
}
