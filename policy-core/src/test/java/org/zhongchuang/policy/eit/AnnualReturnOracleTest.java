package org.zhongchuang.policy.eit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.money.Cny;

/**
 * The calculator agrees with {@link ReferenceReturn}, an oracle written from the specification's tables, to the fen on
 * every line, on the route chosen and on the credit carried forward, over returns of every year and kind.
 */
class AnnualReturnOracleTest {

  static void agree(AnnualReturnCalculator calculator, AnnualReturnCase c) {
    ReferenceReturn.Result expected = ReferenceReturn.assess(Catalogue.builtIn(), c);
    AnnualReturnAssessment a = calculator.assess(c);
    ReturnLines l = a.lines();
    assertThat(new ReferenceReturn.Result(l.extraDeductions().toFen(), l.incomeAfterAdjustments().toFen(),
        l.incomeReductions().toFen(), l.lossesOffset().toFen(), l.ventureCapitalDeduction().toFen(),
        l.taxableIncome().toFen(), l.taxAtRate().toFen(), l.relief().toFen(), l.taxDue().toFen(), a.chosen(),
        a.ventureCreditCarriedForward().toFen())).as("%s", c).isEqualTo(expected);
  }

  @Test
  void everyLineAgreesWithTheOracle() {
    AnnualReturnCalculator calculator = AnnualReturnCalculatorTest.fresh();
    qt().withExamples(Returns.examples(4000)).forAll(Returns.cases()).checkAssert(c -> agree(calculator, c));
  }

  @Test
  void theOracleCanFail() {
    // A wrong calculator is seen: the oracle has its own figures. 2019, 1,000,000 of research costs at 75%.
    AnnualReturnCase c = AnnualReturnCalculatorTest.ret(2019, "1000万").researchExpensed(Cny.ofYuan(1_000_000)).build();
    ReferenceReturn.Result r = ReferenceReturn.assess(Catalogue.builtIn(), c);
    assertThat(r.line17()).isEqualTo(Cny.ofYuan(750_000).toFen());
    assertThat(r.line28()).isEqualTo(Cny.ofYuan(2_312_500).toFen());
    assertThat(ReferenceReturn.researchRate(c, 2022, true, false)).isEqualByComparingTo("1.00");
    assertThat(ReferenceReturn.researchRate(c, 2022, true, true)).isEqualByComparingTo("0.75");
  }
}
