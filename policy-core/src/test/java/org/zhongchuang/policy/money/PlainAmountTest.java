package org.zhongchuang.policy.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.text.Language;

/**
 * The short cuts for the common cases. The short cut of {@link Cny#parse} for plain decimals ({@link Cny#plainFen}) reads what the grammar reads and leaves
 * everything else to it; the digits of {@link Cny#toPlainString()} and {@link Cny#format()} are those of
 * {@link BigDecimal}, at every magnitude and sign; {@link Share#toDecimalString()} computed in a {@code long} is
 * {@link BigDecimal}'s.
 */
class PlainAmountTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"250000|25000000", "-3.5|-350", "0012.30|1230", "0|0", "-0|0", "7.05|705",
      "-0.01|-1", "999999999999999.99|99999999999999999", "-999999999999999|-99999999999999900", "1.2|120"})
  void plainTextIsReadDirectly(String text, long fen) {
    assertThat(Cny.plainFen(text)).isEqualTo(fen);
    assertThat(Cny.parse(text).toFen()).isEqualTo(fen);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"''", "-", "--1", "+1", "1.", ".5", "1.234", "1.230", "1,000", "' 1'", "'1 '",
      "1万", "１", "1.2x", "1.x5", "1x", "1e3", "¥1", "1.5-", "-.5", "1000000000000000", "-1000000000000000.00",
      "99999999999999999999"})
  void otherTextIsLeftToTheGrammar(String text) {
    assertThat(Cny.plainFen(text)).isEqualTo(Cny.NOT_PLAIN);
  }

  /** Text drawn from digits, signs, points, separators, spaces and units: both ways agree, in value or refusal. */
  @Test
  void theShortCutAgreesWithTheGrammar() {
    String alphabet = "0123456789012345678901234567890123456789-..,万元 ¥１";
    SplittableRandom random = new SplittableRandom(15);
    int plain = 0;
    for (int i = 0; i < 200_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(22);
      for (int k = 0; k < length; k++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = text.toString();
      String grammar = read(() -> Cny.parseGrammar(s));
      assertThat(read(() -> Cny.parse(s))).as(s).isEqualTo(grammar);
      long fen = Cny.plainFen(s);
      if (fen != Cny.NOT_PLAIN) {
        plain++;
        assertThat(grammar).as(s).isEqualTo(Long.toString(fen));
      }
    }
    assertThat(plain).isGreaterThan(5_000);
  }

  @Test
  void numbersOfEveryLengthAgreeWithTheGrammar() {
    SplittableRandom random = new SplittableRandom(16);
    for (int i = 0; i < 100_000; i++) {
      StringBuilder text = new StringBuilder(random.nextBoolean() ? "-" : "");
      int digits = 1 + random.nextInt(19);
      for (int k = 0; k < digits; k++) {
        text.append((char) ('0' + random.nextInt(10)));
      }
      int decimals = random.nextInt(4);
      if (decimals > 0) {
        text.append('.');
        for (int k = 0; k < decimals; k++) {
          text.append((char) ('0' + random.nextInt(10)));
        }
      }
      String s = text.toString();
      assertThat(read(() -> Cny.parse(s))).as(s).isEqualTo(read(() -> Cny.parseGrammar(s)));
    }
  }

  private static String read(java.util.function.Supplier<Cny> parse) {
    try {
      return Long.toString(parse.get().toFen());
    } catch (MalformedAmountException e) {
      return "refused: " + e.message(Language.EN);
    }
  }

  @Test
  void digitsAreThoseOfTheDecimalAtEveryMagnitude() {
    DecimalFormat grouped = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
    grouped.setParseBigDecimal(true);
    SplittableRandom random = new SplittableRandom(17);
    long[] edges = {0, 1, -1, 9, 10, 99, 100, 999, 1000, 99_999, 100_000, 100_000_000, -100_000_000,
        Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1};
    for (int i = 0; i < 100_000; i++) {
      long fen = i < edges.length ? edges[i] : random.nextLong() >> random.nextInt(64);
      BigDecimal yuan = BigDecimal.valueOf(fen, 2);
      Cny amount = Cny.ofFen(fen);
      assertThat(amount.toPlainString()).as("%d", fen).isEqualTo(yuan.toPlainString());
      assertThat(amount.format()).as("%d", fen).isEqualTo(grouped.format(yuan));
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"1|4|0.25", "0|1|0.00", "1|1|1.00", "1|2|0.50", "1|8|0.125", "7|1|7.00",
      "3|20|0.15", "1|1000|0.001", "1|1024|0.0009765625", "123456789|100|1234567.89", "1|5|0.20"})
  void smallDecimalsAreWrittenFromALong(long numerator, long denominator, String decimal) {
    Share share = Share.ofFraction(numerator, denominator);
    assertThat(share.smallDecimal()).isEqualTo(decimal);
    assertThat(share.toDecimalString()).isEqualTo(decimal);
  }

  @Test
  void decimalsTooLongForALongAreLeftToBigDecimal() {
    // 2^-60 has 60 decimals; 5^-19 needs 10^19; Long.MAX_VALUE / 4 needs more than 63 bits once multiplied by 25.
    assertThat(Share.ofFraction(1, 1L << 60).smallDecimal()).isNull();
    assertThat(Share.ofFraction(1, 19_073_486_328_125L).smallDecimal()).isNull(); // 5^19
    assertThat(Share.ofFraction(1, 3_814_697_265_625L).smallDecimal()).isEqualTo("0.000000000000262144"); // 5^18
    assertThat(Share.ofFraction(Long.MAX_VALUE, 4).smallDecimal()).isNull();
    assertThat(Share.ofFraction(Long.MAX_VALUE, 4).toDecimalString())
        .isEqualTo(BigDecimal.valueOf(Long.MAX_VALUE).divide(BigDecimal.valueOf(4)).toPlainString());
  }

  @Test
  void smallDecimalsAreThoseOfBigDecimal() {
    SplittableRandom random = new SplittableRandom(18);
    int small = 0;
    for (int i = 0; i < 100_000; i++) {
      long denominator = (1L << random.nextInt(25)) * LongPow.pow5(random.nextInt(12));
      long numerator = random.nextLong(Long.MAX_VALUE) >>> random.nextInt(64);
      Share share = Share.ofFraction(numerator, denominator);
      BigDecimal exact = BigDecimal.valueOf(share.numerator()).divide(BigDecimal.valueOf(share.denominator()))
          .stripTrailingZeros();
      String expected = exact.setScale(Math.max(2, exact.scale())).toPlainString();
      assertThat(share.toDecimalString()).as(share.toFractionString()).isEqualTo(expected);
      String quick = share.smallDecimal();
      if (quick != null) {
        small++;
        assertThat(quick).isEqualTo(expected);
      }
    }
    assertThat(small).isGreaterThan(50_000);
  }

  private static final class LongPow {
    static long pow5(int k) {
      long p = 1;
      for (int i = 0; i < k; i++) {
        p *= 5;
      }
      return p;
    }
  }
}
