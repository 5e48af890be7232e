package org.zhongchuang.policy.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.MalformedAmountException;
import org.zhongchuang.policy.money.Share;

/**
 * A seeded fuzz test of the amount and share parsers: any input ends in a value or a documented
 * {@link MalformedAmountException}, never another exception, and a value is only ever read from input that an
 * independent reference grammar accepts, with the same value.
 *
 * <p>CI runs {@value #DEFAULT_RUNS} inputs. A longer run: {@code ./mvnw -B -pl policy-core test -DskipMutation
 * -Dtest=AmountParserFuzzTest -Dfuzz.runs=5000000 -Dfuzz.seed=N}.
 */
class AmountParserFuzzTest {
  private static final int DEFAULT_RUNS = 100_000;
  private static final String[] PIECES = {"0", "1", "2", "5", "9", "00", "123", "999", "1000", "000", ",", ",000",
      ".", ".5", ".05", ".005", "万", "亿", "元", "¥", "￥", "-", "--", "+", " ", "\t", "１", "２", "０", "，", "．", "e",
      "E5", "x", "NaN", "Infinity", "万元", "亿元", "9223372036854775807", "92233720368547758", "\u0000", "\uFFFF", "%",
      ":", "١", "٣", "〇", "一", "a", "\n", "CNY", "₁", "²", "½"};
  private static final Pattern REFERENCE_NUMBER = Pattern.compile("(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");

  @Test
  void anyInputEndsInAValueOrADocumentedError() {
    int runs = Integer.getInteger("fuzz.runs", DEFAULT_RUNS);
    SplittableRandom random = new SplittableRandom(Long.getLong("fuzz.seed", 20151201L));
    int accepted = 0;
    for (int i = 0; i < runs; i++) {
      String input = randomInput(random);
      BigDecimal expected = reference(input);
      Cny actual;
      try {
        actual = Cny.parse(input);
      } catch (MalformedAmountException refused) {
        assertThat(expected).as("refused %s", escape(input)).isNull();
        assertThat(refused.getMessage()).contains("accepted");
        continue;
      } catch (RuntimeException other) {
        fail("input %s ended in %s", escape(input), other);
        return;
      }
      accepted++;
      assertThat(expected).as("accepted %s", escape(input)).isNotNull();
      assertThat(actual.toBigDecimal()).as("value of %s", escape(input)).isEqualByComparingTo(expected);
      fuzzShare(input);
    }
    // The generator must reach both outcomes, or the test proves nothing.
    assertThat(accepted).isGreaterThan(runs / 100).isLessThan(runs);
  }

  private static void fuzzShare(String input) {
    for (String text : new String[] {input, input + "%", input + ":1"}) {
      try {
        Share.parse(text);
      } catch (MalformedAmountException expected) {
        // documented refusal
      } catch (RuntimeException other) {
        fail("share input %s ended in %s", escape(text), other);
      }
    }
  }

  private static String randomInput(SplittableRandom random) {
    StringBuilder s = new StringBuilder();
    int pieces = random.nextInt(1, 8);
    for (int i = 0; i < pieces; i++) {
      s.append(random.nextInt(10) == 0 ? Character.toString(random.nextInt(0x20, 0x3000))
          : PIECES[random.nextInt(PIECES.length)]);
    }
    return s.toString();
  }

  /** An independent reading of the documented grammar: the value, or null where the input is not an amount. */
  static BigDecimal reference(String input) {
    String s = Normalizer.normalize(input, Normalizer.Form.NFKC).strip();
    boolean negative = s.startsWith("-");
    if (negative) {
      s = s.substring(1).strip();
    }
    if (s.startsWith("¥")) {
      s = s.substring(1).strip();
    }
    if (s.endsWith("元")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    int exponent = 0;
    if (s.endsWith("万")) {
      exponent = 4;
      s = s.substring(0, s.length() - 1).strip();
    } else if (s.endsWith("亿")) {
      exponent = 8;
      s = s.substring(0, s.length() - 1).strip();
    }
    if (!REFERENCE_NUMBER.matcher(s).matches()) {
      return null;
    }
    BigDecimal value = new BigDecimal(s.replace(",", "")).scaleByPowerOfTen(exponent);
    if (negative) {
      value = value.negate();
    }
    BigDecimal fen = value.movePointRight(2);
    if (fen.stripTrailingZeros().scale() > 0) {
      return null;
    }
    if (fen.abs().compareTo(new BigDecimal(Long.MAX_VALUE)) > 0) {
      return null;
    }
    return value;
  }

  private static String escape(String s) {
    StringBuilder out = new StringBuilder("\"");
    s.codePoints().forEach(c -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : Character.toString(c)));
    return out.append('"').toString();
  }
}
