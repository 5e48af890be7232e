package org.zhongchuang.policy.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.catalogue.AwardLevel;
import org.zhongchuang.policy.grants.Award;
import org.zhongchuang.policy.grants.MatchingCalculator;
import org.zhongchuang.policy.grants.MatchingAssessment;
import org.zhongchuang.policy.grants.MatchingCase;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.tax.EnterpriseFacts;
import org.zhongchuang.policy.tax.SmallLowProfitTaxCalculator;
import org.zhongchuang.policy.tax.TaxAssessment;
import org.zhongchuang.policy.tax.TaxCase;

/** The README's "Performance" snippet, compiled and run so that it cannot rot. */
class ReadmeBatchTest {

  @Test
  void snippet() {
    EnterpriseFacts small = EnterpriseFacts.builder().taxableIncome(Cny.parse("25万"))
        .restrictedOrProhibitedIndustry(false).assertQualifyingSize().build();
    List<TaxCase> enterprises = List.of(new TaxCase(Year.of(2016), Jurisdiction.CHINA, small),
        new TaxCase(Year.of(2007), Jurisdiction.CHINA, small), new TaxCase(Year.of(2022), Jurisdiction.JIAXING, small));
    List<MatchingCase> portfolios = List.of(MatchingCase.of(Jurisdiction.JIAXING, List.of(
        Award.of(AwardLevel.NATIONAL, Cny.parse("30万元"), LocalDate.of(2016, 3, 1), "科学技术部"))));

    // --- README snippet begins
    SmallLowProfitTaxCalculator calculator = SmallLowProfitTaxCalculator.builtIn();
    List<CaseOutcome<TaxCase, TaxAssessment>> outcomes = calculator.assessAll(enterprises.parallelStream())
        .collect(Collectors.toList());      // one outcome per case, in the cases' order, parallel or not
    outcomes.get(0).result().orElseThrow().taxDue();                 // 25000.00
    outcomes.get(1).refusal().orElseThrow().getMessage();            // "tax year 2007 is outside the catalogue: …"
    Map<Boolean, Long> assessedOrNot = calculator.assessAll(enterprises.stream())
        .collect(Collectors.partitioningBy(CaseOutcome::isAssessed, Collectors.counting()));   // {false=1, true=2}

    // Every calculator alike, e.g. matching; any other function of one case through Batch.assessAll(cases, f).
    MatchingCalculator matching = MatchingCalculator.builtIn();
    Stream<CaseOutcome<MatchingCase, MatchingAssessment>> matched = matching.assessAll(portfolios.stream());
    // --- README snippet ends

    assertThat(outcomes).extracting(CaseOutcome::input).isEqualTo(enterprises);
    assertThat(outcomes.get(0).result().orElseThrow().taxDue()).isEqualTo(Cny.parse("25000.00"));
    assertThat(outcomes.get(1).refusal().orElseThrow().getMessage())
        .startsWith("tax year 2007 is before enterprise income tax as the catalogue knows it: ");
    assertThat(assessedOrNot).containsEntry(false, 1L).containsEntry(true, 2L);
    assertThat(matched.map(o -> o.result().orElseThrow().matchingAmount()).collect(Collectors.toList()))
        .containsExactly(Cny.parse("30万元"));
  }
}
