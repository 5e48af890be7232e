package org.zhongchuang.policy.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.explain.Step;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.text.Language;

/** PROVISIONS.md §7: headcount and assets are averages, compared with the limits exactly. */
class TaxAveragesTest {

  private static EnterpriseFacts.Builder firm() {
    return EnterpriseFacts.builder().taxableIncome(Cny.ofYuan(2_000_000)).restrictedOrProhibitedIndustry(false)
        .industry(Industry.OTHER).totalAssets(Cny.ofYuan(8_000_000));
  }

  private static TaxAssessment assess(int year, EnterpriseFacts facts) {
    return FreshLaw.calculator().assess(TaxCase.of(year, Jurisdiction.CHINA, facts));
  }

  private static List<String> warnings(TaxAssessment a) {
    return a.explanation().warnings(Language.EN);
  }

  @ParameterizedTest(name = "{0} employees in 2023: eligible {1}")
  @CsvSource({"299.5, true", "300, true", "300.125, false", "300.5, false", "301, false"})
  void aHeadcountAverageIsComparedExactly(String employees, boolean eligible) {
    TaxAssessment a = assess(2023, firm().employees(Average.parse(employees)).build());
    assertThat(a.eligible()).isEqualTo(eligible);
    assertThat(a.taxDue()).isEqualTo(eligible ? Cny.ofYuan(100_000) : Cny.ofYuan(500_000));
  }

  @Test
  void quartersAreAveragedAsTheNoticesSayAndTheArithmeticIsShown() {
    TaxAssessment a = assess(2023, firm().employeesByQuarter(300, 301, 301, 301, 300, 300, 300, 300).build());
    // [(300 + 301) ÷ 2 + (301 + 301) ÷ 2 + (300 + 300) ÷ 2 + (300 + 300) ÷ 2] ÷ 4 = 2403 ÷ 8 = 300.375
    assertThat(a.facts().employees()).contains(Average.parse("300.375"));
    assertThat(a.eligible()).isFalse();
    Step average = a.explanation().steps().get(0);
    assertThat(average.kind()).isEqualTo(TaxStep.AVERAGE);
    assertThat(average.formula(Language.EN))
        .isEqualTo("[(300 + 301) ÷ 2 + (301 + 301) ÷ 2 + (300 + 300) ÷ 2 + (300 + 300) ÷ 2] ÷ 4 = 300.375");
    assertThat(average.description(Language.ZH)).contains("4 个季度").contains("300.375");
    assertThat(average.citations()).extracting(c -> c.reference()).containsExactly("财政部 税务总局公告2023年第12号 第五条");
    assertThat(a.eligibility().failed()).singleElement()
        .satisfies(c -> assertThat(c.render(Language.EN)).isEqualTo("employees 300.375 > 300"));
  }

  @Test
  void aPartYearAveragesTheQuartersOperated() {
    TaxAssessment a = assess(2022, firm().employeesByQuarter(200, 300, 300, 401).build());
    // Two quarters: [(200 + 300) ÷ 2 + (300 + 401) ÷ 2] ÷ 2 = 1201 ÷ 4 = 300.25
    assertThat(a.facts().employees()).contains(Average.parse("300.25"));
    assertThat(a.eligible()).isFalse();
    assertThat(a.explanation().steps().get(0).formula(Language.EN)).endsWith("] ÷ 2 = 300.25");
  }

  @Test
  void assetsAveragedBeyondTheFenAreComparedExactly() {
    Cny limit = Cny.ofYuan(50_000_000);
    // 0.01 more in one of eight values: the average is 50,000,000.00125, above the limit.
    EnterpriseFacts over = firm().employees(10).assetsByQuarter(limit, limit, limit, limit, limit, limit, limit,
        limit.plus(Cny.ofFen(1))).build();
    assertThat(over.totalAssets()).contains(Average.parse("50000000.00125"));
    TaxAssessment a = assess(2024, over);
    assertThat(a.eligible()).isFalse();
    assertThat(a.eligibility().failed()).singleElement()
        .satisfies(c -> assertThat(c.render(Language.EN)).isEqualTo("total assets 50000000.00125 > 50,000,000.00"));
    EnterpriseFacts at = firm().employees(10).assetsByQuarter(limit, limit).build();
    assertThat(assess(2024, at).eligible()).isTrue();
  }

  @Test
  void aRoundedHeadcountOnTheOtherSideOfTheLimitIsFlagged() {
    TaxAssessment below = assess(2023, firm().employees(Average.parse("300.4")).build());
    assertThat(below.eligible()).isFalse();
    assertThat(warnings(below)).anySatisfy(w -> assertThat(w).contains("300.4").contains("rounded, 300")
        .contains("unconfirmed"));
    // 300.5 rounds to 301: both readings fail, nothing to flag.
    assertThat(warnings(assess(2023, firm().employees(Average.parse("300.5")).build())))
        .noneSatisfy(w -> assertThat(w).contains("rounded"));
    assertThat(warnings(assess(2023, firm().employees(300).build()))).noneSatisfy(w -> assertThat(w).contains("rounded"));
  }

  @Test
  void theFormTheYearsMeasureDoesNotUseIsRefused() {
    // 2012: the monthly average of 财税〔2009〕69号 第七条; quarterly values are not its measure.
    assertThatThrownBy(() -> assess(2012, firm().employeesByQuarter(10, 10).build()))
        .isInstanceOf(PolicyInputException.class).hasMessageContaining("财税〔2009〕69号 第七条")
        .hasMessageContaining("the averaged figures");
    // 2009: 69号's first tax year is unconfirmed, so no measure is certain.
    assertThatThrownBy(() -> assess(2009, firm().employeesByQuarter(10, 10).build()))
        .isInstanceOf(PolicyInputException.class).hasMessageContaining("knows no rule for measuring");
    assertThat(warnings(assess(2009, firm().employees(10).build())))
        .anySatisfy(w -> assertThat(w).contains("knows no rule for measuring headcount and assets in 2009"))
        .anySatisfy(w -> assertThat(w).contains("财税〔2009〕69号 第七条 is not relied on"));
    // 2008: the start and end of the year (国税函〔2008〕251号).
    TaxAssessment y2008 = assess(2008, EnterpriseFacts.builder().taxableIncome(Cny.ofYuan(100_000))
        .restrictedOrProhibitedIndustry(false).industry(Industry.OTHER).employees(50)
        .assetsAtStartAndEndOfYear(Cny.ofYuan(9_000_000), Cny.parse("11000000.01")).build());
    assertThat(y2008.facts().totalAssets()).contains(Average.ofQuarters(Cny.ofYuan(9_000_000), Cny.parse("11000000.01")));
    assertThat(y2008.eligible()).isFalse();
    assertThat(y2008.explanation().steps().get(0).formula(Language.EN))
        .isEqualTo("(9,000,000.00 + 11,000,000.01) ÷ 2 = 10000000.005");
    assertThatThrownBy(() -> assess(2016, EnterpriseFacts.builder().taxableIncome(Cny.ofYuan(1))
        .restrictedOrProhibitedIndustry(false).industry(Industry.OTHER).employees(1)
        .assetsAtStartAndEndOfYear(Cny.ofYuan(1), Cny.ofYuan(1)).build())).isInstanceOf(PolicyInputException.class)
        .hasMessageContaining("财税〔2015〕34号 第二条");
  }

  @Test
  void averagesReadAndRefuseAsDocumented() {
    assertThat(Average.parse("300.5")).isEqualTo(Average.ofQuarters(300, 301));
    assertThat(Average.parse("３００．５")).isEqualTo(Average.parse("300.5"));
    assertThat(Average.ofQuarters(1, 1, 1, 2, 2, 2)).hasToString("1.5").isNotEqualTo(Average.of(1));
    assertThat(Average.ofQuarters(0, 1, 0, 1, 0, 0)).hasToString("1/3");
    assertThat(Average.of(7).isWhole()).isTrue();
    assertThat(Average.parse("300.5").roundedHalfUp()).isEqualTo(301);
    assertThat(Average.parse("300.4").roundedHalfUp()).isEqualTo(300);
    for (String bad : new String[] {"", "-1", "1.", ".5", "1.2.3", "1e3", "①"}) {
      assertThatThrownBy(() -> Average.parse(bad)).as(bad).isInstanceOf(PolicyInputException.class);
    }
    assertThatThrownBy(() -> Average.ofQuarters(1)).isInstanceOf(PolicyInputException.class)
        .hasMessageContaining("1 values do not make quarters");
    assertThatThrownBy(() -> Average.ofQuarters(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
        .isInstanceOf(PolicyInputException.class);
    assertThatThrownBy(() -> Average.ofQuarters(1, -2)).isInstanceOf(PolicyInputException.class);
    assertThat(Average.parse("300").isAtMost(300)).isTrue();
    assertThat(Average.parse("300.001").isAtMost(300)).isFalse();
    assertThat(Average.of(Cny.parse("0.01")).isAtMost(Cny.parse("0.01"))).isTrue();
    assertThat(Average.of(Cny.parse("0.02")).isAtMost(Cny.parse("0.01"))).isFalse();
    assertThat(Average.of(Long.MAX_VALUE / 2).isAtMost(Long.MAX_VALUE / 2)).isTrue();
    assertThat(Average.ofQuarters(Long.MAX_VALUE / 4, Long.MAX_VALUE / 4).isAtMost(Long.MAX_VALUE / 4 - 1)).isFalse();
  }
}
