package org.zhongchuang.policy.eit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhongchuang.policy.Answer;
import org.zhongchuang.policy.DateNotCoveredException;
import org.zhongchuang.policy.MissingFactsException;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.VentureCapitalDeduction.Investee;
import org.zhongchuang.policy.explain.Step;
import org.zhongchuang.policy.explain.StepKind;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.tax.EnterpriseFacts;
import org.zhongchuang.policy.text.Language;

/**
 * Hand-computed returns: every line, and every threshold one fen (or one day, or one year) below, at and above it.
 * Unless a case says otherwise the enterprise is too large to be a small low-profit enterprise, so that its tax is
 * 25% of line 23.
 */
class AnnualReturnCalculatorTest {
  /**
   * A calculator over a fresh copy of the built-in catalogue, whose law is compiled anew: the built-in calculator keeps
   * the law it compiled for the life of the JVM, which would hide a mutant of the compiling code from a mutation run.
   */
  static AnnualReturnCalculator fresh() {
    return AnnualReturnCalculator.of(Catalogue.of(Catalogue.builtIn().all()));
  }

  static Cny y(String amount) {
    return Cny.parse(amount);
  }

  /** A large enterprise: 500 employees, 100 million in assets. */
  static EnterpriseFacts.Builder large() {
    return EnterpriseFacts.builder().restrictedOrProhibitedIndustry(false).industry(
        org.zhongchuang.policy.tax.Industry.OTHER).employees(500).totalAssets(y("1亿"));
  }

  /** A small one: 50 employees, 5 million in assets. */
  static EnterpriseFacts.Builder small() {
    return EnterpriseFacts.builder().restrictedOrProhibitedIndustry(false).industry(
        org.zhongchuang.policy.tax.Industry.OTHER).employees(50).totalAssets(y("500万"));
  }

  static AnnualReturnCase.Builder ret(int year, String profit) {
    return AnnualReturnCase.builder().taxYear(year).jurisdiction(Jurisdiction.CHINA).totalProfit(y(profit))
        .enterprise(large());
  }

  static AnnualReturnAssessment assess(AnnualReturnCase.Builder b) {
    return fresh().assess(b.build());
  }

  static List<StepKind> kinds(List<Step> steps) {
    return steps.stream().map(Step::kind).toList();
  }

  @Nested
  class Lines {
    @Test
    void aPlainYearIsTheStatutoryRateOnProfitPlusAdjustments() {
      AnnualReturnAssessment a = assess(ret(2019, "1000000").taxAdjustments(y("-200000")));
      assertThat(a.lines()).isEqualTo(new ReturnLines(y("1000000"), y("-200000"), Cny.ZERO, y("800000"), Cny.ZERO,
          Cny.ZERO, Cny.ZERO, y("800000"), Share.percent(25), y("200000"), Cny.ZERO, y("200000")));
      assertThat(a.chosen()).isEqualTo(ReliefRoute.NONE);
      assertThat(a.lossYear()).isFalse();
      assertThat(a.taxAsHighTech()).isEmpty();
      assertThat(a.taxAsSmallLowProfit()).isEmpty();
      assertThat(a.smallLowProfit()).isPresent().get().extracting(t -> t.eligible()).isEqualTo(false);
      assertThat(a.rate()).isEqualTo(Share.percent(25));
      assertThat(a.taxAtStatutoryRate()).isEqualTo(y("200000"));
      assertThat(a.uncertainties()).isEmpty();
      assertThat(a.taxDueCertain()).isEqualTo(Answer.YES);
    }

    @Test
    void eachLineIsRoundedOnceHalfUp() {
      // 0.03 × 75% = 0.0225 → 0.02; line 23 = 1.00 − 0.02 = 0.98; × 25% = 0.245 → 0.25.
      AnnualReturnAssessment a = assess(ret(2019, "1.00").researchExpensed(y("0.03")));
      assertThat(a.researchExtraDeduction()).isEqualTo(y("0.02"));
      assertThat(a.taxableIncome()).isEqualTo(y("0.98"));
      assertThat(a.taxDue()).isEqualTo(y("0.25"));
      // 0.02 × 75% = 0.015 → 0.02 (half-up).
      assertThat(assess(ret(2019, "1.00").researchExpensed(y("0.02"))).researchExtraDeduction()).isEqualTo(y("0.02"));
    }

    @Test
    void aLossYearHasNoTaxAndCarriesItsLossForward() {
      AnnualReturnAssessment a = assess(ret(2019, "-500000").transfer(y("100万"), Cny.ZERO)
          .priorLoss(Year.of(2017), y("100000")).ventureCreditCarriedIn(y("30000")));
      assertThat(a.lossYear()).isTrue();
      assertThat(a.lines().incomeAfterAdjustments()).isEqualTo(y("-500000"));
      assertThat(a.transferIncomeReduction()).isEqualTo(Cny.ZERO);
      assertThat(a.lossesOffset()).isEqualTo(Cny.ZERO);
      assertThat(a.ventureCapitalDeduction()).isEqualTo(Cny.ZERO);
      assertThat(a.ventureCreditCarriedForward()).isEqualTo(y("30000"));
      assertThat(a.taxableIncome()).isEqualTo(Cny.ZERO);
      assertThat(a.taxDue()).isEqualTo(Cny.ZERO);
      assertThat(a.lossesCarriedForward()).containsExactly(
          new CarriedLoss(Year.of(2017), y("100000"), Year.of(2022), Optional.empty(), false),
          new CarriedLoss(Year.of(2019), y("500000"), Year.of(2024), Optional.empty(), false));
      assertThat(kinds(a.explanation().steps())).contains(EitStep.LOSS_YEAR).doesNotContain(EitStep.LINE_23,
          EitStep.LINE_21, EitStep.LINE_20);
    }

    @Test
    void aNilYearIsALossYearWithNothingToCarry() {
      AnnualReturnAssessment a = assess(ret(2019, "0"));
      assertThat(a.lossYear()).isTrue();
      assertThat(a.lossesCarriedForward()).isEmpty();
      assertThat(a.taxDue()).isEqualTo(Cny.ZERO);
    }

    @Test
    void theResearchDeductionCanMakeALoss() {
      AnnualReturnAssessment a = assess(ret(2023, "100000").researchExpensed(y("300000")));
      assertThat(a.lines().incomeAfterAdjustments()).isEqualTo(y("-200000"));
      assertThat(a.lossesCarriedForward()).extracting(CarriedLoss::amount).containsExactly(y("200000"));
    }
  }

  @Nested
  class Research {
    @ParameterizedTest(name = "{0} {1}: {3}")
    @CsvSource({
        "2008, none, 100万, 50万",
        "2015, none, 100万, 50万",
        "2015, negative, 100万, 50万",
        "2016, none, 100万, 50万",
        "2016, negative, 100万, 0",
        "2017, none, 100万, 50万",
        "2017, sme, 100万, 75万",
        "2017, negative, 100万, 0",
        "2018, none, 100万, 75万",
        "2019, sme, 100万, 75万",
        "2020, manufacturing, 100万, 75万",
        "2021, none, 100万, 75万",
        "2021, manufacturing, 100万, 100万",
        "2021, sme, 100万, 75万",
        "2022, manufacturing, 100万, 100万",
        "2022, sme, 100万, 100万",
        "2022, manufacturing+sme, 100万, 100万",
        "2023, none, 100万, 100万",
        "2023, listed, 100万, 120万",
        "2023, listed+negative, 100万, 0",
        "2024, manufacturing, 100万, 100万",
        "2027, listed, 100万, 120万",
        "2028, listed, 100万, 100万",
        "2028, none, 100万, 100万",
        "2035, sme, 100万, 100万"})
    void theHighestRateOfTheYearForTheCategories(int year, String categories, String expensed, String extra) {
      AnnualReturnAssessment a = assess(categories(ret(year, "1000万"), categories).researchExpensed(y(expensed)));
      assertThat(a.researchExtraDeduction()).isEqualTo(y(extra));
      assertThat(a.lines().incomeAfterAdjustments()).isEqualTo(y("1000万").minus(y(extra)));
    }

    static AnnualReturnCase.Builder categories(AnnualReturnCase.Builder b, String categories) {
      return b.manufacturing(categories.contains("manufacturing")).technologySme(categories.contains("sme"))
          .listedIcOrMachineTool(categories.contains("listed")).negativeListIndustry(categories.contains("negative"));
    }

    @Test
    void theExcludedIndustriesAreCitedAndTakeNothing() {
      AnnualReturnAssessment a = assess(ret(2016, "1000万").researchExpensed(y("100万")).negativeListIndustry(true));
      assertThat(kinds(a.explanation().steps())).contains(EitStep.RESEARCH_EXCLUDED);
      assertThat(a.citations()).anyMatch(c -> c.document().id().equals("CN-CS-2015-119"));
      assertThat(a.benefits()).noneMatch(b -> b.preference() == Preference.RESEARCH_DEDUCTION);
    }

    @Test
    void amortisationTakesTheExtraShareOfTheStraightLineCharge() {
      assertThat(assess(ret(2015, "1000万").researchAmortised(Year.of(2015), y("10万"))).researchExtraDeduction())
          .isEqualTo(y("5万"));
      assertThat(assess(ret(2019, "1000万").researchAmortised(Year.of(2019), y("10万"))).researchExtraDeduction())
          .isEqualTo(y("7.5万"));
      assertThat(assess(ret(2024, "1000万").listedIcOrMachineTool(true).researchAmortised(Year.of(2024), y("10万")))
          .researchExtraDeduction()).isEqualTo(y("12万"));
      AnnualReturnAssessment both = assess(ret(2023, "1000万").researchExpensed(y("100万"))
          .researchAmortised(Year.of(2023), y("10万")));
      assertThat(both.researchExtraDeduction()).isEqualTo(y("110万"));
      assertThat(kinds(both.explanation().steps())).containsSubsequence(EitStep.RESEARCH_EXPENSED,
          EitStep.RESEARCH_AMORTISED, EitStep.LINE_17, EitStep.LINE_19);
    }

    @Test
    void in2022TheFourthQuarterTakes100PercentForEnterprisesAt75() {
      AnnualReturnAssessment a = assess(ret(2022, "1000万").researchExpensed(y("100万"))
          .researchExpensedFourthQuarter(y("30万")));
      // 700,000 × 75% + 300,000 × 100%
      assertThat(a.researchExtraDeduction()).isEqualTo(y("82.5万"));
      assertThat(a.explanation().steps()).filteredOn(s -> s.kind() == EitStep.RESEARCH_EXPENSED)
          .extracting(s -> s.citations().get(0).document().id())
          .containsExactly("CN-ANN-2021-6", "CN-ANN-2022-28");
      assertThat(a.benefits()).filteredOn(b -> b.preference() == Preference.RESEARCH_DEDUCTION).singleElement()
          .satisfies(b -> assertThat(b.provisions()).extracting(p -> p.id())
              .containsExactly("CN-ANN-2021-6-R3", "CN-ANN-2022-28-2"));
    }

    @ParameterizedTest(name = "Q4 {0}")
    @CsvSource({"0, 75万", "0.01, 750000.00", "0.03, 750000.01", "100万, 100万"})
    void theFourthQuarterFromNothingToAll(String q4, String extra) {
      assertThat(assess(ret(2022, "1000万").researchExpensed(y("100万")).researchExpensedFourthQuarter(y(q4)))
          .researchExtraDeduction()).isEqualTo(y(extra));
    }

    @Test
    void in2022TheFourthQuarterIsNeededOnlyWhereItsRateDiffers() {
      MissingFactsException e = catchThrowableOfType(() -> assess(ret(2022, "1000万").researchExpensed(y("100万"))),
          MissingFactsException.class);
      assertThat(e.facts()).containsExactly("researchExpensedFourthQuarter");
      assertThat(e.getMessage()).contains("75%").contains("100%").contains("公告2022年第28号");
      assertThat(e.message(Language.ZH)).contains("第四季度");
      // Manufacturing enterprises and technology SMEs take 100% all year: the quarter does not matter.
      assertThat(assess(ret(2022, "1000万").researchExpensed(y("100万")).manufacturing(true))
          .researchExtraDeduction()).isEqualTo(y("100万"));
      assertThat(assess(ret(2022, "1000万").researchExpensed(y("100万")).technologySme(true)
          .researchExpensedFourthQuarter(y("10万"))).researchExtraDeduction()).isEqualTo(y("100万"));
      // 2021 and 2023 do not split.
      assertThat(assess(ret(2021, "1000万").researchExpensed(y("100万"))).researchExtraDeduction())
          .isEqualTo(y("75万"));
      assertThat(assess(ret(2023, "1000万").researchExpensed(y("100万"))).researchExtraDeduction())
          .isEqualTo(y("100万"));
    }

    @Test
    void the2022FourthQuarterAmortisationIsAnsweredBothWays() {
      AnnualReturnAssessment a = assess(ret(2022, "1000万").researchAmortised(Year.of(2022), y("10万"))
          .researchAmortisedFourthQuarter(y("2.5万")));
      assertThat(a.researchExtraDeduction()).isEqualTo(y("7.5万"));
      assertThat(a.taxDue()).isEqualTo(y("2481250"));
      // The other reading: 75,000 × 75% + 25,000 × 100% = 81,250, tax 6,250 × 25% lower.
      assertThat(a.uncertainties()).containsExactly(new Uncertainty(
          Uncertainty.Question.FOURTH_QUARTER_AMORTISATION, y("2479687.50")));
      assertThat(a.taxDueCertain()).isEqualTo(Answer.UNCERTAIN);
      assertThat(kinds(a.warnings())).contains(EitStep.UNCERTAIN_FOURTH_QUARTER);
      MissingFactsException e = catchThrowableOfType(() -> assess(ret(2022, "1000万")
          .researchAmortised(Year.of(2022), y("10万"))), MissingFactsException.class);
      assertThat(e.facts()).containsExactly("researchAmortisedFourthQuarter");
      // A manufacturing enterprise is at 100% all year: no question.
      assertThat(assess(ret(2022, "1000万").manufacturing(true).researchAmortised(Year.of(2022), y("10万")))
          .uncertainties()).isEmpty();
    }

    @Test
    void intangiblesFormedInAYearOfAnotherRateAreAnsweredBothWays() {
      AnnualReturnAssessment a = assess(ret(2023, "1000万").researchAmortised(Year.of(2019), y("10万")));
      assertThat(a.researchExtraDeduction()).isEqualTo(y("10万"));
      assertThat(a.taxDue()).isEqualTo(y("2475000"));
      assertThat(a.uncertainties()).containsExactly(new Uncertainty(Uncertainty.Question.YEAR_OF_FORMATION,
          y("2481250")));
      // Formed in a year of the same rate: no question.
      assertThat(assess(ret(2024, "1000万").researchAmortised(Year.of(2023), y("10万"))).uncertainties()).isEmpty();
      assertThat(assess(ret(2019, "1000万").researchAmortised(Year.of(2018), y("10万"))).uncertainties()).isEmpty();
      // Formed before the catalogue's first research provision: the other reading cannot be given.
      assertThatThrownBy(() -> assess(ret(2012, "1000万").researchAmortised(Year.of(2006), y("10万"))))
          .isInstanceOf(PolicyInputException.class).hasMessageContaining("2006");
    }

    @Test
    void aListedEnterpriseAfter2027FallsBackAndIsWarned() {
      AnnualReturnAssessment a = assess(ret(2028, "1000万").listedIcOrMachineTool(true).researchExpensed(y("100万")));
      assertThat(kinds(a.warnings())).contains(EitStep.CATEGORY_ENDED, EitStep.PAST_LAST_KNOWN);
      assertThat(a.render(Language.EN)).contains("ended on 2027-12-31");
    }

    @Test
    void noResearchFiguresNoResearchSteps() {
      assertThat(kinds(assess(ret(2023, "100")).explanation().steps())).doesNotContain(EitStep.RESEARCH_CATEGORIES,
          EitStep.LINE_17);
    }
  }

  @Nested
  class TransferIncome {
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "4999999.99, 4999999.99, 0",
        "5000000.00, 5000000.00, 0",
        "5000000.01, 5000000.01, 0",
        "5000000.02, 5000000.01, 0.01",
        "6000000.00, 5500000.00, 500000.00"})
    void upToFiveMillionExemptTheRestHalved(String income, String line20, String halved) {
      AnnualReturnAssessment a = assess(ret(2019, "1000万").transfer(y(income), Cny.ZERO));
      assertThat(a.transferIncomeReduction()).isEqualTo(y(line20));
      assertThat(a.taxableIncome()).isEqualTo(y("1000万").minus(y(line20)));
      assertThat(a.outcome().halvedPart).isEqualTo(y(halved).toFen());
    }

    @Test
    void incomeIsRevenueLessCost() {
      AnnualReturnAssessment a = assess(ret(2019, "1000万").transfer(y("800万"), y("200万")));
      assertThat(a.transferIncomeReduction()).isEqualTo(y("550万"));
      assertThat(a.render(Language.EN)).contains("8,000,000.00 − 2,000,000.00 = 6,000,000.00");
    }

    @Test
    void line20NeverExceedsLine19() {
      AnnualReturnAssessment a = assess(ret(2019, "300万").transfer(y("600万"), Cny.ZERO).priorLoss(Year.of(2018),
          y("10万")));
      assertThat(a.transferIncomeReduction()).isEqualTo(y("300万"));
      assertThat(a.lossesOffset()).isEqualTo(Cny.ZERO);
      assertThat(a.taxableIncome()).isEqualTo(Cny.ZERO);
      assertThat(a.lossesCarriedForward()).extracting(CarriedLoss::amount).containsExactly(y("10万"));
      assertThat(a.render(Language.EN)).contains("here line 19 limits it");
    }

    @Test
    void aNegativeTransferIncomeIsRefused() {
      assertThatThrownBy(() -> ret(2019, "100").transfer(y("100"), y("100.01")).build())
          .isInstanceOf(PolicyInputException.class).hasMessageContaining("-0.01").hasMessageContaining("§15 item 10");
      assertThat(assess(ret(2019, "100").transfer(y("100"), y("100"))).transferIncomeReduction()).isEqualTo(Cny.ZERO);
    }
  }

  @Nested
  class Losses {
    @Test
    void aLossIsMadeGoodInItsFifthYearNotItsSixth() {
      assertThat(assess(ret(2019, "100万").priorLoss(Year.of(2014), y("30万"))).lossesOffset()).isEqualTo(y("30万"));
      AnnualReturnAssessment sixth = assess(ret(2019, "100万").priorLoss(Year.of(2013), y("30万")));
      assertThat(sixth.lossesOffset()).isEqualTo(Cny.ZERO);
      assertThat(sixth.lossesUsed()).containsExactly(new LossUse(Year.of(2013), y("30万"), Year.of(2018),
          Optional.empty(), false, Cny.ZERO));
      assertThat(kinds(sixth.explanation().steps())).contains(EitStep.LOSS_EXPIRED);
    }

    @Test
    void aQualifiedYearExtendsTheFiveYearsBeforeItToTen() {
      // 2018 qualified: losses of 2013–2017 run ten years. 2013's tenth year is 2023, not 2024.
      AnnualReturnAssessment tenth = assess(ret(2023, "100万").priorLoss(Year.of(2013), y("30万"))
          .qualifiedYears(Year.of(2018)));
      assertThat(tenth.lossesOffset()).isEqualTo(y("30万"));
      assertThat(tenth.lossesUsed().get(0).lastYear()).isEqualTo(Year.of(2023));
      assertThat(tenth.lossesUsed().get(0).extendedBy()).get().extracting(p -> p.id()).isEqualTo("CN-CS-2018-76-1");
      assertThat(assess(ret(2024, "100万").priorLoss(Year.of(2013), y("30万")).qualifiedYears(Year.of(2018)))
          .lossesOffset()).isEqualTo(Cny.ZERO);
      // 2012 is six years before 2018: five years only.
      assertThat(assess(ret(2019, "100万").priorLoss(Year.of(2012), y("30万")).qualifiedYears(Year.of(2018)))
          .lossesOffset()).isEqualTo(Cny.ZERO);
      // A qualified year before 2018 extends nothing.
      assertThat(assess(ret(2019, "100万").priorLoss(Year.of(2013), y("30万")).qualifiedYears(Year.of(2017)))
          .lossesOffset()).isEqualTo(Cny.ZERO);
      // This year's own status counts: a high-tech enterprise in 2019 extends 2014–2018; 2013 was last 2018.
      assertThat(assess(ret(2019, "100万").priorLoss(Year.of(2014), y("30万")).highTech(true)).lossesUsed().get(0)
          .lastYear()).isEqualTo(Year.of(2024));
      assertThat(assess(ret(2019, "100万").priorLoss(Year.of(2013), y("30万")).technologySme(true))
          .lossesOffset()).isEqualTo(Cny.ZERO);
    }

    @Test
    void aQualifiedYearsOwnLossIsAnsweredBothWays() {
      AnnualReturnAssessment a = assess(ret(2024, "100万").priorLoss(Year.of(2018), y("30万"))
          .qualifiedYears(Year.of(2018)));
      assertThat(a.lossesOffset()).isEqualTo(y("30万"));
      assertThat(a.lossesUsed().get(0).extensionUnconfirmed()).isTrue();
      assertThat(a.taxDue()).isEqualTo(y("17.5万"));
      assertThat(a.uncertainties()).containsExactly(new Uncertainty(Uncertainty.Question.QUALIFIED_YEAR_OWN_LOSS,
          y("25万")));
      assertThat(a.render(Language.EN)).contains("the loss of 2018, a qualified year itself");
      // Within five years it makes no difference to the tax, but to the year it is last carried to.
      AnnualReturnAssessment early = assess(ret(2020, "10万").priorLoss(Year.of(2018), y("30万"))
          .qualifiedYears(Year.of(2018)));
      assertThat(early.lossesCarriedForward()).singleElement().extracting(CarriedLoss::lastYear)
          .isEqualTo(Year.of(2028));
      assertThat(early.uncertainties()).singleElement().extracting(Uncertainty::otherTaxDue).isEqualTo(Cny.ZERO);
      assertThat(early.taxDueCertain()).isEqualTo(Answer.YES);
    }

    @Test
    void thisYearsLossAsAQualifiedYearIsAnsweredBothWays() {
      AnnualReturnAssessment a = assess(ret(2019, "-50万").highTech(true));
      assertThat(a.lossesCarriedForward()).containsExactly(new CarriedLoss(Year.of(2019), y("50万"), Year.of(2029),
          Optional.of(Catalogue.builtIn().byId("CN-CS-2018-76-1")), true));
      assertThat(a.uncertainties()).extracting(Uncertainty::question)
          .containsExactly(Uncertainty.Question.QUALIFIED_YEAR_OWN_LOSS);
      assertThat(a.render(Language.EN)).contains("2019 until 2024");
      // Before 2018 there is no extension to ask about.
      assertThat(assess(ret(2017, "-50万").highTech(true)).lossesCarriedForward().get(0).lastYear())
          .isEqualTo(Year.of(2022));
    }

    @Test
    void oldestFirstAndTheOrderIsWarnedWhereItDecidesWhatIsLeft() {
      AnnualReturnAssessment a = assess(ret(2019, "100万").priorLoss(Year.of(2017), y("60万"))
          .priorLoss(Year.of(2015), y("60万")));
      assertThat(a.lossesOffset()).isEqualTo(y("100万"));
      assertThat(a.lossesUsed()).extracting(LossUse::used).containsExactly(y("60万"), y("40万"));
      assertThat(a.lossesUsed()).extracting(LossUse::left).containsExactly(Cny.ZERO, y("20万"));
      assertThat(a.lossesCarriedForward()).containsExactly(new CarriedLoss(Year.of(2017), y("20万"), Year.of(2022),
          Optional.empty(), false));
      assertThat(a.taxDue()).isEqualTo(Cny.ZERO);
      assertThat(kinds(a.warnings())).contains(EitStep.LOSS_ORDER);
      // All made good: the order decides nothing.
      assertThat(kinds(assess(ret(2019, "200万").priorLoss(Year.of(2017), y("60万")).priorLoss(Year.of(2015),
          y("60万"))).warnings())).doesNotContain(EitStep.LOSS_ORDER);
    }

    @Test
    void aLossInItsLastYearLapsesWhatIsNotMadeGood() {
      AnnualReturnAssessment a = assess(ret(2019, "10万").priorLoss(Year.of(2014), y("30万")));
      assertThat(a.lossesOffset()).isEqualTo(y("10万"));
      assertThat(a.lossesCarriedForward()).isEmpty();
      assertThat(kinds(a.explanation().steps())).contains(EitStep.LAPSES);
    }

    @Test
    void lossesAreOfEarlierYearsOnly() {
      assertThatThrownBy(() -> ret(2019, "1").priorLoss(Year.of(2019), y("1")).build())
          .isInstanceOf(PolicyInputException.class);
      assertThatThrownBy(() -> ret(2019, "1").priorLoss(Year.of(2018), Cny.ZERO))
          .isInstanceOf(PolicyInputException.class);
      assertThatThrownBy(() -> ret(2019, "1").priorLoss(Year.of(2018), y("1")).priorLoss(Year.of(2018), y("2")))
          .isInstanceOf(PolicyInputException.class).hasMessageContaining("twice");
      assertThatThrownBy(() -> ret(2019, "1").qualifiedYears(Year.of(2019)).build())
          .isInstanceOf(PolicyInputException.class);
    }
  }

  @Nested
  class VentureCapital {
    static VentureInvestment invested(String amount, String on) {
      return VentureInvestment.invested(y(amount), LocalDate.parse(on), Investee.SME_HIGH_TECH);
    }

    @Test
    void theCreditArisesInTheYearTwoYearsOfHoldingComplete() {
      AnnualReturnAssessment a = assess(ret(2018, "500万").ventureInvestment(invested("100万", "2016-12-31")));
      assertThat(a.ventureCreditArising()).isEqualTo(y("70万"));
      assertThat(a.ventureCapitalDeduction()).isEqualTo(y("70万"));
      assertThat(a.taxableIncome()).isEqualTo(y("430万"));
      AnnualReturnAssessment dayLater = assess(ret(2018, "500万").ventureInvestment(invested("100万", "2017-01-01")));
      assertThat(dayLater.ventureCapitalDeduction()).isEqualTo(Cny.ZERO);
      assertThat(kinds(dayLater.explanation().steps())).contains(EitStep.VENTURE_PENDING);
      assertThat(dayLater.render(Language.EN)).contains("completes on 2019-01-01; its credit arises in 2019");
      // The day the holding completes, as given.
      assertThat(assess(ret(2018, "500万").ventureInvestment(VentureInvestment.heldUntil(y("100万"),
          LocalDate.of(2018, 12, 31), Investee.SME_HIGH_TECH))).ventureCapitalDeduction()).isEqualTo(y("70万"));
      assertThat(assess(ret(2018, "500万").ventureInvestment(VentureInvestment.heldUntil(y("100万"),
          LocalDate.of(2019, 1, 1), Investee.SME_HIGH_TECH))).ventureCapitalDeduction()).isEqualTo(Cny.ZERO);
    }

    @Test
    void whatTheIncomeCannotAbsorbIsCarriedForward() {
      AnnualReturnAssessment a = assess(ret(2018, "80万").ventureInvestment(invested("100万", "2016-06-01"))
          .ventureCreditCarriedIn(y("30万")));
      assertThat(a.ventureCapitalDeduction()).isEqualTo(y("80万"));
      assertThat(a.ventureCreditCarriedForward()).isEqualTo(y("20万"));
      assertThat(a.taxableIncome()).isEqualTo(Cny.ZERO);
      // Only carried-in credit.
      AnnualReturnAssessment carried = assess(ret(2019, "10万").ventureCreditCarriedIn(y("30万")));
      assertThat(carried.ventureCapitalDeduction()).isEqualTo(y("10万"));
      assertThat(carried.ventureCreditCarriedForward()).isEqualTo(y("20万"));
      assertThat(carried.benefits()).filteredOn(b -> b.preference() == Preference.VENTURE_CAPITAL).singleElement()
          .extracting(Benefit::worth).isEqualTo(y("2.5万"));
    }

    @Test
    void aStartUpInvesteeFrom2018() {
      assertThat(assess(ret(2018, "500万").ventureInvestment(VentureInvestment.invested(y("100万"),
          LocalDate.of(2016, 3, 1), Investee.START_UP_TECHNOLOGY))).ventureCapitalDeduction()).isEqualTo(y("70万"));
      assertThatThrownBy(() -> assess(ret(2017, "500万").ventureInvestment(VentureInvestment.invested(y("100万"),
          LocalDate.of(2015, 3, 1), Investee.START_UP_TECHNOLOGY)))).isInstanceOf(PolicyInputException.class)
          .hasMessageContaining("2017");
    }

    @Test
    void aHoldingCompletedInAnEarlierYearIsRefused() {
      PolicyInputException e = catchThrowableOfType(() -> assess(ret(2019, "500万").ventureInvestment(
          invested("100万", "2016-12-31"))), PolicyInputException.class);
      assertThat(e.getMessage()).contains("2018-12-31").contains("credit carried in");
      assertThat(e.message(Language.ZH)).contains("以前年度结转");
    }
  }

  @Nested
  class Routes {
    @Test
    void in2009TheHighTechRateBeatsTheSmallLowProfitRate() {
      AnnualReturnAssessment a = assess(ret(2009, "20万").enterprise(small()).highTech(true));
      assertThat(a.chosen()).isEqualTo(ReliefRoute.HIGH_TECH);
      assertThat(a.taxDue()).isEqualTo(y("3万"));
      assertThat(a.relief()).isEqualTo(y("2万"));
      assertThat(a.taxAsSmallLowProfit()).contains(y("4万"));
      assertThat(a.taxAsHighTech()).contains(y("3万"));
      assertThat(kinds(a.warnings())).contains(EitStep.NO_STACKING);
    }

    @Test
    void from2019TheSmallLowProfitReliefWins() {
      AnnualReturnAssessment a = assess(ret(2019, "200万").enterprise(small()).highTech(true));
      assertThat(a.chosen()).isEqualTo(ReliefRoute.SMALL_LOW_PROFIT);
      assertThat(a.taxDue()).isEqualTo(y("15万"));
      assertThat(a.taxAsHighTech()).contains(y("30万"));
      assertThat(a.relief()).isEqualTo(y("35万"));
      assertThat(a.benefits()).extracting(Benefit::preference, Benefit::worth).containsExactly(
          org.assertj.core.groups.Tuple.tuple(Preference.SMALL_LOW_PROFIT, y("15万")),
          org.assertj.core.groups.Tuple.tuple(Preference.HIGH_TECH, Cny.ZERO));
      assertThat(a.totalBenefit()).isEqualTo(y("35万"));
      assertThat(a.taxWithoutPreferences()).isEqualTo(y("50万"));
      assertThat(kinds(a.warnings())).contains(EitStep.BENEFITS_DO_NOT_ADD);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"2019, 2000000, 150000.00", "2021, 2000000, 125000.00", "2022, 2000000, 75000.00",
        "2023, 2000000, 100000.00", "2016, 300000.00, 30000.00", "2016, 300000.01, 75000.00"})
    void theWorkedFiguresOfTheSmallLowProfitRelief(int year, String income, String tax) {
      AnnualReturnAssessment a = assess(ret(year, income).enterprise(small()));
      assertThat(a.taxDue()).isEqualTo(y(tax));
      assertThat(a.chosen()).isEqualTo(y(tax).equals(a.taxAtStatutoryRate()) ? ReliefRoute.NONE
          : ReliefRoute.SMALL_LOW_PROFIT);
    }

    @Test
    void theHalvedPartOfTransferIncomeKeepsTheStatutoryRateForAHighTechEnterprise() {
      AnnualReturnAssessment a = assess(ret(2019, "1000万").transfer(y("600万"), Cny.ZERO).highTech(true));
      assertThat(a.taxableIncome()).isEqualTo(y("450万"));
      assertThat(a.relief()).isEqualTo(y("40万"));
      assertThat(a.taxDue()).isEqualTo(y("72.5万"));
      assertThat(a.citations()).anyMatch(c -> c.document().id().equals("CN-SAT-2010-157"));
      // Before 157号 the halved part takes 15% too, and a warning says so.
      AnnualReturnAssessment before = assess(ret(2009, "1000万").transfer(y("600万"), Cny.ZERO).highTech(true));
      assertThat(before.relief()).isEqualTo(y("45万"));
      assertThat(kinds(before.warnings())).contains(EitStep.HALVED_RULE_ABSENT);
      AnnualReturnAssessment issued = assess(ret(2010, "1000万").transfer(y("600万"), Cny.ZERO).highTech(true));
      assertThat(issued.relief()).isEqualTo(y("40万"));
      assertThat(kinds(issued.warnings())).contains(EitStep.STARTED_IN_YEAR);
    }

    @Test
    void theSmallLowProfitReliefOnTheHalvedPartIsAnsweredBothWays() {
      AnnualReturnAssessment a = assess(ret(2023, "650万").transfer(y("600万"), Cny.ZERO).enterprise(small()));
      assertThat(a.taxableIncome()).isEqualTo(y("100万"));
      // 500,000 × 5% + 500,000 × 25%.
      assertThat(a.taxDue()).isEqualTo(y("15万"));
      assertThat(a.chosen()).isEqualTo(ReliefRoute.SMALL_LOW_PROFIT);
      assertThat(a.uncertainties()).containsExactly(new Uncertainty(Uncertainty.Question.HALVED_TRANSFER_INCOME,
          y("5万")));
      assertThat(kinds(a.explanation().steps())).contains(EitStep.ROUTE_SMALL_LOW_PROFIT_HALVED);
    }

    @Test
    void theSmallLowProfitFactsAreNeededWhereLine23IsWithinTheCeiling() {
      MissingFactsException e = catchThrowableOfType(() -> fresh().assess(AnnualReturnCase.builder().taxYear(2019)
          .jurisdiction(Jurisdiction.CHINA).totalProfit(y("100万")).build()), MissingFactsException.class);
      assertThat(e.facts()).containsExactly("enterprise");
      assertThat(e.getMessage()).contains("1,000,000.00");
      AnnualReturnAssessment above = fresh().assess(AnnualReturnCase.builder().taxYear(2019)
          .jurisdiction(Jurisdiction.CHINA).totalProfit(y("300万")).taxAdjustments(y("0.01")).build());
      assertThat(above.taxDue()).isEqualTo(y("750000.00"));
      assertThat(above.smallLowProfit()).isEmpty();
      assertThat(kinds(above.explanation().steps())).contains(EitStep.ROUTE_FACTS_NOT_GIVEN);
      // Where line 23 is zero nothing is needed.
      assertThat(fresh().assess(AnnualReturnCase.builder().taxYear(2019).jurisdiction(Jurisdiction.CHINA)
          .totalProfit(y("-1")).build()).taxDue()).isEqualTo(Cny.ZERO);
    }
  }

  @Nested
  class Years {
    @Test
    void before2008IsNotCovered() {
      DateNotCoveredException e = catchThrowableOfType(() -> assess(ret(2007, "1")), DateNotCoveredException.class);
      assertThat(e.firstKnown()).isEqualTo(LocalDate.of(2008, 1, 1));
      assertThat(assess(ret(2008, "100")).taxDue()).isEqualTo(y("25"));
    }

    @Test
    void afterTheLastKnownProvisionTheLawAloneAndAWarning() {
      // No relief after 2027 and the regulation's own criteria (≤ 300,000): the statutory small low-profit 20%.
      AnnualReturnAssessment a = assess(ret(2030, "20万").enterprise(small()));
      assertThat(a.taxDue()).isEqualTo(y("4万"));
      assertThat(assess(ret(2030, "100万").enterprise(small())).taxDue()).isEqualTo(y("25万"));
      assertThat(kinds(a.warnings())).contains(EitStep.PAST_LAST_KNOWN);
      assertThat(a.warnings()).anyMatch(w -> w.kind().key().equals("tax.warn.lastRelief"));
      assertThat(kinds(assess(ret(2027, "100万")).warnings())).doesNotContain(EitStep.PAST_LAST_KNOWN);
    }
  }
}
