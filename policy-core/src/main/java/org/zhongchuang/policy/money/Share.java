package org.zhongchuang.policy.money;

import static java.util.Objects.requireNonNull;

import com.google.common.math.LongMath;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * An exact, non-negative share or rate held as a reduced fraction: 50%, 20%, 12.5% (1/8), a 1:1 ratio (1).
 *
 * <p>This class is immutable and thread-safe. Products of shares are exact; an amount is rounded only when one is
 * asked for, through {@link Cny#multipliedBy(Share, RoundingMode)}.
 */
public final class Share implements Comparable<Share>, Serializable {
  private static final long serialVersionUID = 1L;

  public static final Share ZERO = new Share(0, 1);
  public static final Share ONE = new Share(1, 1);

  private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?");
  private static final Pattern RATIO = Pattern.compile("(\\d+):(\\d+)");

  private final long numerator;
  private final long denominator;

  private Share(long numerator, long denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * @param numerator zero or more
   * @param denominator one or more
   * @return the share {@code numerator / denominator}, reduced
   */
  public static Share ofFraction(long numerator, long denominator) {
    if (numerator < 0 || denominator <= 0) {
      throw new IllegalArgumentException(
          "a share is a fraction with a numerator ≥ 0 and a denominator > 0, got " + numerator + "/" + denominator);
    }
    long gcd = LongMath.gcd(numerator, denominator);
    return new Share(numerator / gcd, denominator / gcd);
  }

  /** @param percent whole percent, zero or more, e.g. 50 for 50% */
  public static Share percent(long percent) {
    return ofFraction(percent, 100);
  }

  /**
   * @param percent a decimal percentage, e.g. {@code "12.5"} for 12.5%, not null
   * @return the share
   */
  public static Share percent(String percent) {
    requireNonNull(percent, "percent");
    return fromDecimal(parseDecimal(percent, percent).movePointLeft(2), percent);
  }

  /**
   * A ratio {@code a:b} such as the 1:1 matching of 配套支持: the share {@code a / b}.
   *
   * @param a zero or more
   * @param b one or more
   */
  public static Share ratio(long a, long b) {
    return ofFraction(a, b);
  }

  /**
   * @param decimal a non-negative decimal fraction, e.g. {@code 0.125}, not null
   */
  public static Share of(BigDecimal decimal) {
    requireNonNull(decimal, "decimal");
    if (decimal.signum() < 0) {
      throw MalformedAmountException.share(decimal.toPlainString(), "it is negative");
    }
    return fromDecimal(decimal, decimal.toPlainString());
  }

  /**
   * Reads {@code 50%}, {@code 12.5%}, {@code ５０％}, {@code 0.5} or {@code 1:1}.
   *
   * @param text not null
   * @throws MalformedAmountException if the text is none of these
   */
  public static Share parse(String text) {
    requireNonNull(text, "text");
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    var ratio = RATIO.matcher(s);
    if (ratio.matches()) {
      long b = Long.parseLong(ratio.group(2));
      if (b == 0) {
        throw MalformedAmountException.share(text, "the second term of a ratio must not be zero");
      }
      return ofFraction(Long.parseLong(ratio.group(1)), b);
    }
    if (s.endsWith("%")) {
      return fromDecimal(parseDecimal(s.substring(0, s.length() - 1).strip(), text).movePointLeft(2), text);
    }
    return fromDecimal(parseDecimal(s, text), text);
  }

  private static BigDecimal parseDecimal(String s, String input) {
    if (!DECIMAL.matcher(s).matches() || s.length() > 30) {
      throw MalformedAmountException.share(input, "it is not a non-negative number");
    }
    return new BigDecimal(s);
  }

  private static Share fromDecimal(BigDecimal value, String input) {
    BigDecimal stripped = value.stripTrailingZeros();
    int scale = Math.max(stripped.scale(), 0);
    BigInteger numerator = stripped.movePointRight(scale).toBigIntegerExact();
    if (scale > 18 || numerator.bitLength() > 63) {
      throw MalformedAmountException.share(input, "it has too many digits");
    }
    return ofFraction(numerator.longValue(), LongMath.pow(10, scale));
  }

  public long numerator() {
    return numerator;
  }

  public long denominator() {
    return denominator;
  }

  /** The exact product of two shares, e.g. 50% × 20% = 10%. */
  public Share times(Share other) {
    requireNonNull(other, "other");
    long g1 = LongMath.gcd(numerator, other.denominator);
    long g2 = LongMath.gcd(other.numerator, denominator);
    long n = (g1 == 0 ? 0 : numerator / g1);
    long n2 = (g2 == 0 ? 0 : other.numerator / g2);
    if (n == 0 || n2 == 0) {
      return ZERO;
    }
    return ofFraction(Math.multiplyExact(n, n2),
        Math.multiplyExact(denominator / g2, other.denominator / g1));
  }

  /** {@code 1 - this}; the share must not exceed one. */
  public Share complement() {
    if (isGreaterThan(ONE)) {
      throw new IllegalArgumentException("the complement of " + toPercentString() + " is negative");
    }
    return ofFraction(denominator - numerator, denominator);
  }

  public boolean isZero() {
    return numerator == 0;
  }

  /** @param other not null */
  public boolean isGreaterThan(Share other) {
    return compareTo(other) > 0;
  }

  /** @param other not null */
  public boolean isLessThan(Share other) {
    return compareTo(other) < 0;
  }

  @Override
  public int compareTo(Share other) {
    return BigInteger.valueOf(numerator).multiply(BigInteger.valueOf(other.denominator))
        .compareTo(BigInteger.valueOf(other.numerator).multiply(BigInteger.valueOf(denominator)));
  }

  /** The exact decimal value, or 20 significant digits where the decimal does not terminate. */
  public BigDecimal toBigDecimal() {
    BigDecimal n = BigDecimal.valueOf(numerator);
    BigDecimal d = BigDecimal.valueOf(denominator);
    try {
      return n.divide(d);
    } catch (ArithmeticException nonTerminating) {
      return n.divide(d, new MathContext(20, RoundingMode.HALF_UP));
    }
  }

  /** At least two decimals: {@code 0.70}, {@code 0.125}, {@code 1.00}. */
  public String toDecimalString() {
    BigDecimal value = toBigDecimal().stripTrailingZeros();
    return (value.scale() < 2 ? value.setScale(2) : value).toPlainString();
  }

  /** {@code 70%}, {@code 12.5%}. */
  public String toPercentString() {
    // Explanations print several rates per result: a percentage with up to six decimals is laid out in long
    // arithmetic; only longer or non-terminating ones go through BigDecimal, with the same text.
    long scaled = numerator <= Long.MAX_VALUE / 1_000_000_000L ? numerator * 100 : -1;
    for (int decimals = 0; scaled >= 0 && decimals <= 6; decimals++, scaled *= 10) {
      if (scaled % denominator == 0) {
        return decimalText(scaled / denominator, decimals) + "%";
      }
    }
    BigDecimal value = toBigDecimal().movePointRight(2).stripTrailingZeros();
    return (value.scale() < 0 ? value.setScale(0) : value).toPlainString() + "%";
  }

  /** {@code unscaled × 10^-decimals} as plain text, e.g. (125, 1) → {@code 12.5}. */
  private static String decimalText(long unscaled, int decimals) {
    String digits = Long.toString(unscaled);
    if (decimals == 0) {
      return digits;
    }
    StringBuilder out = new StringBuilder(digits.length() + 2);
    for (int pad = digits.length(); pad <= decimals; pad++) {
      out.append('0');
    }
    out.append(digits);
    return out.insert(out.length() - decimals, '.').toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Share && ((Share) o).numerator == numerator && ((Share) o).denominator == denominator;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(numerator) * 31 + Long.hashCode(denominator);
  }

  /** Same as {@link #toPercentString()}. */
  @Override
  public String toString() {
    return toPercentString();
  }
}
