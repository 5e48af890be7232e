package org.zhongchuang.policy.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.money.Cny;

/**
 * {@link Average} as a value: exact comparisons where the cross products leave a long, the amount of an average of
 * yuan, the decimal grammar of {@link Average#parse} at its edges, and the proxy's invariants.
 */
class AverageArithmeticTest {

  @Test
  void comparesByValueWhateverTheFormItWasGivenIn() {
    Average quarters = Average.ofQuarters(300, 301); // (300 + 301) ÷ 2 = 300.5
    assertThat(quarters.compareTo(Average.parse("300.5"))).isZero();
    assertThat(quarters.compareTo(Average.of(300))).isPositive();
    assertThat(Average.of(300).compareTo(quarters)).isNegative();
    // 1/3 against 0.333…: 1 × 1000 > 333 × 3
    assertThat(Average.ofQuarters(0, 1, 0, 0, 0, 1).compareTo(Average.parse("0.333"))).isPositive();
  }

  @Test
  void aHeadcountLimitIsComparedExactlyBeyondTheRangeOfALong() {
    Average almost = Average.parse("9999999999999999.9"); // 99999999999999999 / 10
    // 99999999999999999 ≤ 9999999999999999 × 10 = 99999999999999990? No.
    assertThat(almost.isAtMost(9_999_999_999_999_999L)).isFalse();
    // 99999999999999999 ≤ 10000000000000000 × 10 = 10^17: yes.
    assertThat(almost.isAtMost(10_000_000_000_000_000L)).isTrue();
    // 10 × Long.MAX_VALUE leaves a long; the comparison must not wrap around.
    assertThat(almost.isAtMost(Long.MAX_VALUE)).isTrue();
    assertThat(Average.parse("300.5").isAtMost(301)).isTrue();
    assertThat(Average.parse("300.5").isAtMost(300)).isFalse();
  }

  @Test
  void aComparisonWithALimitAgreesWithBigIntegerCrossProducts() {
    // Two values averaged: (x + y) / 2 against a limit within two of the average, where the exact comparison matters.
    qt().forAll(longs().between(0, Long.MAX_VALUE / 2), longs().between(0, Long.MAX_VALUE / 2), longs().between(-2, 2))
        .checkAssert((x, y, delta) -> {
          Average a = Average.ofQuarters(x, y);
          long limit = (x + y) / 2 + delta;
          // n / d ≤ limit  ⇔  n ≤ limit × d
          boolean expected = BigInteger.valueOf(a.numerator())
              .compareTo(BigInteger.valueOf(limit).multiply(BigInteger.valueOf(a.denominator()))) <= 0;
          assertThat(a.isAtMost(limit)).as("%s ≤ %s", a, limit).isEqualTo(expected);
          Average assets = Average.ofQuarters(Cny.ofFen(x), Cny.ofFen(y));
          // n / d yuan ≤ limit fen / 100  ⇔  n × 100 ≤ limit × d
          boolean expectedAssets = BigInteger.valueOf(assets.numerator()).multiply(BigInteger.valueOf(100))
              .compareTo(BigInteger.valueOf(limit).multiply(BigInteger.valueOf(assets.denominator()))) <= 0;
          assertThat(assets.isAtMost(Cny.ofFen(limit))).as("%s ≤ %s fen", assets, limit).isEqualTo(expectedAssets);
          assertThat(Integer.signum(a.compareTo(Average.of(Math.max(limit, 0))))).isEqualTo(
              BigInteger.valueOf(a.numerator()).compareTo(BigInteger.valueOf(Math.max(limit, 0))
                  .multiply(BigInteger.valueOf(a.denominator()))));
        });
  }

  @Test
  void anAssetLimitIsComparedExactlyBeyondTheRangeOfALong() {
    // The largest amount: Long.MAX_VALUE fen, held as Long.MAX_VALUE / 100 yuan; × 100 leaves a long.
    Average max = Average.of(Cny.MAX);
    assertThat(max.isAtMost(Cny.MAX)).isTrue();
    assertThat(max.isAtMost(Cny.MAX.minus(Cny.ofFen(1)))).isFalse();
    // 8,000,000.00125 yuan = (7 × 8,000,000.00 + 8,000,000.01) ÷ 8: one eighth of a fen above 8,000,000.00.
    Cny limit = Cny.ofYuan(8_000_000);
    Average eighth = Average.ofQuarters(limit, limit, limit, limit, limit, limit, limit, limit.plus(Cny.ofFen(1)));
    assertThat(eighth.isAtMost(limit)).isFalse();
    assertThat(eighth.isAtMost(limit.plus(Cny.ofFen(1)))).isTrue();
  }

  @Test
  void anAverageOfYuanIsAnAmountOnlyWhenItIsAWholeNumberOfFen() {
    // 12.34 yuan is held reduced as 617/50; 617 × 100 ÷ 50 = 1234 fen.
    assertThat(Average.of(Cny.parse("12.34")).asAmount()).contains(Cny.parse("12.34"));
    // (0.01 + 0.02) ÷ 2 = 0.015 yuan: half a fen.
    assertThat(Average.ofQuarters(Cny.parse("0.01"), Cny.parse("0.02")).asAmount()).isEmpty();
    assertThat(Average.of(Cny.MAX).asAmount()).contains(Cny.MAX);
    // 10^17 yuan = 10^19 fen, which is above Long.MAX_VALUE (≈ 9.22 × 10^18) fen: no amount.
    assertThat(Average.parse("100000000000000000").asAmount()).isEmpty();
  }

  @Test
  void fullWidthDigitsAndPointAreRead() {
    assertThat(Average.parse("３００．５")).isEqualTo(Average.parse("300.5"));
    assertThat(Average.parse("９０")).isEqualTo(Average.of(90));
    assertThat(Average.parse("０.５")).isEqualTo(Average.ofQuarters(0, 1));
  }

  @Test
  void aDecimalOfEighteenCharactersIsTheLongestRead() {
    assertThat(Average.parse("123456789012345678")).isEqualTo(Average.of(123_456_789_012_345_678L));
    // 16 + 1 + 1 characters: 1234567890123456.7
    assertThat(Average.parse("1234567890123456.7").toString()).isEqualTo("1234567890123456.7");
    assertThatThrownBy(() -> Average.parse("1234567890123456789")).isInstanceOf(PolicyInputException.class)
        .hasMessageContaining("1234567890123456789");
    assertThatThrownBy(() -> Average.parse("12345678901234567.8")).isInstanceOf(PolicyInputException.class);
  }

  @Test
  void aProxyWithAZeroOrNegativeDenominatorIsRefused() throws Exception {
    Average distinct = Average.parse("1234567.891"); // 1234567891 / 1000, already reduced
    assertThat(distinct.denominator()).isEqualTo(1000);
    byte[] stream = serialize(distinct);
    assertThatThrownBy(() -> deserialize(replaceLong(stream, 1000, 0))).isInstanceOf(InvalidObjectException.class)
        .hasMessage("an average is zero or more: 1234567891/0");
    assertThatThrownBy(() -> deserialize(replaceLong(stream, 1000, -1))).isInstanceOf(InvalidObjectException.class)
        .hasMessage("an average is zero or more: 1234567891/-1");
    assertThatThrownBy(() -> deserialize(replaceLong(stream, 1_234_567_891L, -1)))
        .isInstanceOf(InvalidObjectException.class).hasMessage("an average is zero or more: -1/1000");
    // Not in lowest terms: reduced on reading.
    assertThat(deserialize(replaceLong(replaceLong(stream, 1_234_567_891L, 6), 1000, 4)))
        .isEqualTo(Average.parse("1.5"));
  }

  private static byte[] serialize(Object value) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    return bytes.toByteArray();
  }

  private static Object deserialize(byte[] bytes) throws IOException, ClassNotFoundException {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      return in.readObject();
    }
  }

  /** The stream with the one occurrence of {@code from} (8 bytes, big-endian, as streams write longs) replaced. */
  private static byte[] replaceLong(byte[] stream, long from, long to) {
    int found = -1;
    for (int i = 0; i + 8 <= stream.length; i++) {
      if (ByteBuffer.wrap(stream, i, 8).getLong() == from) {
        assertThat(found).as("one occurrence of %s", from).isEqualTo(-1);
        found = i;
      }
    }
    assertThat(found).as("an occurrence of %s", from).isNotNegative();
    byte[] copy = stream.clone();
    System.arraycopy(ByteBuffer.allocate(8).putLong(to).array(), 0, copy, found, 8);
    return copy;
  }
}
