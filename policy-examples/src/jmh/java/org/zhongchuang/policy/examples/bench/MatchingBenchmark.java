package org.zhongchuang.policy.examples.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
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
import org.zhongchuang.policy.explain.Explanation;
import org.zhongchuang.policy.grants.Award;
import org.zhongchuang.policy.grants.MatchingAssessment;
import org.zhongchuang.policy.grants.MatchingCalculator;
import org.zhongchuang.policy.grants.MatchingCase;
import org.zhongchuang.policy.grants.MatchingLine;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.text.Language;

/**
 * One 1:1 matching of three awards of a Jiaxing maker space (嘉政办发〔2015〕90号 五(二)): a national award of 300,000.00,
 * a provincial one of 125,000.00 (both matched) and a municipal one of 50,000.00 (not eligible) — 425,000.00.
 *
 * <p>{@code library}: the amounts only (nothing reads the explanation); {@code libraryExplained}: the explanation
 * built; {@code libraryRendered}: rendered to Chinese text; {@code peer}: the same matching hand-coded with
 * {@link BigDecimal} as an accountant's tool would code it, line by line and the total, with Jiaxing's rule written
 * into the code. The set-up refuses to run if the library and the peer disagree.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MatchingBenchmark {

  private MatchingCalculator calculator;
  private MatchingCase matchingCase;
  private PeerAward[] peerAwards;

  /** An award as the peer holds it. */
  record PeerAward(String level, BigDecimal amount, LocalDate date) {}

  /** What the peer returns: the matching per award and the total. */
  record PeerResult(BigDecimal[] lines, BigDecimal total) {}

  private static final LocalDate PEER_FIRST_DAY = LocalDate.of(2015, 12, 1);
  private static final LocalDate PEER_LAST_CERTAIN_DAY = LocalDate.of(2020, 12, 31);
  private static final BigDecimal PEER_RATIO = BigDecimal.ONE;

  @Setup
  public void setUp() {
    calculator = MatchingCalculator.builtIn();
    List<Award> awards = List.of(
        Award.of(AwardLevel.NATIONAL, Cny.parse("30万元"), LocalDate.of(2016, 3, 1), "科学技术部"),
        Award.of(AwardLevel.PROVINCIAL, Cny.parse("12.5万元"), LocalDate.of(2017, 7, 15), "浙江省科学技术厅"),
        Award.of(AwardLevel.MUNICIPAL, Cny.parse("5万元"), LocalDate.of(2017, 8, 1), "嘉兴市科学技术局"));
    matchingCase = MatchingCase.of(Jurisdiction.parse("嘉兴市"), awards);
    peerAwards = awards.stream().map(a -> new PeerAward(a.level().name().toLowerCase(java.util.Locale.ROOT),
        a.amount().toBigDecimal(), a.date())).toArray(PeerAward[]::new);

    MatchingAssessment library = library();
    PeerResult peer = peer();
    BigDecimal[] libraryLines = library.lines().stream().map(MatchingLine::matched).map(Cny::toBigDecimal)
        .toArray(BigDecimal[]::new);
    if (!library.matchingAmount().equals(Cny.parse("425000")) || library.matchingAmount().toBigDecimal()
        .compareTo(peer.total()) != 0 || !Arrays.equals(libraryLines, peer.lines())) {
      throw new IllegalStateException("the peer disagrees with the library: " + library + ", peer "
          + Arrays.toString(peer.lines()) + " = " + peer.total());
    }
    if (libraryRendered().isEmpty()) {
      throw new IllegalStateException("nothing rendered");
    }
  }

  /** The amounts: what nothing that reads the explanation pays for. */
  @Benchmark
  public MatchingAssessment library() {
    return calculator.assess(matchingCase);
  }

  /** The same, with the explanation built from the recorded decisions. */
  @Benchmark
  public Explanation libraryExplained() {
    return calculator.assess(matchingCase).explanation();
  }

  /** The same, rendered to Chinese text. */
  @Benchmark
  public String libraryRendered() {
    return calculator.assess(matchingCase).render(Language.ZH);
  }

  /** The {@code BigDecimal} peer: 1:1 on national and provincial awards dated 2015-12-01 … 2020-12-31. */
  @Benchmark
  public PeerResult peer() {
    PeerAward[] awards = peerAwards;
    BigDecimal[] lines = new BigDecimal[awards.length];
    BigDecimal total = BigDecimal.ZERO.setScale(2);
    for (int i = 0; i < awards.length; i++) {
      PeerAward a = awards[i];
      boolean eligible = a.level().equals("national") || a.level().equals("provincial");
      boolean inForce = !a.date().isBefore(PEER_FIRST_DAY) && !a.date().isAfter(PEER_LAST_CERTAIN_DAY);
      BigDecimal matched = eligible && inForce ? a.amount().multiply(PEER_RATIO).setScale(2, RoundingMode.HALF_UP)
          : BigDecimal.ZERO.setScale(2);
      lines[i] = matched;
      total = total.add(matched);
    }
    return new PeerResult(lines, total);
  }
}
