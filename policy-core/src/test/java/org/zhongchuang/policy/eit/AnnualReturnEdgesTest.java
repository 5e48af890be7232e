package org.zhongchuang.policy.eit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhongchuang.policy.eit.AnnualReturnCalculatorTest.assess;
import static org.zhongchuang.policy.eit.AnnualReturnCalculatorTest.fresh;
import static org.zhongchuang.policy.eit.AnnualReturnCalculatorTest.kinds;
import static org.zhongchuang.policy.eit.AnnualReturnCalculatorTest.ret;
import static org.zhongchuang.policy.eit.AnnualReturnCalculatorTest.small;
import static org.zhongchuang.policy.eit.AnnualReturnCalculatorTest.y;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.ResearchDeduction;
import org.zhongchuang.policy.catalogue.TaxRate;
import org.zhongchuang.policy.catalogue.VentureCapitalDeduction.Investee;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.law.ValidityPeriod;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.text.Text;

/**
 * The edges between one decision and the next: ties and zero taxes between the routes, the provisions each
 * preference's worth names, one fen of credit, the arithmetic at the limits of {@code long}, and what-if catalogues
 * the calculator must refuse or warn about.
 */
class AnnualReturnEdgesTest {
  private static final Text TEST = Text.of("测试", "test");

  @Test
  void onATieTheHighTechRateIsTakenAndAZeroTaxRouteStillCounts() {
    // 2008, line 23 = 0.06: statutory 0.015 → 0.02; high-tech relief 0.006 → 0.01, tax 0.01; small low-profit 20%:
    // 0.012 → 0.01. Equal: the high-tech rate is kept.
    AnnualReturnAssessment tie = assess(ret(2008, "0.06").enterprise(small()).highTech(true));
    assertThat(tie.chosen()).isEqualTo(ReliefRoute.HIGH_TECH);
    assertThat(tie.taxDue()).isEqualTo(y("0.01"));
    assertThat(tie.taxAsSmallLowProfit()).contains(y("0.01"));
    // 2023, line 23 = 0.02: statutory 0.005 → 0.01; small low-profit 5%: 0.001 → 0.00, chosen.
    AnnualReturnAssessment zero = assess(ret(2023, "0.02").enterprise(small()));
    assertThat(zero.chosen()).isEqualTo(ReliefRoute.SMALL_LOW_PROFIT);
    assertThat(zero.taxDue()).isEqualTo(Cny.ZERO);
    assertThat(zero.taxAsSmallLowProfit()).contains(Cny.ZERO);
    // A high-tech tax of zero is a tax.
    AnnualReturnAssessment tiny = assess(ret(2019, "0.01").highTech(true));
    assertThat(tiny.taxAsHighTech()).contains(Cny.ZERO);
  }

  @Test
  void aHighTechEnterpriseWhoseIncomeIsAllHalvedGetsNoRelief() {
    AnnualReturnAssessment a = assess(ret(2019, "600万").transfer(y("600万"), Cny.ZERO).highTech(true));
    assertThat(a.taxableIncome()).isEqualTo(y("50万"));
    assertThat(a.taxAsHighTech()).contains(y("12.5万"));
    assertThat(a.chosen()).isEqualTo(ReliefRoute.NONE);
    assertThat(a.relief()).isEqualTo(Cny.ZERO);
  }

  @Test
  void line20AtExactlyLine19IsNotCappedAndAPenceMoreIs() {
    assertThat(assess(ret(2019, "550万").transfer(y("600万"), Cny.ZERO)).render(Language.EN))
        .doesNotContain("here line 19 limits it");
    assertThat(assess(ret(2019, "5499999.99").transfer(y("600万"), Cny.ZERO)).render(Language.EN))
        .contains("here line 19 limits it");
  }

  @Test
  void theSmallLowProfitRouteOnTheHalvedPartBefore157号UsesTheStatutoryRate() {
    // 2009: line 19 5,200,000; line 20 5,100,000; line 23 100,000, all of it the halved part: 25% of it apart, or
    // 20% of it as a small low-profit enterprise.
    AnnualReturnAssessment a = assess(ret(2009, "520万").transfer(y("520万"), Cny.ZERO).enterprise(small()));
    assertThat(a.taxableIncome()).isEqualTo(y("10万"));
    assertThat(a.taxAsSmallLowProfit()).contains(y("2.5万"));
    assertThat(a.uncertainties()).containsExactly(new Uncertainty(Uncertainty.Question.HALVED_TRANSFER_INCOME,
        y("2万")));
  }

  @Test
  void aLossExtendedByALaterQualifiedYearIsNotUncertainBecauseItsOwnYearQualifiedToo() {
    AnnualReturnAssessment a = assess(ret(2021, "10万").priorLoss(Year.of(2019), y("30万"))
        .qualifiedYears(Year.of(2019), Year.of(2020)));
    assertThat(a.lossesUsed()).singleElement().satisfies(u -> {
      assertThat(u.lastYear()).isEqualTo(Year.of(2029));
      assertThat(u.extensionUnconfirmed()).isFalse();
    });
    assertThat(a.uncertainties()).isEmpty();
  }

  @Test
  void aStartUpHoldingCompletingAfterThePilotYearIsPendingNotRefused() {
    AnnualReturnAssessment a = assess(ret(2017, "100万").ventureInvestment(VentureInvestment.heldUntil(y("10万"),
        LocalDate.of(2018, 6, 1), Investee.START_UP_TECHNOLOGY)));
    assertThat(a.ventureCapitalDeduction()).isEqualTo(Cny.ZERO);
    assertThat(kinds(a.explanation().steps())).contains(EitStep.VENTURE_PENDING);
    assertThatThrownBy(() -> assess(ret(2017, "100万").ventureInvestment(VentureInvestment.heldUntil(y("10万"),
        LocalDate.of(2017, 6, 1), Investee.START_UP_TECHNOLOGY)))).isInstanceOf(PolicyInputException.class);
  }

  @Test
  void theCreditOfAKindIsRoundedOnceOnItsSum() {
    // 0.01 × 70% twice would round to 0.01 each; the sum 0.02 × 70% = 0.014 → 0.01.
    AnnualReturnAssessment a = assess(ret(2019, "100").ventureInvestment(VentureInvestment.heldUntil(y("0.01"),
        LocalDate.of(2019, 3, 1), Investee.SME_HIGH_TECH)).ventureInvestment(VentureInvestment.heldUntil(y("0.01"),
        LocalDate.of(2019, 4, 1), Investee.SME_HIGH_TECH)).ventureInvestment(VentureInvestment.heldUntil(y("0.01"),
        LocalDate.of(2019, 4, 1), Investee.START_UP_TECHNOLOGY)));
    assertThat(a.ventureCreditArising()).isEqualTo(y("0.02"));
    assertThat(a.explanation().steps()).filteredOn(s -> s.kind() == EitStep.VENTURE_CREDIT).hasSize(2);
  }

  @Test
  void eachWorthNamesTheProvisionsOfItsPreference() {
    AnnualReturnAssessment a = EitTemplatesTest.showcase().get(0);
    assertThat(a.benefits()).extracting(Benefit::preference, b -> b.provisions().stream().map(Provision::id).toList())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Preference.RESEARCH_DEDUCTION,
                List.of("CN-ANN-2021-6-R3", "CN-ANN-2022-28-2")),
            org.assertj.core.groups.Tuple.tuple(Preference.TRANSFER_INCOME,
                List.of("CN-EIT-REG-90", "CN-SAT-2010-157-1-3")),
            org.assertj.core.groups.Tuple.tuple(Preference.LOSS_EXTENSION, List.of("CN-CS-2018-76-1")),
            org.assertj.core.groups.Tuple.tuple(Preference.VENTURE_CAPITAL, List.of("CN-EIT-REG-97")),
            org.assertj.core.groups.Tuple.tuple(Preference.SMALL_LOW_PROFIT, List.of("CN-ANN-2021-12")),
            org.assertj.core.groups.Tuple.tuple(Preference.HIGH_TECH, List.of("CN-EIT-28-2", "CN-SAT-2010-157-1-3")));
    // Amortisation alone; transfer income with no halved part; this year's own loss; credit carried in alone.
    assertThat(assess(ret(2019, "100万").researchAmortised(Year.of(2019), y("1万"))).benefits())
        .singleElement().extracting(b -> b.provisions().get(0).id()).isEqualTo("CN-CS-2018-99-1");
    assertThat(assess(ret(2019, "100万").transfer(y("1万"), Cny.ZERO)).benefits()).singleElement()
        .satisfies(b -> assertThat(b.provisions()).extracting(Provision::id).containsExactly("CN-EIT-REG-90"));
    assertThat(assess(ret(2019, "-1万").technologySme(true)).benefits()).singleElement()
        .satisfies(b -> assertThat(b.preference()).isEqualTo(Preference.LOSS_EXTENSION));
    assertThat(assess(ret(2019, "100万").ventureCreditCarriedIn(y("1万"))).benefits()).singleElement()
        .satisfies(b -> assertThat(b.provisions()).extracting(Provision::id)
            .containsExactlyInAnyOrder("CN-EIT-REG-97", "CN-CS-2018-55-1"));
    assertThat(assess(ret(2019, "100万").highTech(true)).benefits()).singleElement()
        .satisfies(b -> assertThat(b.provisions()).extracting(Provision::id).containsExactly("CN-EIT-28-2"));
    // The worth computed without the small low-profit facts: as if it were not one (25% of 2,000,000).
    assertThat(EitTemplatesTest.showcase().get(11).benefits()).singleElement().extracting(Benefit::worth)
        .isEqualTo(y("50万"));
  }

  @Test
  void theArithmeticIsExactAtTheLimitsOfLong() {
    Share s = Share.ofFraction(3, 7);
    for (long fen : new long[] {0, 1, 2, 3, 7, Long.MAX_VALUE / 3, Long.MAX_VALUE / 3 + 1, Long.MAX_VALUE / 3 - 1,
        1_000_000_000_000_000L, Long.MAX_VALUE / 7}) {
      BigDecimal exact = BigDecimal.valueOf(fen).multiply(BigDecimal.valueOf(3)).divide(BigDecimal.valueOf(7), 0,
          RoundingMode.HALF_UP);
      assertThat(Outcome.times(fen, s)).as("%s", fen).isEqualTo(exact.longValueExact());
    }
    assertThat(Outcome.times(5, Share.percent(10))).isEqualTo(1);
    assertThat(Outcome.times(4, Share.percent(10))).isEqualTo(0);
    assertThat(Outcome.times(5, Share.ZERO)).isEqualTo(0);
    // a × s + b × t rounded once: 1 × 50% + 1 × 50% = 1, not 1 + 1.
    assertThat(Outcome.sumTimes(1, Share.percent(50), 1, Share.percent(30))).isEqualTo(1);
    assertThat(Outcome.sumTimes(1, Share.percent(50), 1, Share.percent(50))).isEqualTo(1);
    assertThat(Outcome.sumTimes(3, Share.percent(50), 0, Share.percent(30))).isEqualTo(2);
    assertThat(Outcome.sumTimes(0, Share.percent(50), 3, Share.percent(50))).isEqualTo(2);
    assertThat(Outcome.sumTimes(3, Share.ZERO, 3, Share.percent(50))).isEqualTo(2);
    assertThat(Outcome.sumTimes(3, Share.percent(50), 3, Share.ZERO)).isEqualTo(2);
    assertThat(Outcome.sumTimes(10, Share.percent(15), 10, Share.percent(10))).isEqualTo(3);
    assertThat(Outcome.sumTimes(1, Share.percent(15), 1, Share.percent(10))).isEqualTo(0);
    assertThat(Outcome.sumTimes(2, Share.percent(15), 2, Share.percent(10))).isEqualTo(1);
    assertThat(Outcome.difference(Share.percent(25), Share.percent(15))).isEqualTo(Share.percent(10));
    assertThat(Outcome.difference(Share.percent(15), Share.percent(25))).isEqualTo(Share.ZERO);
  }

  @Test
  void hashCodesTellValuesApart() {
    AnnualReturnCase one = ret(2019, "1").build();
    AnnualReturnCase two = ret(2019, "2").build();
    assertThat(one.hashCode()).isNotEqualTo(two.hashCode());
    assertThat(assess(ret(2019, "1")).hashCode()).isNotEqualTo(assess(ret(2019, "2")).hashCode());
    VentureInvestment v = VentureInvestment.invested(y("1"), LocalDate.of(2019, 1, 1), Investee.SME_HIGH_TECH);
    VentureInvestment w = VentureInvestment.heldUntil(y("1"), LocalDate.of(2019, 1, 1), Investee.SME_HIGH_TECH);
    assertThat(v).isEqualTo(VentureInvestment.invested(y("1"), LocalDate.of(2019, 1, 1), Investee.SME_HIGH_TECH))
        .isNotEqualTo(w).isNotEqualTo(VentureInvestment.invested(y("2"), LocalDate.of(2019, 1, 1),
            Investee.SME_HIGH_TECH)).isNotEqualTo(VentureInvestment.invested(y("1"), LocalDate.of(2019, 1, 1),
            Investee.START_UP_TECHNOLOGY)).isNotEqualTo(VentureInvestment.invested(y("1"), LocalDate.of(2019, 1, 2),
            Investee.SME_HIGH_TECH)).isNotEqualTo("v");
    assertThat(v.hashCode()).isNotEqualTo(w.hashCode());
    assertThat(v).hasToString("1.00 invested 2019-01-01 (SME_HIGH_TECH)");
    assertThat(w).hasToString("1.00 held until 2019-01-01 (SME_HIGH_TECH)");
    assertThat(Preference.RESEARCH_DEDUCTION.code()).isEqualTo("research-deduction");
    assertThat(Uncertainty.Question.YEAR_OF_FORMATION.code()).isEqualTo("year-of-formation");
    assertThat(ReliefRoute.SMALL_LOW_PROFIT.code()).isEqualTo("small-low-profit");
  }

  @Test
  void theCaseSaysWhatItHoldsInOneLine() {
    AnnualReturnCase c = ret(2023, "1").taxAdjustments(y("2")).researchExpensed(y("3"))
        .researchAmortised(Year.of(2022), y("4")).transfer(y("5"), y("1")).ventureInvestment(
            VentureInvestment.heldUntil(y("6"), LocalDate.of(2023, 1, 1), Investee.SME_HIGH_TECH))
        .ventureCreditCarriedIn(y("7")).priorLoss(Year.of(2020), y("8")).highTech(true).build();
    assertThat(c.toString()).startsWith("AnnualReturnCase{2023, china, profit 1.00, adjustments 2.00, research "
        + "expensed 3.00, amortised [ResearchAmortisation[formed=2022, charge=4.00]], transfer 5.00 − 1.00, "
        + "investments 1, credit carried in 7.00, losses {2020=8.00}, high-tech, EnterpriseFacts{");
    assertThat(AnnualReturnCase.builder().taxYear(2023).jurisdiction(Jurisdiction.CHINA).totalProfit(y("1")).build())
        .hasToString("AnnualReturnCase{2023, china, profit 1.00}");
  }

  // ------------------------------------------------------------------------------------------------ what-ifs

  private static Catalogue with(Provision... replaced) {
    Catalogue c = Catalogue.builtIn();
    for (Provision p : replaced) {
      c = c.withReplaced(p);
    }
    return c;
  }

  private static Provision valid(String id, ValidityPeriod validity) {
    return Catalogue.builtIn().byId(id).modifiedValidity(validity, TEST);
  }

  @Test
  void aResearchRateInForceForPartOfAQuarterGroupIsRefused() {
    Catalogue c = with(valid("CN-CS-2018-99-1", ValidityPeriod.between(LocalDate.of(2018, 3, 1),
        LocalDate.of(2020, 12, 31))));
    AnnualReturnCalculator calc = AnnualReturnCalculator.of(c);
    assertThatThrownBy(() -> calc.assess(ret(2018, "100万").researchExpensed(y("1")).build()))
        .isInstanceOf(PolicyInputException.class).hasMessageContaining("1 October");
    // Without research figures the year is answered.
    assertThat(calc.assess(ret(2018, "100万").build()).taxDue()).isEqualTo(y("25万"));
    // A rate that ends on 30 September is whole to its quarter group; the fourth quarter has none (the regulation's
    // 50% is recorded to 2017 only, PROVISIONS.md §0 item 10): 60,000 × 75%.
    Catalogue q3 = with(valid("CN-CS-2018-99-1", ValidityPeriod.between(LocalDate.of(2018, 1, 1),
        LocalDate.of(2018, 9, 30))));
    assertThat(AnnualReturnCalculator.of(q3).assess(ret(2018, "100万").researchExpensed(y("10万"))
        .researchExpensedFourthQuarter(y("4万")).build()).researchExtraDeduction()).isEqualTo(y("4.5万"));
  }

  @Test
  void aResearchRateWhoseDatesAreUncertainIsNotReliedOn() {
    Provision p = Catalogue.builtIn().byId("CN-CS-2018-99-1");
    Catalogue c = with(p.modifiedValidity(new ValidityPeriod(new ValidityPeriod.Within(LocalDate.of(2018, 1, 1),
        LocalDate.of(2018, 12, 31), TEST), new ValidityPeriod.On(LocalDate.of(2020, 12, 31))), TEST));
    AnnualReturnAssessment a = AnnualReturnCalculator.of(c).assess(ret(2018, "100万").researchExpensed(y("10万"))
        .build());
    // Nothing else covers 2018 for an enterprise of no category: no extra deduction, and the reason why.
    assertThat(a.researchExtraDeduction()).isEqualTo(Cny.ZERO);
    assertThat(kinds(a.explanation().steps())).contains(EitStep.RESEARCH_NONE);
    assertThat(a.warnings()).anyMatch(w -> w.kind().key().equals("caveat.notReliedOn"));
  }

  @Test
  void aTaxRateWhoseEndIsUncertainIsNotReliedOnEither() {
    Provision p = Catalogue.builtIn().byId("CN-EIT-28-2");
    Catalogue c = with(p.modifiedValidity(new ValidityPeriod(new ValidityPeriod.On(LocalDate.of(2008, 1, 1)),
        new ValidityPeriod.Within(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31), TEST)), TEST));
    AnnualReturnAssessment a = AnnualReturnCalculator.of(c).assess(ret(2019, "100万").highTech(true).build());
    assertThat(a.taxAsHighTech()).isEmpty();
    assertThat(a.warnings()).anyMatch(w -> w.kind().key().equals("caveat.notReliedOn"));
  }

  @Test
  void aCatalogueWithoutAStatutoryRateCannotAnswer() {
    Catalogue none = Catalogue.of(Catalogue.builtIn().all().stream()
        .filter(p -> !(p.terms() instanceof TaxRate t && t.kind() == TaxRate.Kind.STATUTORY)).toList());
    assertThatThrownBy(() -> AnnualReturnCalculator.of(none).assess(ret(2019, "1").build()))
        .isInstanceOf(PolicyInputException.class).hasMessageContaining("no statutory enterprise income tax rate");
    Catalogue ended = with(valid("CN-EIT-4", ValidityPeriod.between(LocalDate.of(2008, 1, 1),
        LocalDate.of(2030, 12, 31))));
    assertThatThrownBy(() -> AnnualReturnCalculator.of(ended).assess(ret(2031, "1").build()))
        .isInstanceOf(PolicyInputException.class).isNotInstanceOf(org.zhongchuang.policy.DateNotCoveredException.class);
  }

  @Test
  void aManufacturerAfter2022IsToldItsOwnRateEnded() {
    AnnualReturnAssessment a = assess(ret(2023, "1000万").manufacturing(true).researchExpensed(y("10万")));
    assertThat(a.researchExtraDeduction()).isEqualTo(y("10万"));
    assertThat(kinds(a.warnings())).contains(EitStep.CATEGORY_ENDED);
    assertThat(a.render(Language.EN)).contains("公告2021年第13号 一, a rate for one of the enterprise's categories, "
        + "ended on 2022-12-31");
    assertThat(kinds(assess(ret(2023, "1000万").researchExpensed(y("10万"))).warnings()))
        .doesNotContain(EitStep.CATEGORY_ENDED);
  }

  @Test
  void aLocalProvisionAppliesWithinItsPlaceOnly() {
    // A what-if: Jiaxing raises the research rate to 150% from 2023.
    Provision national = Catalogue.builtIn().byId("CN-ANN-2023-7-1");
    Provision local = org.zhongchuang.policy.catalogue.ImmutableProvision.copyOf(national).withId("JX-WHATIF")
        .withJurisdiction(Jurisdiction.parse("嘉兴市")).withTerms(((ResearchDeduction) national.terms())
            .withExtra(Share.percent(150)));
    AnnualReturnCalculator calc = AnnualReturnCalculator.of(Catalogue.builtIn().withAdded(local));
    assertThat(calc.assess(ret(2023, "1000万").jurisdiction(Jurisdiction.parse("海宁市")).researchExpensed(y("10万"))
        .build()).researchExtraDeduction()).isEqualTo(y("15万"));
    assertThat(calc.assess(ret(2023, "1000万").jurisdiction(Jurisdiction.parse("杭州市")).researchExpensed(y("10万"))
        .build()).researchExtraDeduction()).isEqualTo(y("10万"));
    assertThat(calc.assess(ret(2023, "1000万").researchExpensed(y("10万")).build()).researchExtraDeduction())
        .isEqualTo(y("10万"));
  }

  @Test
  void theLastKnownEndCountsOnlyIncomeTaxProvisions() {
    // A target ending in 2040 does not make 2035 a year the income-tax law is known for.
    List<String> warned = new ArrayList<>();
    for (int year : new int[] {2027, 2028, 2035}) {
      AnnualReturnAssessment a = assess(ret(year, "1000万"));
      if (kinds(a.warnings()).contains(EitStep.PAST_LAST_KNOWN)) {
        warned.add(String.valueOf(year));
      }
    }
    assertThat(warned).containsExactly("2028", "2035");
    // A national reward floor (not an income-tax provision) ending in 2040 changes nothing.
    Catalogue c = with(valid("N-2015-1", ValidityPeriod.between(LocalDate.of(2015, 10, 1),
        LocalDate.of(2040, 12, 31))));
    assertThat(kinds(AnnualReturnCalculator.of(c).assess(ret(2035, "1000万").build()).warnings()))
        .contains(EitStep.PAST_LAST_KNOWN);
    assertThat(fresh().assess(ret(2035, "1000万").build()).render(Language.EN))
        .contains("tax year 2035 is after the last dated provision");
    assertThat(Optional.of(1)).isPresent();
  }

  @Test
  void aNewerHighTechRateIsNotTakenForTheStatutoryOne() {
    Provision high = Catalogue.builtIn().byId("CN-EIT-28-2");
    Provision newer = org.zhongchuang.policy.catalogue.ImmutableProvision.copyOf(high).withId("WHATIF-HT")
        .withCitation(new org.zhongchuang.policy.law.Citation(new org.zhongchuang.policy.law.PolicyDocument(
            "WHATIF", Optional.empty(), "假设", "测试", Jurisdiction.CHINA,
            org.zhongchuang.policy.law.IssueDate.exact(LocalDate.of(2020, 1, 1), TEST), Optional.empty()),
            "一", "12%", org.zhongchuang.policy.law.QuoteKind.SPECIFICATION_SUMMARY, "test"))
        .withValidity(ValidityPeriod.from(LocalDate.of(2020, 1, 1)))
        .withTerms(new TaxRate(TaxRate.Kind.HIGH_TECH, Share.percent(12)));
    AnnualReturnCalculator calc = AnnualReturnCalculator.of(Catalogue.builtIn().withAdded(newer));
    AnnualReturnAssessment a = calc.assess(ret(2021, "100万").highTech(true).build());
    assertThat(a.taxAtStatutoryRate()).isEqualTo(y("25万"));
    assertThat(a.taxAsHighTech()).contains(y("12万"));
  }

  @Test
  void theNewestOfEqualRatesIsCitedAndTheLatestEndedOwnRateIsNamed() {
    // 2018, a technology SME: 财税〔2017〕34号 and 财税〔2018〕99号 both give 75%; the newer is cited.
    AnnualReturnAssessment a = assess(ret(2018, "1000万").technologySme(true).researchExpensed(y("10万")));
    assertThat(a.explanation().steps()).filteredOn(s -> s.kind() == EitStep.RESEARCH_EXPENSED).singleElement()
        .satisfies(s -> assertThat(s.citations().get(0).document().id()).isEqualTo("CN-CS-2018-99"));
    // 2023, a technology SME: its own rates ended in 2019 (34号) and 2022 (公告2022年第16号): the later is named.
    assertThat(assess(ret(2023, "1000万").technologySme(true).researchExpensed(y("10万"))).render(Language.EN))
        .contains("公告2022年第16号 一, a rate for one of the enterprise's categories, ended on 2022-12-31");
  }

  @Test
  void aNewerExtensionOfTheCarryForwardIsTheOneApplied() {
    Provision ext = Catalogue.builtIn().byId("CN-CS-2018-76-1");
    Provision longer = org.zhongchuang.policy.catalogue.ImmutableProvision.copyOf(ext).withId("WHATIF-76")
        .withCitation(new org.zhongchuang.policy.law.Citation(new org.zhongchuang.policy.law.PolicyDocument(
            "WHATIF76", Optional.empty(), "假设", "测试", Jurisdiction.CHINA,
            org.zhongchuang.policy.law.IssueDate.exact(LocalDate.of(2019, 1, 1), TEST), Optional.empty()),
            "一", "12年", org.zhongchuang.policy.law.QuoteKind.SPECIFICATION_SUMMARY, "test"))
        .withValidity(ValidityPeriod.from(LocalDate.of(2019, 1, 1)))
        .withTerms(new org.zhongchuang.policy.catalogue.LossCarryForward(12, true, 5));
    AnnualReturnCalculator calc = AnnualReturnCalculator.of(Catalogue.builtIn().withAdded(longer));
    assertThat(calc.assess(ret(2020, "10万").priorLoss(Year.of(2016), y("30万")).qualifiedYears(Year.of(2019))
        .build()).lossesUsed().get(0).lastYear()).isEqualTo(Year.of(2028));
    assertThat(calc.assess(ret(2020, "10万").priorLoss(Year.of(2016), y("30万")).qualifiedYears(Year.of(2018))
        .build()).lossesUsed().get(0).lastYear()).isEqualTo(Year.of(2026));
  }

  @Test
  void theStepsShowOnlyWhatWasUsed() {
    // The fourth quarter all, or none, of 2022's costs: one step each.
    AnnualReturnAssessment all = assess(ret(2022, "1000万").researchExpensed(y("10万"))
        .researchExpensedFourthQuarter(y("10万")));
    assertThat(all.explanation().steps()).filteredOn(s -> s.kind() == EitStep.RESEARCH_EXPENSED).singleElement()
        .satisfies(s -> assertThat(s.citations().get(0).document().id()).isEqualTo("CN-ANN-2022-28"));
    assertThat(all.benefits()).singleElement().satisfies(b -> assertThat(b.provisions()).extracting(Provision::id)
        .containsExactly("CN-ANN-2022-28-2"));
    AnnualReturnAssessment none = assess(ret(2022, "1000万").researchExpensed(y("10万"))
        .researchExpensedFourthQuarter(Cny.ZERO));
    assertThat(none.explanation().steps()).filteredOn(s -> s.kind() == EitStep.RESEARCH_EXPENSED).singleElement()
        .satisfies(s -> assertThat(s.citations().get(0).document().id()).isEqualTo("CN-ANN-2021-6"));
    assertThat(none.benefits()).singleElement().satisfies(b -> assertThat(b.provisions()).extracting(Provision::id)
        .containsExactly("CN-ANN-2021-6-R3"));
    // A loss in its last year is used, not expired; a loss used in full does not lapse; an unused one is not summed.
    AnnualReturnAssessment last = assess(ret(2019, "100万").priorLoss(Year.of(2014), y("30万"))
        .priorLoss(Year.of(2016), y("20万")));
    assertThat(kinds(last.explanation().steps())).doesNotContain(EitStep.LOSS_EXPIRED, EitStep.LAPSES);
    AnnualReturnAssessment room = assess(ret(2019, "30万").priorLoss(Year.of(2014), y("30万"))
        .priorLoss(Year.of(2016), y("20万")));
    assertThat(room.explanation().steps()).filteredOn(s -> s.kind() == EitStep.LINE_21).singleElement()
        .satisfies(s -> assertThat(s.formula(Language.EN)).isEqualTo("300,000.00 = 300,000.00"));
    // One usable loss partly made good: no order to speak of; two with nothing made good: none either.
    assertThat(kinds(assess(ret(2019, "10万").priorLoss(Year.of(2016), y("20万"))).warnings()))
        .doesNotContain(EitStep.LOSS_ORDER);
    assertThat(kinds(assess(ret(2019, "500万").transfer(y("500万"), Cny.ZERO).priorLoss(Year.of(2016), y("20万"))
        .priorLoss(Year.of(2017), y("20万"))).warnings())).doesNotContain(EitStep.LOSS_ORDER);
    // Without transfer income a high-tech route says nothing of a halved part and cites no halving rule.
    AnnualReturnAssessment plain = assess(ret(2019, "100万").highTech(true));
    assertThat(plain.render(Language.EN)).doesNotContain("halved part");
    assertThat(plain.citations()).noneMatch(c -> c.document().id().equals("CN-SAT-2010-157"));
    // The amounts of steps that give one.
    AnnualReturnAssessment t = assess(ret(2019, "1000万").transfer(y("600万"), Cny.ZERO));
    assertThat(t.explanation().steps()).filteredOn(s -> s.kind() == EitStep.TRANSFER_RELIEF).singleElement()
        .satisfies(s -> assertThat(s.amount()).contains(y("550万")));
    assertThat(t.explanation().steps()).filteredOn(s -> s.kind() == EitStep.TOTAL_BENEFIT).singleElement()
        .satisfies(s -> assertThat(s.amount()).contains(t.totalBenefit()));
    // The ceiling the facts were not needed for.
    assertThat(fresh().assess(AnnualReturnCase.builder().taxYear(2019).jurisdiction(Jurisdiction.CHINA)
        .totalProfit(y("400万")).build()).render(Language.EN)).contains("income ceiling, 3,000,000.00");
  }

  @Test
  void theWarningOnHowTheHalvedPartDividesIsGivenOnlyWhereItCanMatter() {
    // A relief route, a halved part, and losses or credit that reduce the income: warned.
    assertThat(kinds(assess(ret(2019, "1000万").transfer(y("600万"), Cny.ZERO).highTech(true)
        .priorLoss(Year.of(2018), y("1万"))).warnings())).contains(EitStep.HALVED_DIVISION);
    assertThat(kinds(assess(ret(2019, "1000万").transfer(y("600万"), Cny.ZERO).highTech(true)
        .ventureCreditCarriedIn(y("1万"))).warnings())).contains(EitStep.HALVED_DIVISION);
    // No losses nor credit; no relief route; no halved part: not warned.
    assertThat(kinds(assess(ret(2019, "1000万").transfer(y("600万"), Cny.ZERO).highTech(true)).warnings()))
        .doesNotContain(EitStep.HALVED_DIVISION);
    assertThat(kinds(assess(ret(2019, "1000万").transfer(y("600万"), Cny.ZERO).priorLoss(Year.of(2018), y("1万")))
        .warnings())).doesNotContain(EitStep.HALVED_DIVISION);
    assertThat(kinds(assess(ret(2019, "1000万").transfer(y("500万"), Cny.ZERO).highTech(true)
        .priorLoss(Year.of(2018), y("1万"))).warnings())).doesNotContain(EitStep.HALVED_DIVISION);
  }

  @Test
  void routesOfZeroTaxAreRoutesAndTheirWorthIsListed() {
    AnnualReturnAssessment zero = assess(ret(2023, "0.02").enterprise(small()));
    assertThat(zero.benefits()).extracting(Benefit::preference, Benefit::worth).containsExactly(
        org.assertj.core.groups.Tuple.tuple(Preference.SMALL_LOW_PROFIT, y("0.01")));
    AnnualReturnAssessment tiny = assess(ret(2019, "0.01").highTech(true).enterprise(small()));
    assertThat(kinds(tiny.explanation().steps())).contains(EitStep.ROUTE_HIGH_TECH);
    assertThat(kinds(tiny.warnings())).contains(EitStep.NO_STACKING);
    assertThat(tiny.benefits()).extracting(Benefit::preference).contains(Preference.HIGH_TECH);
  }

  @Test
  void anUnconfirmedPointIsReportedWhereItChangesAnyLineOrWhatIsCarried() {
    // The other reading changes lines 17, 19 and 20 only: the transfer relief absorbs the rest.
    AnnualReturnAssessment lines = assess(ret(2023, "200万").transfer(y("500万"), Cny.ZERO)
        .researchAmortised(Year.of(2019), y("10万")));
    assertThat(lines.taxDue()).isEqualTo(Cny.ZERO);
    assertThat(lines.uncertainties()).containsExactly(new Uncertainty(Uncertainty.Question.YEAR_OF_FORMATION,
        Cny.ZERO));
    // It changes line 21 and the credit carried only: the credit absorbs what the loss does not.
    AnnualReturnAssessment credit = assess(ret(2024, "100万").priorLoss(Year.of(2018), y("50万"))
        .qualifiedYears(Year.of(2018)).ventureCreditCarriedIn(y("200万")));
    assertThat(credit.taxDue()).isEqualTo(Cny.ZERO);
    assertThat(credit.uncertainties()).containsExactly(new Uncertainty(
        Uncertainty.Question.QUALIFIED_YEAR_OWN_LOSS, Cny.ZERO));
  }

  @Test
  void aStatedFourthQuarterAmortisationSplitsTheYear() {
    // What if 公告2022年第28号 stated 200% for intangibles? The fourth quarter's amortisation is then apart.
    Provision r6 = Catalogue.builtIn().byId("CN-ANN-2022-28-2");
    Catalogue c = with(r6.modifiedTerms(((ResearchDeduction) r6.terms()).withAmortisation(Optional.of(
        Share.percent(200))), TEST));
    AnnualReturnAssessment a = AnnualReturnCalculator.of(c).assess(ret(2022, "1000万")
        .researchAmortised(Year.of(2022), y("10万")).researchAmortisedFourthQuarter(y("2.5万")).build());
    // 75,000 × 75% + 25,000 × 100%
    assertThat(a.researchExtraDeduction()).isEqualTo(y("81250"));
    assertThat(a.explanation().steps()).filteredOn(s -> s.kind() == EitStep.RESEARCH_AMORTISED)
        .extracting(s -> s.formula(Language.EN)).containsExactly("75,000.00 × 75% = 56,250.00",
            "25,000.00 × 100% = 25,000.00");
    assertThat(a.benefits()).singleElement().satisfies(b -> assertThat(b.provisions()).extracting(Provision::id)
        .containsExactly("CN-ANN-2021-6-R3", "CN-ANN-2022-28-2"));
    assertThat(a.uncertainties()).isEmpty();
  }

  @Test
  void anExclusionFromTheFourthQuarterIsShown() {
    Catalogue c = with(valid("CN-CS-2015-119-4", ValidityPeriod.from(LocalDate.of(2022, 10, 1))));
    AnnualReturnAssessment a = AnnualReturnCalculator.of(c).assess(ret(2022, "1000万").negativeListIndustry(true)
        .researchExpensed(y("10万")).researchExpensedFourthQuarter(y("4万")).build());
    assertThat(a.researchExtraDeduction()).isEqualTo(y("4.5万"));
    assertThat(kinds(a.explanation().steps())).contains(EitStep.RESEARCH_EXCLUDED);
  }

  @Test
  void theFactsMayBeGivenBuiltTheirIncomeIsNotRead() {
    AnnualReturnCase c = ret(2019, "100万").enterprise(small().taxableIncome(y("1")).build()).build();
    assertThat(c.enterprise()).get().extracting(f -> f.taxableIncome()).isEqualTo(Cny.ZERO);
    assertThat(fresh().assess(c).chosen()).isEqualTo(ReliefRoute.SMALL_LOW_PROFIT);
  }

  @Test
  void theFourthQuarterOf2022sAmortisationDoesNotSplitTheReadingFollowed() {
    // 100,000 amortised, 25,000 of it in the fourth quarter: the reading followed does not split the year, so one
    // step takes the whole 100,000 at 75%; the fourth quarter's figure serves only the other reading.
    AnnualReturnAssessment a = assess(ret(2022, "1000万").researchAmortised(Year.of(2022), y("10万"))
        .researchAmortisedFourthQuarter(y("2.5万")));
    assertThat(a.explanation().steps()).filteredOn(s -> s.kind() == EitStep.RESEARCH_AMORTISED)
        .extracting(s -> s.amount().orElseThrow()).containsExactly(y("75000"));
  }

  @Test
  void aCatalogueWithoutAStatutoryRateAnswersNoYear() {
    // No place named at all: nothing to compile.
    assertThatThrownBy(() -> AnnualReturnCalculator.of(Catalogue.empty()).assess(ret(2020, "1").build()))
        .isInstanceOf(PolicyInputException.class).isNotInstanceOf(org.zhongchuang.policy.DateNotCoveredException.class)
        .hasMessageContaining("2020");
    // The rate removed, the rest kept: refused as a year without law, not as a date before the catalogue.
    List<Provision> rest = new ArrayList<>(Catalogue.builtIn().all());
    rest.removeIf(p -> p.id().equals("CN-EIT-4"));
    AnnualReturnCalculator without = AnnualReturnCalculator.of(Catalogue.of(rest));
    Throwable e = org.assertj.core.api.Assertions.catchThrowable(() -> without.assess(ret(2020, "1").build()));
    assertThat(e).isInstanceOf(PolicyInputException.class)
        .isNotInstanceOf(org.zhongchuang.policy.DateNotCoveredException.class);
    assertThat(((PolicyInputException) e).message(Language.EN)).isEqualTo("the catalogue holds no statutory "
        + "enterprise income tax rate in force at the end of tax year 2020");
    assertThat(((PolicyInputException) e).message(Language.ZH)).contains("2020 纳税年度年末有效的法定企业所得税税率");
  }

  @Test
  void beforeTheEarliestStatutoryRateTheRefusalNamesThatRate() {
    // A later statutory rate (from 2030) added: a year before 2008 is still refused naming 2008-01-01.
    Provision rate = Catalogue.builtIn().byId("CN-EIT-4");
    Provision later = org.zhongchuang.policy.catalogue.ImmutableProvision.copyOf(rate).withId("WHATIF-30")
        .withCitation(new org.zhongchuang.policy.law.Citation(new org.zhongchuang.policy.law.PolicyDocument(
            "WHATIF30", Optional.empty(), "假设", "测试", Jurisdiction.CHINA,
            org.zhongchuang.policy.law.IssueDate.exact(LocalDate.of(2029, 1, 1), TEST), Optional.empty()),
            "一", "30%", org.zhongchuang.policy.law.QuoteKind.SPECIFICATION_SUMMARY, "test"))
        .withValidity(ValidityPeriod.from(LocalDate.of(2030, 1, 1)))
        .withTerms(new TaxRate(TaxRate.Kind.STATUTORY, Share.percent(30)));
    for (Catalogue c : List.of(Catalogue.builtIn().withAdded(later), Catalogue.of(List.of(later)).withAdded(rate))) {
      Throwable e = org.assertj.core.api.Assertions.catchThrowable(() -> AnnualReturnCalculator.of(c)
          .assess(ret(2007, "1").build()));
      assertThat(e).isInstanceOf(org.zhongchuang.policy.DateNotCoveredException.class);
      assertThat(((PolicyInputException) e).message(Language.EN)).contains("2008-01-01").doesNotContain("2030");
    }
  }

  @Test
  void oneCalculatorAnswersEveryPlaceLongAfterTheCatalogue() {
    // The law of a year past the last dated provision is shared by all later years, place by place.
    AnnualReturnCalculator calc = fresh();
    List<Jurisdiction> places = Catalogue.builtIn().all().stream().map(Provision::jurisdiction).distinct().toList();
    assertThat(places).hasSizeGreaterThan(3);
    for (int year : new int[] {2100, 2040, 2100}) {
      for (Jurisdiction place : places) {
        AnnualReturnAssessment a = calc.assess(AnnualReturnCase.builder().taxYear(year).jurisdiction(place)
            .totalProfit(y("1000万")).build());
        assertThat(a.taxDue()).as("%s in %s", place, year).isEqualTo(y("250万"));
        assertThat(a.taxYear()).isEqualTo(Year.of(year));
        assertThat(kinds(a.warnings())).contains(EitStep.PAST_LAST_KNOWN);
      }
    }
  }
}
