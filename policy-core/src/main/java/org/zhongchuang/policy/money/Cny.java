package org.zhongchuang.policy.money;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * An exact amount of Chinese yuan (人民币元) with fen (分, 0.01 yuan) precision, backed by a {@code long} count of
 * fen.
 *
 * <p>This class is immutable and thread-safe. Arithmetic is exact; an operation that would lose precision takes an
 * explicit {@link RoundingMode}, and an operation that would overflow throws {@link AmountOverflowException}, never
 * wraps. Input with more than two decimals is refused, never rounded.
 */
public final class Cny implements Comparable<Cny>, Serializable {
  private static final long serialVersionUID = 1L;

  /** Zero yuan. */
  public static final Cny ZERO = new Cny(0);
  /** The largest amount, {@code Long.MAX_VALUE} fen. */
  public static final Cny MAX = new Cny(Long.MAX_VALUE);

  private static final Pattern NUMBER = Pattern.compile("(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");
  private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
  private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000);

  private final long fen;

  private Cny(long fen) {
    this.fen = fen;
  }

  /**
   * @param fen the amount in fen (0.01 yuan), any sign
   * @return the amount
   */
  public static Cny ofFen(long fen) {
    return fen == 0 ? ZERO : new Cny(fen);
  }

  /**
   * @param yuan whole yuan, any sign
   * @return the amount
   * @throws AmountOverflowException if the amount in fen does not fit in a {@code long}
   */
  public static Cny ofYuan(long yuan) {
    try {
      return ofFen(Math.multiplyExact(yuan, 100L));
    } catch (ArithmeticException e) {
      throw new AmountOverflowException("ofYuan(" + yuan + ")");
    }
  }

  /**
   * @param yuan an amount in yuan with at most two decimals (trailing zeros beyond are allowed), not null
   * @return the amount
   * @throws MalformedAmountException if it has more than two significant decimals or is too large
   */
  public static Cny of(BigDecimal yuan) {
    requireNonNull(yuan, "yuan");
    return fromDecimal(yuan, yuan.toPlainString());
  }

  /**
   * Reads an amount as people type it and as the policy documents print it: {@code 250000}, {@code 250,000.00},
   * {@code 25万}, {@code 25万元}, {@code ２０万元} (full-width digits), {@code 0.5亿}, {@code ¥1,000}, {@code -3.50}.
   *
   * @param text the amount, not null
   * @return the amount
   * @throws MalformedAmountException if the text is not an amount, has more than two decimals of yuan, or is too
   *     large
   */
  public static Cny parse(String text) {
    requireNonNull(text, "text");
    // NFKC turns full-width digits, separators and the full-width yen sign into their ASCII forms.
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    if (s.isEmpty()) {
      throw new MalformedAmountException(text, "it is empty");
    }
    boolean negative = false;
    if (s.startsWith("-")) {
      negative = true;
      s = s.substring(1).strip();
    }
    if (s.startsWith("¥")) {
      s = s.substring(1).strip();
    }
    if (s.endsWith("元")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    BigDecimal unit = BigDecimal.ONE;
    if (s.endsWith("万")) {
      unit = TEN_THOUSAND;
      s = s.substring(0, s.length() - 1).strip();
    } else if (s.endsWith("亿")) {
      unit = HUNDRED_MILLION;
      s = s.substring(0, s.length() - 1).strip();
    }
    if (!NUMBER.matcher(s).matches()) {
      throw new MalformedAmountException(text, "it is not a number of yuan");
    }
    BigDecimal yuan = new BigDecimal(s.replace(",", "")).multiply(unit);
    return fromDecimal(negative ? yuan.negate() : yuan, text);
  }

  private static Cny fromDecimal(BigDecimal yuan, String input) {
    BigDecimal stripped = yuan.stripTrailingZeros();
    if (stripped.scale() > 2) {
      throw new MalformedAmountException(input,
          "it has more than two decimals of yuan (the smallest unit is the fen, 0.01); amounts are never rounded"
              + " on input");
    }
    BigInteger fen = stripped.movePointRight(2).toBigIntegerExact();
    if (fen.bitLength() > 63) {
      throw new MalformedAmountException(input, "it is too large (at most " + MAX.toPlainString() + " yuan)");
    }
    return ofFen(fen.longValue());
  }

  /**
   * Sums amounts exactly.
   *
   * @param amounts the amounts, not null, no null element
   * @return their total, zero if there are none
   */
  public static Cny total(Iterable<Cny> amounts) {
    requireNonNull(amounts, "amounts");
    Cny sum = ZERO;
    for (Cny amount : amounts) {
      sum = sum.plus(requireNonNull(amount, "amount"));
    }
    return sum;
  }

  /** The amount in fen. */
  public long toFen() {
    return fen;
  }

  /** The amount in yuan with exactly two decimals. */
  public BigDecimal toBigDecimal() {
    return BigDecimal.valueOf(fen, 2);
  }

  /** @param other not null */
  public Cny plus(Cny other) {
    requireNonNull(other, "other");
    try {
      return ofFen(Math.addExact(fen, other.fen));
    } catch (ArithmeticException e) {
      throw new AmountOverflowException(this + " + " + other);
    }
  }

  /** @param other not null */
  public Cny minus(Cny other) {
    requireNonNull(other, "other");
    try {
      return ofFen(Math.subtractExact(fen, other.fen));
    } catch (ArithmeticException e) {
      throw new AmountOverflowException(this + " - " + other);
    }
  }

  /** @param factor any whole number */
  public Cny multipliedBy(long factor) {
    try {
      return ofFen(Math.multiplyExact(fen, factor));
    } catch (ArithmeticException e) {
      throw new AmountOverflowException(this + " × " + factor);
    }
  }

  /**
   * Multiplies by an exact share and rounds the product to the fen.
   *
   * @param share not null
   * @param rounding how to round to the fen, not null; {@link RoundingMode#UNNECESSARY} throws if rounding is needed
   * @return the product, rounded
   */
  public Cny multipliedBy(Share share, RoundingMode rounding) {
    requireNonNull(share, "share");
    requireNonNull(rounding, "rounding");
    return ofFen(Fractions.divide(fen, share.numerator(), share.denominator(), rounding,
        () -> new AmountOverflowException(this + " × " + share)));
  }

  /** The same amount with the opposite sign. */
  public Cny negated() {
    if (fen == Long.MIN_VALUE) {
      throw new AmountOverflowException("negation of " + this);
    }
    return ofFen(-fen);
  }

  public boolean isZero() {
    return fen == 0;
  }

  public boolean isPositive() {
    return fen > 0;
  }

  public boolean isNegative() {
    return fen < 0;
  }

  public boolean isPositiveOrZero() {
    return fen >= 0;
  }

  /** @param other not null */
  public boolean isGreaterThan(Cny other) {
    return compareTo(other) > 0;
  }

  /** @param other not null */
  public boolean isLessThan(Cny other) {
    return compareTo(other) < 0;
  }

  /** @param other not null */
  public Cny min(Cny other) {
    return compareTo(other) <= 0 ? this : other;
  }

  /** @param other not null */
  public Cny max(Cny other) {
    return compareTo(other) >= 0 ? this : other;
  }

  @Override
  public int compareTo(Cny other) {
    return Long.compare(fen, other.fen);
  }

  /** The amount as a plain decimal with two decimals, e.g. {@code 25000.00} or {@code -0.50}. */
  public String toPlainString() {
    return render(false);
  }

  /** The amount with thousands separators, e.g. {@code 250,000.00}. */
  public String format() {
    return render(true);
  }

  // Explanations format many amounts per result: digits are laid out by hand, not through String.format.
  private String render(boolean grouped) {
    String digits = Long.toString(fen);
    boolean negative = fen < 0;
    int first = negative ? 1 : 0;
    StringBuilder magnitude = new StringBuilder(digits.length() + 3).append(digits, first, digits.length());
    while (magnitude.length() < 3) {
      magnitude.insert(0, '0');
    }
    int dot = magnitude.length() - 2;
    StringBuilder out = new StringBuilder(magnitude.length() + magnitude.length() / 3 + 2);
    if (negative) {
      out.append('-');
    }
    for (int i = 0; i < dot; i++) {
      if (grouped && i > 0 && (dot - i) % 3 == 0) {
        out.append(',');
      }
      out.append(magnitude.charAt(i));
    }
    return out.append('.').append(magnitude, dot, magnitude.length()).toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Cny && ((Cny) o).fen == fen;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(fen);
  }

  /** Same as {@link #toPlainString()}. */
  @Override
  public String toString() {
    return toPlainString();
  }
}
