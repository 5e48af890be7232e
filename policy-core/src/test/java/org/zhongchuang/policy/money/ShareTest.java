package org.zhongchuang.policy.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ShareTest {

  @ParameterizedTest(name = "{0} → {1}/{2}")
  @CsvSource(delimiter = '|', value = {"50%|1|2", "12.5%|1|8", "0.5|1|2", "1:1|1|1", "２０％|1|5", "70 %|7|10",
      "2:3|2|3", "0|0|1", "100%|1|1", "1/3|1|3", "2/4|1|2", "１／３|1|3", "１：２|1|2", "1 : 1|1|1", "' 2 / 3 '|2|3",
      "５０％|1|2", "４0%|2|5", "１２．５％|1|8", "'\u300050%\t'|1|2", "0/7|0|1", "0:1|0|1",
      "9223372036854775807/3|9223372036854775807|3", "461168601842738790350%|9223372036854775807|2",
      "0.00000000000000000050|1|2000000000000000000"})
  void parses(String text, long numerator, long denominator) {
    Share share = Share.parse(text);
    assertThat(share.numerator()).isEqualTo(numerator);
    assertThat(share.denominator()).isEqualTo(denominator);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "abc", "-5%", "1:0", "50%%", "1:-1", "0.1.2", "%", "①②%", "²%", "٥٠%", "𝟓𝟎%", "½",
      "1/0", "0:0", "0/0", "1.5:1", "1/2.5", "1/", "/3", ":3", "-1/3", "+50%", "5 0%", "1,000", "1e3", "NaN", "∞",
      "50 % %", "1:2:3", "1/2%", "%50", "50%1", "0x10", ".5", "5.", "十%", "50 %", "\n50%", "9223372036854775808/1",
      "1/9223372036854775808", "99999999999999999999999:1"})
  void refusesMalformed(String text) {
    assertThatThrownBy(() -> Share.parse(text)).isInstanceOf(MalformedAmountException.class)
        .hasMessageContaining("accepted");
  }

  @Test
  void factoriesAndRendering() {
    assertThat(Share.percent(70).toDecimalString()).isEqualTo("0.70");
    assertThat(Share.percent("12.5").toDecimalString()).isEqualTo("0.125");
    assertThat(Share.percent("12.5").toPercentString()).isEqualTo("12.5%");
    assertThat(Share.ratio(1, 1).toDecimalString()).isEqualTo("1.00");
    assertThat(Share.ratio(1, 1)).isEqualTo(Share.ONE);
    assertThat(Share.of(new BigDecimal("0.250"))).isEqualTo(Share.percent(25));
    assertThat(Share.ofFraction(1, 3).toDecimalString()).isEqualTo("1/3");
    assertThat(Share.percent(50).times(Share.percent(20))).isEqualTo(Share.percent(10));
    assertThat(Share.percent("12.5").times(Share.percent(20))).isEqualTo(Share.percent("2.5"));
    assertThat(Share.ZERO.times(Share.percent(20))).isEqualTo(Share.ZERO);
    assertThat(Share.percent(70).complement()).isEqualTo(Share.percent(30));
    assertThat(Share.percent(70).isGreaterThan(Share.percent(50))).isTrue();
    assertThat(Share.percent(50).isLessThan(Share.percent(70))).isTrue();
    assertThat(Share.ZERO.isZero()).isTrue();
    assertThatThrownBy(() -> Share.ofFraction(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Share.ofFraction(1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Share.ratio(3, 2).complement()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Share.of(new BigDecimal("-0.1"))).isInstanceOf(MalformedAmountException.class);
  }

  @Test
  void propertyProductsAreExactAndCommutative() {
    qt().forAll(longs().between(0, 10_000), longs().between(1, 10_000), longs().between(0, 10_000),
        longs().between(1, 10_000)).checkAssert((a, b, c, d) -> {
          Share x = Share.ofFraction(a, b);
          Share y = Share.ofFraction(c, d);
          assertThat(x.times(y)).isEqualTo(y.times(x));
          assertThat(x.times(y)).isEqualTo(Share.ofFraction(a * c, b * d));
          assertThat(x.times(y).compareTo(x)).isEqualTo(y.compareTo(Share.ONE) * Long.signum(a));
        });
  }

  @Test
  void theLongestAndFinestDecimalsAcceptedAreExact() {
    // 30 characters is the longest decimal read; trailing zeros do not count towards the 18 decimals allowed.
    assertThat(Share.parse("1.0000000000000000000000000000")).isEqualTo(Share.ONE);
    assertThatThrownBy(() -> Share.parse("1.00000000000000000000000000000"))
        .isInstanceOf(MalformedAmountException.class);
    assertThat(Share.parse("0.000000000000000001")).isEqualTo(Share.ofFraction(1, 1_000_000_000_000_000_000L));
    assertThatThrownBy(() -> Share.parse("0.0000000000000000001")).isInstanceOf(MalformedAmountException.class)
        .hasMessageContaining("too many digits");
    // The largest numerator a long holds (63 bits) is read; one more is refused.
    assertThat(Share.parse("9223372036854775807")).isEqualTo(Share.ofFraction(Long.MAX_VALUE, 1));
    assertThatThrownBy(() -> Share.parse("9223372036854775808")).isInstanceOf(MalformedAmountException.class)
        .hasMessageContaining("too many digits");
  }

  @Test
  void textFormsSayWhatTheyMean() {
    assertThat(Share.ofFraction(1, 3)).hasToString("1/3");
    assertThat(Share.ofFraction(2, 3)).hasToString("2/3");
    assertThat(Share.percent(50)).hasToString("50%");
    assertThat(Share.percent("12.5")).hasToString("12.5%");
    assertThat(Share.ZERO).hasToString("0%");
    assertThat(Share.ONE).hasToString("100%");
    assertThat(Share.ofFraction(1, 1024)).hasToString("0.09765625%"); // eight decimals of a percent: still percent
    assertThat(Share.ofFraction(1, 2048)).hasToString("1/2048"); // terminating, but nine decimals: the fraction
    assertThat(Share.ofFraction(1, 10_000_000_000L)).hasToString("0.00000001%");
    assertThat(Share.ofFraction(Long.MAX_VALUE, 1)).hasToString("922337203685477580700%");
    assertThat(Share.ofFraction(1, 3).toFractionString()).isEqualTo("1/3");
    assertThat(Share.percent(50).toFractionString()).isEqualTo("1/2");
    assertThat(Share.ZERO.toFractionString()).isEqualTo("0/1");
    assertThat(Share.ONE.toFractionString()).isEqualTo("1/1");
    assertThat(Share.ofFraction(1, 3).toPercentString()).isEqualTo("33.33…%");
    assertThat(Share.ofFraction(2, 3).toDecimalString()).isEqualTo("2/3");
    assertThat(Share.ofFraction(1, 8).toDecimalString()).isEqualTo("0.125");
    assertThat(Share.ofFraction(1, 3).hasTerminatingDecimal()).isFalse();
    assertThat(Share.ofFraction(1, 6).hasTerminatingDecimal()).isFalse();
    assertThat(Share.ofFraction(3, 40).hasTerminatingDecimal()).isTrue();
    assertThat(Share.ofFraction(1, 1L << 62).hasTerminatingDecimal()).isTrue();
    assertThat(Share.ZERO.hasTerminatingDecimal()).isTrue();
  }

  @Test
  void percentOfTextReadsTheSameDigits() {
    assertThat(Share.percent("１２.５")).isEqualTo(Share.ofFraction(1, 8));
    assertThatThrownBy(() -> Share.percent("①")).isInstanceOf(MalformedAmountException.class)
        .hasMessageContaining("not one of the digits");
    assertThatThrownBy(() -> Share.percent("12.5%")).isInstanceOf(MalformedAmountException.class);
    assertThatThrownBy(() -> Share.percent("")).isInstanceOf(MalformedAmountException.class);
  }

  @Test
  void refusalsSayWhatIsWrong() {
    assertThatThrownBy(() -> Share.parse("①②%")).hasMessageContaining("'①②%'")
        .hasMessageContaining("'①' (U+2460) at position 1, which is not one of the digits 0-9 or ０-９");
    assertThatThrownBy(() -> Share.parse("1/0")).hasMessageContaining("denominator of a fraction must not be zero");
    assertThatThrownBy(() -> Share.parse("1:0")).hasMessageContaining("second term of a ratio must not be zero");
    assertThatThrownBy(() -> Share.parse("1.5:1")).hasMessageContaining("whole numbers");
    assertThatThrownBy(() -> Share.parse("1/9223372036854775808")).hasMessageContaining("too many digits");
  }

  /** Every share's {@code toString()} and {@code toFractionString()} read back to an equal share. */
  @Test
  void propertyEveryShareTextReadsBack() {
    qt().withExamples(20_000).forAll(longs().between(0, Long.MAX_VALUE), longs().between(1, Long.MAX_VALUE))
        .checkAssert((n, d) -> assertReadsBack(Share.ofFraction(n, d)));
    qt().withExamples(20_000).forAll(longs().between(0, 100_000), longs().between(1, 100_000))
        .checkAssert((n, d) -> assertReadsBack(Share.ofFraction(n, d)));
    // Terminating decimals of every length: denominators 2^a × 5^b.
    qt().withExamples(20_000).forAll(longs().between(0, Long.MAX_VALUE), integers().between(0, 62),
        integers().between(0, 27)).checkAssert((n, a, b) -> {
          long d = 1L << a;
          for (int i = 0; i < b && d <= Long.MAX_VALUE / 5; i++) {
            d *= 5;
          }
          assertReadsBack(Share.ofFraction(n, d));
        });
  }

  private static void assertReadsBack(Share share) {
    assertThat(Share.parse(share.toString())).as("%s", share.toFractionString()).isEqualTo(share);
    assertThat(Share.parse(share.toFractionString())).isEqualTo(share);
    String decimal = share.toDecimalString();
    if (decimal.length() <= 30) {
      assertThat(Share.parse(decimal)).as("%s", decimal).isEqualTo(share);
    }
    if (share.hasTerminatingDecimal()) {
      assertThat(share.toPercentString()).doesNotContain("…");
      assertThat(Share.of(share.toBigDecimal())).isEqualTo(share);
    } else {
      assertThat(share.toPercentString()).endsWith("…%");
      assertThat(share.toString()).isEqualTo(share.toFractionString());
    }
  }
}
