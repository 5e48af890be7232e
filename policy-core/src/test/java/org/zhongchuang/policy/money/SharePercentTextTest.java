package org.zhongchuang.policy.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** The long-arithmetic layout of {@link Share#toPercentString()} gives exactly the text of the BigDecimal one. */
class SharePercentTextTest {

  /** The original definition: the exact decimal (20 significant digits if it does not end), × 100, stripped. */
  private static String reference(Share s) {
    BigDecimal n = BigDecimal.valueOf(s.numerator());
    BigDecimal d = BigDecimal.valueOf(s.denominator());
    BigDecimal value;
    try {
      value = n.divide(d);
    } catch (ArithmeticException nonTerminating) {
      value = n.divide(d, new MathContext(20, RoundingMode.HALF_UP));
    }
    value = value.movePointRight(2).stripTrailingZeros();
    return (value.scale() < 0 ? value.setScale(0) : value).toPlainString() + "%";
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
    assertThat(Share.ofFraction(1, 3).toPercentString()).isEqualTo("33.333333333333333333%");
    assertThat(Share.ZERO.toPercentString()).isEqualTo("0%");
    assertThat(Share.ONE.toPercentString()).isEqualTo("100%");
    assertThat(Share.ofFraction(Long.MAX_VALUE, 1).toPercentString()).isEqualTo("922337203685477580700%");
  }
}
