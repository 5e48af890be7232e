package org.zhongchuang.policy.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.zhongchuang.policy.tax.SmallLowProfitTaxPropertiesTest.examples;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import org.zhongchuang.policy.catalogue.IncomeBand;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.SmallLowProfitRelief;
import org.zhongchuang.policy.catalogue.SmallLowProfitRelief.Application;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.text.Text;

/**
 * The compiled plans ({@link TaxPlan}) give exactly what the reference computation gives: the same eligibility, the
 * same amounts to the fen, and the same refusals — over the built-in catalogue and over what-if catalogues whose
 * relief bands, applications and shares are drawn at random.
 */
class CompiledPlanTest {
  private static final SmallLowProfitTaxCalculator CALC = SmallLowProfitTaxCalculator.builtIn();
  private static final Jurisdiction HUZHOU_LIKE =
      Jurisdiction.define("plan-test-town", null, "测试镇", "Test town", Jurisdiction.JIAXING);
  private static final List<Provision> RELIEFS = Catalogue.builtIn().withTerms(SmallLowProfitRelief.class);

  private static void assertSame(SmallLowProfitTaxCalculator calc, Year year, Jurisdiction place,
      EnterpriseFacts facts) {
    TaxAssessment compiled = calc.assess(year, place, facts);
    TaxAssessment reference = calc.assessByReference(year, place, facts);
    assertThat(compiled.eligible()).as("eligible").isEqualTo(reference.eligible());
    assertThat(compiled.taxDue()).as("tax due").isEqualTo(reference.taxDue());
    assertThat(compiled.standardTax()).as("standard tax").isEqualTo(reference.standardTax());
    assertThat(compiled.relief()).as("relief").isEqualTo(reference.relief());
    assertThat(compiled.effectiveRate()).as("effective rate").isEqualTo(reference.effectiveRate());
    // Reading the explanation checks the reference against the compiled amounts once more.
    assertThat(compiled).isEqualTo(reference);
  }

  @Test
  void theBuiltInPlansAgreeWithTheReference() {
    // A new calculator: the built-in one is compiled once per JVM, before a mutation test changes the code.
    SmallLowProfitTaxCalculator fresh = new SmallLowProfitTaxCalculator(Catalogue.builtIn());
    qt().withExamples(examples(3_000)).forAll(SmallLowProfitTaxPropertiesTest.cases())
        .checkAssert(c -> assertSame(fresh, c.year(), c.jurisdiction(), c.facts()));
  }

  @Test
  void everyYearIsCompiledEverywhere() {
    // Otherwise a regression would fall back to the reference unnoticed: right, but a thousand times slower. (A new
    // calculator, not the built-in one: that one is compiled once per JVM, before a mutation test changes the code.)
    SmallLowProfitTaxCalculator fresh = new SmallLowProfitTaxCalculator(Catalogue.builtIn());
    for (Jurisdiction place : ImmutableList.<Jurisdiction>builder().addAll(Jurisdiction.builtIns()).add(HUZHOU_LIKE)
        .build()) {
      for (int year = 2008; year <= 2028; year++) {
        TaxPlan plan = fresh.plan(Year.of(year), place);
        assertThat(plan).as("%s %s", year, place).isNotNull();
        // And its zones compute, for every income (none is left to the reference in the built-in catalogue).
        for (long fen : new long[] {1, 6_000_000, 10_000_000, 25_000_000, 30_000_001, 200_000_000, 400_000_000}) {
          assertThat(plan.reliefTaxDue(Cny.ofFen(fen), LocalDate.of(2000, 1, 1))).as("%s %s %s", year, place, fen)
              .isNotEqualTo(TaxPlan.REFERENCE);
        }
      }
      assertThat(fresh.plan(Year.of(2007), place)).isNull();
      assertThat(fresh.plan(Year.of(2100), place)).isSameAs(fresh.plan(Year.of(2028), place));
    }
    // Each place that names a provision has plans of its own; a place that names none, those of its nearest such.
    Year y = Year.of(2016);
    assertThat(fresh.plan(y, HUZHOU_LIKE)).isSameAs(fresh.plan(y, Jurisdiction.JIAXING));
    assertThat(fresh.plan(y, Jurisdiction.JILIN)).isNotSameAs(fresh.plan(y, Jurisdiction.JIAXING))
        .isNotSameAs(fresh.plan(y, Jurisdiction.CHINA));
    assertThat(fresh.plan(y, Jurisdiction.JIAXING)).isNotSameAs(fresh.plan(y, Jurisdiction.CHINA));
  }

  @Test
  void plansCompiledOnFirstUseByManyThreadsAreOnePerYearAndPlace() {
    SmallLowProfitTaxCalculator fresh = new SmallLowProfitTaxCalculator(Catalogue.builtIn());
    java.util.Map<Integer, java.util.Set<TaxPlan>> byYear = java.util.stream.IntStream.range(0, 4_000).parallel()
        .boxed().collect(java.util.stream.Collectors.groupingByConcurrent(i -> 2008 + i % 21,
            java.util.stream.Collectors.mapping(i -> fresh.plan(Year.of(2008 + i % 21), Jurisdiction.GANSU),
                java.util.stream.Collectors.toCollection(() -> java.util.Collections.newSetFromMap(
                    new java.util.IdentityHashMap<>())))));
    assertThat(byYear).hasSize(21).allSatisfy((year, plans) -> assertThat(plans).hasSize(1));
  }

  @Test
  void aPlaceNamingNoProvisionHasThePlansOfThePlaceItLiesWithin() {
    EnterpriseFacts facts = EnterpriseFacts.builder().taxableIncome(Cny.ofYuan(250_000))
        .restrictedOrProhibitedIndustry(false).industry(Industry.OTHER).employees(10).totalAssets(Cny.ofYuan(1))
        .build();
    TaxAssessment town = CALC.assess(Year.of(2016), HUZHOU_LIKE, facts);
    assertThat(town.taxDue()).isEqualTo(Cny.ofYuan(25_000));
    assertThat(town.citations()).isEqualTo(CALC.assess(Year.of(2016), Jurisdiction.JIAXING, facts).citations());
    assertSame(CALC, Year.of(2016), HUZHOU_LIKE, facts);
  }

  @Test
  void yearsAfterEveryDateHaveTheLastPlanAndYearsBeforeTheLawNone() {
    EnterpriseFacts facts = EnterpriseFacts.builder().taxableIncome(Cny.ofYuan(250_000))
        .restrictedOrProhibitedIndustry(false).assertQualifyingSize().build();
    assertThat(CALC.plan(Year.of(2060), Jurisdiction.JILIN)).isSameAs(CALC.plan(Year.of(2028), Jurisdiction.JILIN));
    assertThat(CALC.plan(Year.of(2027), Jurisdiction.JILIN)).isNotSameAs(CALC.plan(Year.of(2028),
        Jurisdiction.JILIN));
    assertSame(CALC, Year.of(2060), Jurisdiction.CHINA, facts);
    assertThat(CALC.assess(Year.of(2060), Jurisdiction.CHINA, facts).taxDue()).isEqualTo(Cny.ofYuan(50_000));
    assertRefusedAlike(() -> CALC.assess(Year.of(2007), Jurisdiction.CHINA, facts),
        () -> CALC.assessByReference(Year.of(2007), Jurisdiction.CHINA, facts));
  }

  @Test
  void refusalsAreTheReferencesEvenWhenAnotherConditionFails() {
    // 2016's criteria distinguish industries: a restricted enterprise without one is refused, not assessed.
    EnterpriseFacts noIndustry = EnterpriseFacts.builder().taxableIncome(Cny.ofYuan(250_000))
        .restrictedOrProhibitedIndustry(true).employees(10).totalAssets(Cny.ofYuan(1)).build();
    assertRefusedAlike(() -> CALC.assess(Year.of(2016), Jurisdiction.CHINA, noIndustry),
        () -> CALC.assessByReference(Year.of(2016), Jurisdiction.CHINA, noIndustry));
    assertThatThrownBy(() -> CALC.assess(Year.of(2016), Jurisdiction.CHINA, noIndustry))
        .isInstanceOf(MissingFactsException.class);
    // From 2019 the limits are shared: no industry is needed.
    assertSame(CALC, Year.of(2019), Jurisdiction.CHINA, noIndustry);

    EnterpriseFacts later = EnterpriseFacts.builder().taxableIncome(Cny.ofYuan(250_000))
        .restrictedOrProhibitedIndustry(false).assertQualifyingSize().established(LocalDate.of(2017, 1, 1)).build();
    assertRefusedAlike(() -> CALC.assess(Year.of(2016), Jurisdiction.CHINA, later),
        () -> CALC.assessByReference(Year.of(2016), Jurisdiction.CHINA, later));
    assertSame(CALC, Year.of(2017), Jurisdiction.CHINA, later);
  }

  @Test
  void theSplitYearIsCompiledAndNeedsTheEstablishmentDateOnlyInTheSplitBand() {
    SmallLowProfitTaxCalculator fresh = new SmallLowProfitTaxCalculator(Catalogue.builtIn());
    Year y2015 = Year.of(2015);
    EnterpriseFacts.Builder noDate = EnterpriseFacts.builder().restrictedOrProhibitedIndustry(false)
        .assertQualifyingSize();
    // Below 99号's band no date is needed; in it, the reference refuses without one.
    assertSame(fresh, y2015, Jurisdiction.CHINA, noDate.taxableIncome(Cny.ofYuan(200_000)).build());
    EnterpriseFacts inBand = noDate.taxableIncome(Cny.ofYuan(250_000)).build();
    assertRefusedAlike(() -> fresh.assess(y2015, Jurisdiction.CHINA, inBand),
        () -> fresh.assessByReference(y2015, Jurisdiction.CHINA, inBand));
    // Established every month of 2014 and 2015: 61号's months, relieved share and rest to the fen.
    for (LocalDate day = LocalDate.of(2014, 1, 15); day.getYear() < 2016; day = day.plusMonths(1)) {
      for (long fen : new long[] {20_000_001L, 25_000_000L, 25_000_001L, 29_999_999L, 30_000_000L}) {
        assertSame(fresh, y2015, Jurisdiction.CHINA, EnterpriseFacts.builder().taxableIncome(Cny.ofFen(fen))
            .restrictedOrProhibitedIndustry(false).assertQualifyingSize().established(day).build());
      }
    }
    // Established in March 2015: 10 months operated, 3 of them from October: 250,000 × 3/10 = 75,000 halved
    // (7,500.00) and 175,000 at 20% (35,000.00).
    assertThat(fresh.assess(y2015, Jurisdiction.CHINA, noDate.taxableIncome(Cny.ofYuan(250_000))
        .established(LocalDate.of(2015, 3, 1)).build()).taxDue()).isEqualTo(Cny.ofYuan(42_500));
  }

  private static void assertRefusedAlike(ThrowingCallable compiled, ThrowingCallable reference) {
    Throwable expected = org.assertj.core.api.Assertions.catchThrowable(reference);
    assertThat(expected).isInstanceOf(PolicyInputException.class);
    assertThatThrownBy(compiled).isInstanceOf(expected.getClass()).hasMessage(expected.getMessage());
  }

  // ---------------------------------------------------------------------------------------------- what-if catalogues

  /** The 2016 whole-income rows replaced by one row of the given band and share; 2016, national. */
  private static SmallLowProfitTaxCalculator with2016Relief(Range<Cny> band, Application application) {
    Catalogue base = Catalogue.builtIn();
    Catalogue changed = base;
    for (String id : ImmutableList.of("CN-CS-2014-34", "CN-CS-2015-34", "CN-CS-2015-99")) {
      Provision p = base.byId(id);
      SmallLowProfitRelief r = (SmallLowProfitRelief) p.terms();
      changed = changed.withReplaced(p.modifiedTerms(new SmallLowProfitRelief(incomeBand(band), application,
          r.inclusion(),
          r.rate()), Text.of("测试", "test")));
    }
    return new SmallLowProfitTaxCalculator(changed);
  }

  /** A bounded range as the catalogue's band. */
  static IncomeBand incomeBand(Range<Cny> r) {
    return new IncomeBand(r.hasLowerBound() ? r.lowerEndpoint() : null,
        r.hasLowerBound() && r.lowerBoundType() == BoundType.CLOSED, r.upperEndpoint(),
        r.upperBoundType() == BoundType.CLOSED);
  }

  private static EnterpriseFacts small(long fen) {
    return EnterpriseFacts.builder().taxableIncome(Cny.ofFen(fen)).restrictedOrProhibitedIndustry(false)
        .assertQualifyingSize().build();
  }

  @Test
  void wholeIncomeBandsOfEveryShapeAgreeAtTheirEdges() {
    Cny low = Cny.ofYuan(100_000);
    Cny high = Cny.ofYuan(200_000);
    long[] edges = {low.toFen() - 1, low.toFen(), low.toFen() + 1, high.toFen() - 1, high.toFen(), high.toFen() + 1};
    for (Range<Cny> band : ImmutableList.of(Range.closed(low, high), Range.open(low, high),
        Range.closedOpen(low, high), Range.openClosed(low, high), Range.lessThan(high))) {
      SmallLowProfitTaxCalculator calc = with2016Relief(band, Application.WHOLE_INCOME);
      assertThat(calc.plan(Year.of(2016), Jurisdiction.CHINA)).as("%s", band).isNotNull();
      for (long fen : edges) {
        assertSame(calc, Year.of(2016), Jurisdiction.CHINA, small(fen));
        // Halved (10%) inside the band, the plain 20% outside it.
        long expected = band.contains(Cny.ofFen(fen)) ? (fen + 5) / 10 : (fen + 2) / 5;
        assertThat(calc.assess(Year.of(2016), Jurisdiction.CHINA, small(fen)).taxDue().toFen())
            .as("%s at %s", band, fen).isEqualTo(expected);
      }
    }
  }

  @Test
  void portionBandsOtherThanLowHighClosedAreLeftToTheReference() {
    Cny low = Cny.ofYuan(100_000);
    Cny high = Cny.ofYuan(200_000);
    assertThat(with2016Relief(Range.openClosed(low, high), Application.PORTION).plan(Year.of(2016),
        Jurisdiction.CHINA)).isNotNull();
    assertThat(with2016Relief(Range.atMost(high), Application.PORTION).plan(Year.of(2016), Jurisdiction.CHINA))
        .isNotNull();
    for (Range<Cny> band : ImmutableList.of(Range.closed(low, high), Range.open(low, high),
        Range.closedOpen(low, high))) {
      SmallLowProfitTaxCalculator calc = with2016Relief(band, Application.PORTION);
      assertThat(calc.plan(Year.of(2016), Jurisdiction.CHINA)).as("%s", band).isNull();
      assertSame(calc, Year.of(2016), Jurisdiction.CHINA, small(low.toFen() + 1));
    }
    // A portion band reaching the greatest amount: no zone above it.
    SmallLowProfitTaxCalculator top = with2016Relief(Range.openClosed(low, Cny.MAX), Application.PORTION);
    assertThat(top.plan(Year.of(2016), Jurisdiction.CHINA)).isNotNull();
    assertSame(top, Year.of(2016), Jurisdiction.CHINA, small(Long.MAX_VALUE / 8));
  }

  /** A relief of the built-in catalogue with a band, application and share drawn at random. */
  record Change(Provision relief, Range<Cny> band, Application application, Share inclusion) {
    Catalogue catalogue() {
      SmallLowProfitRelief r = (SmallLowProfitRelief) relief.terms();
      return Catalogue.builtIn().withReplaced(relief.modifiedTerms(
          new SmallLowProfitRelief(incomeBand(band), application, inclusion, r.rate()), Text.of("测试", "test")));
    }
  }

  private static final Gen<Long> EDGE_FEN = arbitrary().pick(ImmutableList.of(0L, 3_000_000L, 10_000_000L,
      30_000_000L, 100_000_000L, 300_000_000L)).mix(longs().between(-1_000_000L, 400_000_000L), 40);

  private static Gen<Range<Cny>> bands() {
    // Mostly (low, high]; sometimes at most high, or a closed band (which the plans leave to the reference).
    return EDGE_FEN.zip(EDGE_FEN, integers().between(0, 9), (a, b, shape) -> {
      Cny low = Cny.ofFen(Math.min(a, b));
      Cny high = Cny.ofFen(Math.max(Math.max(a, b), Math.min(a, b) + 1));
      return shape == 0 ? Range.atMost(high) : shape == 1 ? Range.closed(low, high) : Range.openClosed(low, high);
    });
  }

  private static Gen<Change> changes() {
    Gen<Share> inclusions = arbitrary().pick(ImmutableList.of(Share.percent(5), Share.percent("12.5"),
        Share.percent(25), Share.percent(50), Share.ofFraction(1, 3), Share.ONE));
    return arbitrary().pick(RELIEFS).zip(bands(), arbitrary().enumValues(Application.class), inclusions,
        Change::new);
  }

  @Test
  void whatIfPlansAgreeWithTheReference() {
    // A year in which the changed relief is in force, or the year after.
    Gen<Integer> afterStart = integers().between(0, 3);
    Gen<EnterpriseFacts> facts = EDGE_FEN.zip(longs().between(-2, 2), Long::sum)
        .zip(SmallLowProfitTaxPropertiesTest.enterprises(), (income, builder) -> builder
            .taxableIncome(Cny.ofFen(income)).established(LocalDate.of(2008, 5, 1)).build());
    qt().withExamples(examples(600)).forAll(changes(), afterStart, facts, arbitrary().pick(Jurisdiction.builtIns()))
        .checkAssert((change, offset, enterprise, place) -> {
          Year year = Year.of(change.relief().validity().earliestStart().getYear() + offset);
          assertSame(new SmallLowProfitTaxCalculator(change.catalogue()), year, place, enterprise);
        });
  }
}
