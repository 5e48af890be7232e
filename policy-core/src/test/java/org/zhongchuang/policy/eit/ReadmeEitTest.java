package org.zhongchuang.policy.eit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.catalogue.VentureCapitalDeduction.Investee;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.tax.EnterpriseFacts;
import org.zhongchuang.policy.text.Language;

/** The README's annual-return snippet, verbatim, with its commented values asserted. */
class ReadmeEitTest {
  @Test
  void theReadmeSnippetRunsAndItsCommentsAreTrue() {
    AnnualReturnAssessment eit = AnnualReturnCalculator.builtIn().assess(AnnualReturnCase.builder()
        .taxYear(2023).jurisdiction(Jurisdiction.parse("嘉兴市"))
        .totalProfit(Cny.parse("650万")).taxAdjustments(Cny.parse("20万"))        // lines 13 and 15 − 16
        .researchExpensed(Cny.parse("100万"))                                      // + 100% in 2023 (公告2023年第7号)
        .transfer(Cny.parse("600万"), Cny.parse("100万"))                          // 5,000,000 of transfer income
        .priorLoss(Year.of(2020), Cny.parse("30万"))
        .ventureInvestment(VentureInvestment.invested(Cny.parse("50万"), LocalDate.of(2021, 6, 1), Investee.SME_HIGH_TECH))
        .highTech(true)
        .enterprise(EnterpriseFacts.builder().restrictedOrProhibitedIndustry(false)
            .employees(80).totalAssets(Cny.parse("3000万")))                       // the small low-profit facts
        .build());

    ReturnLines l = eit.lines();
    assertThat(l.totalProfit()).isEqualTo(Cny.ofYuan(6_500_000));
    assertThat(l.extraDeductions()).isEqualTo(Cny.ofYuan(1_000_000));
    assertThat(l.incomeAfterAdjustments()).isEqualTo(Cny.ofYuan(5_700_000));
    assertThat(l.incomeReductions()).isEqualTo(Cny.ofYuan(5_000_000));
    assertThat(l.lossesOffset()).isEqualTo(Cny.ofYuan(300_000));
    assertThat(l.ventureCapitalDeduction()).isEqualTo(Cny.ofYuan(350_000));
    assertThat(l.taxableIncome()).isEqualTo(Cny.ofYuan(50_000));
    assertThat(l.taxAtRate()).isEqualTo(Cny.ofYuan(12_500));
    assertThat(eit.chosen()).isEqualTo(ReliefRoute.SMALL_LOW_PROFIT);
    assertThat(eit.taxAsSmallLowProfit()).contains(Cny.parse("2500.00"));
    assertThat(eit.taxAsHighTech()).contains(Cny.parse("7500.00"));
    assertThat(eit.taxDue()).isEqualTo(Cny.parse("2500.00"));
    assertThat(eit.benefits()).extracting(Benefit::preference, Benefit::worth).containsExactly(
        org.assertj.core.groups.Tuple.tuple(Preference.RESEARCH_DEDUCTION, Cny.ofYuan(50_000)),
        org.assertj.core.groups.Tuple.tuple(Preference.TRANSFER_INCOME, Cny.ofYuan(755_000)),
        org.assertj.core.groups.Tuple.tuple(Preference.LOSS_EXTENSION, Cny.ZERO),
        org.assertj.core.groups.Tuple.tuple(Preference.VENTURE_CAPITAL, Cny.ofYuan(17_500)),
        org.assertj.core.groups.Tuple.tuple(Preference.SMALL_LOW_PROFIT, Cny.ofYuan(5_000)),
        org.assertj.core.groups.Tuple.tuple(Preference.HIGH_TECH, Cny.ZERO));
    assertThat(eit.totalBenefit()).isEqualTo(Cny.parse("1597500.00"));
    assertThat(eit.taxWithoutPreferences()).isEqualTo(Cny.parse("1600000.00"));
    assertThat(eit.lossesCarriedForward()).isEmpty();
    String why = eit.render(Language.ZH);   // every line, its clause, and the warnings
    assertThat(why).contains("第28行 应纳税额").contains("公告2023年第7号");
  }
}
