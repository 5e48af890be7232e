package org.zhongchuang.policy.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.MalformedAmountException;
import org.zhongchuang.policy.money.Share;

/**
 * A seeded fuzz test of {@link Cny#parse} and {@link Share#parse}: any input ends in a value or a documented
 * {@link MalformedAmountException}, never another exception, and the parser reads a value exactly where an
 * independent oracle accepts the text, with the same value.
 *
 * <p>The oracles are built differently from the parsers, so that a shared mistake is unlikely: the parsers scan the
 * text character by character and compute in {@code BigInteger}; each oracle matches the whole grammar with one
 * regular expression with named groups, maps the digits itself, and computes the value with its own
 * {@code BigDecimal} arithmetic. The oracles call nothing in {@code org.zhongchuang.policy.money}; the checks read the
 * parsers' results through their public accessors only.
 *
 * <p>The inputs come from a grammar-aware generator: valid amounts in every form (ASCII, full-width and mixed digits,
 * separators, units, signs, spaces), near misses made by one mutation of a valid amount (compatibility digits,
 * misplaced separators, doubled or misplaced signs, trailing junk, extra decimals, huge numbers, other spaces), and
 * random soups of pieces and Unicode characters; shares likewise. CI runs {@value #DEFAULT_RUNS} amounts and half as
 * many shares from a fixed seed. A longer run: {@code ./mvnw -B -pl policy-core test -DskipMutation
 * -Dtest=AmountParserFuzzTest -Dfuzz.runs=1000000 -Dfuzz.seed=N}.
 */
class AmountParserFuzzTest {
  private static final int DEFAULT_RUNS = 100_000;

  // ---- the oracle ----

  private static final String SPACES = "[ \\t\\u3000]*";
  private static final String DIGIT = "[0-9\\uFF10-\\uFF19]";
  /** The whole grammar of {@link Cny#parse}'s documentation as one expression. */
  private static final Pattern AMOUNT = Pattern.compile(SPACES
      + "(?<minus>[-\\uFF0D])?" + SPACES
      + "(?<currency>[\\u00A5\\uFFE5])?" + SPACES
      + "(?<whole>" + DIGIT + "{1,3}(?:[,\\uFF0C]" + DIGIT + "{3})+|" + DIGIT + "+)"
      + "(?:[.\\uFF0E](?<fraction>" + DIGIT + "+))?" + SPACES
      + "(?<unit>[万亿])?" + SPACES
      + "(?<yuan>元)?" + SPACES);
  private static final BigDecimal LEAST_FEN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal GREATEST_FEN = BigDecimal.valueOf(Long.MAX_VALUE);

  /** The value in yuan that the documented grammar gives the text, or null where it is not an amount. */
  static BigDecimal oracle(String text) {
    Matcher m = AMOUNT.matcher(text);
    if (!m.matches()) {
      return null;
    }
    String number = asciiDigits(m.group("whole"));
    if (m.group("fraction") != null) {
      number += "." + asciiDigits(m.group("fraction"));
    }
    BigDecimal yuan = new BigDecimal(number);
    if ("万".equals(m.group("unit"))) {
      yuan = yuan.multiply(new BigDecimal("10000"));
    } else if ("亿".equals(m.group("unit"))) {
      yuan = yuan.multiply(new BigDecimal("100000000"));
    }
    if (m.group("minus") != null) {
      yuan = yuan.negate();
    }
    BigDecimal fen = yuan.multiply(new BigDecimal("100"));
    if (fen.remainder(BigDecimal.ONE).signum() != 0) {
      return null; // a fraction of a fen
    }
    if (fen.compareTo(LEAST_FEN) < 0 || fen.compareTo(GREATEST_FEN) > 0) {
      return null;
    }
    return yuan;
  }

  /** The ASCII digits of ASCII and full-width digits, without the separators. */
  private static String asciiDigits(String digits) {
    StringBuilder out = new StringBuilder(digits.length());
    for (char c : digits.toCharArray()) {
      if (c >= '０' && c <= '９') {
        out.append((char) ('0' + (c - '０')));
      } else if (c >= '0' && c <= '9') {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The whole grammar of {@link Share#parse}'s documentation as one expression. */
  private static final Pattern SHARE = Pattern.compile(SPACES + "(?:"
      + "(?<whole>" + DIGIT + "+)(?:[.\\uFF0E](?<fraction>" + DIGIT + "+))?" + SPACES + "(?<percent>[%\\uFF05])?"
      + "|(?<a>" + DIGIT + "+)" + SPACES + "[:\\uFF1A/\\uFF0F]" + SPACES + "(?<b>" + DIGIT + "+))" + SPACES);
  private static final BigInteger GREATEST_TERM = BigInteger.valueOf(Long.MAX_VALUE);

  /** The reduced numerator and denominator the documented grammar gives the text, or null where it is no share. */
  static BigInteger[] shareOracle(String text) {
    Matcher m = SHARE.matcher(text);
    if (!m.matches()) {
      return null;
    }
    BigInteger numerator;
    BigInteger denominator;
    if (m.group("a") != null) {
      numerator = new BigInteger(asciiDigits(m.group("a")));
      denominator = new BigInteger(asciiDigits(m.group("b")));
      if (denominator.signum() == 0) {
        return null;
      }
    } else {
      String whole = m.group("whole");
      String fraction = m.group("fraction");
      if (whole.length() + (fraction == null ? 0 : 1 + fraction.length()) > 30) {
        return null; // the longest number read
      }
      BigDecimal value = new BigDecimal(asciiDigits(whole) + (fraction == null ? "" : "." + asciiDigits(fraction)));
      if (m.group("percent") != null) {
        value = value.divide(new BigDecimal("100"));
      }
      numerator = value.unscaledValue();
      denominator = BigInteger.TEN.pow(value.scale());
    }
    BigInteger gcd = numerator.gcd(denominator);
    BigInteger[] reduced = {numerator.divide(gcd), denominator.divide(gcd)};
    return reduced[0].compareTo(GREATEST_TERM) > 0 || reduced[1].compareTo(GREATEST_TERM) > 0 ? null : reduced;
  }

  // ---- the test ----

  @Test
  void theParserReadsExactlyWhatTheOracleAccepts() {
    int runs = Integer.getInteger("fuzz.runs", DEFAULT_RUNS);
    SplittableRandom random = new SplittableRandom(Long.getLong("fuzz.seed", 20151201L));
    int accepted = 0;
    int acceptedNearMisses = 0;
    for (int i = 0; i < runs; i++) {
      int kind = random.nextInt(10);
      String input = kind < 5 ? validAmount(random) : kind < 9 ? nearMiss(random, validAmount(random)) : soup(random);
      if (check(input)) {
        accepted++;
        acceptedNearMisses += kind >= 5 && kind < 9 ? 1 : 0;
      }
    }
    // The generator must reach both outcomes, and near misses must mostly miss, or the test proves little.
    System.out.printf("fuzz: %d inputs, %d read, %d near misses read%n", runs, accepted, acceptedNearMisses);
    assertThat(accepted).isBetween(runs / 4, runs * 3 / 4);
    assertThat(acceptedNearMisses).isLessThan(runs / 10);
  }

  /** Whether the parser read a value; fails where it disagrees with the oracle. Plain checks: this is the hot loop. */
  private static boolean check(String input) {
    BigDecimal expected = oracle(input);
    Cny actual;
    try {
      actual = Cny.parse(input);
    } catch (MalformedAmountException refused) {
      if (expected != null) {
        fail("refused %s, which the oracle reads as %s: %s", escape(input), expected, refused.getMessage());
      }
      if (!refused.getMessage().contains("'" + input + "'") || !refused.getMessage().contains("accepted")
          || !input.equals(refused.input())) {
        fail("the refusal of %s does not name it or say what is accepted: %s", escape(input), refused.getMessage());
      }
      return false;
    } catch (RuntimeException other) {
      fail("input %s ended in %s", escape(input), other);
      return false;
    }
    if (expected == null) {
      fail("read %s as %s; the oracle refuses it", escape(input), actual);
    }
    if (actual.toBigDecimal().compareTo(expected) != 0) {
      fail("read %s as %s; the oracle reads %s", escape(input), actual, expected);
    }
    return true;
  }

  @Test
  void theShareParserReadsExactlyWhatTheOracleAccepts() {
    int runs = Integer.getInteger("fuzz.runs", DEFAULT_RUNS) / 2;
    SplittableRandom random = new SplittableRandom(Long.getLong("fuzz.seed", 20151201L) + 1);
    int accepted = 0;
    for (int i = 0; i < runs; i++) {
      int kind = random.nextInt(10);
      String input = kind < 5 ? validShare(random) : kind < 9 ? nearMiss(random, validShare(random)) : soup(random);
      accepted += checkShare(input) ? 1 : 0;
    }
    System.out.printf("fuzz: %d shares, %d read%n", runs, accepted);
    assertThat(accepted).isBetween(runs / 4, runs * 3 / 4);
  }

  /** Whether the share parser read a value; fails where it disagrees with the oracle or its text does not read back. */
  private static boolean checkShare(String input) {
    BigInteger[] expected = shareOracle(input);
    Share actual;
    try {
      actual = Share.parse(input);
    } catch (MalformedAmountException refused) {
      if (expected != null) {
        fail("refused share %s, which the oracle reads as %s/%s: %s", escape(input), expected[0], expected[1],
            refused.getMessage());
      }
      if (!refused.getMessage().contains("'" + input + "'") || !refused.getMessage().contains("accepted")) {
        fail("the refusal of share %s does not name it or say what is accepted: %s", escape(input),
            refused.getMessage());
      }
      return false;
    } catch (RuntimeException other) {
      fail("share input %s ended in %s", escape(input), other);
      return false;
    }
    if (expected == null) {
      fail("read share %s as %s; the oracle refuses it", escape(input), actual.toFractionString());
    }
    if (actual.numerator() != expected[0].longValueExact() || actual.denominator() != expected[1].longValueExact()) {
      fail("read share %s as %s; the oracle reads %s/%s", escape(input), actual.toFractionString(), expected[0],
          expected[1]);
    }
    if (!Share.parse(actual.toString()).equals(actual)) {
      fail("the text %s of share %s does not read back", actual, actual.toFractionString());
    }
    return true;
  }

  @ParameterizedTest(name = "{0} → {1}/{2}")
  @CsvSource(delimiter = '|', nullValues = "refused", value = {
      "50%|1|2", "５０％|1|2", "1/3|1|3", "１：２|1|2", "0.5|1|2", "①②%|refused|", "²%|refused|", "٥٠%|refused|",
      "𝟓𝟎%|refused|", "½|refused|", "1/0|refused|", "1.5:1|refused|", "-5%|refused|", "+5%|refused|",
      "5 0%|refused|", "1,000|refused|", "1e3|refused|", "1/2%|refused|", "'　１ / ３	'|1|3",
      "0.000000000000000000001|refused|", "'0000000000000000000000000000001:1'|1|1",
      "'0000000000000000000000000000001%'|refused|", "'000000000000000000000000000001%'|1|100", "9223372036854775807/9223372036854775806|9223372036854775807|9223372036854775806"})
  void fixedShareCases(String input, Long numerator, Long denominator) {
    BigInteger[] expected = shareOracle(input);
    if (numerator == null) {
      assertThat(expected).as("oracle on %s", escape(input)).isNull();
    } else {
      assertThat(expected).as("oracle on %s", escape(input))
          .containsExactly(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }
    assertThat(checkShare(input)).isEqualTo(numerator != null);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', nullValues = "refused", value = {
      "①②万|refused", "₁²万元|refused", "١٢|refused", "𝟙𝟚|refused", "12万万|refused", "1,2345|refused",
      "¥-5|refused", "－５元|-5.00", "-¥5|-5.00", "１２万|120000.00", "1２万|120000.00", "٣|refused", "۱۲|refused",
      "१२|refused", "〇|refused", "三万|refused", "½|refused", "⑫|refused", "¹²|refused", "Ⅻ|refused",
      "+5|refused", "5-|refused", "--5|refused", "1e3|refused", "0x10|refused", "∞|refused", "NaN|refused",
      "0.001|refused", "0.00001万|0.10", "1.234万|12340.00", "1,000|1000.00", "1,00|refused", ",100|refused",
      "'\u3000-\u3000¥\u30001，234．5\u3000万\u3000元\u3000'|-12345000.00", "5 5|refused", "'5\u00A0'|refused",
      "92233720368547758.07|92233720368547758.07", "92233720368547758.08|refused",
      "-92233720368547758.08|-92233720368547758.08", "-92233720368547758.09|refused"})
  void fixedCases(String input, String expected) {
    BigDecimal value = expected == null ? null : new BigDecimal(expected);
    if (value == null) {
      assertThat(oracle(input)).as("oracle on %s", escape(input)).isNull();
    } else {
      assertThat(oracle(input)).as("oracle on %s", escape(input)).isEqualByComparingTo(value);
    }
    assertThat(check(input)).isEqualTo(value != null);
  }

  // ---- the generator ----

  /** Digits that are not ASCII or full-width: circled, sub- and superscript, Arabic-Indic, mathematical, …. */
  private static final String[] LOOKALIKE_DIGITS = {"①", "②", "⑩", "⓪", "⑴", "⒈", "₀", "₁", "₂", "¹", "²", "³",
      "⁰", "٠", "١", "٣", "۴", "߁", "०", "१", "৩", "๓", "၁", "᠑", "𝟙", "𝟚", "𝟘", "𝟬", "〇", "一", "三", "十", "½",
      "Ⅻ", "ⅰ", "🄁", "꘡", "０\u0301", "1\u20E3"};
  private static final String[] JUNK = {"x", "%", "元", "万", "亿", "e3", "E-2", ".", ",", "，", "-", "+", "¥", "￥",
      "\n", "\r", "\u00A0", "\u2003", "\u200B", "\uFEFF", "\u0000", "NaN", "∞", "0x", "角", "分", "千", "百", "RMB",
      "CNY", "\uD800", "\uDC00", "🙂", "1", "１", "0"};
  private static final String[] PIECES = {"0", "1", "2", "5", "9", "00", "123", "999", "1000", "000", ",", ",000",
      ".", ".5", ".05", ".005", "万", "亿", "元", "¥", "￥", "-", "－", "--", "+", " ", "\t", "\u3000", "１", "２", "０",
      "，", "．", "e", "E5", "x", "NaN", "Infinity", "万元", "亿元", "9223372036854775807", "92233720368547758", "\u0000",
      "\uFFFF", "%", ":", "١", "٣", "〇", "一", "a", "\n", "CNY", "₁", "²", "½", "①", "𝟙"};
  private static final String[] SPACE_RUNS = {"", "", "", "", " ", "\t", "\u3000", "  ", " \u3000"};

  /** A text the grammar accepts; its value may still have too many decimals or be too large. */
  private static String validAmount(SplittableRandom random) {
    int digitForm = random.nextInt(3); // ASCII, full-width, mixed
    StringBuilder s = new StringBuilder(spaces(random));
    if (random.nextInt(3) == 0) {
      s.append(random.nextBoolean() ? '-' : '－').append(spaces(random));
    }
    if (random.nextInt(3) == 0) {
      s.append(random.nextBoolean() ? '¥' : '￥').append(spaces(random));
    }
    int wholeDigits = random.nextInt(5) == 0 ? random.nextInt(1, 24) : random.nextInt(1, 8);
    boolean grouped = random.nextInt(3) == 0;
    for (int i = 0; i < wholeDigits; i++) {
      int left = wholeDigits - i;
      if (grouped && i > 0 && left % 3 == 0) {
        s.append(random.nextInt(4) == 0 ? '，' : ',');
      }
      s.append(digit(random, digitForm, random.nextInt(10)));
    }
    if (random.nextBoolean()) {
      s.append(random.nextInt(4) == 0 ? '．' : '.');
      int decimals = random.nextInt(4) == 0 ? random.nextInt(1, 12) : random.nextInt(1, 3);
      for (int i = 0; i < decimals; i++) {
        s.append(digit(random, digitForm, random.nextInt(3) == 0 ? 0 : random.nextInt(10)));
      }
    }
    s.append(spaces(random));
    int unit = random.nextInt(5);
    if (unit == 0) {
      s.append('万').append(spaces(random));
    } else if (unit == 1) {
      s.append('亿').append(spaces(random));
    }
    if (random.nextInt(3) == 0) {
      s.append('元');
    }
    return s.append(spaces(random)).toString();
  }

  /** A text the share grammar accepts; its value may still be too long or too large. */
  private static String validShare(SplittableRandom random) {
    int digitForm = random.nextInt(3);
    int form = random.nextInt(4); // a decimal, a percentage, a ratio or fraction (two kinds)
    StringBuilder s = new StringBuilder(spaces(random));
    if (form >= 2 && random.nextInt(20) == 0) { // a first term longer than the longest decimal, with leading zeros
      s.append("0".repeat(random.nextInt(1, 35)));
    }
    appendDigits(s, random, digitForm, random.nextInt(5) == 0 ? random.nextInt(1, 25) : random.nextInt(1, 4));
    if (form < 2) {
      if (random.nextBoolean()) {
        s.append(random.nextInt(4) == 0 ? '．' : '.');
        appendDigits(s, random, digitForm, random.nextInt(5) == 0 ? random.nextInt(1, 25) : random.nextInt(1, 4));
      }
      if (form == 1) {
        s.append(spaces(random)).append(random.nextInt(4) == 0 ? '％' : '%');
      }
    } else {
      s.append(spaces(random)).append(pick(random, new String[] {":", "：", "/", "／"})).append(spaces(random));
      appendDigits(s, random, digitForm, random.nextInt(5) == 0 ? random.nextInt(1, 22) : random.nextInt(1, 4));
    }
    return s.append(spaces(random)).toString();
  }

  private static void appendDigits(StringBuilder s, SplittableRandom random, int form, int count) {
    for (int i = 0; i < count; i++) {
      s.append(digit(random, form, random.nextInt(10)));
    }
  }

  private static char digit(SplittableRandom random, int form, int value) {
    boolean fullWidth = form == 1 || (form == 2 && random.nextBoolean());
    return (char) ((fullWidth ? '０' : '0') + value);
  }

  private static String spaces(SplittableRandom random) {
    return SPACE_RUNS[random.nextInt(SPACE_RUNS.length)];
  }

  /** A valid amount or share changed by one mutation; most, not all, are refused. */
  private static String nearMiss(SplittableRandom random, String valid) {
    StringBuilder s = new StringBuilder(valid);
    int digitAt = digitIndex(random, valid);
    int anywhere = random.nextInt(valid.length() + 1);
    switch (random.nextInt(14)) {
      case 0: // a look-alike digit for a digit
        s.replace(digitAt, digitAt + 1, pick(random, LOOKALIKE_DIGITS));
        break;
      case 1: // a look-alike digit anywhere
        s.insert(anywhere, pick(random, LOOKALIKE_DIGITS));
        break;
      case 2: // a separator anywhere
        s.insert(anywhere, random.nextBoolean() ? ',' : '，');
        break;
      case 3: // a separator inside the digits
        s.insert(digitAt, random.nextBoolean() ? ',' : '，');
        break;
      case 4: // a second or misplaced sign
        s.insert(random.nextBoolean() ? anywhere : 0, pick(random, new String[] {"-", "－", "+", "--", "-¥", "¥-"}));
        break;
      case 5: // trailing junk
        s.append(pick(random, JUNK));
        break;
      case 6: // junk anywhere
        s.insert(anywhere, pick(random, JUNK));
        break;
      case 7: // more decimals
        s.insert(digitAt + 1, random.nextBoolean() ? ".0001" : "．１２３");
        break;
      case 8: // a huge number
        s.insert(digitAt, "9223372036854775807".repeat(random.nextInt(1, 3)));
        break;
      case 9: // a space inside the number, or a space the grammar does not know
        s.insert(digitAt, pick(random, new String[] {" ", "\u3000", "\u00A0", "\u2009", "\n", "_"}));
        break;
      case 10: // a character deleted
        if (s.length() > 0) {
          s.deleteCharAt(random.nextInt(s.length()));
        }
        break;
      case 11: // a character doubled
        if (s.length() > 0) {
          int at = random.nextInt(s.length());
          s.insert(at, s.charAt(at));
        }
        break;
      case 12: // two neighbours swapped
        if (s.length() > 1) {
          int at = random.nextInt(s.length() - 1);
          char c = s.charAt(at);
          s.setCharAt(at, s.charAt(at + 1));
          s.setCharAt(at + 1, c);
        }
        break;
      default: // a point or unit out of place
        s.insert(anywhere, pick(random, new String[] {".", "．", "万", "亿", "元", "¥"}));
        break;
    }
    return s.toString();
  }

  /** The index of a random digit of the text (there is one in every valid amount). */
  private static int digitIndex(SplittableRandom random, String text) {
    int[] digits = new int[text.length()];
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= '0' && c <= '9') || (c >= '０' && c <= '９')) {
        digits[count++] = i;
      }
    }
    return digits[random.nextInt(count)];
  }

  /** A random text of pieces and Unicode characters, including supplementary ones. */
  private static String soup(SplittableRandom random) {
    StringBuilder s = new StringBuilder();
    int pieces = random.nextInt(1, 8);
    for (int i = 0; i < pieces; i++) {
      int roll = random.nextInt(10);
      if (roll == 0) {
        s.appendCodePoint(random.nextInt(0x20, 0x3000));
      } else if (roll == 1) {
        s.appendCodePoint(random.nextInt(0x3000, 0x30000));
      } else {
        s.append(pick(random, PIECES));
      }
    }
    return s.toString();
  }

  private static String pick(SplittableRandom random, String[] choices) {
    return choices[random.nextInt(choices.length)];
  }

  static String escape(String s) {
    StringBuilder out = new StringBuilder("\"");
    s.codePoints().forEach(c -> out.append(c < 0x20 || c > 0x7e ? String.format("\\x{%x}", c) : Character.toString(c)));
    return out.append('"').toString();
  }
}
