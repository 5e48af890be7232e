package org.zhongchuang.policy.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;
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

  @Test
  void theStartDayIsNotCountedAndThePeriodEndsOnTheCorrespondingDay() {
    LeaveEnd end = calculator.lastDayOfLeave(day("2016-03-01"));
    assertThat(end.firstDayCounted()).isEqualTo(day("2016-03-02"));
    assertThat(end.lastDay()).isEqualTo(day("2019-03-01"));
    assertThat(end.maximum()).isEqualTo(Period.ofYears(3));
  }

  @Test
  void aLeapDayStartEndsOnTheLastDayOfFebruaryWhichHasNoTwentyNinth() {
    LeaveEnd end = calculator.lastDayOfLeave(day("2016-02-29"));
    assertThat(end.lastDay()).isEqualTo(day("2019-02-28"));
    assertThat(end.render(Language.EN)).contains("2016-02-29 + P3Y = 2019-02-28", "has no corresponding day (29)");
    assertThat(end.render(Language.ZH)).contains("到期月没有对应日（29 日），以该月末日 2019-02-28 为最后一日");
  }

  @Test
  void aStartTheDayBeforeOrAfterTheLeapDayKeepsItsCorrespondingDay() {
    assertThat(calculator.lastDayOfLeave(day("2016-02-28")).lastDay()).isEqualTo(day("2019-02-28"));
    assertThat(calculator.lastDayOfLeave(day("2017-03-01")).lastDay()).isEqualTo(day("2020-03-01"));
    // A start in a common year whose corresponding day is a leap year's 28 February stays on the 28th.
    assertThat(calculator.lastDayOfLeave(day("2017-02-28")).lastDay()).isEqualTo(day("2020-02-28"));
  }

  @Test
  void aStartBeforeTheProvisionWasInForceIsRefusedAndTheFirstDayIsAccepted() {
    assertThatThrownBy(() -> calculator.lastDayOfLeave(day("2015-11-30"))).isInstanceOf(NotInForceException.class)
        .hasMessageContaining("the leave start 2015-11-30").hasMessageContaining("JX-2015-90/4.4-leave")
        .hasMessageContaining("accepted: a day within its validity");
    assertThat(calculator.lastDayOfLeave(day("2015-12-01")).lastDay()).isEqualTo(day("2018-12-01"));
  }

  @Test
  void aStartInTheRepealYearIsAnsweredAsUncertainAndAfterItIsRefused() {
    LeaveEnd end = calculator.lastDayOfLeave(day("2021-06-01"));
    assertThat(end.applicability().isUncertain()).isTrue();
    assertThat(end.lastDay()).isEqualTo(day("2024-06-01"));
    assertThat(end.warnings()).anySatisfy(w -> assertThat(w.description(Language.EN)).contains("cannot be known", "嘉政发〔2021〕34号"));
    assertThatThrownBy(() -> calculator.lastDayOfLeave(day("2021-12-31"))).isInstanceOf(NotInForceException.class);
  }

  @Test
  void citesTheClauseAndTheCountingRuleInForceByNameNotAsVerbatim() {
    LeaveEnd before2021 = calculator.lastDayOfLeave(day("2016-03-01"));
    assertThat(before2021.citations()).extracting(Citation::reference)
        .containsExactly("嘉政办发〔2015〕90号 四(四)", "《中华人民共和国民法通则》 第一百五十四条");
    assertThat(before2021.citations().get(1).quoteKind()).isEqualTo(QuoteKind.SPECIFICATION_SUMMARY);
    assertThat(before2021.render(Language.EN)).contains("(operative wording, not verbatim)");

    LeaveEnd straddling = calculator.lastDayOfLeave(day("2019-06-15"));
    assertThat(straddling.citations()).extracting(Citation::reference).containsExactly("嘉政办发〔2015〕90号 四(四)",
        "《中华人民共和国民法通则》 第一百五十四条", "《中华人民共和国民法典》 第二百零一条", "《中华人民共和国民法典》 第二百零二条");

    LeaveEnd after2021 = calculator.lastDayOfLeave(day("2021-01-01"));
    assertThat(after2021.citations()).extracting(Citation::reference).containsExactly("嘉政办发〔2015〕90号 四(四)",
        "《中华人民共和国民法典》 第二百零一条", "《中华人民共和国民法典》 第二百零二条");
  }

  @Test
  void warnsWhenTheLastDayFallsAfterThePossibleRepealAndThatHolidaysAreNotApplied() {
    LeaveEnd early = calculator.lastDayOfLeave(day("2016-03-01"));
    assertThat(early.warnings()).singleElement().satisfies(w -> assertThat(w.description(Language.EN)).contains("not extended for holidays",
        "民法通则第一百五十四条"));

    LeaveEnd late = calculator.lastDayOfLeave(day("2019-06-15")); // last day 2022-06-15
    assertThat(late.warnings()).hasSize(2);
    assertThat(late.warnings().get(0).description(Language.EN)).contains("2022-06-15 is after the provision may have ceased");
    assertThat(late.warnings().get(1).description(Language.EN)).contains("民法典第二百零三条").doesNotContain("weekend");

    LeaveEnd weekend = calculator.lastDayOfLeave(day("2016-03-05")); // 2019-03-05 is a Tuesday
    assertThat(weekend.warnings().get(0).description(Language.EN)).doesNotContain("weekend");
    assertThat(calculator.lastDayOfLeave(day("2016-03-02")).warnings().get(0).description(Language.EN))
        .contains("2019-03-02 is a weekend day"); // a Saturday
  }

  @Test
  void aModifiedTermChangesTheLastDayAndIsCitedAsModified() {
    Provision p = Catalogue.builtIn().byId(LeaveCalculator.JIAXING_LEAVE);
    Catalogue whatIf = Catalogue.builtIn().withReplaced(p.modifiedTerms(
        new TermLimit(Period.ofYears(2), ((TermLimit) p.terms()).subject()), Text.of("改为2年", "set to 2 years")));
    LeaveEnd end = LeaveCalculator.of(whatIf).lastDayOfLeave(day("2016-02-29"));

    assertThat(end.lastDay()).isEqualTo(day("2018-02-28"));
    assertThat(end.warnings()).anySatisfy(w -> assertThat(w.description(Language.EN)).contains("set to 2 years"));
    assertThat(end.explanation().steps().get(0).description(Language.ZH)).contains("【已由调用方修改：改为2年】");
  }

  @Test
  void aProvisionThatIsNotATermLimitIsRefused() {
    assertThatThrownBy(() -> calculator.lastDayOfLeave("JX-2015-90/6.2", day("2016-03-01")))
        .isInstanceOf(WrongTermsException.class).hasMessageContaining("reporting deadline")
        .hasMessageContaining("JX-2015-90/4.4-leave");
    assertThatThrownBy(() -> calculator.lastDayOfLeave("JX-2015-90/5.4-cost", day("2016-03-01")))
        .isInstanceOf(NoFormulaException.class);
  }

  @Test
  void theLastDayIsTheCorrespondingDayOrTheMonthEndAcrossEveryStartInForce() {
    qt().forAll(SourceDSL.integers().between(0, 1_856)).checkAssert(offset -> {
      LocalDate start = day("2015-12-01").plusDays(offset); // to 2020-12-30
      LocalDate last = calculator.lastDayOfLeave(start).lastDay();
      YearMonth lastMonth = YearMonth.from(start).plusYears(3);
      assertThat(YearMonth.from(last)).isEqualTo(lastMonth);
      assertThat(last.getDayOfMonth()).isEqualTo(Math.min(start.getDayOfMonth(), lastMonth.lengthOfMonth()));
      assertThat(last).isAfter(start.plusYears(3).minusDays(1));
    });
  }
}
