package org.zhongchuang.policy.incubator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhongchuang.policy.catalogue.TaxType.BUSINESS_TAX;
import static org.zhongchuang.policy.catalogue.TaxType.PROPERTY_TAX;
import static org.zhongchuang.policy.catalogue.TaxType.URBAN_LAND_USE_TAX;
import static org.zhongchuang.policy.catalogue.TaxType.VAT;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.IncubatorExemption;
import org.zhongchuang.policy.catalogue.InstitutionKind;
import org.zhongchuang.policy.catalogue.RecognitionLevel;
import org.zhongchuang.policy.catalogue.TaxType;
import org.zhongchuang.policy.explain.Step;
import org.zhongchuang.policy.law.Citation;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.text.Language;

/**
 * What a calculator reads once per place — the exemptions of each tax, the tax that replaced another, the local
 * clauses — checked on calculators built for the test, so that nothing read earlier by the shared built-in one is
 * reused.
 */
class IncubatorPlacesTest {

  /** The built-in provisions in a catalogue of their own: a new calculator with nothing cached. */
  private static IncubatorExemptionCalculator fresh() {
    Catalogue copy = Catalogue.of(Catalogue.builtIn().all());
    assertThat(copy.isBuiltIn()).isFalse();
    return IncubatorExemptionCalculator.of(copy);
  }

  private static IncubatorCase.Builder national(int year, InstitutionKind kind) {
    return IncubatorCase.builder().year(year).jurisdiction(Jurisdiction.parse("china"))
        .institution(kind, RecognitionLevel.NATIONAL).recognised(LocalDate.of(2000, 1, 1)).meetsConditions(true);
  }

  @Test
  void eachTaxIsDecidedOnlyByProvisionsThatExemptThatTax() {
    IncubatorExemptionCalculator calculator = fresh();
    int periods = 0;
    for (int year = 2008; year <= 2027; year++) {
      for (InstitutionKind kind : InstitutionKind.values()) {
        IncubatorAssessment a = calculator.assess(national(year, kind).build());
        for (TaxType tax : IncubatorExemptionCalculator.TAXES) {
          for (CoveragePeriod p : a.coverage(tax)) {
            if (p.provision().isPresent() && !p.reasons().contains(CoverageReason.NOT_LEVIED)) {
              periods++;
              assertThat(((IncubatorExemption) p.provision().get().terms()).taxes()).as("%s %s %s", year, kind, p)
                  .contains(tax);
            }
          }
        }
      }
    }
    assertThat(periods).isGreaterThan(100);
    IncubatorAssessment y2013 = calculator.assess(national(2013, InstitutionKind.INCUBATOR).build());
    assertThat(y2013.coverage(BUSINESS_TAX).get(0).provision().orElseThrow().id())
        .isNotEqualTo(y2013.coverage(PROPERTY_TAX).get(0).provision().orElseThrow().id());
  }

  @Test
  void businessTaxIsNotLeviedFromTheEarliestDayAnotherTaxReplacedIt() {
    IncubatorExemptionCalculator calculator = fresh();
    // 财税〔2016〕89号 (incubators) and 98号 (university science parks) both exempt VAT from 2016-05-01: the one that
    // covers the institution is named.
    assertThatThrownBy(() -> calculator.assess(national(2017, InstitutionKind.INCUBATOR)
        .businessTax(Cny.parse("5")).build()))
        .isInstanceOf(PolicyInputException.class)
        .satisfies(e -> assertThat(((PolicyInputException) e).message(Language.EN))
            .contains("business tax is not levied on this income in 2017-01: from 2016-05-01, 财税〔2016〕89号"));
    assertThatThrownBy(() -> calculator.assess(national(2017, InstitutionKind.UNIVERSITY_SCIENCE_PARK)
        .businessTax(Cny.parse("5")).build()))
        .isInstanceOf(PolicyInputException.class)
        .satisfies(e -> assertThat(((PolicyInputException) e).message(Language.EN))
            .contains("business tax is not levied on this income in 2017-01: from 2016-05-01, 财税〔2016〕98号"));
    assertThat(calculator.assess(national(2016, InstitutionKind.UNIVERSITY_SCIENCE_PARK)
        .businessTaxByMonth(Months.of(1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0)).build()).coverage(BUSINESS_TAX).get(1)
        .provision().orElseThrow().id()).isEqualTo("CN-CS-2016-98/vat");
    // An institution neither covers (a municipal incubator): the first in the catalogue.
    assertThatThrownBy(() -> calculator.assess(IncubatorCase.builder().year(2017).jurisdiction(Jurisdiction.CHINA)
        .institution(InstitutionKind.INCUBATOR, RecognitionLevel.MUNICIPAL).businessTax(Cny.parse("5")).build()))
        .isInstanceOf(PolicyInputException.class).hasMessageContaining("财税〔2016〕89号");
    IncubatorAssessment april = calculator.assess(national(2016, InstitutionKind.INCUBATOR)
        .businessTaxByMonth(Months.of(1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0)).build());
    assertThat(april.coverage(BUSINESS_TAX)).extracting(CoveragePeriod::from, CoveragePeriod::to)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(java.time.YearMonth.of(2016, 1),
            java.time.YearMonth.of(2016, 4)), org.assertj.core.groups.Tuple.tuple(java.time.YearMonth.of(2016, 5),
            java.time.YearMonth.of(2016, 12)));
    assertThat(april.coverage(BUSINESS_TAX).get(1).reasons()).containsExactly(CoverageReason.NOT_LEVIED);
    assertThat(april.tax(BUSINESS_TAX).orElseThrow().exempt()).isEqualTo(Cny.parse("4"));
    assertThatThrownBy(() -> calculator.assess(national(2016, InstitutionKind.INCUBATOR)
        .businessTaxByMonth(Months.of(1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0)).build()))
        .isInstanceOf(PolicyInputException.class).hasMessageContaining("2016-05");
  }

  @Test
  void localClausesAreThoseOfThePlaceOnly() {
    IncubatorExemptionCalculator calculator = fresh();
    for (String[] place : new String[][] {{"嘉兴市", "JX-2015-90/5.4-incubator"}, {"甘肃省", "GS-2015/2.4-incubator"}}) {
      IncubatorAssessment a = calculator.assess(IncubatorCase.builder().year(2020)
          .jurisdiction(Jurisdiction.parse(place[0])).institution(InstitutionKind.INCUBATOR,
              RecognitionLevel.PROVINCIAL).recognised(LocalDate.of(2010, 1, 1)).build());
      assertThat(a.localClauses()).as(place[0]).extracting(c -> c.provision().id()).containsExactly(place[1]);
    }
    assertThat(calculator.assess(national(2020, InstitutionKind.INCUBATOR).build()).localClauses()).isEmpty();
  }

  @Test
  void eachTaxsAmountCitesTheClausesOfItsOwnMonths() {
    IncubatorAssessment a = IncubatorExemptionCalculator.builtIn().assess(IncubatorCase.builder().year(2020)
        .jurisdiction(Jurisdiction.parse("china")).institution(InstitutionKind.INCUBATOR, RecognitionLevel.PROVINCIAL)
        .recognised(LocalDate.of(2010, 1, 1)).meetsConditions(true)
        .propertyTax(Cny.parse("1200"))
        .landUseTaxByMonth(Months.each(10))
        .vat(Cny.parse("600"))
        .build());
    Citation premises = a.coverage(PROPERTY_TAX).get(0).provision().orElseThrow().citation();
    Citation vat = a.coverage(VAT).get(0).provision().orElseThrow().citation();
    assertThat(premises).isNotEqualTo(vat);
    assertThat(amount(a, PROPERTY_TAX).citations()).containsExactly(premises);
    assertThat(amount(a, URBAN_LAND_USE_TAX).citations()).containsExactly(premises);
    assertThat(amount(a, VAT).citations()).containsExactly(vat);
    assertThat(a.tax(URBAN_LAND_USE_TAX).orElseThrow().exempt()).isEqualTo(Cny.parse("120"));
    assertThat(a.totalExempt()).isEqualTo(Cny.parse("1920"));
  }

  private static Step amount(IncubatorAssessment a, TaxType tax) {
    return a.explanation().steps().stream()
        .filter(s -> s.kind() == IncubatorStep.AMOUNT && s.args().get(0) == tax)
        .reduce((x, y) -> {
          throw new AssertionError("two amount steps for " + tax);
        }).orElseThrow();
  }
}
