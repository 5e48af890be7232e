package org.zhongchuang.policy.tax;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.SmallLowProfitCriteria;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.text.Text;

/** The README's tax snippet, verbatim, with its commented values asserted. */
class ReadmeTaxTest {
  @Test
  void theReadmeSnippetRunsAndItsCommentsAreTrue() {
    SmallLowProfitTaxCalculator calculator = SmallLowProfitTaxCalculator.builtIn();
    EnterpriseFacts facts = EnterpriseFacts.builder()
        .taxableIncome(Cny.parse("200万元"))
        .restrictedOrProhibitedIndustry(false)          // must be stated: nothing is assumed
        .industry(Industry.OTHER).employees(45).totalAssets(Cny.parse("800万元"))
        .build();                                       // or .assertQualifyingSize() instead of the three size facts
    TaxAssessment tax = calculator.assess(TaxCase.of(Year.of(2019), Jurisdiction.parse("嘉兴市"), facts));

    assertThat(tax.eligible()).isTrue();
    assertThat(tax.eligibility().criteria().citation().reference()).isEqualTo("财税〔2019〕13号 第二条");
    assertThat(tax.bands()).extracting(TaxBand::tax).containsExactly(Cny.ofYuan(50_000), Cny.ofYuan(100_000));
    assertThat(tax.taxDue()).isEqualTo(Cny.parse("150000.00"));
    assertThat(tax.standardTax()).isEqualTo(Cny.parse("500000.00"));
    assertThat(tax.relief()).isEqualTo(Cny.parse("350000.00"));
    assertThat(tax.effectiveRate()).isEqualTo(Share.percent("7.5"));
    String steps = tax.render(Language.EN);            // or Language.ZH: the steps, warnings and every clause quoted
    assertThat(steps).contains("1,000,000.00 × 25% × 20% = 50,000.00")
        .contains("1,000,000.00 × 50% × 20% = 100,000.00");

    // The cliff is real: one fen over the 2016 ceiling and the whole income pays 25%.
    Cny cliff = calculator.assess(TaxCase.of(Year.of(2016), Jurisdiction.CHINA, EnterpriseFacts.builder()
        .taxableIncome(Cny.parse("300000.01")).restrictedOrProhibitedIndustry(false)
        .assertQualifyingSize().build())).taxDue();     // 75000.00 (300,000.00 pays 30,000.00)
    assertThat(cliff).isEqualTo(Cny.parse("75000.00"));

    // What if the 2016 ceiling were 500,000? The result changes and cites the criteria as modified.
    Catalogue catalogue = Catalogue.builtIn();
    Provision reg92 = catalogue.byId("CN-EIT-REG-92");
    Catalogue whatIf = catalogue.withReplaced(reg92.modifiedTerms(
        ((SmallLowProfitCriteria) reg92.terms()).withIncomeCeiling(Cny.ofYuan(500_000)),
        Text.of("应纳税所得额上限改为50万元", "income ceiling set to 500,000")));
    Cny hypothetical = SmallLowProfitTaxCalculator.of(whatIf).assess(TaxCase.of(Year.of(2016), Jurisdiction.CHINA,
        EnterpriseFacts.builder()
            .taxableIncome(Cny.parse("400000")).restrictedOrProhibitedIndustry(false)
            .assertQualifyingSize().build())).taxDue();     // 80000.00 instead of 100000.00
    assertThat(hypothetical).isEqualTo(Cny.parse("80000.00"));
  }
}
