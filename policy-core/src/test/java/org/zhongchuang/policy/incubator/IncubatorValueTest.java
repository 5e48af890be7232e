package org.zhongchuang.policy.incubator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhongchuang.policy.catalogue.InstitutionKind.INCUBATOR;
import static org.zhongchuang.policy.catalogue.RecognitionLevel.NATIONAL;
import static org.zhongchuang.policy.catalogue.TaxType.PROPERTY_TAX;
import static org.zhongchuang.policy.catalogue.TaxType.VAT;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.Answer;
import org.zhongchuang.policy.JavaSerialization;
import org.zhongchuang.policy.batch.CaseOutcome;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.IncubatorExemption;
import org.zhongchuang.policy.catalogue.Institution;
import org.zhongchuang.policy.catalogue.TaxType;
import org.zhongchuang.policy.explain.Step;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.text.Text;

/** Cases and assessments are values; the explanation is built once, lazily, from the decisions; batches go on. */
class IncubatorValueTest {
  private static final IncubatorExemptionCalculator CALC = IncubatorExemptionCalculator.builtIn();

  private static IncubatorCase.Builder w4() {
    return IncubatorCase.builder().year(2020).jurisdiction(Jurisdiction.JIAXING).institution(INCUBATOR, NATIONAL)
        .recognised(LocalDate.of(2020, 3, 5)).propertyTaxByMonth(Months.each(100)).vat(Cny.ZERO);
  }

  @Test
  void casesAreValues() {
    IncubatorCase a = w4().build();
    IncubatorCase b = w4().build();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(null);
    assertThat(a.hashCode()).isNotEqualTo(w4().year(2021).build().hashCode());
    assertThat(a).isNotEqualTo(w4().year(2021).build()).isNotEqualTo(w4().jurisdiction(Jurisdiction.CHINA).build())
        .isNotEqualTo(w4().institution(INCUBATOR, org.zhongchuang.policy.catalogue.RecognitionLevel.PROVINCIAL)
            .build()).isNotEqualTo(w4().recognised(LocalDate.of(2020, 3, 6)).build())
        .isNotEqualTo(w4().statusLost(LocalDate.of(2020, 9, 1)).build())
        .isNotEqualTo(w4().meetsConditions(true).build()).isNotEqualTo(w4().vat(Cny.ofFen(1)).build());
    assertThat(a.year().getValue()).isEqualTo(2020);
    assertThat(a.jurisdiction()).isEqualTo(Jurisdiction.JIAXING);
    assertThat(a.institution()).isEqualTo(Institution.of(INCUBATOR, NATIONAL));
    assertThat(a.recognised()).contains(LocalDate.of(2020, 3, 5));
    assertThat(a.statusLost()).isEmpty();
    assertThat(a.meetsConditions()).isEqualTo(Answer.UNCERTAIN);
    assertThat(a.taxes()).extracting(TaxAmount::tax).containsExactly(PROPERTY_TAX, VAT);
    assertThat(a.tax(VAT).orElseThrow().isByMonth()).isFalse();
    assertThat(a.tax(PROPERTY_TAX).orElseThrow().months().orElseThrow()).hasSize(12);
    assertThat(a.tax(VAT).orElseThrow().months()).isEmpty();
    assertThat(a.tax(TaxType.BUSINESS_TAX)).isEmpty();
    assertThat(a.toString()).isEqualTo("IncubatorCase{2020, 330400, national incubator, recognised=2020-03-05,"
        + " lost=null, conditions=UNCERTAIN, taxes=[property-tax 12 months 1200.00, vat 0.00]}");
    // The last amount given for a tax wins; the builder takes an Institution or a kind and level.
    assertThat(w4().propertyTax(Cny.ofYuan(5)).build().tax(PROPERTY_TAX).orElseThrow().total())
        .isEqualTo(Cny.ofYuan(5));
    assertThat(IncubatorCase.builder().year(java.time.Year.of(2020)).jurisdiction(Jurisdiction.JIAXING)
        .institution(Institution.of(INCUBATOR, NATIONAL)).recognised(LocalDate.of(2020, 3, 5))
        .propertyTaxByMonth(Months.each(100)).vat(Cny.ZERO).build()).isEqualTo(a);
  }

  @Test
  void taxAmountsAreValues() {
    TaxAmount year = TaxAmount.forYear(VAT, Cny.ofYuan(12));
    TaxAmount months = TaxAmount.byMonth(VAT, List.of(Months.each(1)));
    assertThat(months.total()).isEqualTo(year.total());
    assertThat(months).isNotEqualTo(year).isNotEqualTo(TaxAmount.byMonth(PROPERTY_TAX, List.of(Months.each(1))))
        .isEqualTo(TaxAmount.byMonth(VAT, List.of(Months.each(1)))).isNotEqualTo(null);
    assertThat(year).isNotEqualTo(TaxAmount.forYear(VAT, Cny.ofYuan(13)));
    assertThat(months.hashCode()).isEqualTo(TaxAmount.byMonth(VAT, List.of(Months.each(1))).hashCode())
        .isNotEqualTo(year.hashCode());
    assertThat(year.toString()).isEqualTo("vat 12.00");
    assertThat(months.month(12)).isEqualTo(Cny.ofYuan(1));
  }

  @Test
  void assessmentsAreValuesWithACheapToString() throws Exception {
    IncubatorAssessment a = CALC.assess(w4().build());
    IncubatorAssessment b = IncubatorExemptionCalculator.of(Catalogue.builtIn()).assess(w4().build());
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isEqualTo(a).isNotEqualTo(null);
    IncubatorAssessment april = CALC.assess(w4().recognised(LocalDate.of(2020, 4, 5)).build());
    assertThat(a).isNotEqualTo(april);
    assertThat(a.hashCode()).isNotEqualTo(april.hashCode());
    assertThat(a.decisions()).isEqualTo(b.decisions()).isNotEqualTo(april.decisions()).isNotEqualTo(null);
    assertThat(a.decisions().hashCode()).isEqualTo(b.decisions().hashCode())
        .isNotEqualTo(april.decisions().hashCode());
    Catalogue whatIf = Catalogue.builtIn().withModified("CN-CS-2018-120/premises", IncubatorExemption.class,
        e -> e.withConditions(java.util.Optional.of(Text.same("x"))), Text.of("改", "changed"));
    IncubatorAssessment c = IncubatorExemptionCalculator.of(whatIf).assess(w4().build());
    assertThat(c).isNotEqualTo(a);
    assertThat(c.catalogue()).isEqualTo(whatIf);
    assertThat(a.toString()).isEqualTo("IncubatorAssessment[2020, 330400, national incubator, exempt yes,"
        + " property-tax 1200.00: exempt 900.00, uncertain 0.00, due 300.00, vat 0.00: exempt 0.00, uncertain 0.00,"
        + " due 0.00]");
    assertThat(a.incubatorCase()).isEqualTo(w4().build());
    IncubatorAssessment back = JavaSerialization.roundTrip(a);
    assertThat(back).isEqualTo(a);
    assertThat(back.render(Language.EN)).isEqualTo(a.render(Language.EN));
    assertThat(JavaSerialization.roundTrip(CALC)).isSameAs(CALC);
  }

  @Test
  void theExplanationIsBuiltOnceAndCitesWhatItUses() {
    IncubatorAssessment a = CALC.assess(w4().build());
    assertThat(a.explanation()).isSameAs(a.explanation());
    assertThat(a.citations()).extracting(c -> c.document().reference()).contains("财税〔2018〕120号",
        "嘉政办发〔2015〕90号");
    assertThat(a.warnings()).extracting(Step::kind).contains(IncubatorStep.UNCERTAIN);
    Step amount = a.explanation().steps().stream().filter(s -> s.kind() == IncubatorStep.AMOUNT).findFirst()
        .orElseThrow();
    assertThat(amount.amount()).contains(Cny.ofYuan(300));
    assertThat(amount.formula(Language.EN)).isEqualTo("1,200.00 − 900.00 − 0.00 = 300.00");
    assertThat(amount.citations()).extracting(c -> c.reference()).containsExactly(
        "财税〔2018〕120号 条款未详（房产税、城镇土地使用税）", "财税〔2018〕120号 条款未详（起止时点）");
    Step march = a.explanation().steps().stream().filter(s -> s.kind() == IncubatorStep.PERIOD_NOT_EXEMPT
        && s.description(Language.EN).contains("2020-03:")).findFirst().orElseThrow();
    assertThat(march.citations()).extracting(c -> c.reference()).containsExactly(
        "财税〔2018〕120号 条款未详（房产税、城镇土地使用税）", "财税〔2018〕120号 条款未详（起止时点）");
    assertThat(a.explanation().steps()).filteredOn(s -> s.kind() == IncubatorStep.PROVISION)
        .extracting(s -> s.citations().get(0).reference()).containsExactly(
            "财税〔2018〕120号 条款未详（房产税、城镇土地使用税）", "财税〔2018〕120号 条款未详（增值税）");
    assertThat(a.explanation().steps()).filteredOn(s -> s.kind() == IncubatorStep.PROVISION)
        .element(1).satisfies(s -> assertThat(s.description(Language.EN)).isEqualTo("财税〔2018〕120号"
            + " 条款未详（增值税） (in force 2019-01-01 – 2021-12-31) exempts VAT on incubation-service income from"
            + " incubated firms (孵化服务: brokerage and agency, operating leases, R&D and technology, information"
            + " technology, assurance and consulting services); it covers national-level incubator, provincial-level"
            + " incubator, national-level university science park, provincial-level university science park,"
            + " nationally registered maker space; conditions: the incubation-service income is accounted for"
            + " separately"));
    // One tax given: no total.
    assertThat(CALC.assess(w4().tax(TaxAmount.forYear(VAT, Cny.ZERO)).build()).explanation().steps())
        .filteredOn(s -> s.kind() == IncubatorStep.TOTAL).hasSize(1);
    IncubatorAssessment single = CALC.assess(IncubatorCase.builder().year(2020).jurisdiction(Jurisdiction.CHINA)
        .institution(INCUBATOR, NATIONAL).recognised(LocalDate.of(2010, 1, 1)).propertyTax(Cny.ofYuan(5)).build());
    assertThat(single.explanation().steps()).filteredOn(s -> s.kind() == IncubatorStep.TOTAL).isEmpty();
    // The provision that business tax was replaced by is not shown as if it decided anything of 2020.
    assertThat(single.render(Language.EN)).doesNotContain("财税〔2016〕89号 条款未详（增值税） (in force")
        .doesNotContain("财税〔2016〕89号");
    assertThat(a.render(Language.ZH)).contains("2020 年度，嘉兴市：国家级科技企业孵化器，2020-03-05 认定；未说明是否符合条款规定的条件")
        .contains("房产税、城镇土地使用税，2020-03：不免征（2020-03-05 认定：依 财税〔2018〕120号 条款未详（起止时点），自认定之日次月起享受）")
        .contains("若不减免应缴房产税（按月给出）：1,200.00；确定免征 900.00，不确定 0.00，仍应缴纳 300.00")
        .contains("所给各税合计：若不减免应缴 1,200.00；确定免征 900.00，不确定 0.00，仍应缴纳 300.00");
    assertThat(a.render(Language.EN)).contains("tax year 2020, Jiaxing: a national-level incubator, recognised"
        + " 2020-03-05; whether it meets the conditions the provisions set was not given")
        .contains("property tax, urban land-use tax, 2020-04 – 2020-12: exempt per 财税〔2018〕120号"
            + " 条款未详（房产税、城镇土地使用税）")
        .contains("VAT, 2020-04 – 2020-12: uncertain (exempt only if the institution meets the conditions of"
            + " 财税〔2018〕120号 条款未详（增值税）, which was not given: the incubation-service income is accounted for"
            + " separately)")
        .contains("when institutions recognised or stripped of the status during the wave start and stop, per"
            + " 财税〔2018〕120号 条款未详（起止时点）")
        .contains("财税〔2018〕120号 条款未详（起止时点） is not confirmed from an official text (secondary source)");
    IncubatorAssessment stated = CALC.assess(w4().meetsConditions(false).statusLost(LocalDate.of(2020, 10, 9))
        .build());
    assertThat(stated.render(Language.EN)).contains("a national-level incubator, recognised 2020-03-05, status lost"
        + " 2020-10-09; it does not meet the conditions the provisions set (as the caller says)")
        .contains("the institution does not meet the conditions of 财税〔2018〕120号 条款未详（增值税）")
        .contains("(status lost 2020-10-09: per 财税〔2018〕120号 条款未详（起止时点） the exemptions stop from the month after,"
            + " so this month is still exempt)");
    assertThat(CALC.assess(w4().meetsConditions(true).build()).render(Language.ZH))
        .contains("符合条款规定的条件（据调用方所述）");
  }

  @Test
  void aBatchGoesOnPastARefusal() {
    List<CaseOutcome<IncubatorCase, IncubatorAssessment>> out = CALC.assessAll(Stream.of(w4().build(),
        IncubatorCase.builder().year(2020).jurisdiction(Jurisdiction.CHINA).institution(INCUBATOR, NATIONAL).build()))
        .toList();
    assertThat(out).hasSize(2);
    assertThat(out.get(0)).isInstanceOf(CaseOutcome.Assessed.class);
    assertThat(out.get(1)).isInstanceOf(CaseOutcome.Refused.class);
    assertThat(((CaseOutcome.Refused<IncubatorCase, IncubatorAssessment>) out.get(1)).reason())
        .isInstanceOf(org.zhongchuang.policy.MissingFactsException.class);
  }
}
