package org.zhongchuang.policy.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

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

/** Each what-if copy of terms changes its one part and keeps the rest; a band holds what its ends say it holds. */
class TermsWithersTest {
  private static final Cny WAN_100 = Cny.ofYuan(1_000_000);
  private static final Cny WAN_300 = Cny.ofYuan(3_000_000);
  private static final Text T = Text.of("甲", "a");
  private static final UnitScope UNIVERSITIES = new UnitScope(EnumSet.of(UnitKind.UNIVERSITY), false, false);

  @Test
  void aBandHoldsItsEndsAsWritten() {
    IncomeBand aboveUpTo = IncomeBand.aboveUpTo(WAN_100, WAN_300);
    Cny fen = Cny.ofFen(1);
    // (100万, 300万]: 100万 out, 100万 + 1 fen in, 300万 in, 300万 + 1 fen out.
    assertThat(aboveUpTo.contains(WAN_100)).isFalse();
    assertThat(aboveUpTo.contains(WAN_100.plus(fen))).isTrue();
    assertThat(aboveUpTo.contains(WAN_300)).isTrue();
    assertThat(aboveUpTo.contains(WAN_300.plus(fen))).isFalse();
    IncomeBand fromBelow = new IncomeBand(WAN_100, true, WAN_300, false);
    // [100万, 300万): 100万 - 1 fen out, 100万 in, 300万 - 1 fen in, 300万 out.
    assertThat(fromBelow.contains(WAN_100.minus(fen))).isFalse();
    assertThat(fromBelow.contains(WAN_100)).isTrue();
    assertThat(fromBelow.contains(WAN_300.minus(fen))).isTrue();
    assertThat(fromBelow.contains(WAN_300)).isFalse();
    assertThat(IncomeBand.upTo(WAN_300).contains(Cny.ZERO)).isTrue();
    assertThat(aboveUpTo.describe(" and ")).isEqualTo("> 1,000,000.00 and ≤ 3,000,000.00");
    assertThat(fromBelow.describe(" 且 ")).isEqualTo("≥ 1,000,000.00 且 < 3,000,000.00");
    assertThat(IncomeBand.upTo(WAN_300).describe(" and ")).isEqualTo("≤ 3,000,000.00");
    assertThat(fromBelow.withUpper(Cny.ofYuan(5_000_000))).isEqualTo(new IncomeBand(WAN_100, true, Cny.ofYuan(5_000_000), true));
    assertThat(fromBelow.withLowerAbove(null)).isEqualTo(new IncomeBand(null, false, WAN_300, false));
  }

  @Test
  void eachWitherChangesItsPart() {
    RewardFloor floor = RewardFloor.of(Share.percent(50), Basis.NET_INCOME, UnitScope.all(), Force.DEFAULT);
    assertThat(floor).isEqualTo(new RewardFloor(Share.percent(50), Basis.NET_INCOME, UnitScope.all(), Force.DEFAULT,
        null, false, 0, 0));
    assertThat(floor.hardFor()).isEmpty();
    assertThat(floor.withMinimum(Share.percent(70)).minimum()).isEqualTo(Share.percent(70));
    assertThat(floor.withAppliesTo(UNIVERSITIES).appliesTo()).isEqualTo(UNIVERSITIES);
    assertThat(floor.withForce(Force.MANDATORY).force()).isEqualTo(Force.MANDATORY);
    assertThat(floor.withHardFor(UNIVERSITIES).hardFor()).contains(UNIVERSITIES);
    assertThat(floor.withYieldsToContract(true).yieldsToContract()).isTrue();
    RewardFloor yearly = new RewardFloor(Share.percent(5), Basis.OPERATING_PROFIT, UnitScope.all(), Force.DEFAULT,
        null, false, 3, 5);
    assertThat(yearly.withYears(2, 4)).extracting(RewardFloor::minYears, RewardFloor::maxYears).containsExactly(2, 4);

    MatchingRule m = new MatchingRule(Share.ONE, EnumSet.of(AwardLevel.NATIONAL), Optional.empty(), Optional.empty());
    assertThat(m.eligibleLevels()).containsExactly(AwardLevel.NATIONAL);
    assertThat(m.withRatio(Share.ratio(1, 2)).ratio()).isEqualTo(Share.ratio(1, 2));
    assertThat(m.withEligibleLevels(EnumSet.of(AwardLevel.COUNTY)).eligibleLevels()).containsExactly(AwardLevel.COUNTY);
    assertThat(m.withCapPerAward(WAN_100).capPerAward()).contains(WAN_100);
    assertThat(m.withCapPerYear(WAN_300).capPerYear()).contains(WAN_300);

    SmallLowProfitCriteria c = new SmallLowProfitCriteria(WAN_300, 100, 80, Cny.ofYuan(30_000_000),
        Cny.ofYuan(10_000_000));
    assertThat(c.withEmployees(300)).isEqualTo(new SmallLowProfitCriteria(WAN_300, 300, 300, Cny.ofYuan(30_000_000),
        Cny.ofYuan(10_000_000)));
    assertThat(c.withAssets(Cny.ofYuan(50_000_000))).isEqualTo(new SmallLowProfitCriteria(WAN_300, 100, 80,
        Cny.ofYuan(50_000_000), Cny.ofYuan(50_000_000)));

    SmallLowProfitRelief r = new SmallLowProfitRelief(IncomeBand.upTo(WAN_100), Application.PORTION,
        Share.percent(25), Share.percent(20));
    assertThat(r.withBand(IncomeBand.upTo(WAN_300)).band()).isEqualTo(IncomeBand.upTo(WAN_300));
    assertThat(r.withInclusion(Share.percent(50)).inclusion()).isEqualTo(Share.percent(50));
    assertThat(r.withApplication(Application.WHOLE_INCOME).application()).isEqualTo(Application.WHOLE_INCOME);

    assertThat(new Restatement("X", false).withRestatedId("Y")).isEqualTo(new Restatement("Y", false));
    assertThat(new Restatement("X", false).withIncubatedStartUpsOnly(true)).isEqualTo(new Restatement("X", true));
    WageInclusion w = new WageInclusion(Share.percent(50), Basis.REWARD, UnitScope.all(), false);
    assertThat(w.withCounted(Share.ONE).counted()).isEqualTo(Share.ONE);
    assertThat(w.withUnits(UNIVERSITIES).units()).isEqualTo(UNIVERSITIES);
    assertThat(new NoFormula(T).withSubject(Text.of("乙", "b"))).isEqualTo(new NoFormula(Text.of("乙", "b")));
    Target target = new Target("m", T, 10, T, Year.of(2020));
    assertThat(target.withThreshold(20)).isEqualTo(new Target("m", T, 20, T, Year.of(2020)));
    assertThat(target.withDeadline(Year.of(2025))).isEqualTo(new Target("m", T, 10, T, Year.of(2025)));
    assertThat(new DeductionRate(Share.percent(50), T).withShare(Share.ONE)).isEqualTo(new DeductionRate(Share.ONE, T));
    assertThat(new SupportFloor(WAN_100, T).withMinimum(WAN_300)).isEqualTo(new SupportFloor(WAN_300, T));
    assertThat(new ReportingDeadline(15, T).withWorkingDays(10)).isEqualTo(new ReportingDeadline(10, T));
    assertThat(new TermLimit(Period.ofYears(3), T).withMaximum(Period.ofMonths(18)))
        .isEqualTo(new TermLimit(Period.ofMonths(18), T));
    assertThat(new SplitYearApportionment(Year.of(2019)).withTaxYear(Year.of(2022)))
        .isEqualTo(new SplitYearApportionment(Year.of(2022)));
    assertThat(new TaxRate(TaxRate.Kind.STATUTORY, Share.percent(25)).withRate(Share.percent(20)))
        .isEqualTo(new TaxRate(TaxRate.Kind.STATUTORY, Share.percent(20)));
    assertThat(new SizeMeasure(SizeMeasure.Method.MONTHLY_AVERAGE).withMethod(SizeMeasure.Method.QUARTERLY_AVERAGE))
        .isEqualTo(new SizeMeasure(SizeMeasure.Method.QUARTERLY_AVERAGE));
    assertThat(TermsKind.TARGET.type()).isEqualTo(Target.class);
  }
}
