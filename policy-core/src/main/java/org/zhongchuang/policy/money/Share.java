package org.zhongchuang.policy.money;

import static java.util.Objects.requireNonNull;

import com.google.common.math.LongMath;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.text.Renderable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * An exact, non-negative share or rate held as a reduced fraction: 50%, 20%, 12.5% (1/8), a 1:1 ratio (1), 1/3.
 *
 * <p>This class is immutable and thread-safe. Products of shares are exact; an amount is rounded only when one is
 * asked for, through {@link Cny#multipliedBy(Share, RoundingMode)}.
 *
 * <p>Text. {@link #parse} reads the grammar documented there. Which methods print text that {@code parse} reads
 * back to an equal share, and which are for display only:
 *
 * <table>
 *   <caption>Text forms</caption>
 *   <tr><th>method</th><th>1/2</th><th>1/8</th><th>1/3</th><th>reads back</th></tr>
 *   <tr><td>{@link #toString()}</td><td>{@code 50%}</td><td>{@code 12.5%}</td><td>{@code 1/3}</td><td>always</td></tr>
 *   <tr><td>{@link #toFractionString()}</td><td>{@code 1/2}</td><td>{@code 1/8}</td><td>{@code 1/3}</td>
 *     <td>always</td></tr>
 *   <tr><td>{@link #toDecimalString()}</td><td>{@code 0.50}</td><td>{@code 0.125}</td><td>{@code 1/3}</td>
 *     <td>when at most 30 characters (always where it is a fraction)</td></tr>
 *   <tr><td>{@link #toPercentString()}</td><td>{@code 50%}</td><td>{@code 12.5%}</td><td>{@code 33.33…%}</td>
 *     <td>no: for display; exact only where the decimal terminates</td></tr>
 * </table>
 *
 * <p>Serialization goes through a private proxy holding the numerator and the denominator; reading rebuilds the
 * share through {@link #ofFraction(long, long)}, so a stream with a negative numerator or a denominator that is not
 * positive is refused with an {@link java.io.InvalidObjectException}, as is a stream holding a {@code Share} itself
 * instead of its proxy.
 */
public final class Share implements Comparable<Share>, Renderable, Serializable {
  private static final long serialVersionUID = 1L;

  public static final Share ZERO = new Share(0, 1);
  public static final Share ONE = new Share(1, 1);

  /** The longest number {@link #parse} reads, in characters (digits and point). */
  private static final int LONGEST_NUMBER = 30;
  /** A denominator that divides 10^10: the percentage has at most eight decimals. */
  private static final long PERCENT_TEXT_DENOMINATORS = 10_000_000_000L;
  private static final BigInteger LARGEST = BigInteger.valueOf(Long.MAX_VALUE);

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
   * @param percent a decimal percentage without the percent sign, e.g. {@code "12.5"} for 12.5%: the
   *     {@code decimal} of the grammar of {@link #parse}, with spaces around it allowed; not null
   * @return the share
   * @throws MalformedAmountException if the text is not such a decimal
   */
  public static Share percent(String percent) {
    requireNonNull(percent, "percent");
    AmountText in = new AmountText(percent);
    StringBuilder digits = new StringBuilder();
    int decimals = decimal(in, digits, percent);
    if (!in.atEnd()) {
      throw MalformedAmountException.share(percent, "unexpected", in.current());
    }
    return fromDigits(digits, decimals, 2, percent);
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
      throw MalformedAmountException.share(decimal.toPlainString(), "negative");
    }
    return fromDecimal(decimal, decimal.toPlainString());
  }

  /**
   * Reads {@code 50%}, {@code 12.5%}, {@code ５０％}, {@code 0.5}, {@code 1:1} or {@code 1/3}: every text that
   * {@link #toString()}, {@link #toFractionString()} and (up to 30 characters) {@link #toDecimalString()} print.
   *
   * <p>The text must match this grammar as a whole, and nothing else is read:
   *
   * <pre>{@code
   * share    = spaces (percent | decimal | ratio | fraction) spaces
   * percent  = decimal spaces ("%" | "％")                 the decimal ÷ 100
   * ratio    = natural spaces (":" | "：") spaces natural   a ÷ b, b not zero
   * fraction = natural spaces ("/" | "／") spaces natural   p ÷ q, q not zero
   * decimal  = natural [point natural]                    at most 30 characters
   * natural  = digit {digit}
   * digit    = "0".."9" | "０".."９"                        ASCII or full-width (U+FF10..U+FF19); nothing else
   * point    = "." | "．"                                 ASCII or full-width (U+FF0E)
   * spaces   = { " " | TAB | IDEOGRAPHIC-SPACE }          ASCII space, tab, U+3000; nothing else
   * }</pre>
   *
   * <p>As in {@link Cny#parse}, ASCII and full-width characters may be mixed, and no other character counts as a
   * digit ({@code ①}, {@code ²}, {@code ٥} are refused); there is no sign and there are no thousands separators.
   * The value, reduced, must have a numerator and a denominator that fit in a {@code long}.
   *
   * @param text not null
   * @return the share
   * @throws MalformedAmountException if the text is none of these; the message says what is accepted
   */
  public static Share parse(String text) {
    requireNonNull(text, "text");
    AmountText in = new AmountText(text);
    StringBuilder first = new StringBuilder();
    int decimals = decimal(in, first, text);
    in.skipSpaces();
    boolean ratio = in.take(':', '\uFF1A');
    if (ratio || in.take('/', '\uFF0F')) {
      if (decimals > 0) {
        throw MalformedAmountException.share(text, "wholeTerms");
      }
      in.skipSpaces();
      StringBuilder second = new StringBuilder();
      if (in.digits(second) == 0) {
        throw MalformedAmountException.share(text, "expectedDigit", in.current());
      }
      if (!in.atEnd()) {
        throw MalformedAmountException.share(text, "unexpected", in.current());
      }
      BigInteger b = new BigInteger(second.toString());
      if (b.signum() == 0) {
        throw MalformedAmountException.share(text, ratio ? "ratioZero" : "fractionZero");
      }
      return reduced(new BigInteger(first.toString()), b, text);
    }
    boolean percent = in.take('%', '\uFF05');
    if (!in.atEnd()) {
      throw MalformedAmountException.share(text, "unexpected", in.current());
    }
    return fromDigits(first, decimals, percent ? 2 : 0, text);
  }

  /** Reads {@code natural [point natural]}, appending the digits; the number of decimals. */
  private static int decimal(AmountText in, StringBuilder digits, String input) {
    int whole = in.digits(digits);
    if (whole == 0) {
      throw MalformedAmountException.share(input, "expectedDigit", in.current());
    }
    int decimals = 0;
    if (in.take('.', '\uFF0E')) {
      decimals = in.digits(digits);
      if (decimals == 0) {
        throw MalformedAmountException.share(input, "pointNeedsDigit", in.current());
      }
    }
    return decimals;
  }

  /**
   * {@code digits × 10^-(decimals + shift)}, where {@code digits} are those of a decimal with {@code decimals}
   * decimals, at most {@value #LONGEST_NUMBER} characters long with its point.
   */
  private static Share fromDigits(CharSequence digits, int decimals, int shift, String input) {
    if (digits.length() + (decimals == 0 ? 0 : 1) > LONGEST_NUMBER) {
      throw MalformedAmountException.share(input, "tooLong", LONGEST_NUMBER);
    }
    return reduced(new BigInteger(digits.toString()), BigInteger.TEN.pow(decimals + shift), input);
  }

  private static Share fromDecimal(BigDecimal value, String input) {
    BigDecimal stripped = value.stripTrailingZeros();
    // A whole part of 20 digits or more exceeds a long. So does the reduced denominator of a decimal with s > 63
    // decimals and no trailing zero: its unscaled value lacks the factor 2 or the factor 5, so 2^s or 5^s remains.
    if (stripped.precision() - stripped.scale() > 19 || stripped.scale() > 63) {
      throw MalformedAmountException.share(input, "tooManyDigits");
    }
    int decimals = Math.max(0, stripped.scale());
    return reduced(stripped.movePointRight(decimals).toBigIntegerExact(), BigInteger.TEN.pow(decimals), input);
  }

  /** {@code numerator / denominator} reduced, where both terms of the reduced fraction fit in a {@code long}. */
  private static Share reduced(BigInteger numerator, BigInteger denominator, String input) {
    BigInteger gcd = numerator.gcd(denominator);
    BigInteger n = numerator.divide(gcd);
    BigInteger d = denominator.divide(gcd);
    if (n.compareTo(LARGEST) > 0 || d.compareTo(LARGEST) > 0) {
      throw MalformedAmountException.share(input, "tooLargeFraction", Long.MAX_VALUE);
    }
    return new Share(n.longValue(), d.longValue());
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

  /**
   * The exact decimal value where it terminates; otherwise 20 significant digits, rounded half-up, which is not the
   * value (use {@link #numerator()} and {@link #denominator()} for exact arithmetic).
   */
  public BigDecimal toBigDecimal() {
    BigDecimal n = BigDecimal.valueOf(numerator);
    BigDecimal d = BigDecimal.valueOf(denominator);
    try {
      return n.divide(d);
    } catch (ArithmeticException nonTerminating) {
      return n.divide(d, new MathContext(20, RoundingMode.HALF_UP));
    }
  }

  /** Whether the decimal expansion ends: the reduced denominator has no prime factor but 2 and 5. */
  public boolean hasTerminatingDecimal() {
    long d = denominator >>> Long.numberOfTrailingZeros(denominator);
    while (d % 5 == 0) {
      d /= 5;
    }
    return d == 1;
  }

  /**
   * The exact value as a decimal with at least two decimals, {@code 0.70}, {@code 0.125}, {@code 1.00}, where the
   * decimal terminates; otherwise, never an approximation, the fraction {@code p/q} of {@link #toFractionString()}
   * ({@code 1/3}). {@link #parse} reads it back when it has at most 30 characters.
   */
  public String toDecimalString() {
    if (!hasTerminatingDecimal()) {
      return toFractionString();
    }
    String small = smallDecimal();
    if (small != null) {
      return small;
    }
    BigDecimal value = toBigDecimal().stripTrailingZeros();
    return value.setScale(Math.max(2, value.scale())).toPlainString();
  }

  /**
   * {@link #toDecimalString()} of a terminating share whose digits fit in a {@code long}, computed in it: the
   * denominator {@code 2^a × 5^b} divides {@code 10^max(a, b)}, so the value is {@code numerator × (10^k ÷ denominator)}
   * with {@code k} decimals, trailing zeros dropped down to two. Null where the digits would not fit.
   */
  String smallDecimal() {
    int twos = Long.numberOfTrailingZeros(denominator);
    int fives = 0;
    for (long d = denominator >>> twos; d > 1; d /= 5) {
      fives++;
    }
    int scale = Math.max(2, Math.max(twos, fives));
    if (scale > 18) {
      return null;
    }
    long digits;
    try {
      digits = Math.multiplyExact(numerator, LongMath.pow(10, scale) / denominator);
    } catch (ArithmeticException tooLong) {
      return null;
    }
    while (scale > 2 && digits % 10 == 0) {
      digits /= 10;
      scale--;
    }
    StringBuilder out = new StringBuilder(24).append(digits);
    while (out.length() <= scale) {
      out.insert(0, '0');
    }
    return out.insert(out.length() - scale, '.').toString();
  }

  /**
   * The reduced fraction {@code numerator/denominator}, always with both terms: {@code 1/3}, {@code 1/2},
   * {@code 1/1}, {@code 0/1}. {@link #parse} reads it back.
   */
  public String toFractionString() {
    return numerator + "/" + denominator;
  }

  /**
   * For display: the exact percentage where the decimal terminates, {@code 70%}, {@code 12.5%}, {@code 0.0001%};
   * otherwise the percentage cut (not rounded) after two decimals, or after four significant digits where that is
   * more, followed by {@code …}: {@code 33.33…%} (1/3), {@code 66.66…%} (2/3), {@code 0.003333…%} (1/30,000). Every
   * digit printed is a digit of the value; the {@code …} says that more follow. Not read back by {@link #parse}
   * where it has the {@code …}; use {@link #toString()} for text to read back.
   */
  public String toPercentString() {
    BigDecimal hundredfold = BigDecimal.valueOf(numerator).movePointRight(2);
    BigDecimal d = BigDecimal.valueOf(denominator);
    if (hasTerminatingDecimal()) {
      return hundredfold.divide(d).stripTrailingZeros().toPlainString() + "%";
    }
    // Four significant digits, but never fewer than two decimals: 33.33…%, 0.003333…%.
    int decimals = Math.max(2, hundredfold.divide(d, new MathContext(4, RoundingMode.DOWN)).scale());
    return hundredfold.divide(d, decimals, RoundingMode.DOWN).toPlainString() + "…%";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Share && ((Share) o).numerator == numerator && ((Share) o).denominator == denominator;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(numerator) * 31 + Long.hashCode(denominator);
  }

  /**
   * Text that {@link #parse} reads back to an equal share: the exact percentage of {@link #toPercentString()} where
   * it has at most eight decimals ({@code 50%}, {@code 12.5%}, {@code 0.00000001%}), that is where the denominator
   * divides 10<sup>10</sup>; otherwise the reduced fraction of {@link #toFractionString()} ({@code 1/3},
   * {@code 1/1024000000000}).
   */
  /** As people read a rate: {@link #toPercentString()}, the same in every language. */
  @Override
  public String render(Language language) {
    return toPercentString();
  }

  @Override
  public String toString() {
    return PERCENT_TEXT_DENOMINATORS % denominator == 0 ? toPercentString() : toFractionString();
  }

  private Object writeReplace() {
    return new SerializationProxy(numerator, denominator);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("use the serialization proxy");
  }

  /** The serialized form of a {@link Share}: its numerator and denominator. */
  private static final class SerializationProxy implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long numerator;
    private final long denominator;

    SerializationProxy(long numerator, long denominator) {
      this.numerator = numerator;
      this.denominator = denominator;
    }

    private Object readResolve() throws InvalidObjectException {
      try {
        return ofFraction(numerator, denominator);
      } catch (IllegalArgumentException e) {
        InvalidObjectException invalid = new InvalidObjectException("not a share: " + e.getMessage());
        invalid.initCause(e);
        throw invalid;
      }
    }
  }
}
