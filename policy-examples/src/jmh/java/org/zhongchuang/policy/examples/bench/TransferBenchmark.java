package org.zhongchuang.policy.examples.bench;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.zhongchuang.policy.catalogue.UnitKind;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.transfer.TransferCase;
import org.zhongchuang.policy.transfer.TransferMode;
import org.zhongchuang.policy.transfer.TransferRewardAssessment;
import org.zhongchuang.policy.transfer.TransferRewardCalculator;

/**
 * One results-transfer reward: the README's Jilin case (a state-established university, 1,000,000.00 of licence
 * income on 2016-03-01, 600,000.00 proposed, three members 3:2:1): statutory minimum, policy floor, binding minimum,
 * compliance and the team split.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TransferBenchmark {

  private TransferRewardCalculator calculator;
  private TransferCase transferCase;

  @Setup
  public void setUp() {
    calculator = TransferRewardCalculator.builtIn();
    transferCase = TransferCase.builder()
        .jurisdiction(Jurisdiction.parse("吉林省"))
        .date(LocalDate.of(2016, 3, 1))
        .unit(UnitKind.UNIVERSITY, true, false)
        .mode(TransferMode.TRANSFER_OR_LICENCE)
        .amount(Cny.parse("100万元"))
        .proposedReward(Cny.parse("60万元"))
        .member("张三", 3).member("李四", 2).member("王五", 1)
        .build();
    TransferRewardAssessment r = library();
    if (!r.minimumReward().orElseThrow().equals(Cny.parse("700000")) || r.split().size() != 3) {
      throw new IllegalStateException("unexpected result: " + r);
    }
  }

  /** The assessment with its explanation built, not rendered. */
  @Benchmark
  public TransferRewardAssessment library() {
    return calculator.assess(transferCase);
  }

  /** The same, rendered to Chinese text. */
  @Benchmark
  public String libraryRendered() {
    return calculator.assess(transferCase).render(Language.ZH);
  }
}
