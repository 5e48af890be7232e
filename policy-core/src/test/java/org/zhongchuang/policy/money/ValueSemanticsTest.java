package org.zhongchuang.policy.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** Edges of the comparison and equality methods: zero, equal values, and different values. */
class ValueSemanticsTest {
  private final Cny zero = Cny.ZERO;
  private final Cny one = Cny.ofFen(1);
  private final Cny minusOne = Cny.ofFen(-1);

  @Test
  void signPredicatesAtZero() {
    assertThat(zero.isPositive()).isFalse();
    assertThat(zero.isNegative()).isFalse();
    assertThat(zero.isPositiveOrZero()).isTrue();
    assertThat(zero.isZero()).isTrue();
    assertThat(one.isZero()).isFalse();
    assertThat(one.isNegative()).isFalse();
    assertThat(minusOne.isPositive()).isFalse();
    assertThat(minusOne.isPositiveOrZero()).isFalse();
  }

  @Test
  void comparisonsOfEqualAmounts() {
    Cny a = Cny.ofFen(100);
    Cny b = Cny.ofFen(100);
    assertThat(a.isLessThan(b)).isFalse();
    assertThat(a.isGreaterThan(b)).isFalse();
    assertThat(a.isLessThan(Cny.ofFen(101))).isTrue();
    assertThat(Cny.ofFen(101).isLessThan(a)).isFalse();
    assertThat(a.min(b)).isSameAs(a);
    assertThat(a.max(b)).isSameAs(a);
    assertThat(Cny.ofFen(101).min(a)).isSameAs(a);
    assertThat(a.max(Cny.ofFen(101))).isEqualTo(Cny.ofFen(101));
  }

  @Test
  void equalityAndHashing() {
    assertThat(Cny.ofFen(7)).isNotEqualTo(Cny.ofFen(8)).isNotEqualTo("7.00");
    assertThat(Cny.ofFen(7).hashCode()).isNotEqualTo(Cny.ofFen(8).hashCode());
    assertThat(Share.percent(50)).isNotEqualTo(Share.percent(20)).isNotEqualTo(Share.ofFraction(1, 3))
        .isNotEqualTo("50%");
    assertThat(Share.ofFraction(1, 2)).isNotEqualTo(Share.ofFraction(1, 3));
    assertThat(Share.ofFraction(1, 3)).isNotEqualTo(Share.ofFraction(2, 3));
    assertThat(Share.percent(50).hashCode()).isNotEqualTo(Share.percent(20).hashCode());
    assertThat(Share.ofFraction(1, 2).hashCode()).isNotEqualTo(Share.ofFraction(2, 1).hashCode());
    assertThat(Share.percent(50).hashCode()).isEqualTo(Share.ofFraction(1, 2).hashCode());
  }

  @Test
  void shareComparisonsOfEqualShares() {
    Share half = Share.percent(50);
    assertThat(half.isGreaterThan(Share.ofFraction(1, 2))).isFalse();
    assertThat(half.isLessThan(Share.ofFraction(1, 2))).isFalse();
    assertThat(half.isLessThan(Share.percent(20))).isFalse();
    assertThat(half.isZero()).isFalse();
    assertThat(half.toString()).isEqualTo("50%");
    assertThat(Share.ratio(2, 1).toPercentString()).isEqualTo("200%");
    assertThat(Share.percent(100).toDecimalString()).isEqualTo("1.00");
    assertThat(Share.percent(5).toDecimalString()).isEqualTo("0.05");
    assertThat(Share.percent(1000).toPercentString()).isEqualTo("1000%");
    assertThat(Share.percent(1000).toDecimalString()).isEqualTo("10.00");
  }

  @Test
  void shareInputEdges() {
    assertThat(Share.of(BigDecimal.ZERO)).isEqualTo(Share.ZERO);
    assertThat(Share.of(new BigDecimal("100"))).isEqualTo(Share.ofFraction(100, 1));
    assertThat(Share.parse("0.000000000000000001")).isEqualTo(Share.ofFraction(1, 1_000_000_000_000_000_000L));
    assertThatThrownBy(() -> Share.parse("0.0000000000000000001")).isInstanceOf(MalformedAmountException.class)
        .hasMessageContaining("too many digits");
    assertThat(Share.parse("123456789012345678901234567890".substring(0, 18))).isNotNull();
    assertThatThrownBy(() -> Share.parse("1234567890123456789012345678901")).isInstanceOf(MalformedAmountException.class);
    assertThatThrownBy(() -> Share.parse("99999999999999999999")).isInstanceOf(MalformedAmountException.class);
    assertThat(Share.percent("0")).isEqualTo(Share.ZERO);
  }

  @Test
  void negationAndExactMultiplication() {
    assertThat(Cny.ofFen(5).negated()).isEqualTo(Cny.ofFen(-5));
    assertThat(Cny.ofFen(-5).negated()).isEqualTo(Cny.ofFen(5));
    assertThat(Cny.ofFen(123).multipliedBy(3)).isEqualTo(Cny.ofFen(369));
    assertThat(Cny.ofFen(300).multipliedBy(Share.percent(50), RoundingMode.UNNECESSARY)).isEqualTo(Cny.ofFen(150));
    // Exactly half a fen rounds up; just under half rounds down.
    assertThat(Cny.ofFen(1).multipliedBy(Share.ofFraction(1, 2), RoundingMode.HALF_UP)).isEqualTo(Cny.ofFen(1));
    assertThat(Cny.ofFen(1).multipliedBy(Share.ofFraction(49, 100), RoundingMode.HALF_UP)).isEqualTo(Cny.ZERO);
    assertThat(Cny.ofFen(-1).multipliedBy(Share.ofFraction(1, 2), RoundingMode.HALF_UP)).isEqualTo(Cny.ofFen(-1));
    assertThat(Cny.ofFen(-1).multipliedBy(Share.ofFraction(49, 100), RoundingMode.HALF_UP)).isEqualTo(Cny.ZERO);
    assertThat(Cny.ofFen(10).multipliedBy(Share.ofFraction(1, 3), RoundingMode.FLOOR)).isEqualTo(Cny.ofFen(3));
    assertThat(Cny.ofFen(-10).multipliedBy(Share.ofFraction(1, 3), RoundingMode.FLOOR)).isEqualTo(Cny.ofFen(-4));
    assertThat(Cny.ofFen(-10).multipliedBy(Share.ofFraction(1, 3), RoundingMode.DOWN)).isEqualTo(Cny.ofFen(-3));
    // The BigDecimal path: an intermediate product past long range.
    assertThat(Cny.ofFen(Long.MAX_VALUE - 1).multipliedBy(Share.ofFraction(2, 3), RoundingMode.HALF_UP))
        .isEqualTo(Cny.ofFen(new BigDecimal(Long.MAX_VALUE - 1).multiply(BigDecimal.valueOf(2))
            .divide(BigDecimal.valueOf(3), 0, RoundingMode.HALF_UP).longValueExact()));
    assertThat(Cny.MAX.multipliedBy(Share.ONE, RoundingMode.HALF_UP)).isEqualTo(Cny.MAX);
  }

  @Test
  void exceptionsCarryTheRefusedInput() {
    try {
      Cny.parse("1.234");
    } catch (MalformedAmountException e) {
      assertThat(e.input()).isEqualTo("1.234");
    }
    try {
      Share.parse("x%");
    } catch (MalformedAmountException e) {
      assertThat(e.input()).isEqualTo("x%");
    }
  }
}
