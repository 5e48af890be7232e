package org.zhongchuang.policy.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhongchuang.policy.grants.MatchingCalculatorTest.award;
import static org.zhongchuang.policy.grants.MatchingCalculatorTest.match;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.catalogue.WrongTermsException;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.catalogue.AwardLevel;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.Target;
import org.zhongchuang.policy.explain.Explanation;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Share;

/** The explanation lines a reader checks (numbering, sums, levels, ratios) and the facts the refusals carry. */
class GrantsExplanationTest {
  private static LeaveCase jiaxingLeave(LocalDate start) {
    return LeaveCase.of(LeaveCalculator.JIAXING_LEAVE, start);
  }

  private static List<String> en(Explanation e) {
    return e.steps().stream().map(s -> s.description(Language.EN)).collect(Collectors.toList());
  }

  private static List<String> formulas(Explanation e) {
    return e.steps().stream().map(s -> s.formula(Language.EN)).collect(Collectors.toList());
  }

  @Test
  void matchingNumbersEachAwardAndShowsTheSumOfTheMatchedLines() {
    MatchingAssessment r = match(Jurisdiction.JIAXING, List.of(
        award(AwardLevel.NATIONAL, "100", "2016-05-01"), award(AwardLevel.PROVINCIAL, "50", "2016-06-01"),
        award(AwardLevel.MUNICIPAL, "7", "2016-06-01")));
    List<String> steps = en(r.explanation());
    assertThat(steps).hasSize(5);
    assertThat(steps.get(1)).startsWith("Award 1: national award of 100.00 (2016-05-01");
    assertThat(steps.get(2)).startsWith("Award 2: provincial award of 50.00 (2016-06-01");
    assertThat(steps.get(3)).isEqualTo("Award 3: municipal award of 7.00 (2016-06-01, awarding body): awards of this"
        + " level are not matched (matched levels: national, provincial)");
    assertThat(r.explanation().steps().get(3).description(Language.ZH)).isEqualTo("第 3 笔：市级奖励 7.00 元（2016-06-01，"
        + "awarding body）：该级别的奖励不在配套范围内（配套范围：国家级、省级）");
    assertThat(r.lineSteps()).isEqualTo(r.explanation().steps().subList(1, 4));
    assertThat(formulas(r.explanation())).containsExactly("", "100.00 × 100% = 100.00", "50.00 × 100% = 50.00", "",
        "100.00 + 50.00 = 150.00");

    MatchingAssessment one = match(Jurisdiction.JIAXING, List.of(award(AwardLevel.NATIONAL, "100", "2016-05-01")));
    assertThat(formulas(one.explanation())).last().isEqualTo("100.00");
    MatchingAssessment none = match(Jurisdiction.JIAXING, List.of(award(AwardLevel.COUNTY, "100", "2016-05-01")));
    assertThat(formulas(none.explanation())).last().isEqualTo("0.00");
  }

  @Test
  void withoutARuleEveryAwardStillGetsItsNumberedLine() {
    MatchingAssessment r = match(Jurisdiction.ZHEJIANG, List.of(
        award(AwardLevel.NATIONAL, "100", "2016-05-01"), award(AwardLevel.PROVINCIAL, "50", "2016-06-01")));
    assertThat(en(r.explanation())).containsExactly(
        "no matching provision in the catalogue for Zhejiang, China: no provision promises any matching, so the"
            + " total is 0",
        "Award 1: national award of 100.00 (2016-05-01, awarding body): the jurisdiction has no matching provision",
        "Award 2: provincial award of 50.00 (2016-06-01, awarding body): the jurisdiction has no matching provision",
        "Matching owed");
    assertThat(r.explanation().steps().get(2).description(Language.ZH)).startsWith("第 2 笔：省级奖励 50.00 元");
  }

  @Test
  void targetsCountMetMissedAndMissingAndShowExactPercentages() {
    Map<String, Long> figures = new HashMap<>(Map.of("maker-spaces", 100L, "vc-institutions", 20L,
        "innovation-talents", 50_005L, "mentors", 499L));
    TargetAssessment report = TargetCalculator.builtIn().assess(TargetCase.of(Jurisdiction.JIAXING, figures));
    List<String> steps = en(report.explanation());
    assertThat(steps).last().isEqualTo("7 targets: 3 met, 1 not met, 3 without a figure; overall: not all met");
    assertThat(report.explanation().steps()).last().satisfies(s ->
        assertThat(s.description(Language.ZH)).startsWith("7 项目标：达到 3 项，未达到 1 项，未提供实际数 3 项；整体："));
    assertThat(formulas(report.explanation())).contains("100 ≥ 100 platforms; 100 / 100 = 100%",
        "50005 ≥ 50000 people; 50005 / 50000 = 100.01%", "499 < 500 people; 499 / 500 = 99.8%");
  }

  @Test
  void anAttainmentWhoseStatusContradictsItsFigureIsRefused() {
    Provision provision = TargetCalculator.builtIn().targetsOf(Jurisdiction.JIAXING).get(0);
    Target target = (Target) provision.terms();
    long at = target.threshold();
    assertThat(new TargetAttainment(provision, target, Optional.of(at), Optional.of(Share.ONE),
        TargetStatus.MET).isMet()).isTrue();
    assertThatThrownBy(() -> new TargetAttainment(provision, target, Optional.of(at), Optional.of(Share.ONE),
        TargetStatus.NOT_MET)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TargetAttainment(provision, target, Optional.of(at - 1),
        Optional.of(Share.ofFraction(at - 1, at)), TargetStatus.MET))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theCivilCodeNoteAppearsOnlyForPeriodsCountedUnderTheGeneralPrinciples() {
    LeaveCalculator leave = LeaveCalculator.builtIn();
    assertThat(en(leave.assess(jiaxingLeave(LocalDate.of(2016, 3, 1))).explanation()).get(2)).isEqualTo("The period"
        + " ends on the corresponding day of its last month, 2019-03-01 (the 民法通则 states no corresponding-day rule;"
        + " counted as 民法典 第二百零二条 writes it down)");
    assertThat(en(leave.assess(jiaxingLeave(LocalDate.of(2021, 6, 1))).explanation()).get(2))
        .isEqualTo("The period ends on the corresponding day of its last month, 2024-06-01");
  }

  @Test
  void refusalsNameTheProvisionAndTheDay() {
    LeaveCalculator leave = LeaveCalculator.builtIn();
    assertThatThrownBy(() -> leave.assess(jiaxingLeave(LocalDate.of(2015, 11, 30))))
        .isInstanceOfSatisfying(NotInForceException.class, e -> {
          assertThat(e.provisionId()).isEqualTo(LeaveCalculator.JIAXING_LEAVE);
          assertThat(e.day()).isEqualTo(LocalDate.of(2015, 11, 30));
        });
    assertThatThrownBy(() -> leave.assess(LeaveCase.of("JX-2015-90/6.2", LocalDate.of(2016, 3, 1))))
        .isInstanceOfSatisfying(WrongTermsException.class,
            e -> assertThat(e.provisionId()).isEqualTo("JX-2015-90/6.2"));
  }
}
