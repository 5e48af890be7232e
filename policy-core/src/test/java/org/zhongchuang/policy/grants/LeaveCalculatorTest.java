package org.zhongchuang.policy.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;
import org.zhongchuang.policy.Answer;
import org.zhongchuang.policy.DateNotCoveredException;
import org.zhongchuang.policy.MissingFactsException;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.WrongTermsException;
import org.zhongchuang.policy.catalogue.NoFormulaException;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.TermLimit;
import org.zhongchuang.policy.law.Citation;
import org.zhongchuang.policy.law.QuoteKind;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.text.Text;

class LeaveCalculatorTest {
  private final LeaveCalculator calculator = LeaveCalculator.builtIn();

  private static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  private LeaveAssessment lastDayOfLeave(LocalDate start) {
    return calculator.assess(LeaveCase.of(LeaveCalculator.JIAXING_LEAVE, start));
  }

  private LeaveAssessment lastDayOfLeave(String provisionId, LocalDate start) {
    return calculator.assess(LeaveCase.of(provisionId, start));
  }

  @Test
  void theStartDayIsNotCountedAndThePeriodEndsOnTheCorrespondingDay() {
    LeaveAssessment end = lastDayOfLeave(day("2016-03-01"));
    assertThat(end.firstDayCounted()).isEqualTo(day("2016-03-02"));
    assertThat(end.lastDay()).isEqualTo(day("2019-03-01"));
    assertThat(end.maximum()).isEqualTo(Period.ofYears(3));
  }

  @Test
  void aLeapDayStartEndsOnTheLastDayOfFebruaryWhichHasNoTwentyNinth() {
    LeaveAssessment end = lastDayOfLeave(day("2016-02-29"));
    assertThat(end.lastDay()).isEqualTo(day("2019-02-28"));
    assertThat(end.render(Language.EN)).contains("2016-02-29 + P3Y = 2019-02-28", "has no corresponding day (29)");
    assertThat(end.render(Language.ZH)).contains("到期月没有对应日（29 日），以该月末日 2019-02-28 为最后一日");
  }

  @Test
  void aStartTheDayBeforeOrAfterTheLeapDayKeepsItsCorrespondingDay() {
    assertThat(lastDayOfLeave(day("2016-02-28")).lastDay()).isEqualTo(day("2019-02-28"));
    assertThat(lastDayOfLeave(day("2017-03-01")).lastDay()).isEqualTo(day("2020-03-01"));
    // A start in a common year whose corresponding day is a leap year's 28 February stays on the 28th.
    assertThat(lastDayOfLeave(day("2017-02-28")).lastDay()).isEqualTo(day("2020-02-28"));
  }

  @Test
  void aStartBeforeTheProvisionWasInForceIsRefusedAndTheFirstDayIsAccepted() {
    assertThatThrownBy(() -> lastDayOfLeave(day("2015-11-30"))).isInstanceOf(NotInForceException.class)
        .hasMessageContaining("the leave start 2015-11-30").hasMessageContaining("JX-2015-90/4.4-leave")
        .hasMessageContaining("accepted: a day within its validity");
    assertThat(lastDayOfLeave(day("2015-12-01")).lastDay()).isEqualTo(day("2018-12-01"));
  }

  @Test
  void aStartInTheRepealYearIsAnsweredAsUncertainAndAfterItIsRefused() {
    LeaveAssessment end = lastDayOfLeave(day("2021-06-01"));
    assertThat(end.inForceOnStart()).isEqualTo(Answer.UNCERTAIN);
    assertThat(end.inForceToLastDay()).isEqualTo(Answer.UNCERTAIN);
    assertThat(end.lastDay()).isEqualTo(day("2024-06-01"));
    assertThat(end.warnings()).anySatisfy(w -> assertThat(w.description(Language.EN)).contains("cannot be known", "嘉政发〔2021〕34号"));
    assertThatThrownBy(() -> lastDayOfLeave(day("2021-12-31"))).isInstanceOf(NotInForceException.class);
  }

  @Test
  void citesTheClauseAndTheCountingRuleInForceByNameNotAsVerbatim() {
    LeaveAssessment before2021 = lastDayOfLeave(day("2016-03-01"));
    assertThat(before2021.citations()).extracting(Citation::reference)
        .containsExactly("嘉政办发〔2015〕90号 四(四)", "《中华人民共和国民法通则》 第一百五十四条");
    assertThat(before2021.citations().get(1).quoteKind()).isEqualTo(QuoteKind.SPECIFICATION_SUMMARY);
    assertThat(before2021.render(Language.EN)).contains("(operative wording, not verbatim)");

    LeaveAssessment straddling = lastDayOfLeave(day("2019-06-15"));
    assertThat(straddling.citations()).extracting(Citation::reference).containsExactly("嘉政办发〔2015〕90号 四(四)",
        "《中华人民共和国民法通则》 第一百五十四条", "《中华人民共和国民法典》 第二百零一条", "《中华人民共和国民法典》 第二百零二条");

    LeaveAssessment after2021 = lastDayOfLeave(day("2021-01-01"));
    assertThat(after2021.citations()).extracting(Citation::reference).containsExactly("嘉政办发〔2015〕90号 四(四)",
        "《中华人民共和国民法典》 第二百零一条", "《中华人民共和国民法典》 第二百零二条");
  }

  @Test
  void warnsWhenTheLastDayFallsAfterThePossibleRepealAndThatHolidaysAreNotApplied() {
    LeaveAssessment early = lastDayOfLeave(day("2016-03-01"));
    assertThat(early.warnings()).singleElement().satisfies(w -> assertThat(w.description(Language.EN)).contains("not extended for holidays",
        "民法通则第一百五十四条"));

    LeaveAssessment late = lastDayOfLeave(day("2019-06-15")); // last day 2022-06-15
    assertThat(late.warnings()).hasSize(2);
    assertThat(late.warnings().get(0).description(Language.EN)).contains("2022-06-15 is after the provision may have ceased");
    assertThat(late.warnings().get(1).description(Language.EN)).contains("民法典第二百零三条").doesNotContain("weekend");

    LeaveAssessment weekend = lastDayOfLeave(day("2016-03-05")); // 2019-03-05 is a Tuesday
    assertThat(weekend.warnings().get(0).description(Language.EN)).doesNotContain("weekend");
    assertThat(lastDayOfLeave(day("2016-03-02")).warnings().get(0).description(Language.EN))
        .contains("2019-03-02 is a weekend day"); // a Saturday
  }

  @Test
  void aModifiedTermChangesTheLastDayAndIsCitedAsModified() {
    Provision p = Catalogue.builtIn().byId(LeaveCalculator.JIAXING_LEAVE);
    Catalogue whatIf = Catalogue.builtIn().withReplaced(p.modifiedTerms(
        new TermLimit(Period.ofYears(2), ((TermLimit) p.terms()).subject()), Text.of("改为2年", "set to 2 years")));
    LeaveAssessment end = LeaveCalculator.of(whatIf).assess(LeaveCase.of(LeaveCalculator.JIAXING_LEAVE,
        day("2016-02-29")));

    assertThat(end.lastDay()).isEqualTo(day("2018-02-28"));
    assertThat(end.warnings()).anySatisfy(w -> assertThat(w.description(Language.EN)).contains("set to 2 years"));
    assertThat(end.explanation().steps().get(0).description(Language.ZH)).contains("（已修改：改为2年）", "最长 2 年");
  }

  @Test
  void aProvisionThatIsNotATermLimitIsRefused() {
    assertThatThrownBy(() -> lastDayOfLeave("JX-2015-90/6.2", day("2016-03-01")))
        .isInstanceOf(WrongTermsException.class).hasMessageContaining("reporting deadline")
        .hasMessageContaining("JX-2015-90/4.4-leave");
    assertThatThrownBy(() -> lastDayOfLeave("JX-2015-90/5.4-cost", day("2016-03-01")))
        .isInstanceOf(NoFormulaException.class);
  }

  @Test
  void theLastDayIsTheCorrespondingDayOrTheMonthEndAcrossEveryStartInForce() {
    qt().forAll(SourceDSL.integers().between(0, 1_856)).checkAssert(offset -> {
      LocalDate start = day("2015-12-01").plusDays(offset); // to 2020-12-30
      LocalDate last = lastDayOfLeave(start).lastDay();
      YearMonth lastMonth = YearMonth.from(start).plusYears(3);
      assertThat(YearMonth.from(last)).isEqualTo(lastMonth);
      assertThat(last.getDayOfMonth()).isEqualTo(Math.min(start.getDayOfMonth(), lastMonth.lengthOfMonth()));
      assertThat(last).isAfter(start.plusYears(3).minusDays(1));
    });
  }
  @Test
  void theCorrespondingDayAndTheMonthEndOneDayApart() {
    // A modified term of 18 months, so that the last month (February 2018) is shorter than the start's (August).
    Provision p = Catalogue.builtIn().byId(LeaveCalculator.JIAXING_LEAVE);
    LeaveCalculator months = LeaveCalculator.of(Catalogue.builtIn().withReplaced(p.modifiedTerms(
        new TermLimit(Period.ofMonths(18), ((TermLimit) p.terms()).subject()), Text.of("改为18个月", "18 months"))));
    LeaveAssessment before = months.assess(LeaveCase.of(LeaveCalculator.JIAXING_LEAVE, day("2016-08-27")));
    LeaveAssessment at = months.assess(LeaveCase.of(LeaveCalculator.JIAXING_LEAVE, day("2016-08-28")));
    LeaveAssessment after = months.assess(LeaveCase.of(LeaveCalculator.JIAXING_LEAVE, day("2016-08-29")));

    assertThat(before.lastDay()).isEqualTo(day("2018-02-27"));
    assertThat(before.endsOnCorrespondingDay()).isTrue();
    assertThat(at.lastDay()).isEqualTo(day("2018-02-28"));
    assertThat(at.endsOnCorrespondingDay()).isTrue();
    assertThat(after.lastDay()).isEqualTo(day("2018-02-28"));
    assertThat(after.endsOnCorrespondingDay()).isFalse();
    assertThat(after.explanation().steps().get(0).description(Language.EN)).contains("at most 18 months");
    assertThat(after.explanation().steps().get(2).kind()).isEqualTo(GrantsStep.LEAVE_ENDS_MONTH_END);
    assertThat(after.render(Language.ZH)).contains("到期月没有对应日（29 日），以该月末日 2018-02-28 为最后一日",
        "2016-08-29 + P18M = 2018-02-28");
    // The year's last day and the first of the next year: the corresponding day both times.
    assertThat(lastDayOfLeave(day("2016-12-31")).lastDay()).isEqualTo(day("2019-12-31"));
    assertThat(lastDayOfLeave(day("2017-01-01")).lastDay()).isEqualTo(day("2020-01-01"));
  }

  @Test
  void whetherTheProvisionIsStillInForceOnTheLastDayOneDayBelowAtAndAboveEachEndOfTheRepealWindow() {
    // The last day in force lies between 2020-12-31 and 2021-12-30.
    assertThat(lastDayOfLeave(day("2017-12-30")).inForceToLastDay()).isEqualTo(Answer.YES);   // 2020-12-30
    assertThat(lastDayOfLeave(day("2017-12-31")).inForceToLastDay()).isEqualTo(Answer.YES);   // 2020-12-31
    assertThat(lastDayOfLeave(day("2018-01-01")).inForceToLastDay()).isEqualTo(Answer.UNCERTAIN);
    assertThat(lastDayOfLeave(day("2018-12-30")).inForceToLastDay()).isEqualTo(Answer.UNCERTAIN); // 2021-12-30
    assertThat(lastDayOfLeave(day("2018-12-31")).inForceToLastDay()).isEqualTo(Answer.NO);    // 2021-12-31
    assertThat(lastDayOfLeave(day("2017-12-31")).warnings()).extracting(w -> w.kind())
        .containsExactly(GrantsStep.LEAVE_HOLIDAY);
    assertThat(lastDayOfLeave(day("2018-01-01")).warnings()).extracting(w -> w.kind())
        .containsExactly(GrantsStep.LEAVE_AFTER_END, GrantsStep.LEAVE_HOLIDAY);
    assertThat(lastDayOfLeave(day("2016-03-01")).inForceOnStart()).isEqualTo(Answer.YES);
  }

  @Test
  void aStartBeforeAnyLawTheCatalogueKnowsForThePlaceIsNotCovered() {
    assertThatThrownBy(() -> lastDayOfLeave(day("1996-09-30"))).isInstanceOfSatisfying(DateNotCoveredException.class,
        e -> {
          assertThat(e.firstKnown()).isEqualTo(day("1996-10-01"));
          assertThat(e.message(Language.EN)).contains("1996-09-30 is before the law applicable in Jiaxing");
          assertThat(e.message(Language.ZH)).contains("嘉兴市适用的规定");
        });
    // From the first day known, the leave provision itself answers: not yet in force.
    assertThatThrownBy(() -> lastDayOfLeave(day("1996-10-01"))).isInstanceOf(NotInForceException.class);
  }

  @Test
  void aCaseNeedsTheProvisionAndTheStart() {
    assertThatThrownBy(() -> LeaveCase.builder().leaveStart(day("2016-03-01")).build())
        .isInstanceOfSatisfying(MissingFactsException.class,
            e -> assertThat(e.facts()).containsExactly("provision"));
    assertThatThrownBy(() -> LeaveCase.builder().build()).isInstanceOfSatisfying(MissingFactsException.class,
        e -> assertThat(e.facts()).containsExactly("provision", "leaveStart"));
  }
}
