package org.zhongchuang.policy.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ShareTest {

  @ParameterizedTest(name = "{0} → {1}/{2}")
  @CsvSource({"50%,1,2", "12.5%,1,8", "0.5,1,2", "1:1,1,1", "２０％,1,5", "70 %,7,10", "2:3,2,3", "0,0,1", "100%,1,1"})
  void parses(String text, long numerator, long denominator) {
    Share share = Share.parse(text);
    assertThat(share.numerator()).isEqualTo(numerator);
    assertThat(share.denominator()).isEqualTo(denominator);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "abc", "-5%", "1:0", "50%%", "1:-1", "0.1.2", "%"})
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
    assertThat(Share.ofFraction(1, 3).toDecimalString()).startsWith("0.3333");
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
}
