package org.zhongchuang.policy.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.SmallLowProfitCriteria;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;

/** Invariants of the calculator over every known year, biased towards the band edges and ceilings. */
class SmallLowProfitTaxPropertiesTest {
  private static final LocalDate FIRST = LocalDate.of(2000, 1, 1);

  /** Every band edge and ceiling of §2.2, in fen. */
  private static final Gen<Long> EDGES = arbitrary().pick(ImmutableList.of(0L, 3_000_000L, 6_000_000L,
      10_000_000L, 20_000_000L, 30_000_000L, 50_000_000L, 100_000_000L, 300_000_000L))
      .zip(longs().between(-3, 3), Long::sum);
  private static final Gen<Cny> INCOMES = longs().between(-1_000_000L, 400_000_000L).mix(EDGES, 50).map(Cny::ofFen);
  private static final Gen<Year> YEARS = integers().between(2008, 2040).map(Year::of);

  /**
   * The examples a property runs: {@code full}, or fewer when the system property {@code QT_EXAMPLES} asks for fewer
   * (the mutation run sets it; {@code withExamples} would otherwise override QuickTheories' own reading of it).
   */
  static int examples(int full) {
    Integer asked = Integer.getInteger("QT_EXAMPLES");
    return asked == null ? full : Math.min(full, asked);
  }

  record Case(Year year, Jurisdiction jurisdiction, EnterpriseFacts facts) {
    TaxAssessment assess() {
      return FreshLaw.calculator().assess(TaxCase.of(year, jurisdiction, facts));
    }

    Case withIncome(Cny income) {
      EnterpriseFacts.Builder b = EnterpriseFacts.builder().taxableIncome(income)
          .restrictedOrProhibitedIndustry(facts.restrictedOrProhibitedIndustry())
          .industry(facts.industry().orElseThrow()).employees(facts.employees().orElseThrow())
          .totalAssets(facts.totalAssets().orElseThrow().asAmount().orElseThrow()).incubatedStartUp(facts.incubatedStartUp());
      facts.established().ifPresent(b::established);
      return new Case(year, jurisdiction, b.build());
    }
  }

  /** Mostly small enterprises (so that reliefs are exercised), sometimes too large or restricted. */
  static Gen<EnterpriseFacts.Builder> enterprises() {
    Gen<Integer> employees = integers().between(0, 120).mix(integers().between(0, 320), 20);
    Gen<Long> assetsFen = longs().between(0, 1_000_000_000L).mix(longs().between(0, 6_000_000_000L), 20);
    // 0..39: one in twenty restricted, half of them incubated start-ups.
    Gen<Integer> flags = integers().between(0, 39);
    return arbitrary().enumValues(Industry.class).zip(employees, assetsFen, flags,
        (industry, staff, assets, flag) -> EnterpriseFacts.builder().industry(industry).employees(staff)
            .totalAssets(Cny.ofFen(assets)).restrictedOrProhibitedIndustry(flag % 20 == 0)
            .incubatedStartUp(flag >= 20));
  }

  /** Established any day from 2000 to the end of the tax year, often during 2015 (the split year). */
  static Gen<Case> cases() {
    Gen<Jurisdiction> places = arbitrary().pick(Jurisdiction.builtIns());
    Gen<LocalDate> established = integers().between(0, 366 * 33).map(FIRST::plusDays)
        .mix(integers().between(0, 364).map(d -> LocalDate.of(2015, 1, 1).plusDays(d)), 30);
    return YEARS.zip(places, INCOMES, enterprises(), established, (year, place, income, builder, date) -> {
      LocalDate yearEnd = year.atMonth(12).atEndOfMonth();
      return new Case(year, place,
          builder.taxableIncome(income).established(date.isAfter(yearEnd) ? yearEnd : date).build());
    });
  }

  @Test
  void taxIsBetweenZeroAndTheStatutoryTaxAndReconcilesExactly() {
    qt().withExamples(examples(2000)).forAll(cases()).checkAssert(c -> {
      TaxAssessment a = c.assess();
      assertThat(a.taxDue().isPositiveOrZero()).isTrue();
      assertThat(a.taxDue()).isLessThanOrEqualTo(a.standardTax());
      assertThat(a.taxDue().plus(a.relief())).isEqualTo(a.standardTax());
      assertThat(a.standardTax()).isEqualTo(a.taxableIncome().isPositive()
          ? a.taxableIncome().multipliedBy(Share.percent(25), RoundingMode.HALF_UP) : Cny.ZERO);
      // The effective rate is exact: rate × income gives back the tax due without rounding. (It may exceed 25% for
      // incomes of a few fen, where the tax itself is rounded up to a whole fen.)
      if (a.taxableIncome().isPositive()) {
        assertThat(a.taxableIncome().multipliedBy(a.effectiveRate(), RoundingMode.UNNECESSARY)).isEqualTo(a.taxDue());
      } else {
        assertThat(a.effectiveRate()).isEqualTo(Share.ZERO);
      }
    });
  }

  @Test
  void bandsAddUpToTheIncomeAndTheTax() {
    qt().withExamples(examples(2000)).forAll(cases()).checkAssert(c -> {
      TaxAssessment a = c.assess();
      assertThat(Cny.total(a.bands().stream().map(TaxBand::tax).collect(Collectors.toList()))).isEqualTo(a.taxDue());
      assertThat(Cny.total(a.bands().stream().map(TaxBand::amount).collect(Collectors.toList())))
          .isEqualTo(a.taxableIncome().max(Cny.ZERO));
      assertThat(a.bands()).allSatisfy(b -> {
        assertThat(b.tax()).isEqualTo(b.amount().multipliedBy(b.inclusion().times(b.rate()), RoundingMode.HALF_UP));
        assertThat(b.amount().isPositive()).isTrue();
      });
      if (!a.eligible() && a.taxableIncome().isPositive()) {
        assertThat(a.taxDue()).isEqualTo(a.standardTax());
      }
    });
  }

  @Test
  void withinAYearAndUnderTheCeilingTaxNeverFallsAsIncomeRises() {
    qt().withExamples(examples(1500)).forAll(cases(), INCOMES).checkAssert((c, other) -> {
      Cny ceiling = ((SmallLowProfitCriteria) c.assess().eligibility().criteria().terms()).incomeCeiling();
      Cny low = c.facts().taxableIncome().min(other);
      Cny high = c.facts().taxableIncome().max(other);
      if (high.isGreaterThan(ceiling)) {
        return;
      }
      assertThat(c.withIncome(low).assess().taxDue()).isLessThanOrEqualTo(c.withIncome(high).assess().taxDue());
      // One fen more never lowers the tax either.
      Cny next = low.plus(Cny.ofFen(1));
      if (!next.isGreaterThan(ceiling)) {
        assertThat(c.withIncome(low).assess().taxDue()).isLessThanOrEqualTo(c.withIncome(next).assess().taxDue());
      }
    });
  }

  @Test
  void aYearsResultDependsOnlyOnThatYearsInForceProvisions() {
    qt().withExamples(examples(400)).forAll(cases()).checkAssert(c -> {
      Catalogue onlyThatYear = Catalogue.of(Catalogue.builtIn().all().stream()
          .filter(p -> !p.statusDuring(c.year()).isNotInForce()).collect(Collectors.toList()));
      TaxAssessment full = c.assess();
      TaxAssessment alone = SmallLowProfitTaxCalculator.of(onlyThatYear).assess(TaxCase.of(c.year(), c.jurisdiction(),
          c.facts()));
      assertThat(alone.taxDue()).isEqualTo(full.taxDue());
      assertThat(alone.bands()).isEqualTo(full.bands());
      assertThat(alone.eligibility()).isEqualTo(full.eligibility());
    });
  }

  @Test
  void localClausesAddCitationsButNeverChangeTheNumbers() {
    qt().withExamples(examples(400)).forAll(cases()).checkAssert(c -> {
      TaxAssessment here = c.assess();
      TaxAssessment national = new Case(c.year(), Jurisdiction.CHINA, c.facts()).assess();
      assertThat(here.taxDue()).isEqualTo(national.taxDue());
      assertThat(here.relief()).isEqualTo(national.relief());
      assertThat(here.citations()).containsAll(national.citations());
    });
  }
}
