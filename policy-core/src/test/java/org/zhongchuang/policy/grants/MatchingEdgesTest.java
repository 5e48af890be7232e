package org.zhongchuang.policy.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhongchuang.policy.catalogue.AwardLevel.MUNICIPAL;
import static org.zhongchuang.policy.catalogue.AwardLevel.NATIONAL;
import static org.zhongchuang.policy.catalogue.AwardLevel.PROVINCIAL;
import static org.zhongchuang.policy.grants.MatchingCalculatorTest.award;
import static org.zhongchuang.policy.grants.MatchingCalculatorTest.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.DateNotCoveredException;
import org.zhongchuang.policy.JavaSerialization;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.Confidence;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.explain.Caveat;
import org.zhongchuang.policy.explain.Step;
import org.zhongchuang.policy.law.Citation;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.law.QuoteKind;
import org.zhongchuang.policy.law.ValidityPeriod;
import org.zhongchuang.policy.money.AmountOverflowException;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.text.Text;

/**
 * The matching calculator at its edges: caps of zero, a year's cap exhausted, many awards out of date order, a rule
 * whose start and end are both known only to windows, sums beyond the largest amount, and the words of the caps.
 */
class MatchingEdgesTest {
  private static final Jurisdiction QUZHOU =
      Jurisdiction.define("quzhou-edges", null, "衢州市", "Quzhou", Jurisdiction.ZHEJIANG);
  private static final LocalDate FROM_2016 = LocalDate.of(2016, 1, 1);

  private static MatchingAssessment assess(Provision rule, List<Award> awards) {
    return MatchingCalculator.of(Catalogue.builtIn().withAdded(rule))
        .assess(MatchingCase.builder().rule(rule.id()).awards(awards).build());
  }

  private static String formula(MatchingAssessment result, int line) {
    return result.lineSteps().get(line).formula(Language.EN);
  }

  // ---------------------------------------------------------------- caps of zero: a cap that allows nothing

  @Test
  void aCapPerAwardOfZeroMatchesNothingAndSaysTheCapBound() {
    Provision zero = rule("QZ/zero-award", QUZHOU, Share.ONE, Optional.of(Cny.ZERO), Optional.empty(),
        ValidityPeriod.from(FROM_2016));
    MatchingAssessment result = assess(zero, List.of(award(NATIONAL, "300", "2017-01-01")));

    MatchingLine line = result.lines().get(0);
    assertThat(line.reason()).isEqualTo(MatchingReason.CAPPED_PER_AWARD);
    assertThat(line.product()).isEqualTo(Cny.ofYuan(300));
    assertThat(line.matched()).isEqualTo(Cny.ZERO);
    assertThat(line.capApplied()).contains(Cny.ZERO);
    assertThat(result.matchingAmount()).isEqualTo(Cny.ZERO);
    // 300.00 × 100% = 300.00, then min(300.00, 0.00) = 0.00.
    assertThat(formula(result, 0)).isEqualTo("300.00 × 100% = 300.00; min(300.00, cap/award 0.00) = 0.00");
  }

  @Test
  void aCapPerYearOfZeroMatchesNothingInAnyYear() {
    Provision zero = rule("QZ/zero-year", QUZHOU, Share.ONE, Optional.empty(), Optional.of(Cny.ZERO),
        ValidityPeriod.from(FROM_2016));
    MatchingAssessment result = assess(zero, List.of(award(NATIONAL, "300", "2017-01-01"),
        award(PROVINCIAL, "5", "2018-06-01")));

    assertThat(result.lines()).extracting(MatchingLine::reason)
        .containsExactly(MatchingReason.CAPPED_PER_YEAR, MatchingReason.CAPPED_PER_YEAR);
    assertThat(result.lines()).extracting(MatchingLine::matched).containsExactly(Cny.ZERO, Cny.ZERO);
    assertThat(result.lines()).extracting(MatchingLine::capApplied)
        .containsExactly(Optional.of(Cny.ZERO), Optional.of(Cny.ZERO));
    assertThat(result.matchingAmount()).isEqualTo(Cny.ZERO);
    assertThat(formula(result, 0)).isEqualTo("300.00 × 100% = 300.00; min(300.00, cap/2017 0.00 − used 0.00) = 0.00");
    assertThat(formula(result, 1)).isEqualTo("5.00 × 100% = 5.00; min(5.00, cap/2018 0.00 − used 0.00) = 0.00");
  }

  @Test
  void anExhaustedYearLeavesNothingAndTheLineShowsWhatWasUsed() {
    // 50%, at most 100,000 per award and 150,000 per year: 200,000 → 100,000; 100,000 → 50,000; then nothing left.
    Provision capped = rule("QZ/capped", QUZHOU, Share.percent(50), Optional.of(Cny.ofYuan(100_000)),
        Optional.of(Cny.ofYuan(150_000)), ValidityPeriod.from(FROM_2016));
    MatchingAssessment result = assess(capped, List.of(award(NATIONAL, "200000", "2017-01-01"),
        award(NATIONAL, "100000", "2017-02-01"), award(NATIONAL, "40000", "2017-03-01")));

    assertThat(result.lines()).extracting(MatchingLine::matched)
        .containsExactly(Cny.ofYuan(100_000), Cny.ofYuan(50_000), Cny.ZERO);
    assertThat(result.lines()).extracting(MatchingLine::reason).containsExactly(MatchingReason.MATCHED,
        MatchingReason.MATCHED, MatchingReason.CAPPED_PER_YEAR);
    assertThat(result.lines().get(2).capApplied()).contains(Cny.ZERO);
    assertThat(formula(result, 0)).isEqualTo("200,000.00 × 50% = 100,000.00");
    assertThat(formula(result, 2))
        .isEqualTo("40,000.00 × 50% = 20,000.00; min(20,000.00, cap/2017 150,000.00 − used 150,000.00) = 0.00");
  }

  @Test
  void bothCapsOnOneLineAreShownInTurn() {
    Provision capped = rule("QZ/both", QUZHOU, Share.percent(50), Optional.of(Cny.ofYuan(100_000)),
        Optional.of(Cny.ofYuan(150_000)), ValidityPeriod.from(FROM_2016));
    // 300,000 × 50% = 150,000 → cap per award 100,000 → 2017 has 150,000 − 100,000 = 50,000 left.
    MatchingAssessment result = assess(capped, List.of(award(NATIONAL, "300000", "2017-01-01"),
        award(PROVINCIAL, "300000", "2017-05-01")));

    assertThat(result.lines()).extracting(MatchingLine::reason)
        .containsExactly(MatchingReason.CAPPED_PER_AWARD, MatchingReason.CAPPED_PER_YEAR);
    assertThat(result.lines()).extracting(MatchingLine::capApplied)
        .containsExactly(Optional.of(Cny.ofYuan(100_000)), Optional.of(Cny.ofYuan(50_000)));
    assertThat(formula(result, 0))
        .isEqualTo("300,000.00 × 50% = 150,000.00; min(150,000.00, cap/award 100,000.00) = 100,000.00");
    assertThat(formula(result, 1)).isEqualTo("300,000.00 × 50% = 150,000.00; min(150,000.00, cap/award 100,000.00)"
        + " = 100,000.00; min(100,000.00, cap/2017 150,000.00 − used 100,000.00) = 50,000.00");
    // The rule's step states both caps.
    assertThat(result.explanation().steps().get(0).description(Language.EN)).contains(
        "awards at national, provincial, municipal level matched at 50%, at most 100,000.00 per award,"
            + " at most 150,000.00 per calendar year; in force 2016-01-01 – …");
    assertThat(result.explanation().steps().get(0).description(Language.ZH)).contains("100,000.00", "150,000.00");
  }

  @Test
  void aRuleWithoutCapsStatesNone() {
    Provision open = rule("QZ/open", QUZHOU, Share.ONE, Optional.empty(), Optional.empty(),
        ValidityPeriod.from(FROM_2016));
    assertThat(assess(open, List.of()).explanation().steps().get(0).description(Language.EN))
        .contains("matched at 100%; in force 2016-01-01 – …").doesNotContain("at most");
  }

  // ---------------------------------------------------------------- date order: many awards, ties

  @Test
  void aYearCapGoesToTheEarliestOfManyAwardsGivenLatestFirst() {
    // 1:1, at most 1,000 a year. Forty awards of 100 each, all in 2017, given from the latest (2017-02-09) to the
    // earliest (2017-01-01): the ten earliest take the cap, the last ten given.
    Provision capped = rule("QZ/many", QUZHOU, Share.ONE, Optional.empty(), Optional.of(Cny.ofYuan(1_000)),
        ValidityPeriod.from(FROM_2016));
    List<Award> awards = new ArrayList<>();
    for (int i = 39; i >= 0; i--) {
      awards.add(award(NATIONAL, "100", LocalDate.of(2017, 1, 1).plusDays(i)));
    }
    MatchingAssessment result = assess(capped, awards);

    for (int given = 0; given < 40; given++) {
      MatchingLine line = result.lines().get(given);
      boolean earliestTen = given >= 30;
      assertThat(line.matched()).as("award %d", given).isEqualTo(earliestTen ? Cny.ofYuan(100) : Cny.ZERO);
      assertThat(line.reason()).as("award %d", given)
          .isEqualTo(earliestTen ? MatchingReason.MATCHED : MatchingReason.CAPPED_PER_YEAR);
      assertThat(line.award()).isSameAs(awards.get(given));
    }
    assertThat(result.matchingAmount()).isEqualTo(Cny.ofYuan(1_000));
    // Each is what the independent oracle says.
    assertThat(result.lines()).extracting(l -> new MatchingOracleTest.Expected(l.reason(), l.matched(), l.uncertain()))
        .isEqualTo(MatchingOracleTest.oracle(capped, awards));
  }

  @Test
  void awardsOfOneDayTakeTheYearCapInTheOrderGiven() {
    Provision capped = rule("QZ/ties", QUZHOU, Share.ONE, Optional.empty(), Optional.of(Cny.ofYuan(150)),
        ValidityPeriod.from(FROM_2016));
    // 100 + 100 + 100 on one day against 150: the first given 100, the second what is left, 50, the third nothing.
    MatchingAssessment result = assess(capped, List.of(award(MUNICIPAL, "100", "2017-03-01"),
        award(NATIONAL, "100", "2017-03-01"), award(PROVINCIAL, "100", "2017-03-01")));
    assertThat(result.lines()).extracting(MatchingLine::matched)
        .containsExactly(Cny.ofYuan(100), Cny.ofYuan(50), Cny.ZERO);
    assertThat(result.lines()).extracting(l -> l.award().level()).containsExactly(MUNICIPAL, NATIONAL, PROVINCIAL);
  }

  // ---------------------------------------------------------------- validity known only to windows

  /** Starts some day of [2017-03-01, 2017-06-30]; repealed some day of [2019-01-01, 2019-12-31]. */
  private static final Provision TWO_WINDOWS = rule("QZ/windows", QUZHOU, Share.ONE, Optional.empty(),
      Optional.of(Cny.ofYuan(1_000_000)), new ValidityPeriod(
          new ValidityPeriod.Within(LocalDate.of(2017, 3, 1), LocalDate.of(2017, 6, 30),
              Text.of("施行日期不详", "start date unknown")),
          new ValidityPeriod.Within(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31),
              Text.of("废止日期不详", "repeal date unknown"))));

  @Test
  void uncertainDatesNearTheStartAndNearTheEndAreEachNotReliedOnInTheirOwnWindow() {
    // Given: end window, start window (latest first), certain, start window (earliest), end window.
    MatchingAssessment result = assess(TWO_WINDOWS, List.of(award(NATIONAL, "4", "2019-06-01"),
        award(NATIONAL, "2", "2017-06-01"), award(NATIONAL, "100", "2018-01-01"), award(NATIONAL, "1", "2017-03-05"),
        award(NATIONAL, "8", "2019-02-01")));

    assertThat(result.lines()).extracting(MatchingLine::reason).containsExactly(MatchingReason.IN_FORCE_UNCERTAIN,
        MatchingReason.IN_FORCE_UNCERTAIN, MatchingReason.MATCHED, MatchingReason.IN_FORCE_UNCERTAIN,
        MatchingReason.IN_FORCE_UNCERTAIN);
    assertThat(result.matchingAmount()).isEqualTo(Cny.ofYuan(100));
    assertThat(result.uncertainAmount()).isEqualTo(Cny.ofYuan(15)); // 4 + 2 + 1 + 8
    List<Step> warnings = result.warnings();
    assertThat(warnings).extracting(Step::kind).containsExactly(Caveat.NOT_RELIED_ON, Caveat.NOT_RELIED_ON,
        GrantsStep.MATCHING_UNCERTAIN_AWARDS);
    // The start's window first, spanning its uncertain awards; then the end's.
    assertThat(warnings.get(0).description(Language.EN)).contains("2017-03-05 – 2017-06-01", "start date unknown")
        .doesNotContain("repeal date unknown");
    assertThat(warnings.get(1).description(Language.EN)).contains("2019-02-01 – 2019-06-01", "repeal date unknown")
        .doesNotContain("start date unknown");
    assertThat(warnings.get(2).description(Language.EN)).contains("4 award(s)", "15.00");
  }

  @Test
  void aRuleWithNoDayCertainlyInForceMatchesNothingForCertain() {
    // Starts some day of [2017-03-01, 2017-06-30], ends some day of [2017-04-01, 2017-05-31]: maybe never in force.
    Provision never = rule("QZ/never", QUZHOU, Share.ONE, Optional.empty(), Optional.empty(), new ValidityPeriod(
        new ValidityPeriod.Within(LocalDate.of(2017, 3, 1), LocalDate.of(2017, 6, 30), Text.of("不详", "unknown")),
        new ValidityPeriod.Within(LocalDate.of(2017, 4, 1), LocalDate.of(2017, 5, 31), Text.of("不详", "unknown"))));
    Provision neverCapped = rule("QZ/never-capped", QUZHOU, Share.ONE, Optional.empty(),
        Optional.of(Cny.ofYuan(1_000)), never.validity());
    List<Award> awards = List.of(award(NATIONAL, "1", "2017-02-28"), award(NATIONAL, "2", "2017-03-01"),
        award(NATIONAL, "4", "2017-05-31"), award(NATIONAL, "8", "2017-06-01"));

    for (Provision rule : List.of(never, neverCapped)) {
      MatchingAssessment result = assess(rule, awards);
      assertThat(result.lines()).as(rule.id()).extracting(MatchingLine::reason).containsExactly(
          MatchingReason.BEFORE_IN_FORCE, MatchingReason.IN_FORCE_UNCERTAIN, MatchingReason.IN_FORCE_UNCERTAIN,
          MatchingReason.AFTER_END);
      assertThat(result.matchingAmount()).isEqualTo(Cny.ZERO);
      assertThat(result.uncertainAmount()).isEqualTo(Cny.ofYuan(6));
    }
  }

  // ---------------------------------------------------------------- refusals

  @Test
  void underAYearCapAnAwardBeforeAnyLawOfThePlaceIsRefusedToo() {
    Provision capped = rule("QZ/refuse", QUZHOU, Share.ONE, Optional.empty(), Optional.of(Cny.ofYuan(1_000)),
        ValidityPeriod.from(FROM_2016));
    MatchingCalculator calculator = MatchingCalculator.of(Catalogue.builtIn().withAdded(capped));
    List<Award> awards = List.of(award(NATIONAL, "5", "2017-01-01"), award(NATIONAL, "5", "1990-01-01"));

    assertThatThrownBy(() -> calculator.assess(MatchingCase.of(QUZHOU, awards)))
        .isInstanceOfSatisfying(DateNotCoveredException.class,
            e -> assertThat(e.message(Language.EN)).startsWith("1990-01-01 is before the law applicable in Quzhou"));
    assertThatThrownBy(() -> calculator.assess(MatchingCase.builder().rule(capped.id()).awards(awards).build()))
        .isInstanceOf(DateNotCoveredException.class).hasMessageContaining("1990-01-01");
  }

  @Test
  void totalsBeyondTheLargestAmountAreRefusedNotWrapped() {
    // Each award is half the largest amount and a fen: the two matched 1:1 sum to one fen more than Cny.MAX.
    Cny half = Cny.ofFen(Long.MAX_VALUE / 2 + 1);
    LocalDate day = LocalDate.of(2016, 3, 1);
    List<Award> two = List.of(Award.of(NATIONAL, half, day, "a"), Award.of(PROVINCIAL, half, day, "b"));
    assertThatThrownBy(() -> MatchingCalculator.builtIn().assess(MatchingCase.of(Jurisdiction.JIAXING, two)))
        .isInstanceOf(AmountOverflowException.class);

    // The same under a year's cap large enough not to bind, each in its own year.
    Provision capped = rule("QZ/huge", QUZHOU, Share.ONE, Optional.empty(), Optional.of(Cny.MAX),
        ValidityPeriod.from(FROM_2016));
    assertThatThrownBy(() -> assess(capped, List.of(Award.of(NATIONAL, half, day, "a"),
        Award.of(NATIONAL, half, day.plusYears(1), "b")))).isInstanceOf(AmountOverflowException.class);

    // And the amounts of the uncertain dates (Jiaxing's repeal year, 2021).
    LocalDate repealYear = LocalDate.of(2021, 6, 1);
    assertThatThrownBy(() -> MatchingCalculator.builtIn().assess(MatchingCase.of(Jurisdiction.JIAXING, List.of(
        Award.of(NATIONAL, half, repealYear, "a"), Award.of(PROVINCIAL, half, repealYear, "b")))))
        .isInstanceOf(AmountOverflowException.class);
  }

  // ---------------------------------------------------------------- the calculator itself

  @Test
  void theRuleForAPlaceIsItsOwnOrThatOfThePlaceItLiesWithin() {
    MatchingCalculator calculator = MatchingCalculator.builtIn();
    Jurisdiction nanhu = Jurisdiction.define("nanhu-edges", null, "南湖区", "Nanhu", Jurisdiction.JIAXING);
    assertThat(calculator.ruleFor(Jurisdiction.JIAXING)).map(Provision::id).contains("JX-2015-90/5.2");
    assertThat(calculator.ruleFor(nanhu)).map(Provision::id).contains("JX-2015-90/5.2");
    assertThat(calculator.ruleFor(Jurisdiction.ZHEJIANG)).isEmpty();
    assertThat(calculator.ruleFor(Jurisdiction.LIAONING)).isEmpty();
  }

  @Test
  void aCalculatorReadsItsCatalogueAndSurvivesSerialization() throws Exception {
    Catalogue catalogue = Catalogue.builtIn();
    MatchingCalculator calculator = MatchingCalculator.of(catalogue);
    assertThat(calculator.catalogue()).isSameAs(catalogue);

    MatchingCalculator back = JavaSerialization.roundTrip(calculator);
    assertThat(back).isNotNull().isNotSameAs(calculator);
    assertThat(back.catalogue()).isEqualTo(catalogue);
    MatchingCase c = MatchingCase.of(Jurisdiction.JIAXING, List.of(award(NATIONAL, "100", "2018-01-01")));
    assertThat(back.assess(c)).isEqualTo(calculator.assess(c));
    assertThat(back.assess(c).matchingAmount()).isEqualTo(Cny.ofYuan(100));
  }

  @Test
  void anAssessmentTellsItsCaseAndWhereTheMakerSpaceIs() {
    MatchingCase byPlace = MatchingCase.of(Jurisdiction.JIAXING, List.of(award(NATIONAL, "1", "2016-03-01")));
    MatchingAssessment a = MatchingCalculator.builtIn().assess(byPlace);
    assertThat(a.matchingCase()).isSameAs(byPlace);
    assertThat(a.makerSpace()).isEqualTo(Jurisdiction.JIAXING);

    MatchingCase byRule = MatchingCase.builder().rule(TWO_WINDOWS.id()).awards(List.of()).build();
    MatchingAssessment named = assess(TWO_WINDOWS, List.of());
    assertThat(named.matchingCase()).isEqualTo(byRule);
    assertThat(named.makerSpace()).isEqualTo(QUZHOU);
  }

  @Test
  void aRefusalNamesEveryProvisionThatStartsOnTheFirstDayKnownAndNoOther() {
    // Four rules along one chain, added latest first: the first day known is 2016-01-01, when 乙 and 丁 start.
    Jurisdiction city = Jurisdiction.define("cv-city-edges", null, "测试市", "Test City", Jurisdiction.ZHEJIANG);
    Jurisdiction town = Jurisdiction.define("cv-town-edges", null, "测试镇", "Test Town", city);
    Catalogue catalogue = Catalogue.empty()
        .withAdded(cited("CV/late", "甲条", town, LocalDate.of(2018, 1, 1)))
        .withAdded(cited("CV/early", "乙条", city, FROM_2016))
        .withAdded(cited("CV/mid", "丙条", Jurisdiction.ZHEJIANG, LocalDate.of(2017, 1, 1)))
        .withAdded(cited("CV/early-too", "丁条", Jurisdiction.CHINA, FROM_2016));
    MatchingCalculator calculator = MatchingCalculator.of(catalogue);

    assertThatThrownBy(() -> calculator.assess(MatchingCase.of(town, List.of(award(NATIONAL, "1", "2015-12-31")))))
        .isInstanceOfSatisfying(DateNotCoveredException.class, e -> {
          assertThat(e.firstKnown()).isEqualTo(FROM_2016);
          assertThat(e.message(Language.EN)).contains("乙条", "丁条").doesNotContain("甲条", "丙条");
        });
    // From that day on the town's own rule answers: not yet in force.
    assertThat(calculator.assess(MatchingCase.of(town, List.of(award(NATIONAL, "1", "2016-01-01")))).lines())
        .extracting(MatchingLine::reason).containsExactly(MatchingReason.BEFORE_IN_FORCE);
  }

  /** A 1:1 rule for national, provincial and municipal awards, cited by its own clause. */
  private static Provision cited(String id, String clause, Jurisdiction where, LocalDate from) {
    Provision base = rule(id, where, Share.ONE, Optional.empty(), Optional.empty(), ValidityPeriod.from(from));
    return Provision.builder().id(id).jurisdiction(where)
        .citation(new Citation(base.citation().document(), clause, "给予配套支持", QuoteKind.SPECIFICATION_SUMMARY,
            "test rule"))
        .validity(base.validity()).scope(Text.of("众创空间", "maker spaces")).confidence(Confidence.CONFIRMED)
        .terms(base.terms()).build();
  }
}
