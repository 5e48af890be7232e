package org.zhongchuang.policy.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.text.Language;

/**
 * The edges of the money grammars and values: which character a refusal names and how, the largest terms a share
 * holds, the digits a decimal may have, and the decimal of a share that does not terminate.
 */
class MoneyEdgesTest {

  @Test
  void theEndOfTheTextIsNamedAsSuch() {
    MalformedAmountException e = catchThrowableOfType(() -> Cny.parse("1."), MalformedAmountException.class);
    assertThat(e.message(Language.EN)).startsWith(
        "cannot read amount '1.': a decimal point must be followed by a digit, found the end of the text;");
    assertThat(e.message(Language.ZH)).contains("文本末尾");
  }

  @Test
  void aDecimalDigitOfAnotherScriptIsCalledNotADigit() {
    // U+0663 ARABIC-INDIC DIGIT THREE is a decimal digit (Nd) of another script.
    MalformedAmountException arabic = catchThrowableOfType(() -> Cny.parse("1\u0663"), MalformedAmountException.class);
    assertThat(arabic.message(Language.EN))
        .contains("unexpected '\u0663' (U+0663) at position 2, which is not one of the digits 0-9 or ０-９");
  }

  @Test
  void aLetterNumberIsCalledNotADigit() {
    // U+216B ROMAN NUMERAL TWELVE is a letter number (Nl).
    MalformedAmountException roman = catchThrowableOfType(() -> Cny.parse("1\u216B"), MalformedAmountException.class);
    assertThat(roman.message(Language.EN))
        .contains("unexpected '\u216B' (U+216B) at position 2, which is not one of the digits 0-9 or ０-９");
  }

  @Test
  void aLetterIsNotCalledADigit() {
    MalformedAmountException letter = catchThrowableOfType(() -> Cny.parse("1x"), MalformedAmountException.class);
    assertThat(letter.message(Language.EN)).contains("unexpected 'x' (U+0078) at position 2;")
        .doesNotContain("not one of the digits");
  }

  @Test
  void aShareHoldsTermsUpToTheLargestLong() {
    Share largestNumerator = Share.parse(Long.MAX_VALUE + "/1");
    assertThat(largestNumerator.numerator()).isEqualTo(Long.MAX_VALUE);
    Share largestDenominator = Share.parse("1/" + Long.MAX_VALUE);
    assertThat(largestDenominator.denominator()).isEqualTo(Long.MAX_VALUE);
    // One more does not fit: 9223372036854775808 = 2^63.
    MalformedAmountException e = catchThrowableOfType(() -> Share.parse("1/9223372036854775808"),
        MalformedAmountException.class);
    assertThat(e.message(Language.EN)).contains("the reduced fraction must have a numerator and a denominator of at most");
  }

  @Test
  void aDecimalOfNineteenWholeDigitsIsRead() {
    // 10^18 has 19 whole digits and fits a long.
    assertThat(Share.of(new BigDecimal("1E+18"))).isEqualTo(Share.ofFraction(1_000_000_000_000_000_000L, 1));
    assertThat(Share.of(new BigDecimal("1000000000000000000.000"))).isEqualTo(Share.ofFraction(1_000_000_000_000_000_000L, 1));
    // 20 whole digits cannot.
    MalformedAmountException e = catchThrowableOfType(() -> Share.of(new BigDecimal("1E+19")),
        MalformedAmountException.class);
    assertThat(e.message(Language.EN)).startsWith("cannot read share '10000000000000000000': it has too many digits;");
  }

  @Test
  void aDecimalWithSixtyTwoDecimalsCanBeAShareAndOneWithSixtyThreeCannot() {
    // 5^62 × 10^-62 = 1 / 2^62: the denominator fits a long.
    BigDecimal sixtyTwo = new BigDecimal(BigInteger.valueOf(5).pow(62), 62);
    assertThat(Share.of(sixtyTwo)).isEqualTo(Share.ofFraction(1, 1L << 62));
    // 5^63 × 10^-63 = 1 / 2^63: the reduced denominator is one more than the largest long.
    BigDecimal sixtyThree = new BigDecimal(BigInteger.valueOf(5).pow(63), 63);
    MalformedAmountException e = catchThrowableOfType(() -> Share.of(sixtyThree), MalformedAmountException.class);
    assertThat(e.message(Language.EN)).contains("the reduced fraction must have a numerator and a denominator");
    // 64 decimals are refused before any division.
    BigDecimal sixtyFour = new BigDecimal(BigInteger.valueOf(5).pow(64), 64);
    MalformedAmountException digits = catchThrowableOfType(() -> Share.of(sixtyFour), MalformedAmountException.class);
    assertThat(digits.message(Language.EN)).contains(": it has too many digits;");
  }

  @Test
  void aShareThatDoesNotTerminateIsTwentySignificantDigitsRoundedHalfUp() {
    assertThat(Share.ofFraction(1, 3).toBigDecimal()).isEqualTo(new BigDecimal("0.33333333333333333333"));
    assertThat(Share.ofFraction(2, 3).toBigDecimal()).isEqualTo(new BigDecimal("0.66666666666666666667"));
    assertThat(Share.ofFraction(1, 8).toBigDecimal()).isEqualTo(new BigDecimal("0.125"));
  }

  @Test
  void aDecimalStringHasAtLeastTwoDecimals() {
    assertThat(Share.percent(50).toDecimalString()).isEqualTo("0.50");
    assertThat(Share.ONE.toDecimalString()).isEqualTo("1.00");
    assertThat(Share.ofFraction(7, 100).toDecimalString()).isEqualTo("0.07");
    assertThat(Share.ofFraction(1, 8).toDecimalString()).isEqualTo("0.125");
    assertThat(Share.ofFraction(1, 3).toDecimalString()).isEqualTo("1/3");
  }
}
