package org.zhongchuang.policy.tax;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.money.Cny;

/**
 * {@link Average#of(Cny)} is {@code fen / 100} reduced, at every divisor of 100 and every magnitude: as the decimal's
 * own reading gives it where that reads it.
 */
class AverageOfAmountTest {

  @Test
  void anAmountIsTheReducedFractionOfItsFen() {
    SplittableRandom random = new SplittableRandom(15);
    long[] edges = {0, 1, 2, 4, 5, 10, 20, 25, 50, 75, 100, 125, 250, 500, 1000, 2500, 10_000, 99, 101, 1_000_000_00L,
        Long.MAX_VALUE, Long.MAX_VALUE - 3};
    for (int i = 0; i < 50_000; i++) {
      long fen = i < edges.length ? edges[i] : random.nextLong(Long.MAX_VALUE) >> random.nextInt(64);
      if (i >= edges.length && random.nextBoolean()) {
        fen -= fen % (random.nextBoolean() ? 25 : 4);
      }
      Average average = Average.of(Cny.ofFen(fen));
      if (fen < 1_000_000_000_000L) {
        assertThat(average).as("%d", fen).isEqualTo(Average.parse(BigDecimal.valueOf(fen, 2).toPlainString()));
      }
      assertThat(average.denominator()).isPositive();
      assertThat(average.asAmount()).contains(Cny.ofFen(fen));
      assertThat(BigInteger.valueOf(average.numerator()).gcd(BigInteger.valueOf(average.denominator())))
          .isEqualTo(BigInteger.ONE);
      assertThat(BigInteger.valueOf(average.numerator()).multiply(BigInteger.valueOf(100)))
          .isEqualTo(BigInteger.valueOf(fen).multiply(BigInteger.valueOf(average.denominator())));
    }
  }
}
