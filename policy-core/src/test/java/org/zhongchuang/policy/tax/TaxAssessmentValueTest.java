package org.zhongchuang.policy.tax;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.JavaSerialization;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.text.Text;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;

/** A {@link TaxAssessment} as a value: its inputs, equality, text, and serialization without its explanation. */
class TaxAssessmentValueTest {

  private static EnterpriseFacts facts(String income) {
    return EnterpriseFacts.builder().taxableIncome(Cny.parse(income)).restrictedOrProhibitedIndustry(false)
        .industry(Industry.OTHER).employees(45).totalAssets(Cny.ofYuan(8_000_000)).build();
  }

  @Test
  void keepsItsInputs() {
    EnterpriseFacts facts = facts("2000000");
    TaxAssessment a = FreshLaw.calculator().assess(TaxCase.of(Year.of(2022), Jurisdiction.JIAXING, facts));
    assertThat(a.taxYear()).isEqualTo(Year.of(2022));
    assertThat(a.jurisdiction()).isEqualTo(Jurisdiction.JIAXING);
    assertThat(a.facts()).isSameAs(facts);
    assertThat(a.taxableIncome()).isEqualTo(Cny.ofYuan(2_000_000));
    assertThat(a.effectiveRate()).isEqualTo(Share.ofFraction(75_000, 2_000_000));
  }

  @Test
  void equalWhenEverythingShownIsEqual() {
    TaxAssessment a = FreshLaw.calculator().assess(TaxCase.of(Year.of(2022), Jurisdiction.CHINA, facts("2000000")));
    TaxAssessment same = FreshLaw.calculator().assess(TaxCase.of(Year.of(2022), Jurisdiction.CHINA, facts("2000000")));
    assertThat(a).isEqualTo(a).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(a.hashCode()).isNotEqualTo(FreshLaw.calculator().assess(TaxCase.of(Year.of(2023), Jurisdiction.CHINA, facts("2000000"))).hashCode());
    assertThat(a).isNotEqualTo(FreshLaw.calculator().assess(TaxCase.of(Year.of(2023), Jurisdiction.CHINA, facts("2000000"))))
        .isNotEqualTo(FreshLaw.calculator().assess(TaxCase.of(Year.of(2022), Jurisdiction.JILIN, facts("2000000"))))
        .isNotEqualTo(FreshLaw.calculator().assess(TaxCase.of(Year.of(2022), Jurisdiction.CHINA, facts("2000000.01"))))
        .isNotEqualTo("TaxAssessment").isNotEqualTo(null);
    // The same amounts from other facts: the eligibility conditions differ, so the assessments do.
    TaxAssessment fewer = FreshLaw.calculator().assess(TaxCase.of(Year.of(2022), Jurisdiction.CHINA, EnterpriseFacts.builder()
        .taxableIncome(Cny.ofYuan(2_000_000)).restrictedOrProhibitedIndustry(false).industry(Industry.OTHER)
        .employees(44).totalAssets(Cny.ofYuan(8_000_000)).build()));
    assertThat(fewer.taxDue()).isEqualTo(a.taxDue());
    assertThat(fewer).isNotEqualTo(a);
  }



  @Test
  void toStringShowsTheAmountsWithoutTheExplanation() {
    assertThat(FreshLaw.calculator().assess(TaxCase.of(Year.of(2016), Jurisdiction.CHINA, facts("300000.01")))).hasToString(
        "TaxAssessment[2016, china, taxable income 300,000.01, not small low-profit, tax due 75,000.00,"
            + " standard tax 75,000.00, relief 0.00]");
    assertThat(FreshLaw.calculator().assess(TaxCase.of(Year.of(2016), Jurisdiction.CHINA, facts("300000")))).hasToString(
        "TaxAssessment[2016, china, taxable income 300,000.00, small low-profit, tax due 30,000.00,"
            + " standard tax 75,000.00, relief 45,000.00]");
  }

  @Test
  void serializesItsInputsAndRebuildsTheExplanation() throws Exception {
    TaxAssessment a = SmallLowProfitTaxCalculator.builtIn().assess(TaxCase.of(Year.of(2019), Jurisdiction.JILIN,
        facts("2000000")));
    TaxAssessment back = JavaSerialization.roundTrip(a);
    assertThat(back).isEqualTo(a);
    // A result of the built-in calculator carries a token for it, not its catalogue, and no explanation text.
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(a);
    }
    assertThat(bytes.size()).isLessThan(2_000);
    // A calculator over another catalogue travels with it.
    Catalogue builtIn = Catalogue.builtIn();
    Provision row = builtIn.byId("CN-EIT-REG-92");
    TaxAssessment custom = SmallLowProfitTaxCalculator.of(builtIn.withReplaced(row.modifiedTerms(row.terms(),
        Text.of("未改", "unchanged")))).assess(TaxCase.of(Year.of(2016), Jurisdiction.JILIN, facts("200000")));
    TaxAssessment customBack = JavaSerialization.roundTrip(custom);
    assertThat(customBack).isEqualTo(custom);
    assertThat(customBack.eligibility().criteria().isModified()).isTrue();
    assertThat(back.render(org.zhongchuang.policy.text.Language.EN))
        .isEqualTo(a.render(org.zhongchuang.policy.text.Language.EN));
  }
}
