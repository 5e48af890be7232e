package org.zhongchuang.policy.tax;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.SmallLowProfitCriteria;
import org.zhongchuang.policy.explain.Step;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.text.Text;

/**
 * The parts of a tax explanation that carry figures of their own: the relief step's amount, the averaged assets, the
 * criteria as the year states them, the headcount-rounding warning word for word; and the assessment's accessors.
 */
class TaxExplanationDetailsTest {

  private static EnterpriseFacts.Builder firm(String income) {
    return EnterpriseFacts.builder().taxableIncome(Cny.parse(income)).restrictedOrProhibitedIndustry(false)
        .industry(Industry.OTHER).employees(10).totalAssets(Cny.ofYuan(1_000_000));
  }

  private static TaxAssessment assess(int year, EnterpriseFacts facts) {
    return FreshLaw.calculator().assess(TaxCase.of(Year.of(year), Jurisdiction.CHINA, facts));
  }

  private static Step step(TaxAssessment a, TaxStep kind) {
    return a.explanation().steps().stream().filter(s -> s.kind() == kind).findFirst().orElseThrow();
  }

  @Test
  void theStandardAndReliefStepsCarryTheirAmounts() {
    TaxAssessment a = assess(2023, firm("2000000").build());
    // Standard: 2,000,000 × 25% = 500,000. Due: 2,000,000 × 25% × 20% = 100,000. Relief: 500,000 − 100,000 = 400,000.
    assertThat(step(a, TaxStep.STANDARD).amount()).contains(Cny.ofYuan(500_000));
    assertThat(step(a, TaxStep.RELIEF).amount()).contains(Cny.ofYuan(400_000));
    assertThat(step(a, TaxStep.RELIEF).formula(Language.EN)).startsWith("500,000.00 − 100,000.00 = 400,000.00; ");
  }

  @Test
  void quarterlyAssetsAreAveragedOverTheQuartersGivenAndShownAsMoney() {
    TaxAssessment a = assess(2023, firm("100000").assetsByQuarter(Cny.ofYuan(1_000_000), Cny.ofYuan(3_000_000),
        Cny.ofYuan(3_000_000), Cny.ofYuan(5_000_000)).build());
    // [(1,000,000 + 3,000,000) ÷ 2 + (3,000,000 + 5,000,000) ÷ 2] ÷ 2 = (2,000,000 + 4,000,000) ÷ 2 = 3,000,000.
    Step average = step(a, TaxStep.AVERAGE);
    assertThat(average.description(Language.EN)).contains("over 2 quarter(s) operated");
    assertThat(average.formula(Language.EN)).isEqualTo(
        "[(1,000,000.00 + 3,000,000.00) ÷ 2 + (3,000,000.00 + 5,000,000.00) ÷ 2] ÷ 2 = 3,000,000.00");
  }

  @Test
  void theCriteriaAreStatedAsTheYearStatesThem() {
    // 2016 (实施条例 第九十二条): limits by industry.
    assertThat(step(assess(2016, firm("100000").build()), TaxStep.ELIGIBILITY).description(Language.EN)).contains(
        "annual taxable income ≤ 300,000.00; industrial: employees ≤ 100, assets ≤ 30,000,000.00; other: "
            + "employees ≤ 80, assets ≤ 10,000,000.00");
    // 2019 (财税〔2019〕13号): one set of limits.
    assertThat(step(assess(2019, firm("100000").build()), TaxStep.ELIGIBILITY).description(Language.EN)).contains(
        "annual taxable income ≤ 3,000,000.00, employees ≤ 300, total assets ≤ 50,000,000.00");
  }

  @Test
  void theRoundingWarningNamesBothReadings() {
    // 300.4 > 300 exactly; rounded half-up it is 300, within the limit.
    TaxAssessment a = assess(2023, firm("100000").employees(Average.parse("300.4")).build());
    assertThat(a.explanation().warnings(Language.EN)).contains("the average headcount 300.4 is compared with the "
        + "limit 300 exactly (over the limit); the annual return's basic table writes it rounded, 300, which would "
        + "give within the limit: whether the test uses the rounded figure is unconfirmed (PROVISIONS.md §7.2)");
    // 300.5 rounds to 301 and 299.5 to 300: both readings agree, nothing is flagged.
    for (String agreeing : new String[] {"300.5", "299.5"}) {
      assertThat(assess(2023, firm("100000").employees(Average.parse(agreeing)).build()).explanation()
          .warnings(Language.EN)).as(agreeing).noneSatisfy(w -> assertThat(w).contains("rounded"));
    }
  }

  @Test
  void anAssessmentKeepsItsCaseAndCatalogue() {
    TaxCase c = TaxCase.of(Year.of(2023), Jurisdiction.CHINA, firm("100000").build());
    SmallLowProfitTaxCalculator calc = FreshLaw.calculator();
    TaxAssessment a = calc.assess(c);
    assertThat(a.taxCase()).isSameAs(c);
    assertThat(a.catalogue()).isSameAs(calc.catalogue());
  }

  @Test
  void assessmentsUnderDifferentLawAreNotEqualEvenWithTheSameAmounts() {
    // A what-if that changes only the 2016 criteria: a 2023 case is assessed to the same amounts under both.
    Catalogue base = Catalogue.builtIn();
    Provision reg92 = base.byId("CN-EIT-REG-92");
    Catalogue whatIf = base.withReplaced(reg92.modifiedTerms(
        ((SmallLowProfitCriteria) reg92.terms()).withIncomeCeiling(Cny.ofYuan(500_000)),
        Text.of("应纳税所得额上限改为50万元", "income ceiling set to 500,000")));
    TaxCase c = TaxCase.of(Year.of(2023), Jurisdiction.CHINA, firm("100000").build());
    TaxAssessment actual = FreshLaw.calculator().assess(c);
    TaxAssessment hypothetical = SmallLowProfitTaxCalculator.of(whatIf).assess(c);
    assertThat(hypothetical.taxDue()).isEqualTo(actual.taxDue());
    assertThat(hypothetical.standardTax()).isEqualTo(actual.standardTax());
    assertThat(hypothetical).isNotEqualTo(actual);
    assertThat(actual).isNotEqualTo(hypothetical);
  }

  @Test
  void theSameFactsWithAnotherIncome() {
    EnterpriseFacts facts = firm("100000").incubatedStartUp(true).build();
    EnterpriseFacts more = facts.withTaxableIncome(Cny.ofYuan(2_000_000));
    assertThat(more.taxableIncome()).isEqualTo(Cny.ofYuan(2_000_000));
    assertThat(more.withTaxableIncome(Cny.ofYuan(100_000))).isEqualTo(facts);
    assertThat(more.incubatedStartUp()).isTrue();
    assertThat(more.employees()).isEqualTo(facts.employees());
    // 2023: 2,000,000 × 25% × 20% = 100,000.
    assertThat(assess(2023, more).taxDue()).isEqualTo(Cny.ofYuan(100_000));
    assertThat(List.of(facts, more)).doesNotHaveDuplicates();
  }
}
