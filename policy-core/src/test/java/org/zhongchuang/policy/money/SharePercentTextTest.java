package org.zhongchuang.policy.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link Share#toPercentString()} gives exactly the text of an independent reference: the exact
 * percentage where the decimal terminates, else the digits of a long division cut after two decimals or four
 * significant digits, whichever is more, and {@code …}.
 */
class SharePercentTextTest {

  /** Exact where the decimal terminates (BigDecimal, stripped); else a digit-by-digit long division, cut. */
  private static String reference(Share s) {
    BigDecimal n = BigDecimal.valueOf(s.numerator());
    BigDecimal d = BigDecimal.valueOf(s.denominator());
    try {
      BigDecimal value = n.divide(d).movePointRight(2).stripTrailingZeros();
      return (value.scale() < 0 ? value.setScale(0) : value).toPlainString() + "%";
    } catch (ArithmeticException nonTerminating) {
      BigInteger divisor = BigInteger.valueOf(s.denominator());
      BigInteger[] wholeAndRest = BigInteger.valueOf(s.numerator()).multiply(BigInteger.valueOf(100))
          .divideAndRemainder(divisor);
      StringBuilder out = new StringBuilder(wholeAndRest[0].toString()).append('.');
      int significant = wholeAndRest[0].signum() == 0 ? 0 : wholeAndRest[0].toString().length();
      BigInteger rest = wholeAndRest[1];
      for (int decimals = 0; decimals < 2 || significant < 4; decimals++) {
        BigInteger[] digitAndRest = rest.multiply(BigInteger.TEN).divideAndRemainder(divisor);
        out.append(digitAndRest[0]);
        rest = digitAndRest[1];
        if (significant > 0 || digitAndRest[0].signum() != 0) {
          significant++;
        }
      }
      return out.append("…%").toString();
    }
  }

  @Test
  void sameTextAsBigDecimalForSmallFractions() {
    qt().withExamples(20_000).forAll(longs().between(0, 5_000), longs().between(1, 5_000))
        .checkAssert((n, d) -> assertThat(Share.ofFraction(n, d).toPercentString())
            .isEqualTo(reference(Share.ofFraction(n, d))));
  }

  @Test
  void sameTextAsBigDecimalForLargeNumbersAndPowersOfTen() {
    qt().withExamples(5_000).forAll(longs().between(0, Long.MAX_VALUE), longs().between(0, 18))
        .checkAssert((n, k) -> {
          Share s = Share.ofFraction(n, (long) Math.pow(10, k));
          assertThat(s.toPercentString()).isEqualTo(reference(s));
        });
  }

  @Test
  void examples() {
    assertThat(Share.percent("12.5").toPercentString()).isEqualTo("12.5%");
    assertThat(Share.ofFraction(1, 1000).toPercentString()).isEqualTo("0.1%");
    assertThat(Share.ofFraction(1, 100_000_000).toPercentString()).isEqualTo("0.000001%");
    assertThat(Share.ofFraction(1, 1_000_000_000).toPercentString()).isEqualTo("0.0000001%");
    assertThat(Share.ofFraction(1, 3).toPercentString()).isEqualTo("33.33…%");
    assertThat(Share.ofFraction(2, 3).toPercentString()).isEqualTo("66.66…%");
    assertThat(Share.ofFraction(1, 7).toPercentString()).isEqualTo("14.28…%");
    assertThat(Share.ofFraction(1, 30).toPercentString()).isEqualTo("3.333…%");
    assertThat(Share.ofFraction(1, 30_000).toPercentString()).isEqualTo("0.003333…%");
    assertThat(Share.ofFraction(100, 3).toPercentString()).isEqualTo("3333.33…%");
    assertThat(Share.ofFraction(7_500_000, 30_000_001).toPercentString()).isEqualTo("24.99…%");
    assertThat(Share.ofFraction(1, Long.MAX_VALUE).toPercentString()).isEqualTo("0.00000000000000001084…%");
    assertThat(Share.ofFraction(1, 1L << 62).toPercentString())
        .isEqualTo("0.000000000000000021684043449710088680149056017398834228515625%");
    assertThat(Share.ZERO.toPercentString()).isEqualTo("0%");
    assertThat(Share.ONE.toPercentString()).isEqualTo("100%");
    assertThat(Share.ofFraction(Long.MAX_VALUE, 1).toPercentString()).isEqualTo("922337203685477580700%");
  }
}
