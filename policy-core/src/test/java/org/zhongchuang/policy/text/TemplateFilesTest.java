package org.zhongchuang.policy.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The template files and the template language: holes, escaped braces and the refusals of a malformed template; each
 * language's files read directly (the cached bundles are read once per JVM, so these tests read them afresh).
 */
class TemplateFilesTest {

  @Test
  void aTemplateIsLiteralRunsAndNumberedHoles() {
    assertThat(Templates.parse("a{0}b{{c{1}", "k")).containsExactly("a", 0, "b{c", 1);
    assertThat(Templates.parse("{0}", "k")).containsExactly(0);
    assertThat(Templates.parse("{12}{3}", "k")).containsExactly(12, 3);
    assertThat(Templates.parse("x {0} y", "k")).containsExactly("x ", 0, " y");
    assertThat(Templates.parse("{{}", "k")).containsExactly("{}");
    assertThat(Templates.parse("x{{", "k")).containsExactly("x{");
    assertThat(Templates.parse("", "k")).isEmpty();
  }

  @Test
  void aMalformedHoleIsRefusedWithTheKey() {
    assertThatThrownBy(() -> Templates.parse("x{", "k")).isInstanceOf(IllegalStateException.class)
        .hasMessage("template 'k' has an unclosed '{'");
    assertThatThrownBy(() -> Templates.parse("a {0", "k")).isInstanceOf(IllegalStateException.class)
        .hasMessage("template 'k' has an unclosed '{'");
    assertThatThrownBy(() -> Templates.parse("a {x} b", "k")).isInstanceOf(IllegalStateException.class)
        .hasMessage("template 'k' has a hole that is not a number: {x}");
  }

  @Test
  void chineseHasItsOwnWordsAndEnglishFillsTheRest() {
    Templates.Bundle zh = Templates.load(Language.ZH);
    Templates.Bundle en = Templates.load(Language.EN);
    assertThat(zh.templates.get("bool.true")).containsExactly("是");
    assertThat(en.templates.get("bool.true")).containsExactly("yes");
    assertThat(zh.templates.get("catalogue.missing")).containsExactly("缺少 ", 0, "；此处必填");
    assertThat(en.templates.get("catalogue.missing")).containsExactly(0, " is missing; it is required here");
    // explain.text has no Chinese file entry: Chinese reads the English.
    assertThat(zh.templates.get("explain.text")).containsExactly(0);
    assertThat(zh.formulas.get("explain.text")).containsExactly(1);
  }

  @Test
  void eachLanguageOwnsTheKeysOfItsOwnFiles() {
    assertThat(Templates.ownKeys(Language.EN)).contains("bool.true", "explain.text", "catalogue.missing");
    assertThat(Templates.ownKeys(Language.ZH)).contains("bool.true", "catalogue.missing")
        .doesNotContain("explain.text");
  }

  @Test
  void aLanguageWithNoFilesReadsEnglish() {
    // Three-letter codes, none of them zh or en: every one is read afresh and falls back to English.
    qt().withExamples(10).forAll(integers().between(0, 26 * 26 * 26 - 1)).checkAssert(n -> {
      String code = "" + (char) ('a' + n / 676) + (char) ('a' + n / 26 % 26) + (char) ('a' + n % 26);
      Language language = Language.of(new Locale(code));
      assertThat(Phrase.of("catalogue.missing", "units").render(language))
          .isEqualTo("units is missing; it is required here");
      assertThat(Phrase.exists("bool.true", language)).isTrue();
    });
  }

  @Test
  void onlyKeysWithATemplateExist() {
    assertThat(Phrase.exists("bool.true", Language.EN)).isTrue();
    assertThat(Phrase.exists("no.such.key", Language.EN)).isFalse();
    assertThat(Phrase.exists("no.such.key", Language.ZH)).isFalse();
  }

  @Test
  void booleansAreWordsAndListsAreSeparated() {
    assertThat(Phrase.of("catalogue.badValue", true, false).render(Language.EN)).isEqualTo("cannot read 'yes': no");
    assertThat(Phrase.of("catalogue.missing", List.of("a", "b", "c")).render(Language.EN))
        .isEqualTo("a, b, c is missing; it is required here");
    assertThat(Phrase.of("catalogue.missing", List.of(true, false)).render(Language.ZH))
        .isEqualTo("缺少 是、否；此处必填");
  }

  @Test
  void aHoleWithNoArgumentIsRefused() {
    assertThatThrownBy(() -> Phrase.of("catalogue.missing").render(Language.EN))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("template 'catalogue.missing' uses {0} but has 0 arguments");
    assertThatThrownBy(() -> Phrase.of("catalogue.badValue", "x").render(Language.EN))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("template 'catalogue.badValue' uses {1} but has 1 arguments");
  }
}
