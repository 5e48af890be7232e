package org.zhongchuang.policy.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhongchuang.policy.text.Language;

/** A refused amount or share is explained in Chinese without English words, and in English without Chinese ones. */
class AmountMessagesTest {
  private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]{3,}");
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  @ParameterizedTest
  @ValueSource(strings = {"", "-¥-5", "abc", "1234,567", "1,23", "1.", "12x", "1.234", "99999999999999999999999",
      "１②"})
  void amountRefusalsInEachLanguage(String input) {
    MalformedAmountException e = catchThrowableOfType(() -> Cny.parse(input), MalformedAmountException.class);
    assertThat(e.input()).isEqualTo(input);
    String zh = e.message(Language.ZH);
    String en = e.message(Language.EN);
    assertThat(zh).startsWith("无法读取金额“" + input + "”").contains("可接受");
    assertThat(englishWords(zh.replace(input, ""))).as(zh).isEmpty();
    assertThat(en).startsWith("cannot read amount '" + input + "'").contains("accepted");
    assertThat(en).isEqualTo(e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"80.5.%", "1.5:2", "1/0", "1:0", "x", "1.", "1:", "123456789012345678901234567890"})
  void shareRefusalsInEachLanguage(String input) {
    MalformedAmountException e = catchThrowableOfType(() -> Share.parse(input), MalformedAmountException.class);
    String zh = e.message(Language.ZH);
    assertThat(zh).startsWith("无法读取比例“" + input + "”");
    assertThat(englishWords(zh.replace(input, ""))).as(zh).isEmpty();
    String en = e.message(Language.EN);
    assertThat(en).startsWith("cannot read share '" + input + "'");
    assertThat(HAN.matcher(en.replace(input, "").replaceAll("[万亿元]", "")).find()).as(en).isFalse();
  }

  @org.junit.jupiter.api.Test
  void theOffendingCharacterIsNamedByPosition() {
    MalformedAmountException e = catchThrowableOfType(() -> Cny.parse("12x"), MalformedAmountException.class);
    assertThat(e.message(Language.ZH)).contains("第 3 个字符 'x' (U+0078)");
    assertThat(e.message(Language.EN)).contains("'x' (U+0078) at position 3");
    MalformedAmountException digit = catchThrowableOfType(() -> Cny.parse("1②"), MalformedAmountException.class);
    assertThat(digit.message(Language.ZH)).contains("不是数字");
    assertThat(digit.message(Language.EN)).contains("not one of the digits");
  }

  private static String englishWords(String text) {
    // "U+0078" is a code point, not a word; the accepted forms quote no English.
    Matcher m = ENGLISH_WORD.matcher(text.replaceAll("U\\+[0-9A-F]{4}", ""));
    StringBuilder found = new StringBuilder();
    while (m.find()) {
      found.append(m.group()).append(' ');
    }
    return found.toString().strip();
  }
}
