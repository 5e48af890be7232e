package org.zhongchuang.policy.eit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;

/**
 * Invariants of the annual return over returns of every year and kind ({@link Returns}): the lines add up as the form
 * says, no reduction exceeds the income it reduces, tax is never negative, and no preference raises the tax.
 *
 * <p>One exception is stated, not hidden: the high-tech route computes line 26 as line 23 × 10% and the tax as line 25
 * − line 26, each rounded to the fen (PROVISIONS.md §14), so its tax can fall by one fen when line 23 rises by a few
 * fen (line 23 = 0.04 pays 0.01, 0.05 pays 0.00). Where that route is taken the monotonic properties allow one fen.
 */
class AnnualReturnPropertiesTest {

  @Test
  void theLinesAddUpAsTheFormSays() {
    AnnualReturnCalculator calc = AnnualReturnCalculatorTest.fresh();
    qt().withExamples(Returns.examples(3000)).forAll(Returns.cases()).checkAssert(c -> {
      AnnualReturnAssessment a = calc.assess(c);
      ReturnLines l = a.lines();
      assertThat(l.incomeAfterAdjustments()).isEqualTo(l.totalProfit().plus(l.taxAdjustments())
          .minus(l.extraDeductions()));
      if (a.lossYear()) {
        assertThat(l.incomeAfterAdjustments().isPositive()).isFalse();
        assertThat(l.incomeReductions().plus(l.lossesOffset()).plus(l.ventureCapitalDeduction())
            .plus(l.taxableIncome())).isEqualTo(Cny.ZERO);
      } else {
        assertThat(l.taxableIncome()).isEqualTo(l.incomeAfterAdjustments().minus(l.incomeReductions())
            .minus(l.lossesOffset()).minus(l.ventureCapitalDeduction()));
      }
      assertThat(l.taxAtRate()).isEqualTo(l.taxableIncome().multipliedBy(l.rate(), RoundingMode.HALF_UP));
      assertThat(l.taxDue()).isEqualTo(l.taxAtRate().minus(l.relief()));
      assertThat(l.rate()).isEqualTo(Share.percent(25));
      assertThat(a.lossesUsed().stream().map(LossUse::used).reduce(Cny.ZERO, Cny::plus)).isEqualTo(l.lossesOffset());
      assertThat(a.ventureCreditCarriedForward().plus(l.ventureCapitalDeduction())).isEqualTo(
          a.ventureCreditArising().plus(c.ventureCreditCarriedIn()));
      assertThat(a.explanation().steps()).anySatisfy(s -> assertThat(s.kind()).isEqualTo(EitStep.LINE_28));
    });
  }

  @Test
  void noReductionExceedsTheIncomeItReducesAndTaxIsNeverNegative() {
    AnnualReturnCalculator calc = AnnualReturnCalculatorTest.fresh();
    qt().withExamples(Returns.examples(3000)).forAll(Returns.cases()).checkAssert(c -> {
      AnnualReturnAssessment a = calc.assess(c);
      ReturnLines l = a.lines();
      Cny income = l.incomeAfterAdjustments().max(Cny.ZERO);
      assertThat(l.incomeReductions()).isBetween(Cny.ZERO, income);
      assertThat(l.lossesOffset()).isBetween(Cny.ZERO, income.minus(l.incomeReductions()));
      assertThat(l.ventureCapitalDeduction()).isBetween(Cny.ZERO, income.minus(l.incomeReductions())
          .minus(l.lossesOffset()));
      assertThat(l.relief()).isBetween(Cny.ZERO, l.taxAtRate());
      assertThat(l.taxDue().isNegative()).isFalse();
      assertThat(a.lossesUsed()).allSatisfy(u -> assertThat(u.used()).isBetween(Cny.ZERO, u.available()));
      assertThat(a.ventureCreditCarriedForward().isNegative()).isFalse();
      a.uncertainties().forEach(u -> assertThat(u.otherTaxDue().isNegative()).isFalse());
    });
  }

  /** One fen where the high-tech route's double rounding is involved, else none. */
  private static long slack(AnnualReturnAssessment... assessments) {
    for (AnnualReturnAssessment a : assessments) {
      if (a.taxAsHighTech().isPresent()) {
        return 1;
      }
    }
    return 0;
  }

  @Test
  void removingAPreferenceNeverLowersTheTax() {
    AnnualReturnCalculator calc = AnnualReturnCalculatorTest.fresh();
    qt().withExamples(Returns.examples(1500)).forAll(Returns.cases()).checkAssert(c -> {
      AnnualReturnAssessment a = calc.assess(c);
      long slack = slack(a);
      assertThat(a.benefits()).allSatisfy(b -> assertThat(b.worth().toFen()).as("%s", b).isGreaterThanOrEqualTo(
          -slack));
      assertThat(a.totalBenefit().toFen()).isGreaterThanOrEqualTo(-slack);
      for (Benefit b : a.benefits()) {
        assertThat(a.totalBenefit().toFen()).as("all preferences at least one").isGreaterThanOrEqualTo(
            b.worth().toFen() - slack);
      }
    });
  }

  @Test
  void aPreferenceNeverRaisesTheTax() {
    AnnualReturnCalculator calc = AnnualReturnCalculatorTest.fresh();
    qt().withExamples(Returns.examples(1500)).forAll(Returns.cases()).checkAssert(c -> {
      AnnualReturnAssessment with = calc.assess(c);
      AnnualReturnCase plain = c.toBuilder().highTech(false).technologySme(false).manufacturing(false)
          .listedIcOrMachineTool(false).build();
      AnnualReturnAssessment without = calc.assess(plain);
      assertThat(with.taxDue().toFen()).as("categories and status never raise tax: %s", c)
          .isLessThanOrEqualTo(without.taxDue().toFen() + slack(with, without));
      AnnualReturnCase more = c.toBuilder().ventureCreditCarriedIn(c.ventureCreditCarriedIn().plus(Cny.ofYuan(1000)))
          .build();
      AnnualReturnAssessment credited = calc.assess(more);
      assertThat(credited.taxDue().toFen()).isLessThanOrEqualTo(with.taxDue().toFen() + slack(with, credited));
    });
  }

  @Test
  void eachUncertainReadingIsAWholeOtherReturn() {
    AnnualReturnCalculator calc = AnnualReturnCalculatorTest.fresh();
    qt().withExamples(Returns.examples(1500)).forAll(Returns.cases()).checkAssert(c -> {
      AnnualReturnAssessment a = calc.assess(c);
      assertThat(a.taxDueCertain().code()).isEqualTo(a.uncertainties().stream()
          .anyMatch(u -> !u.otherTaxDue().equals(a.taxDue())) ? "uncertain" : "yes");
      a.others().values().forEach(o -> {
        assertThat(o.line28).isEqualTo(o.line25 - o.line26);
        assertThat(o.line26).isBetween(0L, o.line25);
      });
    });
  }
}
