package org.zhongchuang.policy.examples.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.zhongchuang.policy.Answer;
import org.zhongchuang.policy.catalogue.UnitKind;
import org.zhongchuang.policy.explain.Explanation;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.transfer.TransferCase;
import org.zhongchuang.policy.transfer.TransferMode;
import org.zhongchuang.policy.transfer.TransferRewardAssessment;
import org.zhongchuang.policy.transfer.TransferRewardCalculator;

/**
 * One results-transfer reward: the README's Jilin case (a state-established university, 1,000,000.00 of licence
 * income on 2016-06-01, 600,000.00 proposed, three members 3:2:1): the legal minimum, the policy level, both answers
 * and the team split. {@code peer} is the same arithmetic hand-coded with {@code BigDecimal}, as an accountant's tool
 * would: the floors looked up by hand, the proposal compared, the split by largest remainder.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class TransferBenchmark {

  private TransferRewardCalculator calculator;
  private TransferCase transferCase;
  private BigDecimal income;
  private BigDecimal proposal;
  private LocalDate date;
  private static final LocalDate N2015 = LocalDate.of(2015, 10, 1);
  private static final LocalDate JILIN = LocalDate.of(2015, 6, 8);
  private static final BigDecimal[] WEIGHTS = {BigDecimal.valueOf(3), BigDecimal.valueOf(2), BigDecimal.ONE};

  @Setup
  public void setUp() {
    calculator = TransferRewardCalculator.builtIn();
    date = LocalDate.of(2016, 6, 1);
    transferCase = TransferCase.builder()
        .jurisdiction(Jurisdiction.parse("吉林省"))
        .date(date)
        .unit(UnitKind.UNIVERSITY, true, false)
        .mode(TransferMode.TRANSFER_OR_LICENCE)
        .amount(Cny.parse("100万元"))
        .proposedReward(Cny.parse("60万元"))
        .member("张三", 3).member("李四", 2).member("王五", 1)
        .build();
    income = new BigDecimal("1000000.00");
    proposal = new BigDecimal("600000.00");
    TransferRewardAssessment r = library();
    if (!r.minimumReward().orElseThrow().equals(Cny.parse("500000")) || r.complies().orElseThrow() != Answer.YES
        || !r.policyFloorReward().orElseThrow().equals(Cny.parse("700000")) || r.split().size() != 3) {
      throw new IllegalStateException("unexpected result: " + r);
    }
    BigDecimal[] p = peer();
    if (p[0].compareTo(new BigDecimal("500000")) != 0 || p[5].compareTo(new BigDecimal("100000")) != 0) {
      throw new IllegalStateException("unexpected peer result");
    }
  }

  /** The amounts and answers, nothing reading the explanation. */
  @Benchmark
  public TransferRewardAssessment library() {
    return calculator.assess(transferCase);
  }

  /** The same, with the explanation built (not rendered). */
  @Benchmark
  public Explanation libraryExplained() {
    return calculator.assess(transferCase).explanation();
  }

  /** The same, rendered to Chinese text. */
  @Benchmark
  public String libraryRendered() {
    return calculator.assess(transferCase).render(Language.ZH);
  }

  /**
   * The same formulas hand-coded: legal share by date (20% before 2015-10-01, then 50%), Jilin's 70% from 2015-06-08,
   * minimum and policy level half-up to the fen, the two comparisons, the split of the proposal 3:2:1 by largest
   * remainder. Returns legal minimum, legal answer, policy level, policy answer, first part, policy shortfall.
   */
  @Benchmark
  public BigDecimal[] peer() {
    BigDecimal legalShare = date.isBefore(N2015) ? new BigDecimal("0.20") : new BigDecimal("0.50");
    BigDecimal floorShare = date.isBefore(JILIN) ? null : new BigDecimal("0.70");
    BigDecimal legal = income.multiply(legalShare).setScale(2, RoundingMode.HALF_UP);
    BigDecimal complies = proposal.compareTo(legal) >= 0 ? BigDecimal.ONE : BigDecimal.ZERO;
    BigDecimal level = floorShare == null ? null : income.multiply(floorShare).setScale(2, RoundingMode.HALF_UP);
    BigDecimal meets = level == null ? null : proposal.compareTo(level) >= 0 ? BigDecimal.ONE : BigDecimal.ZERO;
    BigDecimal shortfall = level == null ? null : level.subtract(proposal).max(BigDecimal.ZERO);
    BigDecimal total = WEIGHTS[0].add(WEIGHTS[1]).add(WEIGHTS[2]);
    BigDecimal fen = proposal.movePointRight(2);
    BigDecimal[] parts = new BigDecimal[3];
    BigDecimal[] rest = new BigDecimal[3];
    BigDecimal left = fen;
    for (int i = 0; i < 3; i++) {
      BigDecimal[] qr = fen.multiply(WEIGHTS[i]).divideAndRemainder(total);
      parts[i] = qr[0];
      rest[i] = qr[1];
      left = left.subtract(qr[0]);
    }
    for (int k = 0; k < left.intValue(); k++) {
      int best = 0;
      for (int i = 1; i < 3; i++) {
        if (rest[i].compareTo(rest[best]) > 0) {
          best = i;
        }
      }
      parts[best] = parts[best].add(BigDecimal.ONE);
      rest[best] = BigDecimal.valueOf(-1);
    }
    return new BigDecimal[] {legal, complies, level, meets, parts[0].movePointLeft(2), shortfall};
  }
}
