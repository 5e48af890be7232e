package org.zhongchuang.policy.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.PolicyInputException;
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
      "92233720368547758.07|92233720368547758.07",
      "-92233720368547758.08|-92233720368547758.08",
      "－５元|-5.00",
      "-¥5|-5.00",
      "'- ¥ 25 万 元'|-250000.00",
      "'\u3000５元\t'|5.00",
      "１0,０00|10000.00",
      "1，000．5|1000.50",
      "12,345,678|12345678.00",
      "0.00001万|0.10",
      "1.234万|12340.00",
      "0.0000000001亿|0.01",
      "0.000001万|0.01",
      "1.230|1.23",
      "007|7.00",
      "0,001|1.00",
      "-0|0.00",
      "922337203.6854775807亿|92233720368547758.07"})
  void parsesWhatPeopleTypeAndWhatTheSeedsPrint(String text, String expected) {
    assertThat(Cny.parse(text).toPlainString()).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.234", "abc", "--5", "", "   ", "12345678901234567890", "1.2345678万", "1,23", "12,3456",
      "1.", ".5", "1e5", "5 5", "万", "元", "-", "NaN", "0x10", "+5", "1.000001", "92233720368547758.08",
      "-92233720368547758.09", "①②万", "₁²万元", "١٢", "𝟙𝟚", "十二", "12万万", "1,2345", "¥-5", "¥－5", "--5", "5-",
      "1e3", "∞", "1,00", ",100", "1,000,00", "1000,000", "1,000.", "0.001", "0.0000001万", "1 000", "5元万", "5元元",
      "万5", "5亿万", "5千", "５ ０", "\n5", "5\u00A0", "\u00A05", "\u20035", "5%", "¥", "¥元", "-元", "5 ¥", "¥¥5",
      "1.2.3", "1..2", "1,,000", "0x1F", "Infinity", "1_000", "１２③"})
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
    assertThatThrownBy(() -> Cny.ofFen(Long.MIN_VALUE).minus(Cny.ofFen(1))).isInstanceOf(AmountOverflowException.class).isInstanceOf(PolicyInputException.class);
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
  void rendersLikeBigDecimal() {
    assertThat(Cny.ofFen(0).format()).isEqualTo("0.00");
    assertThat(Cny.ofFen(5).format()).isEqualTo("0.05");
    assertThat(Cny.ofFen(-5).toPlainString()).isEqualTo("-0.05");
    assertThat(Cny.ofFen(100_000).format()).isEqualTo("1,000.00");
    assertThat(Cny.ofFen(99_999).format()).isEqualTo("999.99");
    assertThat(Cny.ofFen(-123_456_789).format()).isEqualTo("-1,234,567.89");
    assertThat(Cny.ofFen(Long.MIN_VALUE).toPlainString()).isEqualTo("-92233720368547758.08");
    assertThat(Cny.MAX.format()).isEqualTo("92,233,720,368,547,758.07");
  }

  @Test
  void propertyRenderingMatchesBigDecimal() {
    qt().forAll(longs().all()).checkAssert(fen -> {
      BigDecimal yuan = BigDecimal.valueOf(fen, 2);
      assertThat(Cny.ofFen(fen).toPlainString()).isEqualTo(yuan.toPlainString());
      assertThat(Cny.ofFen(fen).format()).isEqualTo(String.format(java.util.Locale.ROOT, "%,.2f", yuan));
    });
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

  @Test
  void refusalsSayWhatIsWrongAndWhatIsAccepted() {
    assertThatThrownBy(() -> Cny.parse("①②万")).isInstanceOf(MalformedAmountException.class)
        .hasMessageContaining("'①②万'")
        .hasMessageContaining("'①' (U+2460) at position 1, which is not one of the digits 0-9 or ０-９")
        .hasMessageContaining("accepted: yuan in digits 0-9 or ０-９");
    assertThatThrownBy(() -> Cny.parse("₁²万元")).hasMessageContaining("'₁' (U+2081) at position 1");
    assertThatThrownBy(() -> Cny.parse("1２③")).hasMessageContaining("'③' (U+2462) at position 3");
    assertThatThrownBy(() -> Cny.parse("¥-5")).hasMessageContaining("the minus sign goes before ¥");
    assertThatThrownBy(() -> Cny.parse("1,2345")).hasMessageContaining("exactly three digits");
    assertThatThrownBy(() -> Cny.parse("1234,567")).hasMessageContaining("more than three digits");
    assertThatThrownBy(() -> Cny.parse("1.")).hasMessageContaining("a decimal point must be followed by a digit");
    assertThatThrownBy(() -> Cny.parse("12万万")).hasMessageContaining("unexpected '万' (U+4E07) at position 4");
    assertThatThrownBy(() -> Cny.parse("0.001")).hasMessageContaining("more than two decimals");
    assertThatThrownBy(() -> Cny.parse("0.0000001万")).hasMessageContaining("more than two decimals");
    assertThatThrownBy(() -> Cny.parse("92233720368547758.08")).hasMessageContaining("too large");
    assertThatThrownBy(() -> Cny.parse("1亿亿")).hasMessageContaining("unexpected");
    assertThatThrownBy(() -> Cny.parse("\t")).hasMessageContaining("it is empty");
    assertThatThrownBy(() -> Cny.parse("5\n")).hasMessageContaining("(U+000A) at position 2");
  }

  @Test
  void propertyEveryTextFormReadsBack() {
    qt().forAll(longs().all()).checkAssert(fen -> {
      Cny amount = Cny.ofFen(fen);
      assertThat(Cny.parse(amount.toString())).isEqualTo(amount);
      String formatted = amount.format();
      String withYen = amount.isNegative() ? "-¥" + formatted.substring(1) : "¥" + formatted;
      assertThat(Cny.parse(withYen)).isEqualTo(amount);
      assertThat(Cny.parse(fullWidth(withYen) + "元")).isEqualTo(amount);
    });
  }

  /** ASCII digits, separators, point and minus, and the yen sign, in their full-width forms. */
  private static String fullWidth(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      out.append(c == '¥' ? '￥' : c >= '!' && c <= '~' ? (char) (c - '!' + '\uFF01') : c);
    }
    return out.toString();
  }
}
