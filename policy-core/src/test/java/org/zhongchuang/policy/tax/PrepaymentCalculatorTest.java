package org.zhongchuang.policy.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhongchuang.policy.DateNotCoveredException;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.text.Language;

/** PROVISIONS.md §7.1: quarterly prepayment, judged on the year to the end of the quarter, from 2019. */
class PrepaymentCalculatorTest {
  private static final Jurisdiction HANGZHOU = Jurisdiction.parse("杭州市");

  private static EnterpriseFacts.Builder toQ3(String cumulative) {
    return EnterpriseFacts.builder().taxableIncome(Cny.parse(cumulative)).restrictedOrProhibitedIndustry(false)
        .employeesByQuarter(100, 110, 110, 120, 120, 120)
        .assetsByQuarter(Cny.parse("800万"), Cny.parse("820万"), Cny.parse("820万"), Cny.parse("850万"),
            Cny.parse("850万"), Cny.parse("900万"));
  }

  @Test
  void theThirdQuarterOf2024PaysTheCumulativeTaxLessWhatWasPrepaid() {
    PrepaymentAssessment a = FreshLaw.prepayment().assess(PrepaymentCase.of(2024, 3, HANGZHOU, toQ3("150万").build(),
        Cny.parse("3万")));
    assertThat(a.eligible()).isTrue();
    // 1,500,000 × 25% × 20% = 75,000 (公告2023年第12号), less 30,000 prepaid.
    assertThat(a.cumulativeTax()).isEqualTo(Cny.parse("75000"));
    assertThat(a.taxDue()).isEqualTo(Cny.parse("45000"));
    assertThat(a.overpaid()).isEqualTo(Cny.ZERO);
    assertThat(a.rule().id()).isEqualTo("CN-SAT-2023-6-4");
    // The year-to-date averages: three quarters, ÷ 3, exactly: (105 + 115 + 120) ÷ 3 = 340/3.
    assertThat(a.cumulativeAssessment().facts().employees()).map(Average::toString).contains("340/3");
    String en = a.render(Language.EN);
    assertThat(en).contains("prepayment for 2024 Q3: per 国家税务总局公告2023年第6号 四")
        .contains("max(0, 75,000.00 − 30,000.00) = 45,000.00").contains("] ÷ 3 = 340/3")
        .contains("is provisional");
    assertThat(a.render(Language.ZH)).contains("2024 年第 3 季度预缴").contains("本季度应预缴税额");
    assertThat(a.toString()).contains("Q3").contains("45,000.00");
  }

  @ParameterizedTest(name = "cumulative {0}: eligible {1}, tax {2}")
  @CsvSource({"2999999.99, true, 150000.00", "3000000.00, true, 150000.00", "3000000.01, false, 750000.00"})
  void theAnnualCeilingAppliesToTheCumulativeIncome(String cumulative, boolean eligible, String tax) {
    PrepaymentAssessment a = FreshLaw.prepayment().assess(PrepaymentCase.of(2024, 3, HANGZHOU, toQ3(cumulative).build(), Cny.ZERO));
    assertThat(a.eligible()).isEqualTo(eligible);
    assertThat(a.cumulativeTax()).isEqualTo(Cny.parse(tax));
    assertThat(a.taxDue()).isEqualTo(Cny.parse(tax));
  }

  @Test
  void anOverpaymentOffsetsLaterQuartersAndNothingIsDue() {
    PrepaymentAssessment a = FreshLaw.prepayment().assess(PrepaymentCase.of(2022, 4, HANGZHOU, EnterpriseFacts.builder()
        .taxableIncome(Cny.parse("100万")).restrictedOrProhibitedIndustry(false).employees(50)
        .totalAssets(Cny.parse("500万")).build(), Cny.parse("30000")));
    // 2022: 1,000,000 × 12.5% × 20% = 25,000 (公告2021年第12号); 30,000 was prepaid.
    assertThat(a.cumulativeTax()).isEqualTo(Cny.parse("25000"));
    assertThat(a.taxDue()).isEqualTo(Cny.ZERO);
    assertThat(a.overpaid()).isEqualTo(Cny.parse("5000"));
    assertThat(a.rule().id()).isEqualTo("CN-SAT-2022-5-4");
    assertThat(a.render(Language.EN)).contains("5,000.00, which offsets the tax of later quarters");
  }

  @Test
  void yearsBeforeTheRulesAndImpossibleQuartersAreRefused() {
    EnterpriseFacts f = EnterpriseFacts.builder().taxableIncome(Cny.parse("10万")).restrictedOrProhibitedIndustry(false)
        .employees(5).totalAssets(Cny.parse("100万")).build();
    assertThat(FreshLaw.prepayment().assess(PrepaymentCase.of(2019, 1, HANGZHOU, f, Cny.ZERO)).rule().id()).isEqualTo("CN-SAT-2019-2-3");
    assertThatThrownBy(() -> FreshLaw.prepayment().assess(PrepaymentCase.of(2018, 4, HANGZHOU, f, Cny.ZERO)))
        .isInstanceOf(DateNotCoveredException.class).hasMessageContaining("2019-01-01");
    assertThatThrownBy(() -> PrepaymentCase.of(2024, 5, HANGZHOU, f, Cny.ZERO)).isInstanceOf(PolicyInputException.class)
        .hasMessageContaining("accepted: 1, 2, 3 or 4");
    assertThatThrownBy(() -> PrepaymentCase.of(2024, 0, HANGZHOU, f, Cny.ZERO)).isInstanceOf(PolicyInputException.class);
    assertThatThrownBy(() -> PrepaymentCase.of(2024, 1, HANGZHOU, f, Cny.parse("-0.01")))
        .isInstanceOf(PolicyInputException.class).hasMessageContaining("negative");
    assertThatThrownBy(() -> PrepaymentCase.of(2024, 2, HANGZHOU, toQ3("1").build(), Cny.ZERO))
        .isInstanceOf(PolicyInputException.class).hasMessageContaining("3 quarters").hasMessageContaining("Q2");
    assertThat(FreshLaw.prepayment().assess(PrepaymentCase.of(2024, 3, HANGZHOU, toQ3("1").build(), Cny.ZERO)).eligible()).isTrue();
  }

  @Test
  void aRecurringAverageIsComparedExactly() {
    // Q3 of 2023: (300 + 301 + 301 + 301 + 300 + 300) ÷ 6 = 300.5 → not small low-profit; 300 1/3 would not be either.
    EnterpriseFacts over = EnterpriseFacts.builder().taxableIncome(Cny.parse("100万"))
        .restrictedOrProhibitedIndustry(false).employeesByQuarter(300, 301, 301, 301, 300, 300)
        .totalAssets(Cny.parse("500万")).build();
    assertThat(FreshLaw.prepayment().assess(PrepaymentCase.of(2023, 3, HANGZHOU, over, Cny.ZERO)).eligible()).isFalse();
    EnterpriseFacts third = EnterpriseFacts.builder().taxableIncome(Cny.parse("100万"))
        .restrictedOrProhibitedIndustry(false).employeesByQuarter(300, 300, 300, 300, 300, 301)
        .totalAssets(Cny.parse("500万")).build();
    assertThat(third.employees()).contains(Average.ofQuarters(300, 300, 300, 300, 300, 301));
    assertThat(third.employees().orElseThrow()).hasToString("1801/6");
    assertThat(FreshLaw.prepayment().assess(PrepaymentCase.of(2023, 3, HANGZHOU, third, Cny.ZERO)).eligible()).isFalse();
  }
}
