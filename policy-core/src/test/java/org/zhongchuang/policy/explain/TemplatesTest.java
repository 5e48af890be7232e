package org.zhongchuang.policy.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.tax.EnterpriseFacts;
import org.zhongchuang.policy.tax.Industry;
import org.zhongchuang.policy.tax.SmallLowProfitTaxCalculator;
import org.zhongchuang.policy.tax.TaxAssessment;
import org.zhongchuang.policy.tax.TaxCase;
import org.zhongchuang.policy.tax.TaxStep;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.text.Phrase;

/** Every kind of step has its words in every shipped language; the words differ, the numbers do not. */
class TemplatesTest {

  /** Every kind of every package. */
  static Stream<StepKind> kinds() {
    List<StepKind> all = new ArrayList<>();
    all.addAll(List.of(TaxStep.values()));
    all.addAll(List.of(org.zhongchuang.policy.tax.PrepaymentStep.values()));
    all.addAll(List.of(org.zhongchuang.policy.eit.EitStep.values()));
    all.addAll(List.of(Caveat.values()));
    all.addAll(List.of(org.zhongchuang.policy.incubator.IncubatorStep.values()));
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void everyKindHasATemplateInChineseAndEnglish(StepKind kind) {
    for (Language language : Language.shipped()) {
      assertThat(Phrase.exists(kind.key(), language)).as("%s in %s", kind.key(), language).isTrue();
    }
    // Chinese has its own words, not the English fallback.
    assertThat(ownKeys(Language.ZH)).as("%s in Chinese", kind.key()).contains(kind.key());
  }

  private static java.util.Set<String> ownKeys(Language language) {
    try {
      var method = Class.forName("org.zhongchuang.policy.text.Templates").getDeclaredMethod("ownKeys", Language.class);
      method.setAccessible(true);
      @SuppressWarnings("unchecked")
      java.util.Set<String> keys = (java.util.Set<String>) method.invoke(null, language);
      return keys;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void chineseHasEveryKeyEnglishHas() {
    java.util.Set<String> english = ownKeys(Language.EN);
    java.util.Set<String> chinese = ownKeys(Language.ZH);
    List<String> missing = english.stream().filter(k -> !chinese.contains(k))
        // Formulas are arithmetic, the same in every language; empty quote-kind markers need no Chinese.
        .filter(k -> !k.endsWith(".formula") && !k.startsWith("enum.QuoteKind.") && !k.equals("explain.text")
            && !k.equals("explain.citation.window") && !k.startsWith("list."))
        .toList();
    assertThat(missing).as("keys with English words only").isEmpty();
  }

  private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*\\d|\\d");

  private static List<String> numbers(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      out.add(m.group().replace(",", ""));
    }
    out.sort(null);
    return out;
  }

  @Test
  void theSameTraceGivesTheSameNumbersInEachLanguage() {
    for (int year : new int[] {2008, 2012, 2015, 2016, 2019, 2022, 2024, 2028}) {
      for (String income : new String[] {"-5", "250000", "300000.01", "2000000", "3500000"}) {
        TaxAssessment a = SmallLowProfitTaxCalculator.builtIn().assess(TaxCase.of(year, Jurisdiction.parse("嘉兴市"),
            EnterpriseFacts.builder().taxableIncome(Cny.parse(income)).restrictedOrProhibitedIndustry(false)
                .industry(Industry.OTHER).employees(45).totalAssets(Cny.parse("800万"))
                .established(java.time.LocalDate.of(Math.min(year, 2014), 3, 1)).build()));
        for (Step step : a.explanation().steps()) {
          assertThat(numbers(step.description(Language.ZH) + " " + step.formula(Language.ZH)))
              .as("%s %s %s", year, income, step.kind())
              .isEqualTo(numbers(step.description(Language.EN) + " " + step.formula(Language.EN)));
        }
      }
    }
  }

  @Test
  void aThirdLanguageIsTemplateFilesFallingBackToEnglish() {
    Language french = Language.of(Locale.FRENCH);
    assertThat(french).isNotEqualTo(Language.EN).isNotEqualTo(Language.ZH);
    TaxAssessment a = SmallLowProfitTaxCalculator.builtIn().assess(TaxCase.of(2019, Jurisdiction.CHINA,
        EnterpriseFacts.builder().taxableIncome(Cny.parse("200万")).restrictedOrProhibitedIndustry(false)
            .assertQualifyingSize().build()));
    String text = a.render(french);
    assertThat(text).startsWith("Étapes :\n").contains("impôt au taux légal (《中华人民共和国企业所得税法》 第四条第一款)")
        .contains("Avertissements :").contains("Références :")
        // Not translated: the English words, the same numbers.
        .contains("who is a small low-profit enterprise in 2019").contains("2,000,000.00 × 25% = 500,000.00");
    assertThat(Language.of(Locale.CHINA)).isSameAs(Language.ZH);
    assertThat(Language.of(Locale.UK)).isSameAs(Language.EN);
  }
}
