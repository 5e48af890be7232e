package org.zhongchuang.policy.money;

import static java.util.Objects.requireNonNull;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.text.Renderable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact amount of Chinese yuan (人民币元) with fen (分, 0.01 yuan) precision, backed by a {@code long} count of
 * fen.
 *
 * <p>This class is immutable and thread-safe. Arithmetic is exact; an operation that would lose precision takes an
 * explicit {@link RoundingMode}, and an operation that would overflow throws {@link AmountOverflowException}, never
 * wraps. Input with more than two decimals is refused, never rounded.
 *
 * <p>Text: {@link #parse} reads the small grammar documented there (ASCII or full-width digits, thousands separators,
 * 万/亿/元, ¥, a minus sign) and nothing else. {@link #toPlainString()}, {@link #toString()} and {@link #format()}
 * print text that {@code parse} reads back to an equal amount.
 *
 * <p>Serialization goes through a private proxy holding the count of fen; reading rebuilds the amount through
 * {@link #ofFen(long)}. A stream holding a {@code Cny} itself instead of its proxy is refused.
 */
public final class Cny implements Comparable<Cny>, Renderable, Serializable {
  private static final long serialVersionUID = 1L;

  /** Zero yuan. */
  public static final Cny ZERO = new Cny(0);
  /** The largest amount, {@code Long.MAX_VALUE} fen. */
  public static final Cny MAX = new Cny(Long.MAX_VALUE);

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
   * {@code 25万}, {@code 25万元}, {@code ２０万元} (full-width digits), {@code 0.5亿}, {@code ¥1,000}, {@code -3.50},
   * {@code －５元}.
   *
   * <p>The text must match this grammar as a whole, and nothing else is read:
   *
   * <pre>{@code
   * amount    = spaces [minus spaces] [currency spaces] number spaces [unit spaces] [yuan] spaces
   * spaces    = { " " | TAB | IDEOGRAPHIC-SPACE }    ASCII space, tab, U+3000; nothing else
   * minus     = "-" | "－"                           ASCII or full-width (U+FF0D); no "+"
   * currency  = "¥" | "￥"                           U+00A5 or U+FFE5, after the minus sign if there is one
   * number    = whole [point digit {digit}]          at least one digit after a point
   * whole     = digit {digit}                        without separators, or
   *           | digit [digit [digit]] group {group}  separators between groups of exactly three digits
   * group     = separator digit digit digit
   * digit     = "0".."9" | "０".."９"                  ASCII or full-width (U+FF10..U+FF19); nothing else
   * separator = "," | "，"                           ASCII or full-width (U+FF0C)
   * point     = "." | "．"                           ASCII or full-width (U+FF0E)
   * unit      = "万" | "亿"                           × 10,000 or × 100,000,000
   * yuan      = "元"
   * }</pre>
   *
   * <p>Spaces may stand between the parts, never inside the number ({@code - ¥ 25 万 元} is read; {@code 2 5} is
   * not). Each digit, separator and point is read on its own, so ASCII and full-width forms may be mixed in one
   * amount ({@code １0,０00}). No other character counts as a digit: circled, superscript, subscript, mathematical,
   * Arabic-Indic or Chinese numerals ({@code ①②万}, {@code ₁²万元}, {@code ١٢}, {@code 𝟙𝟚}, {@code 十二}) are
   * refused, as are exponents, {@code NaN}, {@code ∞}, hexadecimal, a plus sign, a minus sign after {@code ¥}
   * ({@code ¥-5}; write {@code -¥5}) and a second unit ({@code 12万万}). Leading zeros are read ({@code 007}).
   *
   * <p>The value is the number times the unit; it must be a whole number of fen: {@code 1.234万} is 12,340.00 and
   * {@code 0.00001万} is 0.10, but {@code 0.001} is refused, never rounded (zeros after the fen are no decimals of
   * it: {@code 1.230} is 1.23). Amounts outside the range of {@link #toFen()}, from
   * {@code -92233720368547758.08} to {@code 92233720368547758.07} yuan, are refused.
   *
   * @param text the amount, not null
   * @return the amount
   * @throws MalformedAmountException if the text is not an amount, has more than two decimals of yuan, or is too
   *     large; the message names the text and says what is accepted
   */
  public static Cny parse(String text) {
    requireNonNull(text, "text");
    long plain = plainFen(text);
    return plain != NOT_PLAIN ? ofFen(plain) : parseGrammar(text);
  }

  /** What {@link #plainFen} gives for text it leaves to the grammar. */
  static final long NOT_PLAIN = Long.MIN_VALUE;

  /**
   * The fen of the commonest text, read without building a number: ASCII digits, at most 15 of them, with an optional
   * minus sign before and an optional point and one or two decimals after ({@code 250000}, {@code -3.5},
   * {@code 0012.30}); {@link #NOT_PLAIN} for any other text, which {@link #parseGrammar} reads (or refuses) as the
   * grammar says. Such text means the same under the grammar, and cannot overflow.
   */
  static long plainFen(String text) {
    int n = text.length();
    int i = n > 0 && text.charAt(0) == '-' ? 1 : 0;
    int start = i;
    long fen = 0;
    while (i < n && i - start < 16) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        break;
      }
      fen = fen * 10 + (c - '0');
      i++;
    }
    int whole = i - start;
    if (whole == 0 || whole > 15) {
      return NOT_PLAIN;
    }
    fen *= 100;
    if (i < n) {
      int decimals = n - i - 1;
      if (text.charAt(i) != '.' || decimals == 0 || decimals > 2) {
        return NOT_PLAIN;
      }
      for (int k = 1, weight = 10; k <= decimals; k++, weight /= 10) {
        char c = text.charAt(i + k);
        if (c < '0' || c > '9') {
          return NOT_PLAIN;
        }
        fen += (c - '0') * weight;
      }
    }
    return start == 1 ? -fen : fen;
  }

  /** {@link #parse} by the grammar, for any text. */
  static Cny parseGrammar(String text) {
    AmountText in = new AmountText(text);
    if (in.isEmpty()) {
      throw MalformedAmountException.amount(text, "empty");
    }
    boolean negative = in.take('-', '\uFF0D');
    in.skipSpaces();
    if (in.take('¥', '\uFFE5')) {
      in.skipSpaces();
      if (!in.atEnd() && (in.peek() == '-' || in.peek() == '\uFF0D')) {
        throw MalformedAmountException.amount(text, "minusAfterYen");
      }
    }
    StringBuilder digits = new StringBuilder(24);
    int group = in.digits(digits);
    if (group == 0) {
      throw MalformedAmountException.amount(text, "expectedDigit", in.current());
    }
    boolean firstGroup = true;
    while (in.take(',', '\uFF0C')) {
      if (firstGroup && group > 3) {
        throw MalformedAmountException.amount(text, "separatorAfterFour");
      }
      firstGroup = false;
      group = in.digits(digits);
      if (group != 3) {
        throw MalformedAmountException.amount(text, "separatorNeedsThree");
      }
    }
    int decimals = 0;
    if (in.take('.', '\uFF0E')) {
      decimals = in.digits(digits);
      if (decimals == 0) {
        throw MalformedAmountException.amount(text, "pointNeedsDigit", in.current());
      }
    }
    in.skipSpaces();
    int fenExponent = 2 - decimals;
    if (in.take('万', '万')) {
      fenExponent += 4;
    } else if (in.take('亿', '亿')) {
      fenExponent += 8;
    }
    in.skipSpaces();
    in.take('元', '元');
    if (!in.atEnd()) {
      throw MalformedAmountException.amount(text, "unexpected", in.current());
    }
    return fromFen(new BigInteger(digits.toString()), fenExponent, negative, text);
  }

  /** {@code digits × 10^fenExponent} fen, which must be whole and within range. */
  private static Cny fromFen(BigInteger digits, int fenExponent, boolean negative, String input) {
    BigInteger fen;
    if (fenExponent >= 0) {
      fen = digits.multiply(BigInteger.TEN.pow(fenExponent));
    } else {
      BigInteger[] wholeAndRest = digits.divideAndRemainder(BigInteger.TEN.pow(-fenExponent));
      if (wholeAndRest[1].signum() != 0) {
        throw tooPrecise(input);
      }
      fen = wholeAndRest[0];
    }
    return ofFenChecked(negative ? fen.negate() : fen, input);
  }

  private static MalformedAmountException tooPrecise(String input) {
    return MalformedAmountException.amount(input, "tooPrecise");
  }

  private static Cny ofFenChecked(BigInteger fen, String input) {
    if (fen.bitLength() > 63) {
      throw MalformedAmountException.amount(input, "tooLarge", MAX.toPlainString());
    }
    return ofFen(fen.longValue());
  }

  private static Cny fromDecimal(BigDecimal yuan, String input) {
    BigDecimal stripped = yuan.stripTrailingZeros();
    if (stripped.scale() > 2) {
      throw tooPrecise(input);
    }
    return ofFenChecked(stripped.movePointRight(2).toBigIntegerExact(), input);
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

  /**
   * The amount as a plain decimal with two decimals, e.g. {@code 25000.00} or {@code -0.50}; {@link #parse} reads it
   * back.
   */
  public String toPlainString() {
    return render(false);
  }

  /** The amount with thousands separators, e.g. {@code 250,000.00}; {@link #parse} reads it back. */
  public String format() {
    return render(true);
  }

  // Explanations and CSV files format many amounts: digits are laid out by hand, not through String.format.
  private String render(boolean grouped) {
    // Written right to left into one array: two decimals, the point, then the yuan with separators every three.
    byte[] out = new byte[28];
    int at = out.length;
    // Digits are taken from the amount made negative: Long.MIN_VALUE has no positive counterpart.
    long rest = fen < 0 ? fen : -fen;
    int cents = (int) (rest % 100);
    rest /= 100;
    out[--at] = (byte) ('0' - cents % 10);
    out[--at] = (byte) ('0' - cents / 10);
    out[--at] = '.';
    int digits = 0;
    // Long division while the yuan do not fit in an int, then int division, which is cheaper.
    while (rest < Integer.MIN_VALUE) {
      if (grouped && digits > 0 && digits % 3 == 0) {
        out[--at] = ',';
      }
      out[--at] = (byte) ('0' - rest % 10);
      rest /= 10;
      digits++;
    }
    int yuan = (int) rest;
    do {
      if (grouped && digits > 0 && digits % 3 == 0) {
        out[--at] = ',';
      }
      out[--at] = (byte) ('0' - yuan % 10);
      yuan /= 10;
      digits++;
    } while (yuan != 0);
    if (fen < 0) {
      out[--at] = '-';
    }
    return new String(out, at, out.length - at, StandardCharsets.ISO_8859_1);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Cny && ((Cny) o).fen == fen;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(fen);
  }

  /** With thousands separators, the same in every language: {@code 250,000.00}. */
  @Override
  public String render(Language language) {
    return format();
  }

  /** Same as {@link #toPlainString()}; {@link #parse} reads it back. */
  @Override
  public String toString() {
    return toPlainString();
  }

  private Object writeReplace() {
    return new SerializationProxy(fen);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("use the serialization proxy");
  }

  /** The serialized form of a {@link Cny}: its count of fen. */
  private static final class SerializationProxy implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long fen;

    SerializationProxy(long fen) {
      this.fen = fen;
    }

    private Object readResolve() {
      return ofFen(fen);
    }
  }
}
