package org.zhongchuang.policy.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhongchuang.policy.tax.SmallLowProfitTaxCalculatorTest.small;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.stream.Collectors;
import org.zhongchuang.policy.DateNotCoveredException;
import org.zhongchuang.policy.PolicyInputException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.SmallLowProfitCriteria;
import org.zhongchuang.policy.catalogue.SmallLowProfitRelief;
import org.zhongchuang.policy.catalogue.TaxRate;
import org.zhongchuang.policy.explain.Step;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.law.ValidityPeriod;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.text.Text;

/**
 * The explanation a reader relies on, step by step (which clause, which slice, which numbers), the value semantics of
 * the facts, and what-if catalogues that reach rules the built-in data never exercises.
 */
class TaxExplanationAndValuesTest {
  private static final SmallLowProfitTaxCalculator CALC = SmallLowProfitTaxCalculator.builtIn();

  private static TaxAssessment assess(int year, Jurisdiction where, EnterpriseFacts.Builder facts) {
    return FreshLaw.calculator().assess(TaxCase.of(Year.of(year), where, facts.build()));
  }

  private static List<String> stepsEn(TaxAssessment a) {
    return a.explanation().steps().stream().map(s -> s.description(Language.EN)).collect(Collectors.toList());
  }

  private static List<String> formulas(TaxAssessment a) {
    return a.explanation().steps().stream().map(s -> s.formula(Language.EN)).collect(Collectors.toList());
  }

  @Nested
  class Steps {
    @Test
    void twoBandsAreEachExplainedWithTheirSliceThenAddedUp() {
      TaxAssessment a = assess(2019, Jurisdiction.CHINA, small("2000000"));
      assertThat(stepsEn(a)).hasSize(6);
      assertThat(stepsEn(a).get(1)).isEqualTo(
          "taxable income (0.00, 1,000,000.00], per 财税〔2019〕13号 第二条: counted at 25%, taxed at 20%");
      assertThat(stepsEn(a).get(2)).isEqualTo(
          "taxable income (1,000,000.00, 2,000,000.00], per 财税〔2019〕13号 第二条: counted at 50%, taxed at 20%");
      assertThat(a.explanation().steps().get(2).description(Language.ZH)).isEqualTo(
          "应纳税所得额 (1,000,000.00, 2,000,000.00] 部分，依 财税〔2019〕13号 第二条：减按 50% 计入应纳税所得额，按 20% 的税率");
      assertThat(stepsEn(a).get(3)).isEqualTo("the band taxes add up to the tax due");
      assertThat(formulas(a)).containsExactly("", "1,000,000.00 × 25% × 20% = 50,000.00",
          "1,000,000.00 × 50% × 20% = 100,000.00", "50,000.00 + 100,000.00 = 150,000.00",
          "2,000,000.00 × 25% = 500,000.00", "500,000.00 − 150,000.00 = 350,000.00; 150,000.00 ÷ 2,000,000.00 = 7.5%");
      assertThat(a.explanation().steps().get(3).amount()).contains(Cny.ofYuan(150_000));
    }

    @Test
    void oneBandNeedsNoAdditionStepAndAFullRateIsNotCalledACount() {
      TaxAssessment a = assess(2009, Jurisdiction.CHINA, small("250000"));
      assertThat(stepsEn(a)).hasSize(4).noneMatch(s -> s.contains("add up"));
      assertThat(stepsEn(a).get(1)).isEqualTo(
          "taxable income (0.00, 250,000.00], per 《中华人民共和国企业所得税法》 第二十八条第一款: taxed at 20%");
      assertThat(a.explanation().steps().get(1).description(Language.ZH)).endsWith("：按 20% 的税率");
      assertThat(formulas(a).get(1)).isEqualTo("250,000.00 × 20% = 50,000.00");
    }

    @Test
    void anIneligibleEnterprisesStepSaysWhyAndCitesTheStatutoryRate() {
      TaxAssessment a = assess(2016, Jurisdiction.CHINA, small("400000").employees(81));
      assertThat(stepsEn(a)).hasSize(4);
      assertThat(stepsEn(a).get(1)).isEqualTo("not a small low-profit enterprise: all income at the statutory rate: "
          + "taxable income (0.00, 400,000.00], per 《中华人民共和国企业所得税法》 第四条第一款: taxed at 25%");
      assertThat(a.explanation().steps().get(1).description(Language.ZH)).isEqualTo("不符合小型微利企业条件，全部所得按法定税率："
          + "应纳税所得额 (0.00, 400,000.00] 部分，依 《中华人民共和国企业所得税法》 第四条第一款：按 25% 的税率");
      assertThat(formulas(a).get(1)).isEqualTo("400,000.00 × 25% = 100,000.00");
    }

    @Test
    void theEligibilityStepListsEveryConditionAndTheFailedOnes() {
      TaxAssessment failed = assess(2016, Jurisdiction.CHINA, small("400000").employees(81));
      assertThat(stepsEn(failed).get(0)).endsWith(". This enterprise: in no restricted or prohibited industry; annual"
          + " taxable income 400,000.00 > 300,000.00; other enterprise: employees 81 > 80; other enterprise: total"
          + " assets 1,000,000.00 ≤ 10,000,000.00. It is not a small low-profit enterprise (failed: annual taxable"
          + " income 400,000.00 > 300,000.00; other enterprise: employees 81 > 80).");
      assertThat(failed.explanation().steps().get(0).description(Language.ZH)).endsWith("本企业：从事国家非限制和禁止行业；"
          + "年度应纳税所得额 400,000.00 > 300,000.00；其他企业从业人数 81 > 80；其他企业资产总额 1,000,000.00 ≤"
          + " 10,000,000.00。结论：不属于小型微利企业（未满足：年度应纳税所得额 400,000.00 > 300,000.00；其他企业从业人数 81 > 80）");

      TaxAssessment atTheLimits = assess(2016, Jurisdiction.CHINA, small("300000").industry(Industry.INDUSTRIAL)
          .employees(100).totalAssets(Cny.ofYuan(30_000_000)));
      assertThat(stepsEn(atTheLimits).get(0)).endsWith(". This enterprise: in no restricted or prohibited industry;"
          + " annual taxable income 300,000.00 ≤ 300,000.00; industrial enterprise: employees 100 ≤ 100; industrial"
          + " enterprise: total assets 30,000,000.00 ≤ 30,000,000.00. It is a small low-profit enterprise.");
      assertThat(atTheLimits.explanation().steps().get(0).description(Language.ZH)).endsWith("结论：属于小型微利企业");

      // From 2019 both classes share the limits, so the class is not named.
      TaxAssessment shared = assess(2019, Jurisdiction.CHINA, small("100000").industry(Industry.INDUSTRIAL)
          .employees(300));
      assertThat(stepsEn(shared).get(0)).contains("This enterprise: in no restricted or prohibited industry; annual"
          + " taxable income 100,000.00 ≤ 3,000,000.00; employees 300 ≤ 300; total assets 1,000,000.00 ≤"
          + " 50,000,000.00. It is");
      assertThat(shared.eligibility().checks()).extracting(c -> c.detail().render(Language.ZH))
          .contains("从业人数 300 ≤ 300", "资产总额 1,000,000.00 ≤ 50,000,000.00");
    }

    @Test
    void olderGrantsInForceAreNamedInTheBandsStep() {
      TaxAssessment a = assess(2015, Jurisdiction.CHINA, small("50000"));
      assertThat(stepsEn(a).get(1)).isEqualTo("taxable income (0.00, 50,000.00], per 财税〔2015〕34号 第一条:"
          + " counted at 50%, taxed at 20% (also in force: 财税〔2011〕117号 第一条, 财税〔2014〕34号 第一条)");
      assertThat(a.explanation().steps().get(1).description(Language.ZH)).endsWith(
          "（同样有效：财税〔2011〕117号 第一条、财税〔2014〕34号 第一条）");
    }

    @Test
    void aSplitYearExplainsTheApportionmentThenEachShare() {
      TaxAssessment a = assess(2015, Jurisdiction.CHINA, small("250000").established(LocalDate.of(2015, 5, 20)));
      assertThat(stepsEn(a)).hasSize(7);
      assertThat(stepsEn(a).get(1)).startsWith("established 2015-05-20, before 2015-10-01: per 国家税务总局公告2015年第61号"
          + " 第五条（二）, 8 months operated in 2015, 3 of them from 2015-10-01");
      assertThat(stepsEn(a).get(2)).isEqualTo("income of the months from 2015-10-01 (3/8): taxable income (0.00,"
          + " 250,000.00], per 财税〔2015〕99号 第一条: counted at 50%, taxed at 20%");
      assertThat(stepsEn(a).get(3)).isEqualTo("income of the months before 2015-10-01: taxable income (0.00,"
          + " 250,000.00], per 《中华人民共和国企业所得税法》 第二十八条第一款: taxed at 20%");
      assertThat(formulas(a).subList(1, 5)).containsExactly(
          "250,000.00 × 3/8 = 93,750.00; 250,000.00 − 93,750.00 = 156,250.00", "93,750.00 × 50% × 20% = 9,375.00",
          "156,250.00 × 20% = 31,250.00", "9,375.00 + 31,250.00 = 40,625.00");
      assertThat(a.bands()).allSatisfy(b -> assertThat(b.citations()).extracting(c -> c.document().id())
          .contains("CN-SAT-2015-61"));
    }

    @Test
    void anEnterpriseFoundedFromTheStartIsRelievedAllYearAndSaysSo() {
      TaxAssessment a = assess(2015, Jurisdiction.CHINA, small("250000").established(LocalDate.of(2015, 11, 20)));
      assertThat(stepsEn(a)).hasSize(5);
      assertThat(stepsEn(a).get(1)).isEqualTo("established 2015-11-20, not before 2015-10-01: per"
          + " 国家税务总局公告2015年第61号 第五条（二） the relief applies to the whole year");
      assertThat(stepsEn(a).get(2)).isEqualTo("taxable income (0.00, 250,000.00], per 财税〔2015〕99号 第一条:"
          + " counted at 50%, taxed at 20%");
      // The split-year rule is 财税〔2015〕99号 第二条, implemented by 公告2015年第61号 第五条（二）: both are cited.
      assertThat(a.bands().get(0).citations()).extracting(c -> c.reference()).containsExactly(
          "财税〔2015〕99号 第一条", "财税〔2015〕99号 第二条", "国家税务总局公告2015年第61号 第五条（二）");
    }

    @Test
    void aLocalClauseRestatingTheGrantIsCitedAndNotOnceTheGrantIsUncertain() {
      TaxAssessment a = assess(2016, Jurisdiction.JIAXING, small("250000"));
      TaxBand band = a.bands().get(0);
      assertThat(band.grantedBy().id()).isEqualTo("CN-CS-2015-99");
      assertThat(band.alsoInForce()).isEmpty();
      assertThat(band.restatedBy()).extracting(Provision::id).containsExactly("JX-2015-90/5.4-tax");
      assertThat(stepsEn(a).get(1)).endsWith("; restated locally by 嘉政办发〔2015〕90号 五(四)");
      assertThat(a.explanation().steps().get(1).description(Language.ZH)).endsWith("；本地重申：嘉政办发〔2015〕90号 五(四)");
      // In 2017 财税〔2015〕99号 may already have been abolished (PROVISIONS.md §0 item 3): it is not relied on, so
      // neither is the Jiaxing clause restating it; 财税〔2017〕43号 grants the band.
      TaxAssessment in2017 = assess(2017, Jurisdiction.JIAXING, small("250000"));
      assertThat(in2017.bands().get(0).grantedBy().id()).isEqualTo("CN-CS-2017-43");
      assertThat(in2017.bands().get(0).alsoInForce()).isEmpty();
      assertThat(in2017.bands().get(0).restatedBy()).isEmpty();
      assertThat(in2017.warnings()).anySatisfy(w -> assertThat(w.description(Language.EN)).contains("财税〔2015〕99号")
          .contains("is not relied on"));
    }
  }

  @Nested
  class WhatIf {
    private final Catalogue base = Catalogue.builtIn();

    @Test
    void aReliefGrantingTheSameOnAnotherSliceIsNotNamedAsAlsoInForce() {
      Provision row = base.byId("CN-ANN-2021-12");
      SmallLowProfitRelief r = (SmallLowProfitRelief) row.terms();
      Catalogue whatIf = base.withReplaced(row.modifiedTerms(
          new SmallLowProfitRelief(r.band(), r.application(), Share.percent(25), r.rate()),
          Text.of("计入比例改为25%", "inclusion set to 25%")));
      TaxAssessment a = SmallLowProfitTaxCalculator.of(whatIf).assess(TaxCase.of(Year.of(2022), Jurisdiction.CHINA,
          small("2000000").build()));
      assertThat(a.bands()).extracting(b -> b.grantedBy().id()).containsExactly("CN-ANN-2021-12", "CN-ANN-2022-13");
      assertThat(a.bands()).allSatisfy(b -> assertThat(b.alsoInForce()).isEmpty());
      assertThat(a.taxDue()).isEqualTo(Cny.ofYuan(100_000));
    }

    @Test
    void aWholeIncomeReliefStartingMidYearWithoutAnApportionmentRuleIsAppliedToTheWholeYearWithAWarning() {
      Provision row = base.byId("CN-CS-2018-77");
      Catalogue whatIf = base.withReplaced(row.modifiedValidity(
          ValidityPeriod.between(LocalDate.of(2018, 7, 1), LocalDate.of(2018, 12, 31)),
          Text.of("自2018年7月1日起", "from 2018-07-01")));
      TaxAssessment a = SmallLowProfitTaxCalculator.of(whatIf).assess(TaxCase.of(Year.of(2018), Jurisdiction.CHINA,
          small("800000").build()));
      assertThat(a.bands()).singleElement().satisfies(b -> {
        assertThat(b.grantedBy().id()).isEqualTo("CN-CS-2018-77");
        assertThat(b.apportionedBy()).isEmpty();
        assertThat(b.yearShare()).isEqualTo(Share.ONE);
      });
      assertThat(a.taxDue()).isEqualTo(Cny.ofYuan(80_000));
      assertThat(a.warnings()).anySatisfy(w -> assertThat(w.description(Language.EN)).contains("is in force for only part of tax year"
          + " 2018").contains("applied to the whole year"));
      assertThat(assess(2018, Jurisdiction.CHINA, small("800000")).warnings()).isEmpty();
    }

    @Test
    void anOpenEndedReliefIsNotReportedAsEnded() {
      Provision row = base.byId("CN-ANN-2023-12");
      Catalogue whatIf = base.withReplaced(row.modifiedValidity(ValidityPeriod.from(LocalDate.of(2023, 1, 1)),
          Text.of("无截止日期", "no end date")));
      TaxAssessment a = SmallLowProfitTaxCalculator.of(whatIf).assess(TaxCase.of(Year.of(2026), Jurisdiction.CHINA,
          small("2000000").build()));
      assertThat(a.taxDue()).isEqualTo(Cny.ofYuan(100_000));
      TaxAssessment later = SmallLowProfitTaxCalculator.of(whatIf).assess(TaxCase.of(Year.of(2030), Jurisdiction.CHINA,
          small("200000").build()));
      assertThat(later.bands()).singleElement().satisfies(b ->
          assertThat(b.grantedBy().id()).isEqualTo("CN-ANN-2023-12"));
      assertThat(later.warnings()).noneSatisfy(w -> assertThat(w.description(Language.EN)).contains("no small low-profit enterprise"
          + " relief is known"));
    }

    @Test
    void aCatalogueWithoutTheNeededLawIsRefusedSayingWhatIsMissing() {
      Catalogue noStatutory = Catalogue.of(base.all().stream().filter(p -> !(p.terms() instanceof TaxRate t
          && t.kind() == TaxRate.Kind.STATUTORY)).collect(Collectors.toList()));
      assertThatThrownBy(() -> SmallLowProfitTaxCalculator.of(noStatutory).assess(TaxCase.of(Year.of(2019),
          Jurisdiction.CHINA, small("1").build()))).isInstanceOf(PolicyInputException.class)
          .hasMessageContaining("holds no statutory enterprise income tax rate certainly in force in tax year 2019");

      Catalogue noCriteria = Catalogue.of(base.all().stream()
          .filter(p -> !(p.terms() instanceof SmallLowProfitCriteria)).collect(Collectors.toList()));
      assertThatThrownBy(() -> SmallLowProfitTaxCalculator.of(noCriteria).assess(TaxCase.of(Year.of(2019),
          Jurisdiction.CHINA, small("1").build()))).isInstanceOf(PolicyInputException.class)
          .hasMessageContaining("holds no small low-profit enterprise criteria certainly in force in tax year 2019");

      Catalogue noSmallRate = Catalogue.of(base.all().stream().filter(p -> !(p.terms() instanceof TaxRate t
          && t.kind() == TaxRate.Kind.SMALL_LOW_PROFIT)).collect(Collectors.toList()));
      SmallLowProfitTaxCalculator calc = SmallLowProfitTaxCalculator.of(noSmallRate);
      assertThatThrownBy(() -> calc.assess(TaxCase.of(Year.of(2019), Jurisdiction.CHINA, small("1").build())))
          .isInstanceOf(PolicyInputException.class)
          .hasMessageContaining("holds no small low-profit enterprise rate certainly in force in tax year 2019");
      assertThat(calc.catalogue()).isSameAs(noSmallRate);
      assertThat(CALC.catalogue()).isEqualTo(base);
      assertThat(CALC).hasToString("SmallLowProfitTaxCalculator(" + base + ")");
    }
  }

  @Nested
  class Values {
    private EnterpriseFacts.Builder full() {
      return small("100").incubatedStartUp(true);
    }

    @Test
    void factsAreEqualExactlyWhenEveryFactIs() {
      EnterpriseFacts facts = full().build();
      assertThat(facts).isEqualTo(full().build()).hasSameHashCodeAs(full().build()).isNotEqualTo("facts");
      assertThat(List.of(
          full().taxableIncome(Cny.ofYuan(101)).build(),
          full().restrictedOrProhibitedIndustry(true).build(),
          full().industry(Industry.INDUSTRIAL).build(),
          full().employees(11).build(),
          full().totalAssets(Cny.ofYuan(1)).build(),
          full().established(LocalDate.of(2001, 1, 1)).build(),
          full().incubatedStartUp(false).build(),
          EnterpriseFacts.builder().taxableIncome(Cny.ofYuan(100)).restrictedOrProhibitedIndustry(false)
              .assertQualifyingSize().established(LocalDate.of(2000, 1, 1)).incubatedStartUp(true).build()))
          .allSatisfy(other -> assertThat(other).isNotEqualTo(facts))
          .allSatisfy(other -> assertThat(other.hashCode()).isNotEqualTo(facts.hashCode()));
    }

    @Test
    void factsDescribeThemselves() {
      assertThat(full().build()).hasToString("EnterpriseFacts{income=100.00, restricted=false, industry=OTHER,"
          + " employees=10, assets=1000000.00, established=2000-01-01, incubated}");
      assertThat(EnterpriseFacts.builder().taxableIncome(Cny.ofYuan(5)).restrictedOrProhibitedIndustry(true)
          .assertQualifyingSize().build()).hasToString("EnterpriseFacts{income=5.00, restricted=true, size asserted}");
    }

    @Test
    void measuredSizeDoesNotRestOnAnAssertion() {
      TaxAssessment a = assess(2016, Jurisdiction.CHINA, small("100000"));
      assertThat(a.eligibility().restsOnAssertion()).isFalse();
      assertThat(a.eligibility().checks()).extracting(ConditionCheck::outcome)
          .containsOnly(ConditionCheck.Outcome.MET);
    }
  }
}
