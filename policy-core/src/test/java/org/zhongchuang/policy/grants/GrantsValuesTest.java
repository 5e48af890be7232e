package org.zhongchuang.policy.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhongchuang.policy.catalogue.AwardLevel.NATIONAL;
import static org.zhongchuang.policy.catalogue.AwardLevel.PROVINCIAL;
import static org.zhongchuang.policy.grants.MatchingCalculatorTest.award;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.JavaSerialization;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.TermLimit;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.law.ValidityPeriod;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.text.Text;

/** The lines and assessments as values: equality field by field, hashes that tell them apart, their words. */
class GrantsValuesTest {
  private static final LocalDate DAY = LocalDate.of(2016, 6, 1);
  private static final Award NATIONAL_300K = award(NATIONAL, "300000", "2016-03-01");

  /** Equal to itself, to nothing of another type, and not to null: asked directly, not through a library. */
  private static void reflexiveAndTyped(Object value) {
    assertThat(value.equals(value)).isTrue();
    assertThat(value.equals(null)).isFalse();
    assertThat(value.equals(value.toString())).isFalse();
  }

  /** Pairwise unequal, and no two with one hash. */
  private static void allDifferent(List<?> values) {
    Set<Integer> hashes = new HashSet<>();
    for (int i = 0; i < values.size(); i++) {
      for (int j = 0; j < values.size(); j++) {
        assertThat(values.get(i).equals(values.get(j))).as("%s equals %s", i, j).isEqualTo(i == j);
      }
      hashes.add(values.get(i).hashCode());
    }
    assertThat(hashes).as("hashes").hasSameSizeAs(values);
  }

  // ---------------------------------------------------------------- lines

  @Test
  void aLineIsEqualOnlyToALineOfTheSameAwardReasonAmountsAndCaps() {
    MatchingLine line = MatchingLine.computed(NATIONAL_300K, MatchingReason.MATCHED, 300_000_00, 300_000_00, -1, -1, 0);
    reflexiveAndTyped(line);
    assertThat(MatchingLine.computed(NATIONAL_300K, MatchingReason.MATCHED, 300_000_00, 300_000_00, -1, -1, 0))
        .isEqualTo(line).hasSameHashCodeAs(line).isNotSameAs(line);
    allDifferent(List.of(line,
        MatchingLine.computed(award(NATIONAL, "300000", "2016-03-02"), MatchingReason.MATCHED, 300_000_00, 300_000_00,
            -1, -1, 0),
        MatchingLine.computed(NATIONAL_300K, MatchingReason.CAPPED_PER_AWARD, 300_000_00, 300_000_00, -1, -1, 0),
        MatchingLine.computed(NATIONAL_300K, MatchingReason.MATCHED, 300_000_01, 300_000_00, -1, -1, 0),
        MatchingLine.computed(NATIONAL_300K, MatchingReason.MATCHED, 300_000_00, 299_999_99, -1, -1, 0),
        MatchingLine.computed(NATIONAL_300K, MatchingReason.CAPPED_PER_AWARD, 300_000_00, 100_000_00, 100_000_00, -1,
            0),
        MatchingLine.computed(NATIONAL_300K, MatchingReason.CAPPED_PER_YEAR, 300_000_00, 100_000_00, -1, 100_000_00,
            50_000_00),
        MatchingLine.computed(NATIONAL_300K, MatchingReason.CAPPED_PER_YEAR, 300_000_00, 100_000_00, -1, 100_000_00,
            40_000_00),
        MatchingLine.unmatched(NATIONAL_300K, MatchingReason.LEVEL_NOT_ELIGIBLE)));
  }

  @Test
  void aLineSaysItsAwardWhatItMatchedAndWhy() {
    assertThat(MatchingLine.computed(NATIONAL_300K, MatchingReason.MATCHED, 300_000_00, 300_000_00, -1, -1, 0))
        .hasToString("NATIONAL 300000.00 2016-03-01 → 300000.00 (matched)");
    assertThat(MatchingLine.computed(award(PROVINCIAL, "2000.5", "2021-06-01"), MatchingReason.IN_FORCE_UNCERTAIN,
        200_050, 200_050, -1, -1, 0))
        .hasToString("PROVINCIAL 2000.50 2021-06-01 → 0.00 (uncertain 2000.50) (in-force-uncertain)");
    assertThat(MatchingLine.unmatched(NATIONAL_300K, MatchingReason.AFTER_END))
        .hasToString("NATIONAL 300000.00 2016-03-01 → 0.00 (after-end)");
  }

  // ---------------------------------------------------------------- assessments

  @Test
  void matchingAssessmentsOfDifferentCasesDifferAndHashApart() {
    MatchingCalculator calculator = MatchingCalculator.builtIn();
    MatchingAssessment one = calculator.assess(MatchingCase.of(Jurisdiction.JIAXING, List.of(NATIONAL_300K)));
    reflexiveAndTyped(one);
    allDifferent(List.of(one,
        calculator.assess(MatchingCase.of(Jurisdiction.JIAXING, List.of(award(NATIONAL, "300000.01", "2016-03-01")))),
        calculator.assess(MatchingCase.of(Jurisdiction.JIAXING, List.of())),
        calculator.assess(MatchingCase.of(Jurisdiction.ZHEJIANG, List.of(NATIONAL_300K)))));
  }

  @Test
  void supportAssessmentsOfDifferentCasesDifferAndTellTheirCaseAndProvision() {
    SupportFloorCalculator calculator = SupportFloorCalculator.builtIn();
    SupportCase c = SupportCase.of("JX-2015-90/5.1", Cny.ofYuan(500_000), DAY);
    SupportAssessment s = calculator.assess(c);
    reflexiveAndTyped(s);
    assertThat(s.supportCase()).isSameAs(c);
    assertThat(s.provision()).isEqualTo(Catalogue.builtIn().byId("JX-2015-90/5.1"));
    allDifferent(List.of(s, calculator.assess(SupportCase.of("JX-2015-90/5.1", Cny.parse("499999.99"), DAY)),
        calculator.assess(SupportCase.of("JX-2015-90/5.1", Cny.ofYuan(500_000), DAY.plusDays(1)))));
  }

  @Test
  void targetAssessmentsOfDifferentCasesDifferAndTellTheirCase() {
    TargetCalculator calculator = TargetCalculator.builtIn();
    TargetCase c = TargetCase.of(Jurisdiction.GANSU, Map.of("incubators", 50L));
    TargetAssessment t = calculator.assess(c);
    reflexiveAndTyped(t);
    assertThat(t.targetCase()).isSameAs(c);
    allDifferent(List.of(t, calculator.assess(TargetCase.of(Jurisdiction.GANSU, Map.of("incubators", 49L))),
        calculator.assess(TargetCase.of(Jurisdiction.GANSU, Map.of())),
        calculator.assess(TargetCase.of(Jurisdiction.JIAXING, Map.of()))));
  }

  @Test
  void leaveAssessmentsOfDifferentCasesDifferAndTellTheirCaseStartAndProvision() {
    LeaveCalculator calculator = LeaveCalculator.builtIn();
    LeaveCase c = LeaveCase.of(LeaveCalculator.JIAXING_LEAVE, DAY);
    LeaveAssessment l = calculator.assess(c);
    reflexiveAndTyped(l);
    assertThat(l.leaveCase()).isSameAs(c);
    assertThat(l.leaveStart()).isEqualTo(DAY);
    assertThat(l.provision()).isEqualTo(Catalogue.builtIn().byId(LeaveCalculator.JIAXING_LEAVE));
    allDifferent(List.of(l, calculator.assess(LeaveCase.of(LeaveCalculator.JIAXING_LEAVE, DAY.plusDays(1))),
        calculator.assess(LeaveCase.of(LeaveCalculator.JIAXING_LEAVE, LocalDate.of(2021, 6, 1)))));
  }

  @Test
  void aLeaveOfDaysIsStatedInDaysAndOfWholeYearsOrMonthsInThoseUnits() {
    // 2016-06-01 + 90 days = 2016-08-30 (June 29 more days, July 31, August 30).
    assertThat(leaveOf(Period.ofDays(90)).explanation().steps().get(0).description(Language.EN))
        .endsWith("at most P90D");
    assertThat(leaveOf(Period.ofDays(90)).lastDay()).isEqualTo(LocalDate.of(2016, 8, 30));
    // One year and two days: not whole months, so as the period itself.
    assertThat(leaveOf(Period.of(1, 0, 2)).explanation().steps().get(0).description(Language.EN))
        .endsWith("at most P1Y2D");
    assertThat(leaveOf(Period.of(1, 6, 0)).explanation().steps().get(0).description(Language.EN))
        .endsWith("at most 18 months");
    assertThat(leaveOf(Period.ofMonths(24)).explanation().steps().get(0).description(Language.EN))
        .endsWith("at most 2 years");
  }

  private static LeaveAssessment leaveOf(Period maximum) {
    Provision p = Catalogue.builtIn().byId(LeaveCalculator.JIAXING_LEAVE);
    Catalogue whatIf = Catalogue.builtIn().withReplaced(p.modifiedTerms(
        new TermLimit(maximum, ((TermLimit) p.terms()).subject()), Text.of("改为" + maximum, "set to " + maximum)));
    return LeaveCalculator.of(whatIf).assess(LeaveCase.of(LeaveCalculator.JIAXING_LEAVE, DAY));
  }

  // ---------------------------------------------------------------- the same numbers from another catalogue

  @Test
  void assessmentsEqualInEveryNumberButReadFromUnequalCataloguesAreUnequal() {
    // The built-in catalogue and one with an unrelated rule added (for a place none of these cases is in).
    Jurisdiction elsewhere = Jurisdiction.define("lishui-values", null, "丽水市", "Lishui", Jurisdiction.ZHEJIANG);
    Catalogue builtIn = Catalogue.builtIn();
    Catalogue more = builtIn.withAdded(MatchingCalculatorTest.rule("LS/values", elsewhere,
        Share.ONE, Optional.empty(), Optional.empty(), ValidityPeriod.from(LocalDate.of(2016, 1, 1))));
    Catalogue moreAgain = builtIn.withAdded(more.byId("LS/values"));
    assertThat(moreAgain).isEqualTo(more).isNotSameAs(more);

    MatchingCase m = MatchingCase.of(Jurisdiction.JIAXING, List.of(NATIONAL_300K));
    MatchingAssessment ma = MatchingCalculator.of(builtIn).assess(m);
    assertThat(ma.catalogue()).isSameAs(builtIn);
    assertThat(MatchingCalculator.of(more).assess(m).lines()).isEqualTo(ma.lines());
    assertThat(MatchingCalculator.of(more).assess(m).equals(ma)).isFalse();
    assertThat(MatchingCalculator.of(more).assess(m).equals(MatchingCalculator.of(moreAgain).assess(m))).isTrue();

    SupportCase s = SupportCase.of("JX-2015-90/5.1", Cny.ofYuan(1), DAY);
    assertThat(SupportFloorCalculator.of(more).assess(s).equals(SupportFloorCalculator.of(builtIn).assess(s)))
        .isFalse();
    assertThat(SupportFloorCalculator.of(more).assess(s).equals(SupportFloorCalculator.of(moreAgain).assess(s)))
        .isTrue();

    TargetCase t = TargetCase.of(Jurisdiction.GANSU, Map.of("incubators", 50L));
    assertThat(TargetCalculator.of(more).assess(t).equals(TargetCalculator.of(builtIn).assess(t))).isFalse();
    assertThat(TargetCalculator.of(more).assess(t).equals(TargetCalculator.of(moreAgain).assess(t))).isTrue();

    LeaveCase l = LeaveCase.of(LeaveCalculator.JIAXING_LEAVE, DAY);
    assertThat(LeaveCalculator.of(more).assess(l).equals(LeaveCalculator.of(builtIn).assess(l))).isFalse();
    assertThat(LeaveCalculator.of(more).assess(l).equals(LeaveCalculator.of(moreAgain).assess(l))).isTrue();
  }

  // ---------------------------------------------------------------- cases

  @Test
  void matchingCasesAreValuesOfThePlaceOrTheRuleAndTheAwards() {
    MatchingCase byPlace = MatchingCase.of(Jurisdiction.JIAXING, List.of(NATIONAL_300K));
    MatchingCase byRule = MatchingCase.builder().rule("JX-2015-90/5.2").awards(List.of(NATIONAL_300K)).build();
    reflexiveAndTyped(byPlace);
    assertThat(MatchingCase.of(Jurisdiction.JIAXING, List.of(NATIONAL_300K))).isEqualTo(byPlace)
        .hasSameHashCodeAs(byPlace);
    allDifferent(List.of(byPlace, byRule, MatchingCase.of(Jurisdiction.ZHEJIANG, List.of(NATIONAL_300K)),
        MatchingCase.of(Jurisdiction.JIAXING, List.of()),
        MatchingCase.builder().rule("X").awards(List.of(NATIONAL_300K)).build()));
    assertThat(byPlace.makerSpace()).contains(Jurisdiction.JIAXING);
    assertThat(byPlace.rule()).isEmpty();
    assertThat(byRule.makerSpace()).isEmpty();
    assertThat(byRule.rule()).contains("JX-2015-90/5.2");
    assertThat(byPlace).hasToString("MatchingCase[330400, 1 awards]");
    assertThat(byRule).hasToString("MatchingCase[rule JX-2015-90/5.2, 1 awards]");
  }

  @Test
  void supportTargetAndLeaveCasesAreValuesOfTheirFacts() {
    SupportCase s = SupportCase.of("JX-2015-90/5.1", Cny.ofYuan(500_000), DAY);
    reflexiveAndTyped(s);
    assertThat(SupportCase.of("JX-2015-90/5.1", Cny.ofYuan(500_000), DAY)).isEqualTo(s).hasSameHashCodeAs(s);
    allDifferent(List.of(s, SupportCase.of("JX-2015-90/5.3", Cny.ofYuan(500_000), DAY),
        SupportCase.of("JX-2015-90/5.1", Cny.ofYuan(500_001), DAY),
        SupportCase.of("JX-2015-90/5.1", Cny.ofYuan(500_000), DAY.plusDays(1))));
    assertThat(s).hasToString("SupportCase[JX-2015-90/5.1, 500000.00, 2016-06-01]");

    TargetCase t = TargetCase.of(Jurisdiction.GANSU, Map.of("incubators", 50L));
    reflexiveAndTyped(t);
    assertThat(TargetCase.of(Jurisdiction.GANSU, Map.of("incubators", 50L))).isEqualTo(t).hasSameHashCodeAs(t);
    allDifferent(List.of(t, TargetCase.of(Jurisdiction.JIAXING, Map.of("incubators", 50L)),
        TargetCase.of(Jurisdiction.GANSU, Map.of("incubators", 51L)), TargetCase.of(Jurisdiction.GANSU, Map.of())));
    assertThat(t).hasToString("TargetCase[620000, {incubators=50}]");

    LeaveCase l = LeaveCase.of(LeaveCalculator.JIAXING_LEAVE, DAY);
    reflexiveAndTyped(l);
    assertThat(LeaveCase.of(LeaveCalculator.JIAXING_LEAVE, DAY)).isEqualTo(l).hasSameHashCodeAs(l);
    allDifferent(List.of(l, LeaveCase.of("JX-other", DAY), LeaveCase.of(LeaveCalculator.JIAXING_LEAVE,
        DAY.plusDays(1))));
    assertThat(l).hasToString("LeaveCase[JX-2015-90/4.4-leave, 2016-06-01]");
  }

  // ---------------------------------------------------------------- calculators

  @Test
  void theCalculatorsReadTheirCatalogueAndSurviveSerialization() throws Exception {
    Catalogue catalogue = Catalogue.builtIn();
    SupportFloorCalculator support = SupportFloorCalculator.of(catalogue);
    TargetCalculator targets = TargetCalculator.of(catalogue);
    LeaveCalculator leave = LeaveCalculator.of(catalogue);
    assertThat(support.catalogue()).isSameAs(catalogue);
    assertThat(targets.catalogue()).isSameAs(catalogue);
    assertThat(leave.catalogue()).isSameAs(catalogue);

    SupportFloorCalculator supportBack = JavaSerialization.roundTrip(support);
    TargetCalculator targetsBack = JavaSerialization.roundTrip(targets);
    LeaveCalculator leaveBack = JavaSerialization.roundTrip(leave);
    assertThat(supportBack).isNotNull();
    assertThat(targetsBack).isNotNull();
    assertThat(leaveBack).isNotNull();
    SupportCase s = SupportCase.of("JX-2015-90/5.1", Cny.ofYuan(1), DAY);
    assertThat(supportBack.assess(s)).isEqualTo(support.assess(s));
    TargetCase t = TargetCase.of(Jurisdiction.GANSU, Map.of("incubators", 50L));
    assertThat(targetsBack.assess(t)).isEqualTo(targets.assess(t));
    assertThat(targetsBack.targetsOf(Jurisdiction.JIAXING)).isEqualTo(targets.targetsOf(Jurisdiction.JIAXING));
    LeaveCase l = LeaveCase.of(LeaveCalculator.JIAXING_LEAVE, DAY);
    assertThat(leaveBack.assess(l)).isEqualTo(leave.assess(l));
  }

  @Test
  void aPlacesTargetsCannotBeChangedThroughTheListHandedOut() {
    List<Provision> jiaxing = TargetCalculator.builtIn().targetsOf(Jurisdiction.JIAXING);
    assertThat(jiaxing).hasSize(7);
    assertThatThrownBy(() -> jiaxing.remove(0))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> jiaxing.add(jiaxing.get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  // ---------------------------------------------------------------- enums

  @Test
  void onlyTheMatchedReasonsCountInTheTotal() {
    for (MatchingReason reason : MatchingReason.values()) {
      boolean counted = reason == MatchingReason.MATCHED || reason == MatchingReason.CAPPED_PER_AWARD
          || reason == MatchingReason.CAPPED_PER_YEAR;
      assertThat(reason.isMatched()).as("%s", reason).isEqualTo(counted);
    }
  }

  @Test
  void aTargetsStatusHasWordsInBothLanguages() {
    assertThat(TargetStatus.MET.render(Language.EN)).isEqualTo("met");
    assertThat(TargetStatus.NOT_MET.render(Language.EN)).isEqualTo("not met");
    assertThat(TargetStatus.NO_FIGURE.render(Language.EN)).isEqualTo("no figure given");
    assertThat(TargetStatus.MET.render(Language.ZH)).isEqualTo("达到");
    assertThat(TargetStatus.NOT_MET.render(Language.ZH)).isEqualTo("未达到");
  }
}
