package org.zhongchuang.policy.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CnyTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "250000|250000.00",
      "250,000.00|250000.00",
      "25万|250000.00",
      "25万元|250000.00",
      "２０万元|200000.00",
      "0.5亿|50000000.00",
      "1.2345万|12345.00",
      "1.23456万|12345.60",
      "¥1,000|1000.00",
      "￥１，０００．５０|1000.50",
      "-3.50|-3.50",
      "  42元 |42.00",
      "0.01|0.01",
      "3.10|3.10",
      "1,234,567.89|1234567.89",
      "92233720368547758.07|92233720368547758.07"})
  void parsesWhatPeopleTypeAndWhatTheSeedsPrint(String text, String expected) {
    assertThat(Cny.parse(text).toPlainString()).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.234", "abc", "--5", "", "   ", "12345678901234567890", "1.2345678万", "1,23", "12,3456",
      "1.", ".5", "1e5", "5 5", "万", "元", "-", "NaN", "0x10", "+5", "1.000001", "92233720368547758.08"})
  void refusesMalformedInput(String text) {
    assertThatThrownBy(() -> Cny.parse(text)).isInstanceOf(MalformedAmountException.class)
        .hasMessageContaining("'" + text + "'").hasMessageContaining("accepted");
  }

  @Test
  void moreThanTwoDecimalsIsRefusedNotRounded() {
    assertThatThrownBy(() -> Cny.parse("1.234")).hasMessageContaining("more than two decimals");
    assertThatThrownBy(() -> Cny.of(new BigDecimal("0.005"))).isInstanceOf(MalformedAmountException.class);
    assertThat(Cny.of(new BigDecimal("1.2300000"))).isEqualTo(Cny.ofFen(123));
  }

  @Test
  void twentyDigitsIsRefusedAsTooLarge() {
    assertThatThrownBy(() -> Cny.parse("12345678901234567890")).hasMessageContaining("too large");
  }

  @Test
  void arithmeticOverflowThrowsNeverWraps() {
    assertThatThrownBy(() -> Cny.MAX.plus(Cny.ofFen(1))).isInstanceOf(AmountOverflowException.class);
    assertThatThrownBy(() -> Cny.ofFen(Long.MIN_VALUE).minus(Cny.ofFen(1))).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Cny.MAX.multipliedBy(2)).isInstanceOf(AmountOverflowException.class);
    assertThatThrownBy(() -> Cny.ofYuan(Long.MAX_VALUE / 10)).isInstanceOf(AmountOverflowException.class);
    assertThatThrownBy(() -> Cny.ofFen(Long.MIN_VALUE).negated()).isInstanceOf(AmountOverflowException.class);
  }

  @Test
  void multiplicationByAShareRoundsHalfUpOnlyWhenAsked() {
    Share tenth = Share.percent(10);
    assertThat(Cny.ofFen(5).multipliedBy(tenth, RoundingMode.HALF_UP)).isEqualTo(Cny.ofFen(1)); // 0.5 fen → 1
    assertThat(Cny.ofFen(4).multipliedBy(tenth, RoundingMode.HALF_UP)).isEqualTo(Cny.ZERO); // 0.4 fen → 0
    assertThat(Cny.ofFen(-5).multipliedBy(tenth, RoundingMode.HALF_UP)).isEqualTo(Cny.ofFen(-1)); // away from zero
    assertThat(Cny.ofFen(15).multipliedBy(tenth, RoundingMode.DOWN)).isEqualTo(Cny.ofFen(1));
    assertThat(Cny.ofFen(-15).multipliedBy(tenth, RoundingMode.FLOOR)).isEqualTo(Cny.ofFen(-2));
    assertThat(Cny.ofFen(15).multipliedBy(tenth, RoundingMode.CEILING)).isEqualTo(Cny.ofFen(2));
    assertThatThrownBy(() -> Cny.ofFen(15).multipliedBy(tenth, RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class);
    assertThat(Cny.ofYuan(2_000_000).multipliedBy(Share.percent(25).times(Share.percent(20)), RoundingMode.HALF_UP))
        .isEqualTo(Cny.ofYuan(100_000));
    // Past long range in the intermediate product, still exact.
    assertThat(Cny.MAX.multipliedBy(Share.ofFraction(1, 2), RoundingMode.HALF_UP))
        .isEqualTo(Cny.ofFen(Long.MAX_VALUE / 2 + 1));
    assertThatThrownBy(() -> Cny.MAX.multipliedBy(Share.ofFraction(3, 2), RoundingMode.HALF_UP))
        .isInstanceOf(AmountOverflowException.class);
  }

  @Test
  void comparisonsAndFormatting() {
    Cny a = Cny.ofYuan(300_000);
    Cny b = a.plus(Cny.ofFen(1));
    assertThat(b.isGreaterThan(a)).isTrue();
    assertThat(a.isLessThan(b)).isTrue();
    assertThat(a.isGreaterThan(a)).isFalse();
    assertThat(a.min(b)).isSameAs(a);
    assertThat(a.max(b)).isSameAs(b);
    assertThat(b.format()).isEqualTo("300,000.01");
    assertThat(b.toString()).isEqualTo("300000.01");
    assertThat(Cny.ofFen(-50).toPlainString()).isEqualTo("-0.50");
    assertThat(Cny.ZERO.isZero()).isTrue();
    assertThat(Cny.ofFen(-1).isNegative()).isTrue();
    assertThat(Cny.ofFen(-1).isPositiveOrZero()).isFalse();
    assertThat(Cny.ofFen(1).isPositive()).isTrue();
    assertThat(Cny.total(java.util.List.of(a, b))).isEqualTo(Cny.ofFen(60_000_001));
    assertThat(Cny.ofYuan(3)).isEqualTo(Cny.ofFen(300)).hasSameHashCodeAs(Cny.ofFen(300));
  }

  @Test
  void propertyTextRoundTripsExactly() {
    qt().forAll(longs().all()).checkAssert(fen -> {
      Cny amount = Cny.ofFen(fen);
      assertThat(Cny.parse(amount.toPlainString())).isEqualTo(amount);
      assertThat(Cny.parse(amount.format())).isEqualTo(amount);
      assertThat(Cny.of(amount.toBigDecimal())).isEqualTo(amount);
    });
  }

  @Test
  void propertyPlusAndMinusAreInverseAndMatchBigDecimal() {
    long bound = Long.MAX_VALUE / 4;
    qt().forAll(longs().between(-bound, bound), longs().between(-bound, bound)).checkAssert((x, y) -> {
      Cny a = Cny.ofFen(x);
      Cny b = Cny.ofFen(y);
      assertThat(a.plus(b).minus(b)).isEqualTo(a);
      assertThat(a.plus(b).toBigDecimal()).isEqualByComparingTo(a.toBigDecimal().add(b.toBigDecimal()));
    });
  }

  @Test
  void propertyShareMultiplicationMatchesBigDecimalHalfUp() {
    qt().forAll(longs().between(-1_000_000_000_000L, 1_000_000_000_000L), longs().between(0, 1000),
        longs().between(1, 1000)).checkAssert((fen, n, d) -> {
          Share share = Share.ofFraction(n, d);
          BigDecimal exact = BigDecimal.valueOf(fen).multiply(BigDecimal.valueOf(n))
              .divide(BigDecimal.valueOf(d), 0, RoundingMode.HALF_UP);
          assertThat(Cny.ofFen(fen).multipliedBy(share, RoundingMode.HALF_UP).toFen()).isEqualTo(exact.longValueExact());
        });
  }
}
