package org.zhongchuang.policy.tax;

import static java.util.Objects.requireNonNull;

import com.google.common.math.LongMath;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.text.Phrase;
import org.zhongchuang.policy.text.Renderable;

/**
 * An exact average, held as a reduced fraction: a headcount averaged over quarters (300.5 people; 1/3 of a person when
 * three quarters are averaged), or total assets averaged in yuan (0.01 ÷ 8 = 0.00125 yuan). PROVISIONS.md §7: such
 * averages are compared with the limits exactly — 300.5 is more than 300 — and are never rounded first.
 *
 * <p>This class is immutable and thread-safe. Zero or more.
 */
public final class Average implements Comparable<Average>, Renderable, Serializable {
  private static final long serialVersionUID = 1L;

  /** In the unit averaged: people, or yuan. */
  private final long numerator;
  private final long denominator;

  private Average(long numerator, long denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  private static Average reduced(long numerator, long denominator) {
    if (numerator < 0 || denominator <= 0) {
      throw new IllegalArgumentException("an average is zero or more: " + numerator + "/" + denominator);
    }
    long gcd = LongMath.gcd(numerator, denominator);
    return new Average(numerator / gcd, denominator / gcd);
  }

  /** A whole number, e.g. 45 employees. */
  public static Average of(long whole) {
    if (whole < 0) {
      throw new PolicyInputException(Phrase.of("error.tax.negativeAverage", whole));
    }
    return new Average(whole, 1);
  }

  /** An amount of yuan, e.g. total assets already averaged: exact to the fen. */
  public static Average of(Cny amount) {
    requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw new PolicyInputException(Phrase.of("error.tax.negativeAverage", amount));
    }
    long fen = amount.toFen();
    // gcd(fen, 100 = 2² × 5²) without a loop: the twos and fives fen shares with it.
    long twos = 1L << Math.min(2, Long.numberOfTrailingZeros(fen | 4));
    long common = twos * (fen % 25 == 0 ? 25 : fen % 5 == 0 ? 5 : 1);
    return new Average(fen / common, 100 / common);
  }

  /**
   * A decimal as people write an averaged headcount: {@code 300.5}, {@code ３００．５}; ASCII or full-width digits and
   * point only.
   *
   * @throws PolicyInputException for anything else, or a negative number
   */
  public static Average parse(String text) {
    requireNonNull(text, "text");
    String s = text.strip();
    StringBuilder ascii = new StringBuilder(s.length());
    boolean point = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char d = c >= '０' && c <= '９' ? (char) ('0' + c - '０') : c == '．' ? '.' : c;
      if (d == '.' && !point && i > 0 && i < s.length() - 1) {
        point = true;
      } else if (d < '0' || d > '9') {
        throw new PolicyInputException(Phrase.of("error.tax.average", text));
      }
      ascii.append(d);
    }
    if (ascii.length() == 0 || ascii.length() > 18) {
      throw new PolicyInputException(Phrase.of("error.tax.average", text));
    }
    BigDecimal value = new BigDecimal(ascii.toString());
    return reduced(value.unscaledValue().longValueExact(), LongMath.pow(10, value.scale()));
  }

  /**
   * The average of the quarters operated (季度平均值=（季初值+季末值）÷2, 全年季度平均值=各季度平均值之和÷季度数): one
   * start and one end value per quarter, in order.
   *
   * @param startAndEnd start₁, end₁, start₂, end₂…: two to eight values, zero or more
   * @throws PolicyInputException if the values are not pairs of one to four quarters, or one is negative
   */
  public static Average ofQuarters(long... startAndEnd) {
    requireNonNull(startAndEnd, "startAndEnd");
    int n = checkQuarters(startAndEnd.length);
    long sum = 0;
    for (long v : startAndEnd) {
      if (v < 0) {
        throw new PolicyInputException(Phrase.of("error.tax.negativeAverage", v));
      }
      sum = Math.addExact(sum, v);
    }
    return reduced(sum, 2L * n);
  }

  /** As {@link #ofQuarters(long...)} for amounts: start and end assets of each quarter operated. */
  public static Average ofQuarters(Cny... startAndEnd) {
    requireNonNull(startAndEnd, "startAndEnd");
    int n = checkQuarters(startAndEnd.length);
    long sum = 0;
    for (Cny v : startAndEnd) {
      if (requireNonNull(v, "value").isNegative()) {
        throw new PolicyInputException(Phrase.of("error.tax.negativeAverage", v));
      }
      sum = Math.addExact(sum, v.toFen());
    }
    return reduced(sum, Math.multiplyExact(200L, n));
  }

  private static int checkQuarters(int values) {
    if (values < 2 || values > 8 || values % 2 != 0) {
      throw new PolicyInputException(Phrase.of("error.tax.quarters", values));
    }
    return values / 2;
  }

  public long numerator() {
    return numerator;
  }

  public long denominator() {
    return denominator;
  }

  /** Whether it is a whole number. */
  public boolean isWhole() {
    return denominator == 1;
  }

  /** Whether it is at most a whole-number limit (zero or more), exactly. */
  public boolean isAtMost(long limit) {
    return compare(numerator, 1, limit, denominator) <= 0;
  }

  /** Whether it is at most an amount (zero or more), exactly; the average is in yuan. */
  public boolean isAtMost(Cny limit) {
    // numerator / denominator ≤ fen / 100  ⇔  numerator × 100 ≤ fen × denominator
    return compare(numerator, 100, limit.toFen(), denominator) <= 0;
  }

  /**
   * {@code a × b} compared with {@code c × d}, exactly: as 128-bit products in long arithmetic, the high
   * halves (signed) first, then the low halves (unsigned). An assessment compares twice; no allocation.
   */
  private static int compare(long a, long b, long c, long d) {
    int high = Long.compare(Math.multiplyHigh(a, b), Math.multiplyHigh(c, d));
    return high != 0 ? high : Long.compareUnsigned(a * b, c * d);
  }

  /** For an average of yuan: the amount, where it is a whole number of fen within a long; else empty. */
  public java.util.Optional<Cny> asAmount() {
    BigInteger[] qr = BigInteger.valueOf(numerator).multiply(BigInteger.valueOf(100))
        .divideAndRemainder(BigInteger.valueOf(denominator));
    return qr[1].signum() == 0 && qr[0].bitLength() < 64 ? java.util.Optional.of(Cny.ofFen(qr[0].longValueExact()))
        : java.util.Optional.empty();
  }

  /** Rounded half-up to a whole number, as the annual return's basic table writes a headcount. */
  public long roundedHalfUp() {
    return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 0, RoundingMode.HALF_UP)
        .longValueExact();
  }

  @Override
  public int compareTo(Average other) {
    return compare(numerator, other.denominator, other.numerator, denominator);
  }

  /** The exact decimal where it ends ({@code 300.5}, {@code 8,000,000.00125} for yuan), else {@code p/q}. */
  @Override
  public String render(Language language) {
    return toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Average && ((Average) o).numerator == numerator && ((Average) o).denominator == denominator;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(numerator) * 31 + Long.hashCode(denominator);
  }

  /** The exact decimal where it ends ({@code 300.5}), else the fraction ({@code 901/3}). */
  @Override
  public String toString() {
    BigDecimal n = BigDecimal.valueOf(numerator);
    try {
      return n.divide(BigDecimal.valueOf(denominator), MathContext.UNLIMITED).stripTrailingZeros().toPlainString();
    } catch (ArithmeticException nonTerminating) {
      return numerator + "/" + denominator;
    }
  }

  private Object writeReplace() {
    return new Proxy(numerator, denominator);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("use the serialization proxy");
  }

  /** Re-checks the invariants on reading. */
  private static final class Proxy implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long numerator;
    private final long denominator;

    Proxy(long numerator, long denominator) {
      this.numerator = numerator;
      this.denominator = denominator;
    }

    private Object readResolve() throws InvalidObjectException {
      try {
        return reduced(numerator, denominator);
      } catch (IllegalArgumentException e) {
        throw new InvalidObjectException(e.getMessage());
      }
    }
  }
}
