package org.zhongchuang.policy.incubator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhongchuang.policy.catalogue.InstitutionKind.INCUBATOR;
import static org.zhongchuang.policy.catalogue.InstitutionKind.MAKER_SPACE;
import static org.zhongchuang.policy.catalogue.InstitutionKind.MAKER_SPACE_IN_INCUBATOR;
import static org.zhongchuang.policy.catalogue.InstitutionKind.UNIVERSITY_SCIENCE_PARK;
import static org.zhongchuang.policy.catalogue.RecognitionLevel.MUNICIPAL;
import static org.zhongchuang.policy.catalogue.RecognitionLevel.NATIONAL;
import static org.zhongchuang.policy.catalogue.RecognitionLevel.PROVINCIAL;
import static org.zhongchuang.policy.catalogue.TaxType.BUSINESS_TAX;
import static org.zhongchuang.policy.catalogue.TaxType.PROPERTY_TAX;
import static org.zhongchuang.policy.catalogue.TaxType.URBAN_LAND_USE_TAX;
import static org.zhongchuang.policy.catalogue.TaxType.VAT;
import static org.zhongchuang.policy.incubator.Months.letters;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.Answer;
import org.zhongchuang.policy.MissingFactsException;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.catalogue.InstitutionKind;
import org.zhongchuang.policy.catalogue.RecognitionLevel;
import org.zhongchuang.policy.catalogue.TaxType;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.text.Language;

/**
 * Hand-computed cases: each wave's first and last year (the day before, at and after each boundary falls between two
 * months, so between two years or, in 2016, between April and May), each kind and level of institution in each wave,
 * the months of recognition and of loss, the conditions, and every refusal.
 */
class IncubatorExemptionCalculatorTest {
  static final IncubatorExemptionCalculator CALC = IncubatorExemptionCalculator.builtIn();
  static final LocalDate LONG_AGO = LocalDate.of(2000, 1, 1);

  /** A national-level incubator recognised long ago, meeting the conditions. */
  static IncubatorCase.Builder national(int year) {
    return of(year, INCUBATOR, NATIONAL).recognised(LONG_AGO).meetsConditions(true);
  }

  static IncubatorCase.Builder of(int year, InstitutionKind kind, RecognitionLevel level) {
    return IncubatorCase.builder().year(year).jurisdiction(Jurisdiction.CHINA).institution(kind, level);
  }

  static IncubatorAssessment assess(IncubatorCase.Builder b) {
    return CALC.assess(b.build());
  }

  static Cny yuan(long y) {
    return Cny.ofYuan(y);
  }

  // ------------------------------------------------------------------------------------------ wave boundaries

  @Test
  void beforeTheFirstWaveNoExemptionIsKnownAndTheFirstWaveIsNamed() {
    IncubatorAssessment a2007 = assess(national(2007).propertyTax(yuan(120_000)));
    assertThat(a2007.exempt()).isEqualTo(Answer.NO);
    assertThat(a2007.exemptionKnown()).isFalse();
    assertThat(a2007.nearestWaveBefore()).isEmpty();
    assertThat(a2007.nearestWaveAfter().orElseThrow().label()).isEqualTo("W1");
    assertThat(a2007.nearestWaveAfter().get().from()).isEqualTo(LocalDate.of(2008, 1, 1));
    assertThat(a2007.waves()).isEmpty();
    TaxExemption line = a2007.tax(PROPERTY_TAX).orElseThrow();
    assertThat(line.exempt()).isEqualTo(Cny.ZERO);
    assertThat(line.due()).isEqualTo(yuan(120_000));
    assertThat(line.answer()).isEqualTo(Answer.NO);
    assertThat(letters(a2007, PROPERTY_TAX)).isEqualTo("NNNNNNNNNNNN");
    assertThat(a2007.coverage(PROPERTY_TAX)).singleElement()
        .satisfies(p -> assertThat(p.reasons()).containsExactly(CoverageReason.NO_PROVISION));
    assertThat(a2007.render(Language.EN)).contains("no exemption of incubators, university science parks or maker"
        + " spaces is known for 2007, and none is assumed; the nearest known wave before: none; after: W1 (2008-01-01"
        + " – 2010-12-31: 财税〔2007〕121号, 财税〔2007〕120号)")
        .contains("no exemption is known for 2007: the amounts still due are the taxes as given");
    // No provision could cover it, so no recognition date is needed.
    assertThat(CALC.assess(of(2007, INCUBATOR, NATIONAL).build()).exempt()).isEqualTo(Answer.NO);
  }

  @Test
  void w1From2008To2010() {
    IncubatorAssessment a = assess(national(2008).propertyTax(yuan(120_000)).landUseTax(yuan(30_000))
        .businessTax(yuan(8_000)));
    assertThat(a.exempt()).isEqualTo(Answer.YES);
    assertThat(a.exemptionKnown()).isTrue();
    assertThat(a.waves()).extracting(Wave::label).containsExactly("W1");
    assertThat(a.nearestWaveBefore()).isEmpty();
    assertThat(a.nearestWaveAfter()).isEmpty();
    assertThat(a.tax(PROPERTY_TAX).orElseThrow().exempt()).isEqualTo(yuan(120_000));
    assertThat(a.tax(URBAN_LAND_USE_TAX).orElseThrow().exempt()).isEqualTo(yuan(30_000));
    assertThat(a.tax(BUSINESS_TAX).orElseThrow().exempt()).isEqualTo(yuan(8_000));
    assertThat(a.totalExempt()).isEqualTo(yuan(158_000));
    assertThat(a.totalDue()).isEqualTo(Cny.ZERO);
    assertThat(a.totalGiven()).isEqualTo(yuan(158_000));
    assertThat(a.coverage(PROPERTY_TAX).get(0).provision().orElseThrow().id()).isEqualTo("CN-CS-2007-121/premises");
    // W1 exempts no VAT.
    assertThat(letters(a, VAT)).isEqualTo("NNNNNNNNNNNN");
    assertThat(a.exempt(VAT)).isEqualTo(Answer.NO);
    IncubatorAssessment a2010 = assess(national(2010).propertyTax(yuan(1)));
    assertThat(a2010.tax(PROPERTY_TAX).orElseThrow().exempt()).isEqualTo(yuan(1));
  }

  @Test
  void w1bIn2011And2012IsUncertainWithBothReadingsAndTheNearestKnownWaves() {
    for (int year : new int[] {2011, 2012}) {
      IncubatorAssessment a = assess(national(year).propertyTax(yuan(120_000)).businessTax(yuan(5_000)));
      assertThat(a.exempt()).as("%s", year).isEqualTo(Answer.UNCERTAIN);
      assertThat(a.exemptionKnown()).isFalse();
      assertThat(a.waves()).extracting(Wave::label).containsExactly("W1b");
      assertThat(a.waves().get(0).known()).isFalse();
      assertThat(a.nearestWaveBefore().orElseThrow().label()).isEqualTo("W1");
      assertThat(a.nearestWaveAfter().orElseThrow().label()).isEqualTo("W2");
      TaxExemption p = a.tax(PROPERTY_TAX).orElseThrow();
      assertThat(p.exempt()).isEqualTo(Cny.ZERO);
      assertThat(p.uncertain()).isEqualTo(yuan(120_000));
      assertThat(p.due()).isEqualTo(Cny.ZERO);
      assertThat(p.dueAtLeast()).isEqualTo(Cny.ZERO);
      assertThat(p.dueAtMost()).isEqualTo(yuan(120_000));
      assertThat(p.answer()).isEqualTo(Answer.UNCERTAIN);
      assertThat(a.coverage(PROPERTY_TAX).get(0).reasons()).containsExactly(CoverageReason.PROVISION_UNCONFIRMED);
      assertThat(a.totalUncertain()).isEqualTo(yuan(125_000));
    }
    String zh = assess(national(2011).propertyTax(yuan(1))).render(Language.ZH);
    assertThat(zh).contains("2011 年度未知有孵化器、大学科技园或众创空间的税收减免，亦不作推定；此前最近的已知一批：W1（2008-01-01 至"
        + " 2010-12-31：财税〔2007〕121号、财税〔2007〕120号）；此后：W2（2013-01-01 至 2015-12-31：财税〔2013〕117号、财税〔2013〕118号）")
        .contains("未经证实，未予依赖：不知有此文件").contains("房产税：不确定的 1.00 若免征，仍应缴纳 0.00；若不免征，1.00");
  }

  @Test
  void w2From2013To2015() {
    assertThat(assess(national(2013).propertyTax(yuan(10))).tax(PROPERTY_TAX).orElseThrow().exempt())
        .isEqualTo(yuan(10));
    IncubatorAssessment a2015 = assess(national(2015).businessTax(yuan(7)));
    assertThat(a2015.tax(BUSINESS_TAX).orElseThrow().exempt()).isEqualTo(yuan(7));
    assertThat(a2015.waves()).extracting(Wave::label).containsExactly("W2");
    // The W2 incubator notice sets no conditions beyond recognition: unstated conditions change nothing.
    assertThat(assess(of(2014, INCUBATOR, NATIONAL).recognised(LONG_AGO).propertyTax(yuan(10))).exempt())
        .isEqualTo(Answer.YES);
  }

  @Test
  void w3From2016To2018AndTheSwitchFromBusinessTaxToVatOn20160501() {
    IncubatorAssessment a = assess(national(2016).propertyTax(yuan(120_000))
        .businessTaxByMonth(Months.of(100, 200, 300, 400, 0, 0, 0, 0, 0, 0, 0, 0))
        .vatByMonth(Months.of(50, 50, 50, 50, 500, 600, 700, 800, 900, 1000, 1100, 1200)));
    assertThat(letters(a, PROPERTY_TAX)).isEqualTo("YYYYYYYYYYYY");
    assertThat(letters(a, BUSINESS_TAX)).isEqualTo("YYYYNNNNNNNN");
    assertThat(letters(a, VAT)).isEqualTo("NNNNYYYYYYYY");
    assertThat(a.coverage(BUSINESS_TAX).get(1).reasons()).containsExactly(CoverageReason.NOT_LEVIED);
    assertThat(a.coverage(BUSINESS_TAX).get(1).from()).isEqualTo(YearMonth.of(2016, 5));
    assertThat(a.coverage(BUSINESS_TAX).get(0).provision().orElseThrow().id()).isEqualTo("CN-CS-2016-89/business-tax");
    assertThat(a.coverage(VAT).get(1).provision().orElseThrow().id()).isEqualTo("CN-CS-2016-89/vat");
    assertThat(a.tax(BUSINESS_TAX).orElseThrow().exempt()).isEqualTo(yuan(1_000));
    TaxExemption vat = a.tax(VAT).orElseThrow();
    // VAT of January to April (on services already under VAT) is not exempt by 89号: 4 × 50.
    assertThat(vat.exempt()).isEqualTo(yuan(500 + 600 + 700 + 800 + 900 + 1000 + 1100 + 1200));
    assertThat(vat.due()).isEqualTo(yuan(200));
    // Business tax for 2016 given for the year is the business tax of January to April: all exempt.
    assertThat(assess(national(2016).businessTax(yuan(1_000))).tax(BUSINESS_TAX).orElseThrow().exempt())
        .isEqualTo(yuan(1_000));
    IncubatorAssessment a2018 = assess(national(2018).vat(yuan(9)));
    assertThat(a2018.tax(VAT).orElseThrow().exempt()).isEqualTo(yuan(9));
    assertThat(a2018.waves()).extracting(Wave::label).containsExactly("W3");
  }

  @Test
  void businessTaxAfterTheSwitchIsRefusedNotCalledDue() {
    assertThatThrownBy(() -> assess(national(2017).businessTax(yuan(1))))
        .isInstanceOf(PolicyInputException.class)
        .hasMessage("business tax is not levied on this income in 2017-01: from 2016-05-01, 财税〔2016〕89号"
            + " 条款未详（增值税） exempts VAT, which replaced it; accepted: business tax only for the months before"
            + " 2016-05-01, and VAT from then on");
    assertThatThrownBy(() -> assess(national(2016).businessTaxByMonth(Months.of(1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0))))
        .isInstanceOf(PolicyInputException.class).hasMessageContaining("in 2016-05:");
    // Zero business tax after the switch is no contradiction.
    IncubatorAssessment zero = assess(national(2019).businessTax(Cny.ZERO));
    assertThat(zero.tax(BUSINESS_TAX).orElseThrow().due()).isEqualTo(Cny.ZERO);
    assertThat(zero.tax(BUSINESS_TAX).orElseThrow().answer()).isEqualTo(Answer.NO);
    // Nor is business tax of a year before the switch by an institution no wave covers.
    assertThat(assess(of(2015, INCUBATOR, MUNICIPAL).businessTax(yuan(3))).tax(BUSINESS_TAX).orElseThrow().due())
        .isEqualTo(yuan(3));
  }

  @Test
  void annualVatIn2016MustBeGivenByMonth() {
    MissingFactsException e = (MissingFactsException) org.assertj.core.api.Assertions.catchThrowable(
        () -> assess(national(2016).vat(yuan(12_000)).propertyTax(yuan(5))));
    assertThat(e.facts()).containsExactly("vatByMonth");
    assertThat(e.getMessage()).isEqualTo("missing vatByMonth: in 2016 only some months are exempt (VAT:"
        + " 2016-01 – 2016-04 not exempt, 2016-05 – 2016-12 exempt); accepted: these taxes month by month, January to"
        + " December; nothing is assumed");
    assertThat(e.message(Language.ZH)).contains("增值税：2016-01 至 2016-04 不免征、2016-05 至 2016-12 免征");
  }

  @Test
  void w4From2019To2023WithItsExtension() {
    IncubatorAssessment a2019 = assess(national(2019).propertyTax(yuan(100)).vat(yuan(10)));
    assertThat(a2019.waves()).extracting(Wave::label).containsExactly("W4");
    assertThat(a2019.tax(PROPERTY_TAX).orElseThrow().exempt()).isEqualTo(yuan(100));
    assertThat(a2019.tax(VAT).orElseThrow().exempt()).isEqualTo(yuan(10));
    assertThat(a2019.waves().get(0).to()).isEqualTo(LocalDate.of(2023, 12, 31));
    IncubatorAssessment a2023 = assess(national(2023).propertyTax(yuan(100)));
    assertThat(a2023.tax(PROPERTY_TAX).orElseThrow().exempt()).isEqualTo(yuan(100));
    assertThat(a2023.coverage(PROPERTY_TAX).get(0).provision().orElseThrow().id())
        .isEqualTo("CN-ANN-2022-4/premises");
    assertThat(a2023.render(Language.EN)).contains("财政部 税务总局公告2022年第4号 条款未详（房产税、城镇土地使用税） is not"
        + " confirmed from an official text (secondary source)");
    assertThat(assess(national(2021).propertyTax(yuan(1))).coverage(PROPERTY_TAX).get(0).provision()
        .orElseThrow().id()).isEqualTo("CN-CS-2018-120/premises");
  }

  @Test
  void w5From2024To2027AndNothingKnownAfter() {
    IncubatorAssessment a2024 = assess(national(2024).propertyTax(yuan(100)));
    assertThat(a2024.waves()).extracting(Wave::label).containsExactly("W5");
    assertThat(a2024.tax(PROPERTY_TAX).orElseThrow().exempt()).isEqualTo(yuan(100));
    assertThat(assess(national(2027).vat(yuan(3))).tax(VAT).orElseThrow().exempt()).isEqualTo(yuan(3));
    IncubatorAssessment a2028 = assess(national(2028).propertyTax(yuan(100)));
    assertThat(a2028.exempt()).isEqualTo(Answer.NO);
    assertThat(a2028.exemptionKnown()).isFalse();
    assertThat(a2028.nearestWaveBefore().orElseThrow().label()).isEqualTo("W5");
    assertThat(a2028.nearestWaveBefore().get().to()).isEqualTo(LocalDate.of(2027, 12, 31));
    assertThat(a2028.nearestWaveAfter()).isEmpty();
    assertThat(a2028.tax(PROPERTY_TAX).orElseThrow().due()).isEqualTo(yuan(100));
    assertThat(a2028.render(Language.ZH)).contains("此前最近的已知一批：W5（2024-01-01 至 2027-12-31：财政部 税务总局 科技部 教育部公告2023年第42号）；此后：无");
  }

  // ------------------------------------------------------------------------------------------ kinds and levels

  /** Y exempt all year, N nothing, ? uncertain all year, for each kind and level in a year of each wave. */
  @Test
  void eachKindAndLevelInEachWave() {
    record Row(InstitutionKind kind, RecognitionLevel level, String w1, String w1b, String w2, String w3, String w4,
        String w5) {}
    Row[] rows = {
        new Row(INCUBATOR, NATIONAL, "Y", "?", "Y", "Y", "Y", "Y"),
        new Row(INCUBATOR, PROVINCIAL, "N", "N", "?", "N", "Y", "Y"),
        new Row(INCUBATOR, MUNICIPAL, "N", "N", "N", "N", "N", "N"),
        new Row(UNIVERSITY_SCIENCE_PARK, NATIONAL, "Y", "?", "Y", "Y", "Y", "Y"),
        new Row(UNIVERSITY_SCIENCE_PARK, PROVINCIAL, "N", "N", "N", "N", "Y", "Y"),
        new Row(UNIVERSITY_SCIENCE_PARK, MUNICIPAL, "N", "N", "N", "N", "N", "N"),
        new Row(MAKER_SPACE, NATIONAL, "N", "N", "N", "N", "Y", "Y"),
        new Row(MAKER_SPACE, PROVINCIAL, "N", "N", "N", "N", "N", "N"),
        new Row(MAKER_SPACE, MUNICIPAL, "N", "N", "N", "N", "N", "N"),
        new Row(MAKER_SPACE_IN_INCUBATOR, NATIONAL, "N", "N", "N", "Y", "N", "N"),
        new Row(MAKER_SPACE_IN_INCUBATOR, PROVINCIAL, "N", "N", "N", "N", "N", "N"),
        new Row(MAKER_SPACE_IN_INCUBATOR, MUNICIPAL, "N", "N", "N", "N", "N", "N")};
    int[] years = {2009, 2012, 2014, 2017, 2020, 2026};
    for (Row row : rows) {
      String[] expected = {row.w1(), row.w1b(), row.w2(), row.w3(), row.w4(), row.w5()};
      for (int w = 0; w < years.length; w++) {
        IncubatorAssessment a = assess(of(years[w], row.kind(), row.level()).recognised(LONG_AGO)
            .meetsConditions(true).propertyTax(yuan(100)));
        String letters = letters(a, PROPERTY_TAX);
        assertThat(letters).as("%s %s in %s", row.level(), row.kind(), years[w])
            .isEqualTo(expected[w].repeat(12));
        TaxExemption line = a.tax(PROPERTY_TAX).orElseThrow();
        Cny all = yuan(100);
        assertThat(expected[w].equals("Y") ? line.exempt() : expected[w].equals("?") ? line.uncertain()
            : line.due()).isEqualTo(all);
      }
    }
  }

  @Test
  void anInstitutionNotCoveredIsToldWhoIs() {
    IncubatorAssessment a = assess(of(2017, MAKER_SPACE, NATIONAL).recognised(LONG_AGO).propertyTax(yuan(5)));
    CoveragePeriod p = a.coverage(PROPERTY_TAX).get(0);
    assertThat(p.reasons()).containsExactly(CoverageReason.INSTITUTION_NOT_COVERED);
    assertThat(p.provision().orElseThrow().id()).isEqualTo("CN-CS-2016-89/premises");
    assertThat(a.render(Language.EN)).contains("property tax, urban land-use tax, 2017-01 – 2017-12: not exempt"
        + " (财税〔2016〕89号 条款未详（房产税、城镇土地使用税） covers national-level incubator, maker space in a"
        + " national-level incubator, not a nationally registered maker space)");
  }

  @Test
  void aProvincialIncubatorUnder117IsUncertainWithTheReason() {
    IncubatorAssessment a = assess(of(2014, INCUBATOR, PROVINCIAL).recognised(LONG_AGO).propertyTax(yuan(100)));
    assertThat(a.exempt()).isEqualTo(Answer.UNCERTAIN);
    assertThat(a.coverage(PROPERTY_TAX).get(0).reasons()).containsExactly(CoverageReason.INSTITUTION_UNCERTAIN);
    assertThat(a.render(Language.EN)).contains("whether 财税〔2013〕117号 条款未详（房产税、城镇土地使用税） covers a"
        + " provincial-level incubator is uncertain: whether 117号 requires the incubator to be national-level is"
        + " unconfirmed");
  }

  // ------------------------------------------------------------------------------------------ the institution's dates

  @Test
  void w4RecognitionMonthBoundaries() {
    // Recognised on the last day of 2019: from 2020-01, the whole of 2020.
    IncubatorAssessment dec31 = assess(of(2020, INCUBATOR, PROVINCIAL).recognised(LocalDate.of(2019, 12, 31))
        .propertyTax(yuan(1_200)));
    assertThat(dec31.tax(PROPERTY_TAX).orElseThrow().exempt()).isEqualTo(yuan(1_200));
    // Recognised on the first day of 2020: January is the month of recognition, not exempt.
    IncubatorAssessment jan1 = assess(of(2020, INCUBATOR, PROVINCIAL).recognised(LocalDate.of(2020, 1, 1))
        .propertyTaxByMonth(Months.each(100)));
    assertThat(letters(jan1, PROPERTY_TAX)).isEqualTo("NYYYYYYYYYYY");
    assertThat(jan1.tax(PROPERTY_TAX).orElseThrow().exempt()).isEqualTo(yuan(1_100));
    assertThat(jan1.tax(PROPERTY_TAX).orElseThrow().due()).isEqualTo(yuan(100));
    CoveragePeriod january = jan1.coverage(PROPERTY_TAX).get(0);
    assertThat(january.reasons()).containsExactly(CoverageReason.RECOGNITION_MONTH);
    assertThat(january.timing().orElseThrow().id()).isEqualTo("CN-CS-2018-120/timing");
    // Recognised on 2020-06-30 and 2020-07-01: from August and from August.
    assertThat(letters(assess(of(2020, INCUBATOR, PROVINCIAL).recognised(LocalDate.of(2020, 6, 30))),
        PROPERTY_TAX)).isEqualTo("NNNNNNYYYYYY");
    assertThat(letters(assess(of(2020, INCUBATOR, PROVINCIAL).recognised(LocalDate.of(2020, 7, 1))),
        PROPERTY_TAX)).isEqualTo("NNNNNNNYYYYY");
    // Recognised on the last day of the year: nothing in it.
    IncubatorAssessment lastDay = assess(of(2020, INCUBATOR, PROVINCIAL).recognised(LocalDate.of(2020, 12, 31))
        .propertyTax(yuan(1_200)));
    assertThat(lastDay.tax(PROPERTY_TAX).orElseThrow().due()).isEqualTo(yuan(1_200));
    assertThat(lastDay.exempt()).isEqualTo(Answer.NO);
    // Recognised after the year: not yet recognised.
    IncubatorAssessment later = assess(of(2020, INCUBATOR, PROVINCIAL).recognised(LocalDate.of(2021, 3, 1)));
    assertThat(later.coverage(PROPERTY_TAX).get(0).reasons()).containsExactly(CoverageReason.NOT_YET_RECOGNISED);
  }

  @Test
  void recognisedByTheEndOf2018ContinuesFrom2019AndLaterStartsTheMonthAfter() {
    assertThat(letters(assess(of(2019, INCUBATOR, NATIONAL).recognised(LocalDate.of(2018, 12, 31))),
        PROPERTY_TAX)).isEqualTo("YYYYYYYYYYYY");
    assertThat(letters(assess(of(2019, INCUBATOR, NATIONAL).recognised(LocalDate.of(2019, 1, 1))),
        PROPERTY_TAX)).isEqualTo("NYYYYYYYYYYY");
    // W5 likewise: recognised by 2023-12-31 continues from 2024-01-01.
    assertThat(letters(assess(of(2024, INCUBATOR, NATIONAL).recognised(LocalDate.of(2023, 12, 31))),
        PROPERTY_TAX)).isEqualTo("YYYYYYYYYYYY");
    assertThat(letters(assess(of(2024, INCUBATOR, NATIONAL).recognised(LocalDate.of(2024, 1, 1))),
        PROPERTY_TAX)).isEqualTo("NYYYYYYYYYYY");
  }

  @Test
  void aRecognitionMonthBefore2019HasNoKnownRule() {
    IncubatorAssessment a = assess(of(2017, INCUBATOR, NATIONAL).recognised(LocalDate.of(2017, 6, 15))
        .meetsConditions(true).propertyTaxByMonth(Months.each(100)));
    assertThat(letters(a, PROPERTY_TAX)).isEqualTo("NNNNN?YYYYYY");
    assertThat(a.coverage(PROPERTY_TAX).get(1).reasons())
        .containsExactly(CoverageReason.RECOGNITION_MONTH_UNKNOWN);
    TaxExemption line = a.tax(PROPERTY_TAX).orElseThrow();
    assertThat(line.exempt()).isEqualTo(yuan(600));
    assertThat(line.uncertain()).isEqualTo(yuan(100));
    assertThat(line.due()).isEqualTo(yuan(500));
    assertThat(line.answer()).isEqualTo(Answer.YES);
  }

  @Test
  void lossOfStatusInW4KeepsTheMonthInW5TheMonthIsUncertain() {
    IncubatorAssessment w4 = assess(national(2020).statusLost(LocalDate.of(2020, 6, 30))
        .propertyTaxByMonth(Months.each(100)));
    assertThat(letters(w4, PROPERTY_TAX)).isEqualTo("YYYYYYNNNNNN");
    assertThat(w4.coverage(PROPERTY_TAX).get(1).reasons()).containsExactly(CoverageReason.LOSS_MONTH);
    assertThat(w4.coverage(PROPERTY_TAX).get(1).timing().orElseThrow().id()).isEqualTo("CN-CS-2018-120/timing");
    assertThat(w4.coverage(PROPERTY_TAX).get(2).reasons()).containsExactly(CoverageReason.STATUS_LOST);
    assertThat(w4.tax(PROPERTY_TAX).orElseThrow().exempt()).isEqualTo(yuan(600));
    // Lost on 07-01: July is the month of the loss, still exempt.
    assertThat(letters(assess(national(2020).statusLost(LocalDate.of(2020, 7, 1))), PROPERTY_TAX))
        .isEqualTo("YYYYYYYNNNNN");
    IncubatorAssessment w5 = assess(national(2025).statusLost(LocalDate.of(2025, 6, 30))
        .propertyTaxByMonth(Months.each(100)));
    assertThat(letters(w5, PROPERTY_TAX)).isEqualTo("YYYYY?NNNNNN");
    assertThat(w5.coverage(PROPERTY_TAX).get(1).reasons()).containsExactly(CoverageReason.LOSS_MONTH_UNKNOWN);
    assertThat(w5.tax(PROPERTY_TAX).orElseThrow().uncertain()).isEqualTo(yuan(100));
    // Lost before the year: nothing; recognised and lost in the same month of W4: not exempt.
    assertThat(letters(assess(national(2021).statusLost(LocalDate.of(2020, 12, 31))), PROPERTY_TAX))
        .isEqualTo("NNNNNNNNNNNN");
    assertThat(letters(assess(of(2020, INCUBATOR, NATIONAL).recognised(LocalDate.of(2020, 5, 2))
        .statusLost(LocalDate.of(2020, 5, 20))), PROPERTY_TAX)).isEqualTo("NNNNNNNNNNNN");
    // In W3 (no timing rule): recognised and lost in one month is uncertain that month.
    assertThat(letters(assess(of(2017, INCUBATOR, NATIONAL).recognised(LocalDate.of(2017, 5, 2))
        .statusLost(LocalDate.of(2017, 5, 20)).meetsConditions(true)), PROPERTY_TAX)).isEqualTo("NNNN?NNNNNNN");
  }

  // ------------------------------------------------------------------------------------------ conditions

  @Test
  void conditionsMetNotMetOrNotStated() {
    IncubatorCase.Builder w3 = of(2017, INCUBATOR, NATIONAL).recognised(LONG_AGO).propertyTax(yuan(100));
    IncubatorAssessment unstated = CALC.assess(w3.build());
    assertThat(unstated.exempt()).isEqualTo(Answer.UNCERTAIN);
    assertThat(unstated.coverage(PROPERTY_TAX).get(0).reasons())
        .containsExactly(CoverageReason.CONDITIONS_NOT_STATED);
    assertThat(unstated.tax(PROPERTY_TAX).orElseThrow().uncertain()).isEqualTo(yuan(100));
    IncubatorAssessment notMet = CALC.assess(w3.meetsConditions(false).build());
    assertThat(notMet.exempt()).isEqualTo(Answer.NO);
    assertThat(notMet.coverage(PROPERTY_TAX).get(0).reasons()).containsExactly(CoverageReason.CONDITIONS_NOT_MET);
    assertThat(notMet.tax(PROPERTY_TAX).orElseThrow().due()).isEqualTo(yuan(100));
    // W4 sets conditions on VAT (separate accounts), none on the premises.
    IncubatorAssessment w4 = assess(of(2020, INCUBATOR, NATIONAL).recognised(LONG_AGO).propertyTax(yuan(100))
        .vat(yuan(10)));
    assertThat(w4.tax(PROPERTY_TAX).orElseThrow().exempt()).isEqualTo(yuan(100));
    assertThat(w4.tax(VAT).orElseThrow().uncertain()).isEqualTo(yuan(10));
    assertThat(w4.exempt()).isEqualTo(Answer.YES);
    assertThat(w4.exempt(VAT)).isEqualTo(Answer.UNCERTAIN);
    assertThat(w4.render(Language.EN)).contains("VAT: if the uncertain 10.00 is exempt, 0.00 is still due; if it is"
        + " not, 10.00").contains("part of this result is uncertain (VAT)");
    // A condition not met beats an uncertainty about the month.
    assertThat(letters(assess(of(2017, INCUBATOR, NATIONAL).recognised(LocalDate.of(2017, 6, 15))
        .meetsConditions(false)), PROPERTY_TAX)).isEqualTo("NNNNNNNNNNNN");
  }

  // ------------------------------------------------------------------------------------------ local clauses

  @Test
  void jiaxingsClauseAddsNothingForAMunicipalIncubatorsMakerSpace() {
    IncubatorAssessment a = CALC.assess(IncubatorCase.builder().year(2017).jurisdiction(Jurisdiction.parse("海宁市"))
        .institution(MAKER_SPACE_IN_INCUBATOR, MUNICIPAL).propertyTax(yuan(50_000)).build());
    assertThat(a.exempt()).isEqualTo(Answer.NO);
    assertThat(a.tax(PROPERTY_TAX).orElseThrow().due()).isEqualTo(yuan(50_000));
    assertThat(a.localClauses()).singleElement().satisfies(c -> {
      assertThat(c.provision().id()).isEqualTo("JX-2015-90/5.4-incubator");
      assertThat(c.inForce()).isEqualTo(Answer.YES);
    });
    assertThat(a.render(Language.ZH)).contains("嘉政办发〔2015〕90号 五(四)规定“按照相关规定享受房产税、城镇土地使用税、企业所得税优惠"
        + "（本条未另行规定减免）”：未在国家政策之外另行减免，以上结果全部来自国家政策")
        .contains("没有国家政策覆盖市级孵化器");
    // The municipal incubator itself sees the clause on the maker spaces it builds.
    IncubatorAssessment incubator = CALC.assess(IncubatorCase.builder().year(2017).jurisdiction(Jurisdiction.JIAXING)
        .institution(INCUBATOR, MUNICIPAL).build());
    assertThat(incubator.localClauses()).extracting(c -> c.provision().id())
        .containsExactly("JX-2015-90/5.4-incubator");
    // In 2021 the clause may already be repealed; in 2022 it is; before 2015-12-01 it was not yet issued.
    assertThat(CALC.assess(IncubatorCase.builder().year(2021).jurisdiction(Jurisdiction.JIAXING)
        .institution(INCUBATOR, MUNICIPAL).build()).localClauses()).singleElement()
        .satisfies(c -> assertThat(c.inForce()).isEqualTo(Answer.UNCERTAIN));
    assertThat(CALC.assess(IncubatorCase.builder().year(2022).jurisdiction(Jurisdiction.JIAXING)
        .institution(INCUBATOR, MUNICIPAL).build()).localClauses()).isEmpty();
    assertThat(CALC.assess(IncubatorCase.builder().year(2014).jurisdiction(Jurisdiction.JIAXING)
        .institution(INCUBATOR, MUNICIPAL).build()).localClauses()).isEmpty();
    // Outside Jiaxing, or an institution it does not concern: no clause.
    assertThat(CALC.assess(IncubatorCase.builder().year(2017).jurisdiction(Jurisdiction.ZHEJIANG)
        .institution(INCUBATOR, MUNICIPAL).build()).localClauses()).isEmpty();
    assertThat(CALC.assess(IncubatorCase.builder().year(2017).jurisdiction(Jurisdiction.JIAXING)
        .institution(UNIVERSITY_SCIENCE_PARK, MUNICIPAL).build()).localClauses()).isEmpty();
    // A national incubator in Jiaxing: the exemption is the national one, and the clause says it adds nothing.
    IncubatorAssessment national = CALC.assess(IncubatorCase.builder().year(2017).jurisdiction(Jurisdiction.JIAXING)
        .institution(INCUBATOR, NATIONAL).recognised(LONG_AGO).meetsConditions(true).propertyTax(yuan(10)).build());
    assertThat(national.tax(PROPERTY_TAX).orElseThrow().exempt()).isEqualTo(yuan(10));
    assertThat(national.localClauses()).hasSize(1);
  }

  @Test
  void gansusClauseAddsNothingFromItsUnknownDayOfIssue() {
    // Issued on an unknown day between 2015-03-02 and 2015-12-31: certainly in force on some day of 2015.
    IncubatorAssessment a2015 = CALC.assess(IncubatorCase.builder().year(2015).jurisdiction(Jurisdiction.GANSU)
        .institution(INCUBATOR, PROVINCIAL).recognised(LONG_AGO).build());
    assertThat(a2015.localClauses()).singleElement().satisfies(c -> {
      assertThat(c.provision().id()).isEqualTo("GS-2015/2.4-incubator");
      assertThat(c.inForce()).isEqualTo(Answer.YES);
    });
    assertThat(a2015.render(Language.EN)).contains("《甘肃省发展众创空间推进大众创新创业实施方案》 二(四) says \"tax"
        + " preferences under the relevant rules (the clause grants none of its own)\": it adds no exemption beyond the"
        + " national waves").contains("《甘肃省发展众创空间推进大众创新创业实施方案》 was issued on an unknown day");
    assertThat(CALC.assess(IncubatorCase.builder().year(2014).jurisdiction(Jurisdiction.GANSU)
        .institution(INCUBATOR, PROVINCIAL).recognised(LONG_AGO).build()).localClauses()).isEmpty();
    assertThat(CALC.assess(IncubatorCase.builder().year(2016).jurisdiction(Jurisdiction.LANBAI)
        .institution(INCUBATOR, MUNICIPAL).build()).localClauses()).singleElement()
        .satisfies(c -> assertThat(c.inForce()).isEqualTo(Answer.YES));
    assertThat(CALC.assess(IncubatorCase.builder().year(2016).jurisdiction(Jurisdiction.GANSU)
        .institution(MAKER_SPACE, NATIONAL).build()).localClauses()).isEmpty();
  }

  // ------------------------------------------------------------------------------------------ refusals

  @Test
  void theRecognitionDateIsRequiredWhereAProvisionCouldCoverTheInstitution() {
    MissingFactsException e = (MissingFactsException) org.assertj.core.api.Assertions.catchThrowable(
        () -> CALC.assess(of(2020, INCUBATOR, PROVINCIAL).propertyTax(yuan(1)).build()));
    assertThat(e.facts()).containsExactly("recognised");
    assertThat(e.getMessage()).isEqualTo("missing recognised: in 2020, 财税〔2018〕120号 条款未详（房产税、城镇土地使用税）"
        + " may cover a provincial-level incubator, and the months it covers depend on the day of recognition;"
        + " accepted: the date of recognition (any day before 2020 if it was recognised earlier); nothing is assumed");
    assertThat(e.message(Language.ZH)).contains("认定日期（若在 2020 年以前认定，给出此前任一日期即可）");
    // Even where the only provision is unconfirmed: its reading depends on the months too.
    assertThatThrownBy(() -> CALC.assess(of(2011, INCUBATOR, NATIONAL).build()))
        .isInstanceOf(MissingFactsException.class);
  }

  @Test
  void aYearlyTaxIsRefusedWhereOnlySomeMonthsAreExempt() {
    MissingFactsException e = (MissingFactsException) org.assertj.core.api.Assertions.catchThrowable(
        () -> CALC.assess(of(2020, INCUBATOR, PROVINCIAL).recognised(LocalDate.of(2020, 1, 1))
            .propertyTax(yuan(1_200)).landUseTax(yuan(300)).vatByMonth(Months.each(1)).build()));
    assertThat(e.facts()).containsExactly("propertyTaxByMonth", "landUseTaxByMonth");
    assertThat(e.getMessage()).contains("property tax: 2020-01 not exempt, 2020-02 – 2020-12 exempt; urban land-use"
        + " tax: 2020-01 not exempt, 2020-02 – 2020-12 exempt");
  }

  @Test
  void badCasesAreRefused() {
    assertThat(((MissingFactsException) org.assertj.core.api.Assertions.catchThrowable(
        () -> IncubatorCase.builder().build())).facts()).containsExactly("year", "jurisdiction", "institution");
    assertThatThrownBy(() -> national(2020).propertyTax(yuan(-1))).isInstanceOf(PolicyInputException.class)
        .hasMessage("property tax is negative (-1.00); accepted: zero or more");
    assertThatThrownBy(() -> national(2020).vatByMonth(Months.each(1)[0])).isInstanceOf(PolicyInputException.class)
        .hasMessage("VAT by month has 1 amounts; accepted: 12, one for each month from January to December");
    assertThatThrownBy(() -> national(2020).landUseTaxByMonth(Months.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, -1)))
        .isInstanceOf(PolicyInputException.class).hasMessageContaining("urban land-use tax is negative");
    assertThatThrownBy(() -> national(2020).tax(TaxAmount.forYear(TaxType.ENTERPRISE_INCOME_TAX, yuan(1))).build())
        .isInstanceOf(PolicyInputException.class).hasMessageContaining("enterprise income tax is not one of the taxes");
    assertThatThrownBy(() -> of(2020, INCUBATOR, NATIONAL).recognised(LocalDate.of(2020, 5, 2))
        .statusLost(LocalDate.of(2020, 5, 1)).build()).isInstanceOf(PolicyInputException.class)
        .hasMessage("the status was lost on 2020-05-01, before it was recognised on 2020-05-02; accepted: a loss on or"
            + " after the recognition");
    IncubatorAssessment a = assess(national(2020));
    assertThatThrownBy(() -> a.coverage(TaxType.ENTERPRISE_INCOME_TAX)).isInstanceOf(PolicyInputException.class);
    assertThatThrownBy(() -> a.exempt(TaxType.ENTERPRISE_INCOME_TAX)).isInstanceOf(PolicyInputException.class);
    assertThatThrownBy(() -> a.tax(TaxType.ENTERPRISE_INCOME_TAX)).isInstanceOf(PolicyInputException.class);
    assertThatThrownBy(() -> CALC.assess(null)).isInstanceOf(NullPointerException.class);
    // Lost on the day of recognition is allowed.
    assertThat(of(2020, INCUBATOR, NATIONAL).recognised(LocalDate.of(2020, 5, 2)).statusLost(LocalDate.of(2020, 5, 2))
        .build().statusLost()).contains(LocalDate.of(2020, 5, 2));
  }

  @Test
  void withNoTaxGivenTheMonthsStillSayWhatIsExempt() {
    IncubatorAssessment a = assess(national(2019));
    assertThat(a.taxes()).isEmpty();
    assertThat(a.totalGiven()).isEqualTo(Cny.ZERO);
    assertThat(a.exempt()).isEqualTo(Answer.YES);
    assertThat(a.exempt(PROPERTY_TAX)).isEqualTo(Answer.YES);
    assertThat(a.exempt(BUSINESS_TAX)).isEqualTo(Answer.NO);
    assertThat(a.tax(PROPERTY_TAX)).isEmpty();
    assertThat(a.render(Language.EN)).doesNotContain("business tax,").doesNotContain("that would be due");
    assertThat(Set.copyOf(a.coverage(URBAN_LAND_USE_TAX))).isEqualTo(Set.copyOf(a.coverage(PROPERTY_TAX)));
    assertThat(List.of(a.coverage(VAT).get(0).months())).containsExactly(12);
  }
}
