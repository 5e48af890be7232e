package org.zhongchuang.policy.incubator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.Answer;
import org.zhongchuang.policy.catalogue.InstitutionKind;
import org.zhongchuang.policy.catalogue.RecognitionLevel;
import org.zhongchuang.policy.catalogue.TaxType;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.text.Language;

/** The README's incubator snippet, verbatim. */
class ReadmeIncubatorTest {

  @Test
  void snippet() {
    Cny[] monthly = new Cny[12];
    Arrays.fill(monthly, Cny.parse("1万元"));          // property tax of each month, January to December
    IncubatorAssessment a = IncubatorExemptionCalculator.builtIn().assess(IncubatorCase.builder()
        .year(2020)
        .jurisdiction(Jurisdiction.parse("嘉兴市"))
        .institution(InstitutionKind.INCUBATOR, RecognitionLevel.PROVINCIAL)
        .recognised(LocalDate.of(2020, 3, 5))         // required wherever a wave could cover it
        .meetsConditions(true)                        // the notices' conditions; left out, both readings are given
        .propertyTaxByMonth(monthly)                  // only some months are exempt, so by month
        .build());
    a.exempt();                                       // YES
    a.tax(TaxType.PROPERTY_TAX).orElseThrow();        // given 120000.00: exempt 90000.00, uncertain 0.00, due 30000.00
    a.coverage(TaxType.PROPERTY_TAX);                 // 2020-01–02 not yet recognised; 2020-03 the month of recognition
                                                      // (财税〔2018〕120号: from the month after); 2020-04–12 exempt
    a.localClauses();                                 // 嘉政办发〔2015〕90号 五(四): "可按照相关规定享受", adds nothing
    a.render(Language.ZH);                            // the months, the amounts, the warnings, the clauses quoted

    assertThat(a.exempt()).isEqualTo(Answer.YES);
    TaxExemption p = a.tax(TaxType.PROPERTY_TAX).orElseThrow();
    assertThat(p.given().total()).isEqualTo(Cny.parse("120000.00"));
    assertThat(p.exempt()).isEqualTo(Cny.parse("90000.00"));
    assertThat(p.uncertain()).isEqualTo(Cny.ZERO);
    assertThat(p.due()).isEqualTo(Cny.parse("30000.00"));
    assertThat(a.coverage(TaxType.PROPERTY_TAX)).extracting(CoveragePeriod::reasons).containsExactly(
        java.util.Set.of(CoverageReason.NOT_YET_RECOGNISED), java.util.Set.of(CoverageReason.RECOGNITION_MONTH),
        java.util.Set.of());
    assertThat(a.coverage(TaxType.PROPERTY_TAX).get(1).timing().orElseThrow().citation().document().reference())
        .isEqualTo("财税〔2018〕120号");
    assertThat(a.localClauses()).extracting(c -> c.provision().id()).containsExactly("JX-2015-90/5.4-incubator");
    assertThat(a.render(Language.ZH)).contains("房产税、城镇土地使用税，2020-04 至 2020-12：依 财税〔2018〕120号"
        + " 条款未详（房产税、城镇土地使用税） 免征");
  }
}
