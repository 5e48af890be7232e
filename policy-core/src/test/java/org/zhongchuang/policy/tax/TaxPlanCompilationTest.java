package org.zhongchuang.policy.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.DateNotCoveredException;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.ImmutableProvision;
import org.zhongchuang.policy.catalogue.IncomeBand;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.SmallLowProfitRelief;
import org.zhongchuang.policy.catalogue.SmallLowProfitRelief.Application;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.law.ValidityPeriod;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.text.Text;

/**
 * How the law of a year is compiled into a plan, each through a calculator of its own so that the compilation runs in
 * the test: bands closed at their lower end, a split year beneath a newer portion band, a relief in force for part of
 * the year, criteria that ended, the plans shared by the years after every date of the catalogue, and catalogues that
 * hold too little law.
 */
class TaxPlanCompilationTest {
  private static final Text TEST = Text.of("测试", "test");

  private static EnterpriseFacts.Builder firm(String income) {
    return EnterpriseFacts.builder().taxableIncome(Cny.parse(income)).restrictedOrProhibitedIndustry(false)
        .industry(Industry.OTHER).employees(10).totalAssets(Cny.ofYuan(1_000_000))
        .established(LocalDate.of(2000, 1, 1));
  }

  private static TaxAssessment assess(Catalogue law, int year, EnterpriseFacts facts) {
    return SmallLowProfitTaxCalculator.of(law).assess(TaxCase.of(Year.of(year), Jurisdiction.CHINA, facts));
  }

  private static String signature(TaxAssessment a) {
    return a.bands().stream().map(b -> b.amount() + "×" + b.effectiveRate()).collect(Collectors.joining("|"));
  }

  @Test
  void aBandClosedAtItsLowerEndRelievesAnIncomeExactlyThere() {
    // 2018 holds one relief, 财税〔2018〕77号; here it grants [500,000, 1,000,000] instead of (0, 1,000,000].
    Catalogue base = Catalogue.builtIn();
    Provision row8 = base.byId("CN-CS-2018-77");
    Catalogue whatIf = base.withReplaced(row8.modifiedTerms(new SmallLowProfitRelief(
        new IncomeBand(Cny.ofYuan(500_000), true, Cny.ofYuan(1_000_000), true), Application.WHOLE_INCOME,
        Share.percent(50), Share.percent(20)), TEST));
    // Below the band: the plain small low-profit rate, 499,999.99 × 20% = 99,999.998 → 100,000.00.
    TaxAssessment below = assess(whatIf, 2018, firm("499999.99").build());
    assertThat(below.taxDue()).isEqualTo(Cny.parse("100000.00"));
    assertThat(below.bands()).extracting(b -> b.grantedBy().id()).containsExactly("CN-EIT-28-1");
    // At its lower end: 500,000.00 × 50% × 20% = 50,000.00.
    TaxAssessment at = assess(whatIf, 2018, firm("500000.00").build());
    assertThat(at.taxDue()).isEqualTo(Cny.parse("50000.00"));
    assertThat(at.bands()).extracting(b -> b.grantedBy().id()).containsExactly("CN-CS-2018-77");
    // Above it: 500,000.01 × 10% = 50,000.001 → 50,000.00.
    assertThat(assess(whatIf, 2018, firm("500000.01").build()).taxDue()).isEqualTo(Cny.parse("50000.00"));
  }

  @Test
  void aSplitYearBandAboveANewerPortionBandIsApportionedOnItsOwnWidth() {
    // A what-if portion relief, issued after 财税〔2015〕99号 and in force all 2015: (0, 100,000] at 25% × 20%.
    Catalogue base = Catalogue.builtIn();
    Provision portion = ImmutableProvision.copyOf(base.byId("CN-CS-2017-43")).withId("TEST-PORTION")
        .withValidity(ValidityPeriod.between(LocalDate.of(2015, 1, 1), LocalDate.of(2016, 12, 31)))
        .withTerms(new SmallLowProfitRelief(IncomeBand.upTo(Cny.ofYuan(100_000)), Application.PORTION,
            Share.percent(25), Share.percent(20)));
    Catalogue whatIf = base.withAdded(portion);
    // Established 2015-05-20: 8 months operated in 2015, 3 of them from October; 99号 relieves 3/8 of its band.
    TaxAssessment a = assess(whatIf, 2015, firm("250000").established(LocalDate.of(2015, 5, 20)).build());
    // (0, 100,000]: 100,000 × 25% × 20% = 5,000.
    // (100,000, 250,000]: 150,000 × 3/8 = 56,250 at 50% × 20% = 5,625; the other 93,750 at 20% = 18,750.
    assertThat(signature(a)).isEqualTo("100000.00×5%|56250.00×10%|93750.00×20%");
    assertThat(a.bands()).extracting(b -> b.grantedBy().id())
        .containsExactly("TEST-PORTION", "CN-CS-2015-99", "CN-EIT-28-1");
    assertThat(a.taxDue()).isEqualTo(Cny.parse("29375.00"));
    // Established after 2015-10-01 the whole band is relieved: 5,000 + 150,000 × 10% = 20,000.
    TaxAssessment late = assess(whatIf, 2015, firm("250000").established(LocalDate.of(2015, 11, 2)).build());
    assertThat(signature(late)).isEqualTo("100000.00×5%|150000.00×10%");
    assertThat(late.taxDue()).isEqualTo(Cny.parse("20000.00"));
  }

  @Test
  void aReliefInForceForPartOfTheYearIsAppliedToTheWholeYearAndSaysSo() {
    Catalogue base = Catalogue.builtIn();
    Provision row8 = base.byId("CN-CS-2018-77");
    Catalogue whatIf = base.withReplaced(row8.modifiedValidity(
        ValidityPeriod.between(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 6, 30)), TEST));
    TaxAssessment a = assess(whatIf, 2018, firm("500000").build());
    // 500,000 × 50% × 20% = 50,000: the relief is applied to the whole year.
    assertThat(a.taxDue()).isEqualTo(Cny.ofYuan(50_000));
    assertThat(a.explanation().warnings(Language.EN))
        .anySatisfy(w -> assertThat(w).contains("is in force for only part of tax year 2018 (")
            .endsWith("and the catalogue holds no apportionment rule for the year: applied to the whole year"));
    // The relief as built in covers 2018 entirely: no such warning.
    assertThat(FreshLaw.calculator().assess(TaxCase.of(Year.of(2018), Jurisdiction.CHINA, firm("500000").build()))
        .explanation().warnings(Language.EN)).noneSatisfy(w -> assertThat(w).contains("only part of tax year"));
  }

  @Test
  void criteriaThatEndedAreNamedWhereTheYearFallsBack() {
    TaxAssessment a = FreshLaw.calculator().assess(TaxCase.of(Year.of(2028), Jurisdiction.CHINA,
        firm("200000").build()));
    assertThat(a.eligibility().criteria().id()).isEqualTo("CN-EIT-REG-92");
    assertThat(a.explanation().warnings(Language.EN)).anySatisfy(w -> assertThat(w).startsWith("the newer criteria ")
        .contains("公告2023年第12号").contains(" ended 2027-12-31; no newer criteria are known for 2028, so ")
        .contains("第九十二条"));
    assertThat(FreshLaw.calculator().assess(TaxCase.of(Year.of(2027), Jurisdiction.CHINA, firm("200000").build()))
        .explanation().warnings(Language.EN)).noneSatisfy(w -> assertThat(w).contains("newer criteria"));
  }

  @Test
  void theYearsAfterEveryDateOfTheCatalogueShareOnePlan() {
    List<Jurisdiction> places = List.of(Jurisdiction.CHINA, Jurisdiction.JILIN, Jurisdiction.LIAONING,
        Jurisdiction.ZHEJIANG, Jurisdiction.JIAXING, Jurisdiction.GANSU, Jurisdiction.LANBAI);
    SmallLowProfitTaxCalculator calc = FreshLaw.calculator();
    // The last date of the built-in tax provisions is in 2027 (公告2023年第12号 ends 2027-12-31).
    for (Jurisdiction place : places) {
      TaxPlan later = calc.plan(Year.of(2100), place);
      assertThat(later).as("%s", place).isSameAs(calc.plan(Year.of(2029), place))
          .isSameAs(calc.plan(Year.of(3000), place));
      assertThat(later.year).as("%s", place).isEqualTo(Year.of(2028));
      assertThat(calc.plan(Year.of(2028), place)).isSameAs(later);
      assertThat(calc.plan(Year.of(2027), place)).isNotSameAs(later);
      assertThat(calc.plan(Year.of(2027), place).year).isEqualTo(Year.of(2027));
      assertThat(calc.plan(Year.of(2016), place).year).isEqualTo(Year.of(2016));
    }
    // A fresh calculator compiling a far year first compiles the same law.
    TaxPlan first = FreshLaw.calculator().plan(Year.of(2029), Jurisdiction.CHINA);
    assertThat(first.year).isEqualTo(Year.of(2028));
    assertThat(calc.plan(Year.of(2007), Jurisdiction.CHINA)).isNull();
  }

  @Test
  void aCatalogueWithoutTaxLawIsRefusedNamingWhatItLacks() {
    SmallLowProfitTaxCalculator none = SmallLowProfitTaxCalculator.of(Catalogue.empty());
    assertThatThrownBy(() -> none.assess(TaxCase.of(Year.of(2020), Jurisdiction.CHINA, firm("1").build())))
        .isInstanceOf(PolicyInputException.class).isNotInstanceOf(DateNotCoveredException.class)
        .hasMessageStartingWith("the catalogue holds no statutory enterprise income tax rate certainly in force in "
            + "tax year 2020");
    // Only the statutory rate: the criteria and the small low-profit rate are named as lacking.
    SmallLowProfitTaxCalculator rateOnly = SmallLowProfitTaxCalculator.of(
        Catalogue.of(List.of(Catalogue.builtIn().byId("CN-EIT-4"))));
    assertThatThrownBy(() -> rateOnly.assess(TaxCase.of(Year.of(2020), Jurisdiction.JIAXING, firm("1").build())))
        .isInstanceOf(PolicyInputException.class)
        .hasMessageContaining("small low-profit enterprise criteria")
        .hasMessageContaining("small low-profit enterprise rate")
        .hasMessageNotContaining("statutory enterprise income tax rate");
  }

  @Test
  void theFirstKnownYearIsTheEarliestStatutoryRate() {
    // A what-if second statutory rate from 2030: the law is still known from 2008.
    Catalogue base = Catalogue.builtIn();
    Provision later = ImmutableProvision.copyOf(base.byId("CN-EIT-4")).withId("TEST-EIT-4-2030")
        .withValidity(ValidityPeriod.from(LocalDate.of(2030, 1, 1)));
    SmallLowProfitTaxCalculator calc = SmallLowProfitTaxCalculator.of(base.withAdded(later));
    assertThatThrownBy(() -> calc.assess(TaxCase.of(Year.of(2007), Jurisdiction.CHINA, firm("1").build())))
        .isInstanceOfSatisfying(DateNotCoveredException.class,
            e -> assertThat(e.firstKnown()).isEqualTo(LocalDate.of(2008, 1, 1)));
    // Listed first, the later rate is still not the first known.
    SmallLowProfitTaxCalculator reordered = SmallLowProfitTaxCalculator.of(Catalogue.of(
        java.util.stream.Stream.concat(java.util.stream.Stream.of(later), base.all().stream()).toList()));
    assertThatThrownBy(() -> reordered.assess(TaxCase.of(Year.of(2007), Jurisdiction.CHINA, firm("1").build())))
        .isInstanceOfSatisfying(DateNotCoveredException.class,
            e -> assertThat(e.firstKnown()).isEqualTo(LocalDate.of(2008, 1, 1)));
  }
}
