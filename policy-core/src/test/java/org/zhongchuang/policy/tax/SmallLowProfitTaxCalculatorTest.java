package org.zhongchuang.policy.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.Range;
import java.time.LocalDate;
import java.time.Year;
import java.util.stream.Collectors;
import org.zhongchuang.policy.DateNotCoveredException;
import org.zhongchuang.policy.MissingFactsException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.ImmutableProvision;
import org.zhongchuang.policy.catalogue.IncomeBand;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.SmallLowProfitCriteria;
import org.zhongchuang.policy.catalogue.SmallLowProfitRelief;
import org.zhongchuang.policy.law.Citation;
import org.zhongchuang.policy.law.IssueDate;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.law.PolicyDocument;
import org.zhongchuang.policy.law.ValidityPeriod;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.tax.ConditionCheck.Condition;
import org.zhongchuang.policy.tax.ConditionCheck.Outcome;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.text.Text;

class SmallLowProfitTaxCalculatorTest {
  private static final LocalDate LONG_AGO = LocalDate.of(2000, 1, 1);

  /** A small "other" enterprise, well within every size limit, established long before any tax year asked. */
  static EnterpriseFacts.Builder small(String income) {
    return EnterpriseFacts.builder().taxableIncome(Cny.parse(income)).restrictedOrProhibitedIndustry(false)
        .industry(Industry.OTHER).employees(10).totalAssets(Cny.ofYuan(1_000_000)).established(LONG_AGO);
  }

  static TaxAssessment assess(int year, String income) {
    return FreshLaw.calculator().assess(TaxCase.of(Year.of(year), Jurisdiction.CHINA, small(income).build()));
  }

  /** Each band as "amount×effective rate", joined by "|". */
  static String signature(TaxAssessment a) {
    return a.bands().stream().map(b -> b.amount() + "×" + b.effectiveRate()).collect(Collectors.joining("|"));
  }

  @Nested
  class WorkedFigures {
    @Test
    void reproducesTheSpecificationsFigures() {
      assertThat(assess(2019, "2000000").taxDue()).isEqualTo(Cny.parse("150000.00"));
      assertThat(assess(2021, "2000000").taxDue()).isEqualTo(Cny.parse("125000.00"));
      assertThat(assess(2022, "2000000").taxDue()).isEqualTo(Cny.parse("75000.00"));
      assertThat(assess(2023, "2000000").taxDue()).isEqualTo(Cny.parse("100000.00"));
      assertThat(assess(2016, "300000.00").taxDue()).isEqualTo(Cny.parse("30000.00"));
      assertThat(assess(2016, "300000.01").taxDue()).isEqualTo(Cny.parse("75000.00"));
    }

    @Test
    void the2019FigureIsTwoBandsWithReliefAndEffectiveRate() {
      TaxAssessment a = assess(2019, "2000000");
      assertThat(signature(a)).isEqualTo("1000000.00×5%|1000000.00×10%");
      assertThat(a.bands()).extracting(b -> b.grantedBy().id()).containsExactly("CN-CS-2019-13-1", "CN-CS-2019-13-2");
      assertThat(a.bands().get(1).incomeRange()).isEqualTo(IncomeBand.aboveUpTo(Cny.ofYuan(1_000_000), Cny.ofYuan(2_000_000)));
      assertThat(a.standardTax()).isEqualTo(Cny.ofYuan(500_000));
      assertThat(a.relief()).isEqualTo(Cny.ofYuan(350_000));
      assertThat(a.effectiveRate()).isEqualTo(Share.percent("7.5"));
    }
  }

  /**
   * Every band edge and ceiling of every year, one fen below, at and one fen above. The band breakdown is asserted
   * too, so an edge taken on the wrong side fails even where rounding hides it in the total.
   */
  @ParameterizedTest(name = "{0}: {1} → {2} ({3})")
  @CsvSource(delimiter = ';', value = {
      "2008; 299999.99; 60000.00; 299999.99×20%",
      "2008; 300000.00; 60000.00; 300000.00×20%",
      "2008; 300000.01; 75000.00; 300000.01×25%",
      "2009; 300000.00; 60000.00; 300000.00×20%",
      "2009; 300000.01; 75000.00; 300000.01×25%",
      "2010; 29999.99; 3000.00; 29999.99×10%",
      "2010; 30000.00; 3000.00; 30000.00×10%",
      "2010; 30000.01; 6000.00; 30000.01×20%",
      "2010; 300000.00; 60000.00; 300000.00×20%",
      "2010; 300000.01; 75000.00; 300000.01×25%",
      "2011; 29999.99; 3000.00; 29999.99×10%",
      "2011; 30000.00; 3000.00; 30000.00×10%",
      "2011; 30000.01; 6000.00; 30000.01×20%",
      "2011; 300000.01; 75000.00; 300000.01×25%",
      "2012; 59999.99; 6000.00; 59999.99×10%",
      "2012; 60000.00; 6000.00; 60000.00×10%",
      "2012; 60000.01; 12000.00; 60000.01×20%",
      "2013; 60000.00; 6000.00; 60000.00×10%",
      "2013; 60000.01; 12000.00; 60000.01×20%",
      "2013; 299999.99; 60000.00; 299999.99×20%",
      "2013; 300000.01; 75000.00; 300000.01×25%",
      "2014; 60000.01; 6000.00; 60000.01×10%",
      "2014; 99999.99; 10000.00; 99999.99×10%",
      "2014; 100000.00; 10000.00; 100000.00×10%",
      "2014; 100000.01; 20000.00; 100000.01×20%",
      "2014; 300000.00; 60000.00; 300000.00×20%",
      "2014; 300000.01; 75000.00; 300000.01×25%",
      "2015; 100000.01; 10000.00; 100000.01×10%",
      "2015; 199999.99; 20000.00; 199999.99×10%",
      "2015; 200000.00; 20000.00; 200000.00×10%",
      "2015; 200000.01; 35000.00; 50000.00×10%|150000.01×20%",
      "2015; 299999.99; 52500.00; 75000.00×10%|224999.99×20%",
      "2015; 300000.00; 52500.00; 75000.00×10%|225000.00×20%",
      "2015; 300000.01; 75000.00; 300000.01×25%",
      "2016; 100000.01; 10000.00; 100000.01×10%",
      "2016; 199999.99; 20000.00; 199999.99×10%",
      "2016; 200000.00; 20000.00; 200000.00×10%",
      "2016; 200000.01; 20000.00; 200000.01×10%",
      "2016; 299999.99; 30000.00; 299999.99×10%",
      "2016; 300000.00; 30000.00; 300000.00×10%",
      "2016; 300000.01; 75000.00; 300000.01×25%",
      "2017; 300000.01; 30000.00; 300000.01×10%",
      "2017; 499999.99; 50000.00; 499999.99×10%",
      "2017; 500000.00; 50000.00; 500000.00×10%",
      "2017; 500000.01; 125000.00; 500000.01×25%",
      "2018; 500000.01; 50000.00; 500000.01×10%",
      "2018; 999999.99; 100000.00; 999999.99×10%",
      "2018; 1000000.00; 100000.00; 1000000.00×10%",
      "2018; 1000000.01; 250000.00; 1000000.01×25%",
      "2019; 999999.99; 50000.00; 999999.99×5%",
      "2019; 1000000.00; 50000.00; 1000000.00×5%",
      "2019; 1000000.01; 50000.00; 1000000.00×5%|0.01×10%",
      "2019; 2999999.99; 250000.00; 1000000.00×5%|1999999.99×10%",
      "2019; 3000000.00; 250000.00; 1000000.00×5%|2000000.00×10%",
      "2019; 3000000.01; 750000.00; 3000000.01×25%",
      "2020; 1000000.00; 50000.00; 1000000.00×5%",
      "2020; 1000000.01; 50000.00; 1000000.00×5%|0.01×10%",
      "2020; 3000000.00; 250000.00; 1000000.00×5%|2000000.00×10%",
      "2020; 3000000.01; 750000.00; 3000000.01×25%",
      "2021; 999999.99; 25000.00; 999999.99×2.5%",
      "2021; 1000000.00; 25000.00; 1000000.00×2.5%",
      "2021; 1000000.01; 25000.00; 1000000.00×2.5%|0.01×10%",
      "2021; 2999999.99; 225000.00; 1000000.00×2.5%|1999999.99×10%",
      "2021; 3000000.00; 225000.00; 1000000.00×2.5%|2000000.00×10%",
      "2021; 3000000.01; 750000.00; 3000000.01×25%",
      "2022; 999999.99; 25000.00; 999999.99×2.5%",
      "2022; 1000000.00; 25000.00; 1000000.00×2.5%",
      "2022; 1000000.01; 25000.00; 1000000.00×2.5%|0.01×5%",
      "2022; 2999999.99; 125000.00; 1000000.00×2.5%|1999999.99×5%",
      "2022; 3000000.00; 125000.00; 1000000.00×2.5%|2000000.00×5%",
      "2022; 3000000.01; 750000.00; 3000000.01×25%",
      "2023; 999999.99; 50000.00; 999999.99×5%",
      "2023; 1000000.01; 50000.00; 1000000.01×5%",
      "2023; 2999999.99; 150000.00; 2999999.99×5%",
      "2023; 3000000.00; 150000.00; 3000000.00×5%",
      "2023; 3000000.01; 750000.00; 3000000.01×25%",
      "2024; 3000000.00; 150000.00; 3000000.00×5%",
      "2024; 3000000.01; 750000.00; 3000000.01×25%",
      "2027; 3000000.00; 150000.00; 3000000.00×5%",
      "2027; 3000000.01; 750000.00; 3000000.01×25%",
      "2028; 299999.99; 60000.00; 299999.99×20%",
      "2028; 300000.00; 60000.00; 300000.00×20%",
      "2028; 300000.01; 75000.00; 300000.01×25%",
  })
  void bandEdgesOfEveryYear(int year, String income, String taxDue, String bands) {
    TaxAssessment a = assess(year, income);
    assertThat(a.taxDue()).isEqualTo(Cny.parse(taxDue));
    assertThat(signature(a)).isEqualTo(bands);
    assertThat(a.eligible()).isEqualTo(!bands.endsWith("×25%"));
  }

  @Nested
  class GrantingProvisions {
    @ParameterizedTest(name = "{0}: {1} granted by {2}, also {3}")
    @CsvSource(delimiter = ';', value = {
        "2009; 250000; CN-EIT-28-1; ''",
        "2010; 20000; CN-CS-2009-133; ''",
        "2011; 20000; CN-CS-2011-4; ''",
        "2013; 50000; CN-CS-2011-117; ''",
        "2014; 50000; CN-CS-2014-34; CN-CS-2011-117",
        "2015; 50000; CN-CS-2015-34; CN-CS-2011-117 CN-CS-2014-34",
        "2016; 250000; CN-CS-2015-99; ''",
        "2017; 250000; CN-CS-2017-43; ''",
        "2018; 250000; CN-CS-2018-77; ''",
        "2019; 250000; CN-CS-2019-13-1; ''",
        "2021; 250000; CN-ANN-2021-12; ''",
        "2023; 2000000; CN-ANN-2023-12; CN-ANN-2022-13 CN-ANN-2023-6",
        "2025; 2000000; CN-ANN-2023-12; ''",
    })
    void eachBandCitesTheNewestGrantAndNamesOlderOnesAlsoInForce(int year, String income, String granted,
        String also) {
      TaxAssessment a = assess(year, income);
      assertThat(a.bands()).hasSize(1);
      TaxBand band = a.bands().get(0);
      assertThat(band.grantedBy().id()).isEqualTo(granted);
      assertThat(band.alsoInForce()).extracting(Provision::id)
          .containsExactlyElementsOf(also.isEmpty() ? java.util.List.of() : java.util.List.of(also.split(" ")));
      assertThat(a.citations()).contains(band.grantedBy().citation());
    }

    @Test
    void in2021And2022TheTwoBandsComeFromDifferentNotices() {
      assertThat(assess(2021, "2000000").bands()).extracting(b -> b.grantedBy().id())
          .containsExactly("CN-ANN-2021-12", "CN-CS-2019-13-2");
      assertThat(assess(2022, "2000000").bands()).extracting(b -> b.grantedBy().id())
          .containsExactly("CN-ANN-2021-12", "CN-ANN-2022-13");
    }

    @Test
    void theStandardTaxCitesTheStatutoryRateAndEligibilityTheCriteria() {
      TaxAssessment a = assess(2019, "2000000");
      assertThat(a.eligibility().criteria().id()).isEqualTo("CN-CS-2019-13-C");
      assertThat(a.citations()).extracting(c -> c.clause()).contains("第四条第一款");
      assertThat(assess(2018, "1").eligibility().criteria().id()).isEqualTo("CN-CS-2018-77-C");
      assertThat(assess(2017, "1").eligibility().criteria().id()).isEqualTo("CN-CS-2017-43-C");
      assertThat(assess(2016, "1").eligibility().criteria().id()).isEqualTo("CN-EIT-REG-92");
      assertThat(assess(2022, "1").eligibility().criteria().id()).isEqualTo("CN-ANN-2022-13-C");
      assertThat(assess(2024, "1").eligibility().criteria().id()).isEqualTo("CN-ANN-2023-12-C");
      assertThat(assess(2030, "1").eligibility().criteria().id()).isEqualTo("CN-EIT-REG-92");
    }
  }

  @Nested
  class Eligibility2016And2019 {
    private TaxAssessment assess2(int year, EnterpriseFacts.Builder facts) {
      return FreshLaw.calculator().assess(TaxCase.of(Year.of(year), Jurisdiction.CHINA, facts.build()));
    }

    private EnterpriseFacts.Builder sized(Industry industry, int employees, String assets) {
      return EnterpriseFacts.builder().taxableIncome(Cny.ofYuan(100_000)).restrictedOrProhibitedIndustry(false)
          .industry(industry).employees(employees).totalAssets(Cny.parse(assets));
    }

    @ParameterizedTest(name = "{0} {1}: employees {2}, assets {3} → eligible {4}")
    @CsvSource(delimiter = ';', value = {
        "2016; OTHER; 80; 10000000.00; true",
        "2016; OTHER; 81; 10000000.00; false",
        "2016; OTHER; 80; 10000000.01; false",
        "2016; OTHER; 79; 9999999.99; true",
        "2016; INDUSTRIAL; 100; 30000000.00; true",
        "2016; INDUSTRIAL; 101; 30000000.00; false",
        "2016; INDUSTRIAL; 100; 30000000.01; false",
        "2018; INDUSTRIAL; 100; 30000000.00; true",
        "2018; OTHER; 81; 1.00; false",
        "2019; OTHER; 300; 50000000.00; true",
        "2019; INDUSTRIAL; 301; 50000000.00; false",
        "2019; OTHER; 300; 50000000.01; false",
        "2019; OTHER; 299; 49999999.99; true",
        "2028; OTHER; 81; 1.00; false",
    })
    void employeeAndAssetLimits(int year, Industry industry, int employees, String assets, boolean eligible) {
      TaxAssessment a = assess2(year, sized(industry, employees, assets));
      assertThat(a.eligible()).isEqualTo(eligible);
      if (!eligible) {
        assertThat(a.taxDue()).isEqualTo(Cny.ofYuan(25_000));
        assertThat(a.relief()).isEqualTo(Cny.ZERO);
        assertThat(a.bands()).singleElement().satisfies(b -> assertThat(b.grantedBy().id()).isEqualTo("CN-EIT-4"));
      }
    }

    @Test
    void namesEveryFailedCondition() {
      EnterpriseFacts facts = EnterpriseFacts.builder().taxableIncome(Cny.parse("300000.01"))
          .restrictedOrProhibitedIndustry(true).industry(Industry.OTHER).employees(81)
          .totalAssets(Cny.parse("10000000.01")).build();
      TaxAssessment a = FreshLaw.calculator().assess(TaxCase.of(Year.of(2016), Jurisdiction.CHINA, facts));
      assertThat(a.eligibility().failed()).extracting(ConditionCheck::condition).containsExactly(
          Condition.NOT_RESTRICTED_INDUSTRY, Condition.TAXABLE_INCOME, Condition.EMPLOYEES, Condition.TOTAL_ASSETS);
      assertThat(a.eligibility().failed().get(2).detail().render(Language.ZH)).contains("81 > 80");
      assertThat(a.render(Language.EN)).contains("failed:").contains("employees 81 > 80")
          .contains("annual taxable income 300,000.01 > 300,000.00");
    }

    @Test
    void aRestrictedIndustryIsNeverEligibleAndPaysTheStatutoryRate() {
      TaxAssessment a = assess2(2023, small("100000").restrictedOrProhibitedIndustry(true));
      assertThat(a.eligible()).isFalse();
      assertThat(a.eligibility().failed()).extracting(ConditionCheck::condition)
          .containsExactly(Condition.NOT_RESTRICTED_INDUSTRY);
      assertThat(a.taxDue()).isEqualTo(Cny.ofYuan(25_000));
    }

    @Test
    void anAssertedSizeIsMarkedAndWarned() {
      EnterpriseFacts facts = EnterpriseFacts.builder().taxableIncome(Cny.ofYuan(100_000))
          .restrictedOrProhibitedIndustry(false).assertQualifyingSize().build();
      TaxAssessment a = FreshLaw.calculator().assess(TaxCase.of(Year.of(2016), Jurisdiction.CHINA, facts));
      assertThat(a.eligible()).isTrue();
      assertThat(a.eligibility().restsOnAssertion()).isTrue();
      assertThat(a.eligibility().checks()).filteredOn(c -> c.outcome() == Outcome.ASSERTED)
          .extracting(ConditionCheck::condition).containsExactly(Condition.EMPLOYEES, Condition.TOTAL_ASSETS);
      assertThat(a.warnings()).anySatisfy(w -> assertThat(w.description(Language.EN)).contains("caller's assertion"));
      assertThat(a.taxDue()).isEqualTo(Cny.ofYuan(10_000));
    }

    @Test
    void theIndustryIsNeededOnlyWhereTheLimitsDependOnIt() {
      EnterpriseFacts.Builder noIndustry = EnterpriseFacts.builder().taxableIncome(Cny.ofYuan(100_000))
          .restrictedOrProhibitedIndustry(false).employees(10).totalAssets(Cny.ofYuan(1));
      assertThatThrownBy(() -> assess2(2018, noIndustry)).isInstanceOf(MissingFactsException.class)
          .hasMessageContaining("industry").hasMessageContaining("industrial and other enterprises")
          .satisfies(e -> assertThat(((MissingFactsException) e).facts()).containsExactly("industry"));
      assertThat(assess2(2019, noIndustry).taxDue()).isEqualTo(Cny.ofYuan(5_000));
    }
  }

  @Nested
  class SplitYear2015 {
    private TaxAssessment established(String income, LocalDate date) {
      return FreshLaw.calculator().assess(TaxCase.of(Year.of(2015), Jurisdiction.CHINA, small(income).established(date).build()));
    }

    @ParameterizedTest(name = "established {0}: {1} → {2} ({3})")
    @CsvSource(delimiter = ';', value = {
        // Established on or after 2015-10-01: the whole year is relieved.
        "2015-10-01; 250000; 25000.00; 250000.00×10%",
        "2015-12-31; 300000; 30000.00; 300000.00×10%",
        // Before: Q4 share = months from October ÷ months operated, counted from the registration month.
        "2015-09-30; 250000; 31250.00; 187500.00×10%|62500.00×20%",
        "2015-05-20; 250000; 40625.00; 93750.00×10%|156250.00×20%",
        "2015-02-01; 250000; 43181.82; 68181.82×10%|181818.18×20%",
        "2015-01-31; 250000; 43750.00; 62500.00×10%|187500.00×20%",
        "2014-06-30; 250000; 43750.00; 62500.00×10%|187500.00×20%",
        // Income at or under 200,000 is relieved for the whole year whatever the date.
        "2015-05-20; 200000; 20000.00; 200000.00×10%",
    })
    void apportionsByMonthsOperated(LocalDate date, String income, String taxDue, String bands) {
      TaxAssessment a = established(income, date);
      assertThat(a.taxDue()).isEqualTo(Cny.parse(taxDue));
      assertThat(signature(a)).isEqualTo(bands);
    }

    @Test
    void theSplitBandsCiteTheApportionmentRuleAndAddUp() {
      TaxAssessment a = established("250000", LocalDate.of(2015, 5, 20));
      assertThat(a.bands()).extracting(b -> b.grantedBy().id()).containsExactly("CN-CS-2015-99", "CN-EIT-28-1");
      assertThat(a.bands()).allSatisfy(b ->
          assertThat(b.apportionedBy()).extracting(Provision::id).containsExactly("CN-CS-2015-99-2", "CN-SAT-2015-61"));
      assertThat(a.bands()).extracting(TaxBand::yearShare)
          .containsExactly(Share.ofFraction(3, 8), Share.ofFraction(5, 8));
      assertThat(a.bands().get(0).amount().plus(a.bands().get(1).amount())).isEqualTo(Cny.ofYuan(250_000));
      assertThat(a.render(Language.ZH)).contains("250,000.00 × 3/8 = 93,750.00").contains("国家税务总局公告2015年第61号");
    }

    @Test
    void theEstablishmentDateIsRequiredOnlyForTheSplit() {
      EnterpriseFacts noDate = EnterpriseFacts.builder().taxableIncome(Cny.ofYuan(250_000))
          .restrictedOrProhibitedIndustry(false).industry(Industry.OTHER).employees(10).totalAssets(Cny.ofYuan(1))
          .build();
      assertThatThrownBy(() -> FreshLaw.calculator().assess(TaxCase.of(Year.of(2015), Jurisdiction.CHINA, noDate)))
          .isInstanceOf(MissingFactsException.class).hasMessageContaining("established")
          .hasMessageContaining("2015-10-01").hasMessageContaining("months operated");
      assertThat(FreshLaw.calculator().assess(TaxCase.of(Year.of(2016), Jurisdiction.CHINA, noDate)).taxDue()).isEqualTo(Cny.ofYuan(25_000));
    }
  }

  @Nested
  class LossYears {
    @ParameterizedTest
    @CsvSource({"0", "-0.01", "-1000000"})
    void noTaxButEligibilityIsStillDecided(String income) {
      TaxAssessment a = assess(2019, income);
      assertThat(a.taxDue()).isEqualTo(Cny.ZERO);
      assertThat(a.standardTax()).isEqualTo(Cny.ZERO);
      assertThat(a.relief()).isEqualTo(Cny.ZERO);
      assertThat(a.effectiveRate()).isEqualTo(Share.ZERO);
      assertThat(a.bands()).isEmpty();
      assertThat(a.eligible()).isTrue();
      assertThat(a.render(Language.EN)).contains("loss");
    }
  }

  @Nested
  class LocalClauses {
    @Test
    void jilinCitesItsClauseForIncubatedStartUpsOnly() {
      EnterpriseFacts incubated = small("150000").incubatedStartUp(true).build();
      TaxAssessment jl = FreshLaw.calculator().assess(TaxCase.of(Year.of(2016), Jurisdiction.JILIN, incubated));
      assertThat(jl.bands().get(0).restatedBy()).extracting(Provision::id).containsExactly("JL-2015-31/2.6");
      assertThat(jl.citations()).extracting(c -> c.document().id()).contains("JL-2015-31", "CN-CS-2015-34");

      TaxAssessment notIncubated = FreshLaw.calculator().assess(TaxCase.of(Year.of(2016), Jurisdiction.JILIN, small("150000").build()));
      assertThat(notIncubated.citations()).extracting(c -> c.document().id()).doesNotContain("JL-2015-31");
      TaxAssessment liaoning = FreshLaw.calculator().assess(TaxCase.of(Year.of(2016), Jurisdiction.LIAONING, incubated));
      assertThat(liaoning.citations()).extracting(c -> c.document().id()).doesNotContain("JL-2015-31");
      assertThat(liaoning.taxDue()).isEqualTo(jl.taxDue());
      // Above 200,000 the Jilin clause (≤ 200,000) restates nothing that applies.
      TaxAssessment above = FreshLaw.calculator().assess(TaxCase.of(Year.of(2016), Jurisdiction.JILIN, small("250000").incubatedStartUp(true)
          .build()));
      assertThat(above.citations()).extracting(c -> c.document().id()).doesNotContain("JL-2015-31");
    }

    @Test
    void jiaxingCitesItsClauseBesideCaiShui2015No99() {
      TaxAssessment jx = FreshLaw.calculator().assess(TaxCase.of(Year.of(2016), Jurisdiction.JIAXING, small("250000").build()));
      assertThat(jx.bands().get(0).citations()).extracting(c -> c.document().id())
          .containsExactly("CN-CS-2015-99", "JX-2015-90");
      assertThat(jx.render(Language.ZH)).contains("嘉政办发〔2015〕90号 五(四)");
      assertThat(FreshLaw.calculator().assess(TaxCase.of(Year.of(2016), Jurisdiction.JIAXING, small("150000").build())).citations())
          .extracting(c -> c.document().id()).doesNotContain("JX-2015-90");
      assertThat(FreshLaw.calculator().assess(TaxCase.of(Year.of(2016), Jurisdiction.ZHEJIANG, small("250000").build())).citations())
          .extracting(c -> c.document().id()).doesNotContain("JX-2015-90");
    }
  }

  @Nested
  class Warnings {
    @Test
    void afterTheLastKnownProvisionNoExtensionIsAssumed() {
      TaxAssessment a = assess(2028, "200000");
      assertThat(a.taxDue()).isEqualTo(Cny.ofYuan(40_000));
      assertThat(a.warnings()).anySatisfy(w -> assertThat(w.description(Language.EN)).contains("no small low-profit enterprise relief is"
          + " known for 2028").contains("2027-12-31").contains("财政部 税务总局公告2023年第12号"));
      assertThat(a.warnings()).anySatisfy(w -> assertThat(w.description(Language.ZH)).contains("回退适用"));
      // In 2027 the only caveat is the secondary clause number of 公告2023年第12号's definition (PROVISIONS.md §0 item 6).
      assertThat(assess(2027, "200000").warnings()).singleElement()
          .satisfies(w -> assertThat(w.description(Language.EN)).contains("第五条").contains("secondary source"));
    }

    @Test
    void aWindowIssueDateOfAReliedOnDocumentIsWarned() {
      Catalogue base = Catalogue.builtIn();
      Provision row5 = base.byId("CN-CS-2015-34");
      PolicyDocument d = row5.citation().document();
      PolicyDocument undated = new PolicyDocument(d.id(), d.number(), d.title(), d.issuer(), d.jurisdiction(),
          IssueDate.between(LocalDate.of(2015, 3, 1), LocalDate.of(2015, 3, 31), Text.of("日不详", "day unknown")),
          d.repeal());
      Catalogue whatIf = base.withReplaced(ImmutableProvision.copyOf(row5).withCitation(new Citation(undated,
          row5.citation().clause(), row5.citation().quote(), row5.citation().quoteKind(), row5.citation().gloss())));
      assertThat(SmallLowProfitTaxCalculator.of(whatIf).assess(TaxCase.of(Year.of(2016), Jurisdiction.CHINA,
          small("150000").build())).warnings())
          .anySatisfy(w -> assertThat(w.description(Language.EN)).contains("财税〔2015〕34号").contains("2015-03-01"));
      assertThat(assess(2016, "150000").warnings()).isEmpty();
      assertThat(assess(2016, "250000").warnings()).isEmpty();
    }

    @Test
    void anUncertainProvisionIsNotReliedOnAndSaysWhy() {
      Catalogue base = Catalogue.builtIn();
      Provision row13 = base.byId("CN-ANN-2023-12");
      Provision uncertainEnd = row13.modifiedValidity(new ValidityPeriod(row13.validity().start(),
          new ValidityPeriod.Within(LocalDate.of(2027, 6, 30), LocalDate.of(2028, 6, 30),
              Text.of("假设的不确定截止日", "a hypothetical uncertain end"))), Text.of("截止日不确定", "end uncertain"));
      SmallLowProfitTaxCalculator calc = SmallLowProfitTaxCalculator.of(base.withReplaced(uncertainEnd));
      TaxAssessment a = calc.assess(TaxCase.of(Year.of(2028), Jurisdiction.CHINA, small("200000").build()));
      assertThat(a.taxDue()).isEqualTo(Cny.ofYuan(40_000));
      assertThat(a.warnings()).anySatisfy(w -> assertThat(w.description(Language.EN)).contains("is not relied on")
          .contains("a hypothetical uncertain end"));
    }
  }

  @Nested
  class WhatIf {
    @Test
    void aHigherCeilingIn2016ChangesTheResultAndIsCitedAsModified() {
      Catalogue base = Catalogue.builtIn();
      Provision reg92 = base.byId("CN-EIT-REG-92");
      Catalogue whatIf = base.withReplaced(reg92.modifiedTerms(
          ((SmallLowProfitCriteria) reg92.terms()).withIncomeCeiling(Cny.ofYuan(500_000)),
          Text.of("应纳税所得额上限改为50万元", "income ceiling set to 500,000")));
      EnterpriseFacts facts = small("400000").build();

      TaxAssessment actual = FreshLaw.calculator().assess(TaxCase.of(Year.of(2016), Jurisdiction.CHINA, facts));
      TaxAssessment hypothetical = SmallLowProfitTaxCalculator.of(whatIf).assess(TaxCase.of(Year.of(2016), Jurisdiction.CHINA,
          facts));
      assertThat(actual.taxDue()).isEqualTo(Cny.ofYuan(100_000));
      assertThat(hypothetical.taxDue()).isEqualTo(Cny.ofYuan(80_000));
      assertThat(hypothetical.eligibility().criteria().isModified()).isTrue();
      assertThat(hypothetical.render(Language.EN)).contains("(modified: income ceiling set to 500,000)");
      assertThat(hypothetical.render(Language.ZH)).contains("（已修改：应纳税所得额上限改为50万元）");
      assertThat(hypothetical.warnings()).anySatisfy(w -> assertThat(w.description(Language.EN)).contains("is modified"));
      assertThat(actual.warnings()).noneSatisfy(w -> assertThat(w.description(Language.EN)).contains("modified"));
    }

    @Test
    void aChangedReliefRateChangesTheBand() {
      Catalogue base = Catalogue.builtIn();
      Provision row13 = base.byId("CN-ANN-2023-12");
      SmallLowProfitRelief r = (SmallLowProfitRelief) row13.terms();
      Catalogue whatIf = base.withReplaced(row13.modifiedTerms(
          new SmallLowProfitRelief(r.band(), r.application(), Share.percent(50), r.rate()),
          Text.of("计入比例改为50%", "inclusion set to 50%")));
      TaxAssessment a = SmallLowProfitTaxCalculator.of(whatIf).assess(TaxCase.of(Year.of(2023), Jurisdiction.CHINA,
          small("2000000").build()));
      assertThat(a.taxDue()).isEqualTo(Cny.ofYuan(200_000));
      assertThat(a.bands().get(0).grantedBy().isModified()).isTrue();
      // Rows 11 and 12 no longer grant the same, so they are not named as also in force.
      assertThat(a.bands().get(0).alsoInForce()).isEmpty();
      assertThat(a.render(Language.EN)).contains("(modified: inclusion set to 50%)");
    }
  }

  @Nested
  class RefusedInput {
    @Test
    void aTaxYearBeforeTheEnterpriseIncomeTaxLaw() {
      assertThatThrownBy(() -> assess(2007, "100000")).isInstanceOf(DateNotCoveredException.class)
          .isInstanceOf(PolicyInputException.class).hasMessageContaining("2008-01-01")
          .hasMessageContaining("第四条第一款");
    }

    @Test
    void missingSizeFactsAreNamed() {
      assertThatThrownBy(() -> EnterpriseFacts.builder().taxableIncome(Cny.ofYuan(1))
          .restrictedOrProhibitedIndustry(false).build())
          .isInstanceOf(MissingFactsException.class).hasMessageContaining("assert that the last two are within the limits")
          .satisfies(e -> assertThat(((MissingFactsException) e).facts()).containsExactly("employees", "totalAssets"));
      assertThatThrownBy(() -> EnterpriseFacts.builder().assertQualifyingSize().build())
          .isInstanceOf(MissingFactsException.class)
          .satisfies(e -> assertThat(((MissingFactsException) e).facts())
              .containsExactly("taxableIncome", "restrictedOrProhibitedIndustry"));
    }

    @Test
    void contradictoryOrImpossibleFacts() {
      assertThatThrownBy(() -> small("1").assertQualifyingSize().build()).isInstanceOf(PolicyInputException.class)
          .hasMessageContaining("not both");
      assertThatThrownBy(() -> EnterpriseFacts.builder().employees(-1)).isInstanceOf(PolicyInputException.class);
      assertThatThrownBy(() -> EnterpriseFacts.builder().totalAssets(Cny.parse("-0.01")))
          .isInstanceOf(PolicyInputException.class).hasMessageContaining("zero or more");
      EnterpriseFacts later = small("1").established(LocalDate.of(2020, 1, 1)).build();
      assertThatThrownBy(() -> FreshLaw.calculator().assess(TaxCase.of(Year.of(2019), Jurisdiction.CHINA, later)))
          .isInstanceOf(PolicyInputException.class).hasMessageContaining("after tax year 2019");
    }

    @Test
    void nullsAreRefusedByName() {
      EnterpriseFacts facts = small("1").build();
      assertThatThrownBy(() -> FreshLaw.calculator().assess(TaxCase.of(null, Jurisdiction.CHINA, facts))).hasMessage("taxYear");
      assertThatThrownBy(() -> FreshLaw.calculator().assess(TaxCase.of(Year.of(2019), null, facts))).hasMessage("jurisdiction");
      assertThatThrownBy(() -> FreshLaw.calculator().assess(TaxCase.of(Year.of(2019), Jurisdiction.CHINA, null))).hasMessage("facts");
      assertThatThrownBy(() -> SmallLowProfitTaxCalculator.of(null)).hasMessage("catalogue");
    }
  }

  @Test
  void rendersInBothLanguagesWithTheNumbers() {
    TaxAssessment a = assess(2023, "2000000");
    assertThat(a.render(Language.ZH)).contains("计算过程").contains("2,000,000.00 × 25% × 20% = 100,000.00")
        .contains("同样有效").contains("引用条款");
    assertThat(a.render(Language.EN)).contains("Steps:").contains("2,000,000.00 × 25% × 20% = 100,000.00")
        .contains("also in force").contains("500,000.00 − 100,000.00 = 400,000.00");
  }
}
