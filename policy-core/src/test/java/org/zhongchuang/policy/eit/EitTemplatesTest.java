package org.zhongchuang.policy.eit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.zhongchuang.policy.eit.AnnualReturnCalculatorTest.assess;
import static org.zhongchuang.policy.eit.AnnualReturnCalculatorTest.ret;
import static org.zhongchuang.policy.eit.AnnualReturnCalculatorTest.small;
import static org.zhongchuang.policy.eit.AnnualReturnCalculatorTest.y;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.VentureCapitalDeduction.Investee;
import org.zhongchuang.policy.law.ValidityPeriod;
import org.zhongchuang.policy.text.Text;
import org.zhongchuang.policy.explain.Step;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.text.Language;

/**
 * Every kind of step and warning of the annual return is rendered by some return, in Chinese and English, and the two
 * languages say the same numbers.
 */
class EitTemplatesTest {

  /** Returns that between them use every kind. */
  static List<AnnualReturnAssessment> showcase() {
    List<AnnualReturnAssessment> out = new ArrayList<>();
    out.add(assess(ret(2022, "900万").taxAdjustments(y("50万")).researchExpensed(y("200万"))
        .researchExpensedFourthQuarter(y("60万")).researchAmortised(Year.of(2020), y("10万"))
        .researchAmortisedFourthQuarter(y("2.5万")).transfer(y("700万"), y("100万")).highTech(true)
        .qualifiedYears(Year.of(2019)).priorLoss(Year.of(2013), y("30万")).priorLoss(Year.of(2019), y("20万"))
        .ventureInvestment(VentureInvestment.invested(y("100万"), LocalDate.of(2020, 5, 1), Investee.SME_HIGH_TECH))
        .ventureInvestment(VentureInvestment.heldUntil(y("50万"), LocalDate.of(2023, 5, 1), Investee.START_UP_TECHNOLOGY))
        .enterprise(small())));
    out.add(assess(ret(2016, "100万").researchExpensed(y("10万")).negativeListIndustry(true)));
    out.add(assess(ret(2019, "-50万").highTech(true).researchExpensed(y("10万"))));
    out.add(assess(ret(2024, "100万").priorLoss(Year.of(2018), y("30万")).qualifiedYears(Year.of(2018))
        .researchAmortised(Year.of(2019), y("1万"))));
    out.add(assess(ret(2019, "100万").priorLoss(Year.of(2017), y("60万")).priorLoss(Year.of(2014), y("60万"))
        .priorLoss(Year.of(2012), y("1万"))));
    out.add(assess(ret(2028, "1000万").listedIcOrMachineTool(true).researchExpensed(y("100万"))));
    out.add(assess(ret(2009, "1000万").transfer(y("600万"), Cny.ZERO).highTech(true).priorLoss(Year.of(2008),
        y("1万"))));
    out.add(assess(ret(2010, "1000万").transfer(y("600万"), Cny.ZERO).highTech(true)));
    out.add(assess(ret(2019, "300万").transfer(y("600万"), Cny.ZERO)));
    out.add(assess(ret(2023, "650万").transfer(y("600万"), Cny.ZERO).enterprise(small()).ventureCreditCarriedIn(
        y("1万"))));
    out.add(assess(ret(2019, "200万").enterprise(small()).highTech(true)));
    out.add(AnnualReturnCalculatorTest.fresh().assess(AnnualReturnCase.builder().taxYear(2019)
        .jurisdiction(Jurisdiction.CHINA).totalProfit(y("200万")).priorLoss(Year.of(2013), y("200万"))
        .qualifiedYears(Year.of(2018)).build()));
    out.add(assess(ret(2008, "1").researchExpensed(y("1"))));
    out.add(AnnualReturnCalculatorTest.fresh().assess(AnnualReturnCase.builder().taxYear(2019)
        .jurisdiction(Jurisdiction.CHINA).totalProfit(y("400万")).build()));
    out.add(assess(ret(2019, "10万").priorLoss(Year.of(2014), y("30万"))));
    // What-if catalogues: no research deduction before 2009, no transfer relief at all.
    Catalogue noLaw = Catalogue.builtIn()
        .withReplaced(Catalogue.builtIn().byId("CN-EIT-REG-95").modifiedValidity(
            ValidityPeriod.between(LocalDate.of(2009, 1, 1), LocalDate.of(2017, 12, 31)), Text.of("测试", "test")))
        .withReplaced(Catalogue.builtIn().byId("CN-EIT-REG-90").modifiedValidity(
            ValidityPeriod.between(LocalDate.of(2008, 1, 1), LocalDate.of(2008, 12, 31)), Text.of("测试", "test")));
    out.add(AnnualReturnCalculator.of(noLaw).assess(ret(2008, "100万").researchExpensed(y("1万")).build()));
    out.add(AnnualReturnCalculator.of(noLaw).assess(ret(2009, "100万").transfer(y("1万"), Cny.ZERO).build()));
    return out;
  }

  @Test
  void everyKindIsRenderedByAReturn() {
    Set<EitStep> seen = EnumSet.noneOf(EitStep.class);
    for (AnnualReturnAssessment a : showcase()) {
      for (Step s : a.explanation().steps()) {
        if (s.kind() instanceof EitStep k) {
          seen.add(k);
        }
      }
      for (Step s : a.explanation().warnings()) {
        if (s.kind() instanceof EitStep k) {
          seen.add(k);
        }
      }
      for (Language language : Language.shipped()) {
        assertThat(a.render(language)).isNotBlank().doesNotContain("{");
      }
    }
    assertThat(EnumSet.complementOf(EnumSet.copyOf(seen))).as("kinds no return rendered")
        .isEmpty();
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

  private static void sameNumbers(AnnualReturnAssessment a) {
    List<Step> all = new ArrayList<>(a.explanation().steps());
    all.addAll(a.explanation().warnings());
    for (Step step : all) {
      if (!(step.kind() instanceof EitStep)) {
        continue;
      }
      assertThat(numbers(step.description(Language.ZH) + " " + step.formula(Language.ZH)))
          .as("%s: %s / %s", step.kind(), step.description(Language.ZH), step.description(Language.EN))
          .isEqualTo(numbers(step.description(Language.EN) + " " + step.formula(Language.EN)));
    }
  }

  @Test
  void chineseAndEnglishSayTheSameNumbers() {
    showcase().forEach(EitTemplatesTest::sameNumbers);
    qt().withExamples(Returns.examples(100)).forAll(Returns.cases())
        .checkAssert(c -> sameNumbers(AnnualReturnCalculatorTest.fresh().assess(c)));
  }

  @Test
  void chineseIsTheDefaultAndReadsAsChinese() {
    String zh = showcase().get(0).explanation().render();
    assertThat(zh).startsWith("计算过程：").contains("第28行 应纳税额").contains("择优适用税额较低的优惠")
        .contains("不确定（PROVISIONS.md §15 第7项）");
    assertThat(showcase().get(0).render(Language.EN)).contains("line 28, tax due");
  }
}
