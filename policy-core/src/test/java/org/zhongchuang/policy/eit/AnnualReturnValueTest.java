package org.zhongchuang.policy.eit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.zhongchuang.policy.eit.AnnualReturnCalculatorTest.assess;
import static org.zhongchuang.policy.eit.AnnualReturnCalculatorTest.large;
import static org.zhongchuang.policy.eit.AnnualReturnCalculatorTest.ret;
import static org.zhongchuang.policy.eit.AnnualReturnCalculatorTest.y;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.JavaSerialization;
import org.zhongchuang.policy.MissingFactsException;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.VentureCapitalDeduction.Investee;
import org.zhongchuang.policy.explain.Explanation;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.text.Text;

/** The case and the assessment as values: what they keep, equality, text, serialization, and refused figures. */
class AnnualReturnValueTest {

  static AnnualReturnCase.Builder full() {
    return ret(2023, "500万").taxAdjustments(y("-1万")).researchExpensed(y("10万"))
        .researchAmortised(Year.of(2023), y("1万")).transfer(y("10万"), y("1万")).highTech(true)
        .technologySme(true).manufacturing(true).listedIcOrMachineTool(true).negativeListIndustry(false)
        .priorLoss(Year.of(2020), y("5万")).qualifiedYears(Year.of(2021))
        .ventureInvestment(VentureInvestment.invested(y("10万"), LocalDate.of(2021, 3, 1), Investee.SME_HIGH_TECH))
        .ventureCreditCarriedIn(y("1万"));
  }

  @Test
  void theCaseKeepsWhatItWasGiven() {
    AnnualReturnCase c = full().researchExpensedFourthQuarter(y("1万")).researchAmortisedFourthQuarter(y("0.5万"))
        .build();
    assertThat(c.taxYear()).isEqualTo(Year.of(2023));
    assertThat(c.jurisdiction()).isEqualTo(Jurisdiction.CHINA);
    assertThat(c.totalProfit()).isEqualTo(y("500万"));
    assertThat(c.taxAdjustments()).isEqualTo(y("-1万"));
    assertThat(c.researchExpensed()).isEqualTo(y("10万"));
    assertThat(c.researchExpensedFourthQuarter()).contains(y("1万"));
    assertThat(c.researchAmortisation()).containsExactly(new ResearchAmortisation(Year.of(2023), y("1万")));
    assertThat(c.researchAmortisedFourthQuarter()).contains(y("0.5万"));
    assertThat(c.manufacturing()).isTrue();
    assertThat(c.technologySme()).isTrue();
    assertThat(c.listedIcOrMachineTool()).isTrue();
    assertThat(c.negativeListIndustry()).isFalse();
    assertThat(c.highTech()).isTrue();
    assertThat(c.transferRevenue()).contains(y("10万"));
    assertThat(c.transferCost()).contains(y("1万"));
    assertThat(c.transferIncome()).isEqualTo(y("9万"));
    assertThat(c.ventureInvestments()).singleElement().satisfies(v -> {
      assertThat(v.amount()).isEqualTo(y("10万"));
      assertThat(v.investee()).isEqualTo(Investee.SME_HIGH_TECH);
      assertThat(v.investedOn()).contains(LocalDate.of(2021, 3, 1));
      assertThat(v.heldUntil()).isEmpty();
    });
    assertThat(c.ventureCreditCarriedIn()).isEqualTo(y("1万"));
    assertThat(c.priorLosses()).containsEntry(Year.of(2020), y("5万")).hasSize(1);
    assertThat(c.qualifiedYears()).containsExactly(Year.of(2021));
    assertThat(c.enterprise()).get().extracting(f -> f.taxableIncome()).isEqualTo(Cny.ZERO);
    assertThat(ret(2023, "1").build().transferIncome()).isEqualTo(Cny.ZERO);
    assertThat(ret(2023, "1").build().transferRevenue()).isEmpty();
    assertThat(c.toBuilder().build()).isEqualTo(c).hasSameHashCodeAs(c);
    assertThat(c.toString()).startsWith("AnnualReturnCase{2023, china, profit 5000000.00, adjustments -10000.00")
        .contains("high-tech").contains("losses {2020=50000.00}");
    assertThat(ret(2023, "1").build().toString()).doesNotContain("adjustments").doesNotContain("high-tech");
  }

  @Test
  void theCaseIsEqualOnEveryFigure() {
    AnnualReturnCase c = full().build();
    assertThat(c).isEqualTo(c).isNotEqualTo("case").isNotEqualTo(null);
    List<AnnualReturnCase> others = List.of(full().taxYear(2024).build(),
        full().jurisdiction(Jurisdiction.parse("嘉兴市")).build(), full().totalProfit(y("1")).build(),
        full().taxAdjustments(y("1")).build(), full().researchExpensed(y("1")).build(),
        full().researchExpensedFourthQuarter(y("1")).build(), full().researchAmortised(Year.of(2022), y("1")).build(),
        full().researchAmortisedFourthQuarter(y("1")).build(), full().manufacturing(false).build(),
        full().technologySme(false).build(), full().negativeListIndustry(true).build(),
        full().listedIcOrMachineTool(false).build(), full().highTech(false).build(),
        full().transfer(y("10万"), y("2万")).build(), full().transfer(y("11万"), y("1万")).build(),
        full().ventureInvestment(VentureInvestment.heldUntil(y("1"), LocalDate.of(2023, 1, 1), Investee.SME_HIGH_TECH))
            .build(), full().ventureCreditCarriedIn(y("2")).build(), full().priorLoss(Year.of(2019), y("1")).build(),
        full().qualifiedYears(Year.of(2019)).build(), full().enterprise(large().employees(499)).build());
    for (AnnualReturnCase o : others) {
      assertThat(o).isNotEqualTo(c);
    }
  }

  @Test
  void badFiguresAreRefusedWhenTheCaseIsBuilt() {
    MissingFactsException missing = catchThrowableOfType(() -> AnnualReturnCase.builder().build(),
        MissingFactsException.class);
    assertThat(missing.facts()).containsExactly("taxYear", "jurisdiction", "totalProfit");
    assertThat(missing.message(Language.ZH)).contains("纳税年度");
    assertThatThrownBy(() -> ret(2023, "1").researchExpensed(y("-0.01"))).isInstanceOf(PolicyInputException.class)
        .hasMessage("The amount of research costs expensed is -0.01, below zero; accepted: zero or more")
        .satisfies(e -> assertThat(((PolicyInputException) e).message(Language.ZH))
            .isEqualTo("计入当期损益的研发费用为 -0.01，小于零；可接受：零或正数"));
    for (java.util.function.Consumer<AnnualReturnCase.Builder> negative : List.<java.util.function.Consumer<
        AnnualReturnCase.Builder>>of(b -> b.researchExpensedFourthQuarter(y("-1")),
        b -> b.researchAmortisedFourthQuarter(y("-1")), b -> b.transfer(y("-1"), y("0")),
        b -> b.transfer(y("1"), y("-1")), b -> b.ventureCreditCarriedIn(y("-1")))) {
      assertThatThrownBy(() -> negative.accept(ret(2023, "1"))).isInstanceOf(PolicyInputException.class)
          .satisfies(e -> assertThat(((PolicyInputException) e).message(Language.ZH)).doesNotContainPattern(
              "[A-Za-z]{3,}").contains("-1.00，小于零"));
    }
    assertThatThrownBy(() -> ret(2022, "1").researchExpensed(y("1")).researchExpensedFourthQuarter(y("1.01")).build())
        .isInstanceOf(PolicyInputException.class).hasMessageContaining("1.01 is more than the year's 1.00");
    assertThatThrownBy(() -> ret(2022, "1").researchAmortised(Year.of(2022), y("1"))
        .researchAmortisedFourthQuarter(y("1.01")).build()).isInstanceOf(PolicyInputException.class);
    assertThatThrownBy(() -> ret(2022, "1").researchAmortised(Year.of(2023), y("1")).build())
        .isInstanceOf(PolicyInputException.class).hasMessageContaining("after tax year 2022");
    assertThatThrownBy(() -> ret(2022, "1").researchAmortised(Year.of(2020), Cny.ZERO))
        .isInstanceOf(PolicyInputException.class);
    assertThatThrownBy(() -> VentureInvestment.invested(Cny.ZERO, LocalDate.of(2020, 1, 1), Investee.SME_HIGH_TECH))
        .isInstanceOf(PolicyInputException.class);
    assertThatThrownBy(() -> ret(2022, "1").ventureCreditCarriedIn(y("-1"))).isInstanceOf(PolicyInputException.class);
    assertThatThrownBy(() -> ret(2022, "1").transfer(y("-1"), Cny.ZERO)).isInstanceOf(PolicyInputException.class);
    assertThatThrownBy(() -> ret(2022, "1").researchAmortisedFourthQuarter(y("-1")))
        .isInstanceOf(PolicyInputException.class);
    assertThatThrownBy(() -> ret(2022, "1").researchExpensedFourthQuarter(y("-1")))
        .isInstanceOf(PolicyInputException.class);
    // Facts for the small low-profit relief, still to be built, are built at once.
    assertThatThrownBy(() -> ret(2022, "1").enterprise(org.zhongchuang.policy.tax.EnterpriseFacts.builder()))
        .isInstanceOf(MissingFactsException.class);
  }

  @Test
  void theAssessmentIsAValue() {
    AnnualReturnAssessment a = AnnualReturnCalculator.builtIn().assess(full().build());
    AnnualReturnAssessment same = assess(full());
    assertThat(a).isEqualTo(a).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo("a").isNotEqualTo(null);
    assertThat(a).isNotEqualTo(assess(full().taxAdjustments(y("2"))));
    assertThat(a.annualReturnCase()).isEqualTo(full().build());
    assertThat(a.taxYear()).isEqualTo(Year.of(2023));
    assertThat(a.jurisdiction()).isEqualTo(Jurisdiction.CHINA);
    assertThat(a.catalogue()).isSameAs(Catalogue.builtIn());
    // Listed in 2023: (100,000 + 10,000) × 120%; 90,000 of transfer income; the 2020 loss; 70,000 + 10,000 of credit.
    assertThat(a.toString()).isEqualTo("AnnualReturnAssessment[2023, china, line 19 4,858,000.00, taxable income "
        + "4,638,000.00, relief 463,800.00 (high-tech), tax due 695,700.00]");
    // Over another catalogue with the same law: equal results, other calculators.
    Provision p = Catalogue.builtIn().byId("CN-EIT-4");
    AnnualReturnCalculator other = AnnualReturnCalculator.of(Catalogue.builtIn().withReplaced(p.modifiedTerms(
        p.terms(), Text.of("未改", "unchanged"))));
    assertThat(other).isNotSameAs(AnnualReturnCalculator.builtIn());
    assertThat(AnnualReturnCalculator.of(Catalogue.builtIn())).isSameAs(AnnualReturnCalculator.builtIn());
    assertThat(other.assess(full().build())).isNotEqualTo(a);
    assertThat(other.toString()).startsWith("AnnualReturnCalculator(");
  }

  @Test
  void itSerializesItsCaseAndRebuildsTheRest() throws Exception {
    AnnualReturnAssessment a = assess(full());
    AnnualReturnAssessment back = JavaSerialization.roundTrip(a);
    assertThat(back).isEqualTo(a);
    assertThat(back.render(Language.EN)).isEqualTo(a.render(Language.EN));
    assertThat(JavaSerialization.roundTrip(AnnualReturnCalculator.builtIn())).isSameAs(
        AnnualReturnCalculator.builtIn());
    assertThat(JavaSerialization.roundTrip(full().build())).isEqualTo(full().build());
  }

  @Test
  void theExplanationIsBuiltOnceAndAgreesAcrossThreads() throws Exception {
    AnnualReturnAssessment a = assess(full());
    CompletableFuture<Explanation> one = CompletableFuture.supplyAsync(a::explanation);
    CompletableFuture<Explanation> two = CompletableFuture.supplyAsync(a::explanation);
    assertThat(one.get()).isEqualTo(two.get());
    assertThat(a.explanation()).isSameAs(a.explanation());
    assertThat(a.benefits()).isSameAs(a.benefits());
  }
}
