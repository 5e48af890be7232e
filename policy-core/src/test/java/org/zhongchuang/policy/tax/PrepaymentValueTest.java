package org.zhongchuang.policy.tax;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;

/** A prepayment result is a value: equal when its case, rule and year-to-date assessment are; its case kept. */
class PrepaymentValueTest {
  private static final Jurisdiction HANGZHOU = Jurisdiction.parse("杭州市");

  private static PrepaymentCase q2(String cumulative, String prepaid) {
    return PrepaymentCase.of(2024, 2, HANGZHOU, EnterpriseFacts.builder().taxableIncome(Cny.parse(cumulative))
        .restrictedOrProhibitedIndustry(false).employees(50).totalAssets(Cny.parse("500万")).build(),
        Cny.parse(prepaid));
  }

  @Test
  void equalWhenTheCaseAndTheLawAreAndUnequalOtherwise() {
    PrepaymentCalculator calculator = FreshLaw.prepayment();
    PrepaymentAssessment a = calculator.assess(q2("100万", "1万"));
    PrepaymentAssessment same = calculator.assess(q2("100万", "1万"));
    assertThat(a).isEqualTo(a).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(null).isNotEqualTo("a");
    assertThat(a.prepaymentCase()).isEqualTo(q2("100万", "1万"));
    // Another prepaid amount: same cumulative assessment, another case.
    assertThat(a).isNotEqualTo(calculator.assess(q2("100万", "2万")));
    // Another income: another case and another cumulative assessment; hashes differ for these two.
    PrepaymentAssessment other = calculator.assess(q2("200万", "1万"));
    assertThat(a).isNotEqualTo(other);
    assertThat(a.hashCode()).isNotEqualTo(other.hashCode());
    // 1,000,000 × 25% × 20% = 50,000 for the half year (公告2023年第12号), less 10,000 prepaid.
    assertThat(a.cumulativeTax()).isEqualTo(Cny.parse("50000"));
    assertThat(a.prepaid()).isEqualTo(Cny.parse("10000"));
    assertThat(a.taxDue()).isEqualTo(Cny.parse("40000"));
    assertThat(a.eligible()).isTrue();
    assertThat(a.toString()).isEqualTo("PrepaymentAssessment[2024 Q2, " + HANGZHOU.key()
        + ", cumulative tax 50,000.00, prepaid 10,000.00, tax due 40,000.00]");
  }

  @Test
  void aCalculatorKeepsItsCatalogueAndSaysSo() throws Exception {
    Catalogue catalogue = Catalogue.builtIn();
    PrepaymentCalculator calculator = PrepaymentCalculator.of(catalogue);
    assertThat(calculator.catalogue()).isSameAs(catalogue);
    assertThat(PrepaymentCalculator.builtIn().catalogue()).isSameAs(Catalogue.builtIn());
    assertThat(calculator.toString()).isEqualTo("PrepaymentCalculator(" + catalogue + ")");
    PrepaymentAssessment a = PrepaymentCalculator.builtIn().assess(q2("100万", "1万"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(a);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      PrepaymentAssessment back = (PrepaymentAssessment) in.readObject();
      assertThat(back).isEqualTo(a);
      assertThat(back.taxDue()).isEqualTo(Cny.parse("40000"));
    }
  }
}
