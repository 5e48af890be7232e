package org.zhongchuang.policy.incubator;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.zhongchuang.policy.catalogue.InstitutionKind.INCUBATOR;
import static org.zhongchuang.policy.catalogue.RecognitionLevel.MUNICIPAL;
import static org.zhongchuang.policy.catalogue.RecognitionLevel.NATIONAL;
import static org.zhongchuang.policy.catalogue.TaxType.PROPERTY_TAX;
import static org.zhongchuang.policy.catalogue.TaxType.VAT;
import static org.zhongchuang.policy.incubator.Months.letters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhongchuang.policy.Answer;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.RecognitionTiming;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.law.ValidityPeriod;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.text.Text;

/** The calculator reads everything from the catalogue: a changed provision or a local notice changes the result. */
class IncubatorCatalogueTest {
  @TempDir Path dir;

  private static final Catalogue BUILT_IN = Catalogue.builtIn();

  private static IncubatorCase.Builder municipal(int year, Jurisdiction place) {
    return IncubatorCase.builder().year(year).jurisdiction(place).institution(INCUBATOR, MUNICIPAL)
        .recognised(LocalDate.of(2000, 1, 1));
  }

  @Test
  void aLocalExemptionOfAUsersFileAppliesWithinItsPlaceOnly() throws IOException {
    Path file = dir.resolve("zj.yaml");
    Files.writeString(file, """
        document:
          id: ZJ-TEST
          title: 浙江省测试通知
          issuer: 浙江省测试
          place: 浙江省
          issued: 2029-06-01
        provisions:
          - id: ZJ-TEST/1
            clause: 第一条
            quote: 对市级孵化器免征房产税
            quote is: specification
            gloss: test
            in force: {from: 2029-07-01, to: open}
            who: {zh: 市级孵化器, en: municipal incubators}
            confidence: confirmed
            terms:
              kind: incubator exemption
              wave: ZJ1
              taxes: [property tax]
              institutions: [municipal incubator]
              on: {zh: 房产, en: premises}
        """, UTF_8);
    IncubatorExemptionCalculator calc = IncubatorExemptionCalculator.of(BUILT_IN.with(file));
    assertThat(calc.catalogue().find("ZJ-TEST/1")).isPresent();
    IncubatorAssessment jiaxing = calc.assess(municipal(2029, Jurisdiction.JIAXING)
        .propertyTaxByMonth(Months.each(10)).build());
    // No timing rule for ZJ1: recognised long ago, so every month from July is exempt.
    assertThat(letters(jiaxing, PROPERTY_TAX)).isEqualTo("NNNNNNYYYYYY");
    assertThat(jiaxing.tax(PROPERTY_TAX).orElseThrow().exempt()).isEqualTo(Cny.ofYuan(60));
    assertThat(jiaxing.waves()).extracting(Wave::label).containsExactly("ZJ1");
    assertThat(jiaxing.waves().get(0).to()).isEqualTo(LocalDate.MAX);
    assertThat(jiaxing.waves().get(0).render(Language.EN)).isEqualTo("ZJ1 (2029-07-01 – …: 《浙江省测试通知》)");
    assertThat(jiaxing.exemptionKnown()).isTrue();
    // The open-ended local wave is the nearest after for a year before it, in Zhejiang only.
    assertThat(calc.assess(municipal(2028, Jurisdiction.JIAXING).build()).nearestWaveAfter().orElseThrow().label())
        .isEqualTo("ZJ1");
    assertThat(calc.assess(municipal(2028, Jurisdiction.GANSU).build()).nearestWaveAfter()).isEmpty();
    IncubatorAssessment gansu = calc.assess(municipal(2029, Jurisdiction.GANSU).propertyTax(Cny.ofYuan(120)).build());
    assertThat(gansu.tax(PROPERTY_TAX).orElseThrow().due()).isEqualTo(Cny.ofYuan(120));
    assertThat(gansu.exemptionKnown()).isFalse();
    // The recognition date is asked for where the local wave could cover the institution, naming it.
    org.zhongchuang.policy.MissingFactsException missing = (org.zhongchuang.policy.MissingFactsException)
        org.assertj.core.api.Assertions.catchThrowable(() -> calc.assess(IncubatorCase.builder().year(2029)
            .jurisdiction(Jurisdiction.JIAXING).institution(INCUBATOR, MUNICIPAL).build()));
    assertThat(missing.getMessage()).contains("in 2029, 《浙江省测试通知》 第一条 may cover a municipal-level incubator");
    // Without a timing rule, the month of recognition is uncertain.
    assertThat(letters(calc.assess(IncubatorCase.builder().year(2030).jurisdiction(Jurisdiction.JIAXING)
        .institution(INCUBATOR, MUNICIPAL).recognised(LocalDate.of(2030, 3, 9)).build()), PROPERTY_TAX))
        .isEqualTo("NN?YYYYYYYYY");
  }

  @Test
  void aTimingRuleAppliesWithinItsPlaceOnlyAndWavesAreOrderedByTheirStart() throws IOException {
    Path file = dir.resolve("gs.yaml");
    Files.writeString(file, """
        document:
          id: GS-TEST
          title: 甘肃省测试通知
          issuer: 甘肃省测试
          place: 甘肃省
          issued: 1999-01-01
        provisions:
          - id: GS-TEST/1
            clause: 第一条
            quote: 认定之日次月起享受
            quote is: specification
            gloss: test
            in force: {from: 1999-01-01, to: open}
            who: {zh: 孵化器, en: incubators}
            confidence: confirmed
            terms:
              kind: recognition timing
              wave: W3
              start: month after recognition
          - id: GS-TEST/2
            clause: 第二条
            quote: 免征房产税
            quote is: specification
            gloss: test
            in force: {from: 2000-01-01, to: 2005-12-31}
            who: {zh: 孵化器, en: incubators}
            confidence: confirmed
            terms:
              kind: incubator exemption
              wave: W0
              taxes: [property tax]
              uncertain institutions: [provincial incubator]
              why uncertain: {zh: 测试, en: a test}
              on: {zh: 房产, en: premises}
        """, UTF_8);
    IncubatorExemptionCalculator calc = IncubatorExemptionCalculator.of(BUILT_IN.with(file));
    IncubatorCase.Builder june = IncubatorCase.builder().year(2017).institution(INCUBATOR, NATIONAL)
        .recognised(LocalDate.of(2017, 6, 15)).meetsConditions(true);
    assertThat(letters(calc.assess(june.jurisdiction(Jurisdiction.GANSU).build()), PROPERTY_TAX))
        .isEqualTo("NNNNNNYYYYYY");
    assertThat(letters(calc.assess(june.jurisdiction(Jurisdiction.JIAXING).build()), PROPERTY_TAX))
        .isEqualTo("NNNNN?YYYYYY");
    // In Gansu the local wave W0 (2000–2005), listed after the national ones, is the nearest after 1999.
    IncubatorCase.Builder provincial = IncubatorCase.builder().year(1999).jurisdiction(Jurisdiction.GANSU)
        .institution(INCUBATOR, NATIONAL);
    assertThat(calc.assess(provincial.build()).nearestWaveAfter().orElseThrow().label()).isEqualTo("W0");
    assertThat(calc.assess(provincial.year(2007).build()).nearestWaveBefore().orElseThrow().label())
        .isEqualTo("W0");
    IncubatorAssessment w0 = calc.assess(IncubatorCase.builder().year(2003).jurisdiction(Jurisdiction.GANSU)
        .institution(INCUBATOR, org.zhongchuang.policy.catalogue.RecognitionLevel.PROVINCIAL)
        .recognised(LocalDate.of(2001, 1, 1)).build());
    assertThat(w0.exempt()).isEqualTo(Answer.UNCERTAIN);
    assertThat(w0.render(Language.EN)).contains("《甘肃省测试通知》 第二条 (in force 2000-01-01 – 2005-12-31) exempts"
        + " property tax on premises; it covers no institution for certain; it may cover provincial-level incubator:"
        + " a test");
  }

  @Test
  void aProvisionInForceForPartOfAMonthLeavesThatMonthUncertain() {
    Provision w4 = BUILT_IN.byId("CN-CS-2018-120/premises");
    Catalogue mid = BUILT_IN.withReplaced(w4.modifiedValidity(ValidityPeriod.between(LocalDate.of(2019, 1, 15),
        LocalDate.of(2021, 11, 10)), Text.of("测试", "test")));
    IncubatorExemptionCalculator calc = IncubatorExemptionCalculator.of(mid);
    IncubatorAssessment start = calc.assess(IncubatorExemptionCalculatorTest.national(2019)
        .propertyTaxByMonth(Months.each(100)).build());
    assertThat(letters(start, PROPERTY_TAX)).isEqualTo("?YYYYYYYYYYY");
    assertThat(start.coverage(PROPERTY_TAX).get(0).reasons()).containsExactly(CoverageReason.PART_OF_MONTH);
    assertThat(start.render(Language.EN)).contains("is modified: test");
    assertThat(letters(calc.assess(IncubatorExemptionCalculatorTest.national(2021).build()), PROPERTY_TAX))
        .isEqualTo("YYYYYYYYYY?N");
  }

  @Test
  void aCutOffInsideTheWaveLetsTheMonthOfRecognitionContinue() {
    Catalogue late = BUILT_IN.withModified("CN-CS-2018-120/timing", RecognitionTiming.class,
        t -> new RecognitionTiming(t.wave(), Optional.of(LocalDate.of(2019, 3, 31)), t.stopsMonthAfterLoss()),
        Text.of("测试", "test"));
    IncubatorExemptionCalculator calc = IncubatorExemptionCalculator.of(late);
    IncubatorAssessment march = calc.assess(IncubatorCase.builder().year(2019).jurisdiction(Jurisdiction.CHINA)
        .institution(INCUBATOR, NATIONAL).recognised(LocalDate.of(2019, 3, 10)).build());
    assertThat(letters(march, PROPERTY_TAX)).isEqualTo("NNYYYYYYYYYY");
    assertThat(march.coverage(PROPERTY_TAX).get(1).reasons()).containsExactly(CoverageReason.RECOGNISED_BY_CUT_OFF);
    assertThat(march.coverage(PROPERTY_TAX).get(1).timing()).isPresent();
    // One day later it starts the month after.
    assertThat(letters(calc.assess(IncubatorCase.builder().year(2019).jurisdiction(Jurisdiction.CHINA)
        .institution(INCUBATOR, NATIONAL).recognised(LocalDate.of(2019, 4, 1)).build()), PROPERTY_TAX))
        .isEqualTo("NNNNYYYYYYYY");
    // With the stop rule taken away, the month of a loss in W4 becomes uncertain.
    Catalogue noStop = BUILT_IN.withModified("CN-CS-2018-120/timing", RecognitionTiming.class,
        t -> t.withStopsMonthAfterLoss(false), Text.of("测试", "test"));
    assertThat(letters(IncubatorExemptionCalculator.of(noStop).assess(IncubatorExemptionCalculatorTest.national(2020)
        .statusLost(LocalDate.of(2020, 6, 30)).build()), PROPERTY_TAX)).isEqualTo("YYYYY?NNNNNN");
    // An uncertain month that is also the month of recognition under a cut-off stays uncertain for the conditions.
    IncubatorAssessment vat = calc.assess(IncubatorCase.builder().year(2019).jurisdiction(Jurisdiction.CHINA)
        .institution(INCUBATOR, NATIONAL).recognised(LocalDate.of(2019, 3, 10)).build());
    assertThat(letters(vat, VAT)).isEqualTo("NN??????????");
    assertThat(vat.coverage(VAT).get(1).reasons()).containsExactly(CoverageReason.CONDITIONS_NOT_STATED,
        CoverageReason.RECOGNISED_BY_CUT_OFF);
  }

  @Test
  void theBuiltInCalculatorIsSharedAndAnEmptyCatalogueKnowsNothing() {
    assertThat(IncubatorExemptionCalculator.of(Catalogue.builtIn())).isSameAs(IncubatorExemptionCalculator.builtIn());
    assertThat(IncubatorExemptionCalculator.builtIn().catalogue()).isSameAs(Catalogue.builtIn());
    assertThat(IncubatorExemptionCalculator.builtIn().toString()).startsWith("IncubatorExemptionCalculator(Catalogue(");
    IncubatorExemptionCalculator empty = IncubatorExemptionCalculator.of(Catalogue.empty());
    IncubatorAssessment a = empty.assess(IncubatorExemptionCalculatorTest.national(2020)
        .businessTax(Cny.ofYuan(3)).build());
    assertThat(a.exempt()).isEqualTo(Answer.NO);
    assertThat(a.nearestWaveBefore()).isEmpty();
    assertThat(a.nearestWaveAfter()).isEmpty();
    // No switch to VAT is known in an empty catalogue: business tax is simply not exempt.
    assertThat(a.tax(org.zhongchuang.policy.catalogue.TaxType.BUSINESS_TAX).orElseThrow().due())
        .isEqualTo(Cny.ofYuan(3));
  }
}
