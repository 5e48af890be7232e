package org.zhongchuang.policy.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.StringReader;
import java.time.Period;
import java.time.Year;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.catalogue.RewardFloor.Basis;
import org.zhongchuang.policy.catalogue.RewardFloor.Force;
import org.zhongchuang.policy.catalogue.SmallLowProfitRelief.Application;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.text.Text;

/**
 * The {@code terms:} of a provision, read on their own: each kind's fields, the band, units, levels, periods and
 * spans of years, and each refusal with its line, field and the words of what is accepted.
 */
class CatalogueFileTermsTest {

  private static Terms terms(String yaml) {
    return CatalogueFiles.terms(YamlFile.read("t.yaml", new StringReader(yaml)).top());
  }

  /** The whole message of the refusal: {@code file:line: field: problem}. */
  private static String refusal(String yaml) {
    Throwable thrown = catchThrowable(() -> terms(yaml));
    assertThat(thrown).isInstanceOf(CatalogueFileException.class);
    return thrown.getMessage();
  }

  // ------------------------------------------------------------------------------------------------ income bands

  /** The band is on line 2. */
  private static String relief(String income) {
    return "kind: small low-profit relief\nincome: " + income + "\napplies to: portion\ncounted: 25%\nrate: 20%\n";
  }

  private static IncomeBand band(String income) {
    return ((SmallLowProfitRelief) terms(relief(income))).band();
  }

  private static final Cny WAN_100 = Cny.ofYuan(1_000_000);
  private static final Cny WAN_300 = Cny.ofYuan(3_000_000);

  @Test
  void aReliefReadsItsBandApplicationAndShares() {
    assertThat(terms(relief("{above: 100万, up to: 300万}"))).isEqualTo(new SmallLowProfitRelief(
        new IncomeBand(WAN_100, false, WAN_300, true), Application.PORTION, Share.percent(25), Share.percent(20)));
  }

  @Test
  void aboveAndBelowExcludeTheAmountFromAndUpToIncludeIt() {
    assertThat(band("{from: 100万, below: 300万}")).isEqualTo(new IncomeBand(WAN_100, true, WAN_300, false));
    assertThat(band("{below: 300万}")).isEqualTo(new IncomeBand(null, false, WAN_300, false));
    assertThat(band("{up to: 300万}")).isEqualTo(new IncomeBand(null, false, WAN_300, true));
  }

  @Test
  void bothEndsOfOneSideAreRefused() {
    assertThat(refusal(relief("{above: 1万, from: 2万, up to: 3万}")))
        .isEqualTo("t.yaml:2: income.from: give above or from, not both");
    assertThat(refusal(relief("{from: 1万, up to: 3万, below: 4万}")))
        .isEqualTo("t.yaml:2: income.below: give up to or below, not both");
  }

  @Test
  void anEmptyBandIsRefused() {
    // Above 300万 and up to 300万: no amount is both.
    assertThat(refusal(relief("{above: 300万, up to: 300万}"))).isEqualTo("t.yaml:2: income: the band is empty;"
        + " accepted: a lower end (above: or from:) below the upper end (up to: or below:)");
  }

  @Test
  void anUnknownKeyInTheBandIsRefused() {
    assertThat(refusal(relief("{above: 1万, up to: 3万, over: 4万}")))
        .startsWith("t.yaml:2: income.over: unknown key 'over'; accepted here: ").contains("above")
        .contains("below");
  }

  // ------------------------------------------------------------------------------------------------ whole numbers

  /** {@code at least} is on line 4. */
  private static String target(String atLeast) {
    return "kind: target\nmetric: spaces\nwhat: {zh: 众创空间, en: maker spaces}\nat least: " + atLeast
        + "\nunit: {zh: 个, en: spaces}\nby: 2020\n";
  }

  @Test
  void aTargetIsOneOrMore() {
    assertThat(terms(target("1"))).isEqualTo(new Target("spaces", Text.of("众创空间", "maker spaces"), 1,
        Text.of("个", "spaces"), Year.of(2020)));
    assertThat(((Target) terms(target("1,000"))).threshold()).isEqualTo(1000);
    assertThat(refusal(target("0")))
        .isEqualTo("t.yaml:4: at least: cannot read '0': accepted: a whole number, one or more");
    assertThat(refusal(target("-1")))
        .isEqualTo("t.yaml:4: at least: cannot read '-1': accepted: a whole number, zero or more");
  }

  @Test
  void aReportingDeadlineIsAPositiveNumberOfWorkingDays() {
    String deadline = "kind: reporting deadline\nwithin working days: %s\nsubject: {zh: 报告, en: the report}\n";
    assertThat(terms(deadline.formatted("15"))).isEqualTo(new ReportingDeadline(15, Text.of("报告", "the report")));
    assertThat(refusal(deadline.formatted("0")))
        .isEqualTo("t.yaml:2: within working days: cannot read '0': accepted: a whole number, one or more");
  }

  // ------------------------------------------------------------------------------------------------ periods

  private static String termLimit(String atMost) {
    return "kind: term limit\nat most: " + atMost + "\nsubject: {zh: 入驻, en: the stay}\n";
  }

  @Test
  void aTermLimitIsYearsOrMonths() {
    Text stay = Text.of("入驻", "the stay");
    assertThat(terms(termLimit("3 years"))).isEqualTo(new TermLimit(Period.ofYears(3), stay));
    assertThat(terms(termLimit("1 Year"))).isEqualTo(new TermLimit(Period.ofYears(1), stay));
    assertThat(terms(termLimit("18 months"))).isEqualTo(new TermLimit(Period.ofMonths(18), stay));
    assertThat(terms(termLimit("1 month"))).isEqualTo(new TermLimit(Period.ofMonths(1), stay));
  }

  @Test
  void aPeriodOfNoTimeOrWithoutAUnitIsRefused() {
    for (String bad : new String[] {"0 years", "3", "3 weeks", "three years", "1 year 6 months"}) {
      assertThat(refusal(termLimit(bad))).as(bad)
          .isEqualTo("t.yaml:2: at most: cannot read '" + bad + "': accepted: a period such as 3 years or 18 months");
    }
  }

  // ------------------------------------------------------------------------------------------------ reward floors

  /** {@code minimum} on line 2, {@code of} on 3, {@code units} on 4; extra lines follow. */
  private static String floor(String minimum, String of, String more) {
    return "kind: reward floor\nminimum: " + minimum + "\nof: " + of + "\nunits: all\nforce: default\n" + more;
  }

  @Test
  void aFloorOnNetIncomeHasNoYears() {
    assertThat(terms(floor("50%", "net income", ""))).isEqualTo(new RewardFloor(Share.percent(50), Basis.NET_INCOME,
        UnitScope.all(), Force.DEFAULT, null, false, 0, 0));
    // 100% is the most a floor may be.
    assertThat(((RewardFloor) terms(floor("100%", "equity", ""))).minimum()).isEqualTo(Share.ONE);
    assertThat(refusal(floor("101%", "net income", "")))
        .isEqualTo("t.yaml:2: minimum: cannot read '101%': accepted: a share of at most 100%");
  }

  @Test
  void aFloorMayBeHardForSomeUnitsAndYieldToAContract() {
    RewardFloor f = (RewardFloor) terms(floor("50%", "net income",
        "hard for: {units: [university, research institute], state-established only: yes}\nunless contract: yes\n"));
    assertThat(f.hardForOrNull()).isEqualTo(new UnitScope(EnumSet.of(UnitKind.UNIVERSITY,
        UnitKind.RESEARCH_INSTITUTE), true, false));
    assertThat(f.yieldsToContract()).isTrue();
    assertThat(refusal(floor("50%", "net income", "hard for: {units: all, colour: red}\n")))
        .startsWith("t.yaml:6: hard for.colour: unknown key 'colour'; accepted here: ");
  }

  private static RewardFloor yearly(String years) {
    return (RewardFloor) terms(floor("5%", "operating profit", "for years: " + years + "\n"));
  }

  @Test
  void aYearlyFloorReadsItsSpanOfYears() {
    assertThat(yearly("3 to 5")).isEqualTo(new RewardFloor(Share.percent(5), Basis.OPERATING_PROFIT,
        UnitScope.all(), Force.DEFAULT, null, false, 3, 5));
    // The fewest years may be 1, and the span may be a single year.
    assertThat(yearly("1 to 3")).extracting(RewardFloor::minYears, RewardFloor::maxYears).containsExactly(1, 3);
    assertThat(yearly("2-2")).extracting(RewardFloor::minYears, RewardFloor::maxYears).containsExactly(2, 2);
    assertThat(yearly("4")).extracting(RewardFloor::minYears, RewardFloor::maxYears).containsExactly(4, 4);
  }

  @Test
  void aSpanOfYearsThatIsNotOneIsRefused() {
    for (String bad : new String[] {"0 to 2", "5 to 3", "1 to 2 to 3", "x to 3"}) {
      assertThat(refusal(floor("5%", "operating profit", "for years: " + bad + "\n"))).as(bad)
          .isEqualTo("t.yaml:6: for years: cannot read '" + bad + "': accepted: a span of years such as 3 to 5");
    }
  }

  // ------------------------------------------------------------------------------------------------ units

  /** {@code units} on line 4. */
  private static String wages(String units) {
    return "kind: wage inclusion\ncounted: 50%\nof: reward\nunits: " + units
        + "\nstate-established only: yes\nprovincial only: no\nnon-profit only: no\n";
  }

  @Test
  void unitsAreAListOrOneNameOrAll() {
    assertThat(terms(wages("[university, Enterprise]"))).isEqualTo(new WageInclusion(Share.percent(50),
        Basis.REWARD, new UnitScope(EnumSet.of(UnitKind.UNIVERSITY, UnitKind.ENTERPRISE), true, false), false));
    assertThat(((WageInclusion) terms(wages("research institute"))).units().kinds())
        .containsExactly(UnitKind.RESEARCH_INSTITUTE);
    assertThat(((WageInclusion) terms(wages("ALL"))).units().kinds()).isEqualTo(EnumSet.allOf(UnitKind.class));
  }

  @Test
  void unitsThatAreNoneOrUnknownOrAllAmongOthersAreRefused() {
    assertThat(refusal(wages("[]"))).isEqualTo("t.yaml:4: units: units is missing; it is required here");
    // "all" stands alone: beside another name it is not a kind of unit.
    assertThat(refusal(wages("[all, university]"))).startsWith("t.yaml:4: units: 'all' is not known; accepted: ")
        .contains("university").contains("research institute");
    assertThat(refusal(wages("[university, mars]"))).startsWith("t.yaml:4: units: 'mars' is not known; accepted: ")
        .endsWith("all");
    assertThat(refusal(wages("{university: yes}"))).isEqualTo("t.yaml:4: units: wrong type; accepted: a list");
    assertThat(refusal(wages("[[university]]"))).isEqualTo("t.yaml:4: units: wrong type; accepted: a text");
  }

  // ------------------------------------------------------------------------------------------------ matching

  @Test
  void matchingReadsItsLevelsAndEitherCap() {
    MatchingRule m = (MatchingRule) terms("kind: matching\nratio: 1:1\nlevels: [national, Provincial]\n"
        + "cap per award: 100万\ncap per year: ~\n");
    assertThat(m).isEqualTo(new MatchingRule(Share.ONE, EnumSet.of(AwardLevel.NATIONAL, AwardLevel.PROVINCIAL),
        Optional.of(WAN_100), Optional.empty()));
    MatchingRule n = (MatchingRule) terms("kind: matching\nratio: 1:2\nlevels: county\ncap per year: 50万\n");
    assertThat(n).isEqualTo(new MatchingRule(Share.ratio(1, 2), EnumSet.of(AwardLevel.COUNTY), Optional.empty(),
        Optional.of(Cny.ofYuan(500_000))));
  }

  @Test
  void matchingWithoutKnownLevelsIsRefused() {
    assertThat(refusal("kind: matching\nratio: 1:1\nlevels: [national, galactic]\n"))
        .startsWith("t.yaml:3: levels: 'galactic' is not known; accepted: ").contains("county");
    assertThat(refusal("kind: matching\nratio: 1:1\n"))
        .isEqualTo("t.yaml:1: levels: levels is missing; it is required here");
  }
}
