package org.zhongchuang.policy.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.zhongchuang.policy.tax.SmallLowProfitTaxPropertiesTest.examples;

import com.google.common.collect.ImmutableList;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.zhongchuang.policy.money.AmountOverflowException;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;

/** Dividing by multiplying gives exactly what the money type gives, over the whole range of {@code long}. */
class FenRateTest {
  private static final long LIMIT = 1L << 62;

  private static long expected(long fen, Share share) {
    return Cny.ofFen(fen).multipliedBy(share, RoundingMode.HALF_UP).toFen();
  }

  /** Amounts from one fen to Long.MAX_VALUE, often near 2^62 and near multiples of the denominators. */
  private static final Gen<Long> FEN = longs().between(1, 1_000_000_000_000L)
      .mix(longs().between(1, Long.MAX_VALUE), 30)
      .mix(longs().between(LIMIT - 1_000, LIMIT + 1_000), 10)
      .mix(arbitrary().pick(ImmutableList.of(1L, 2L, 3L, 39L, 40L, 41L, LIMIT - 1, LIMIT, Long.MAX_VALUE)), 10);

  private static final Gen<Share> SHARES = longs().between(0, 1_000).zip(longs().between(1, 1_000_000),
      Share::ofFraction)
      .mix(longs().between(1, 3).zip(longs().between(1, Long.MAX_VALUE), Share::ofFraction), 20)
      .mix(arbitrary().pick(ImmutableList.of(Share.percent(25), Share.ofFraction(1, 40), Share.ofFraction(1, 10),
          Share.ofFraction(1, 20), Share.ofFraction(1, 3), Share.ONE, Share.ofFraction(1, 2),
          Share.ofFraction(1, (1L << 62) - 1), Share.ofFraction(1, 1L << 62), Share.ofFraction(2, 3))), 20);

  @Test
  void agreesWithTheMoneyType() {
    qt().withExamples(examples(200_000)).forAll(FEN, SHARES).checkAssert((fen, share) -> {
      FenRate rate = new FenRate(share);
      long want;
      try {
        want = expected(fen, share);
      } catch (AmountOverflowException e) {
        assertThatThrownBy(() -> rate.of(fen)).isInstanceOf(AmountOverflowException.class);
        return;
      }
      assertThat(rate.of(fen)).as("%s × %s", fen, share).isEqualTo(want);
    });
  }

  @Test
  void everyNumeratorBelowTheLimitDividesExactly() {
    // Exhaustive over small amounts for the tax law's denominators, half-way cases included.
    for (long d : new long[] {3, 4, 5, 8, 10, 20, 40, 80, 1_000_003}) {
      FenRate rate = new FenRate(Share.ofFraction(1, d));
      for (long fen = 1; fen <= 20_000; fen++) {
        assertThat(rate.of(fen)).as("%s ÷ %s", fen, d).isEqualTo(expected(fen, Share.ofFraction(1, d)));
      }
    }
  }

  @Test
  void halfwayRoundsUp() {
    assertThat(new FenRate(Share.ofFraction(1, 4)).of(2)).isEqualTo(1);
    assertThat(new FenRate(Share.ofFraction(1, 4)).of(1)).isZero();
    assertThat(new FenRate(Share.ofFraction(1, 40)).of(20)).isEqualTo(1);
    assertThat(new FenRate(Share.ofFraction(1, 40)).of(19)).isZero();
    assertThat(new FenRate(Share.ZERO).of(Long.MAX_VALUE)).isZero();
    assertThat(new FenRate(Share.percent(25))).hasToString("25%");
  }
}
