package org.zhongchuang.policy.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Range;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.law.IssueDate;
import org.zhongchuang.policy.law.PolicyDocument;
import org.zhongchuang.policy.law.ValidityPeriod;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.text.Text;

/** Each kind of terms states its numbers in its summary, in both languages, and refuses impossible values. */
class TermsTest {
  private static final Catalogue CATALOGUE = Catalogue.builtIn();

  private static Text summary(String id) {
    return CATALOGUE.byId(id).terms().summary();
  }

  @Test
  void taxRates() {
    assertThat(summary("CN-EIT-4").zh()).contains("25%");
    assertThat(summary("CN-EIT-4").en()).isEqualTo("enterprise income tax rate 25%");
    assertThat(summary("CN-EIT-28-1").en()).contains("small low-profit").contains("20%");
    assertThat(summary("CN-EIT-28-2").en()).contains("high and new technology").contains("15%");
    assertThat(summary("CN-EIT-28-2").zh()).contains("高新技术企业").contains("15%");
  }

  @Test
  void criteria() {
    assertThat(summary("CN-EIT-REG-92").en()).contains("300,000.00").contains("industrial: employees ≤ 100")
        .contains("assets ≤ 30,000,000.00").contains("other: employees ≤ 80").contains("10,000,000.00");
    assertThat(summary("CN-EIT-REG-92").zh()).contains("工业企业从业人数不超过 100 人");
    assertThat(summary("CN-CS-2019-13-C").en()).isEqualTo(
        "annual taxable income ≤ 3,000,000.00, employees ≤ 300, total assets ≤ 50,000,000.00");
    SmallLowProfitCriteria same = SmallLowProfitCriteria.anyIndustry(Cny.ofYuan(3_000_000), 300, Cny.ofYuan(50_000_000));
    assertThat(same).isEqualTo(CATALOGUE.byId("CN-CS-2019-13-C").terms());
    // Same employees but different assets is not "any industry".
    assertThat(new SmallLowProfitCriteria(Cny.ofYuan(1), 5, 5, Cny.ofYuan(1), Cny.ofYuan(2)).summary().en())
        .contains("industrial:");
    assertThat(new SmallLowProfitCriteria(Cny.ofYuan(1), 5, 6, Cny.ofYuan(1), Cny.ofYuan(1)).summary().en())
        .contains("industrial:");
  }

  @Test
  void reliefBands() {
    SmallLowProfitRelief whole = (SmallLowProfitRelief) CATALOGUE.byId("CN-CS-2015-99").terms();
    assertThat(whole.effectiveRate()).isEqualTo(Share.percent(10));
    assertThat(whole.summary().en()).isEqualTo(
        "annual taxable income > 200,000.00 and ≤ 300,000.00: all income counted at 50%, taxed at 20%");
    assertThat(whole.summary().zh()).isEqualTo("年应纳税所得额 > 200,000.00 且 ≤ 300,000.00 的，全部所得减按 50% 计入、按 20% 税率");
    assertThat(summary("CN-CS-2015-34").en()).isEqualTo("annual taxable income ≤ 200,000.00: all income counted at 50%, taxed at 20%");
    assertThat(summary("CN-CS-2019-13-2").zh()).contains("的部分").contains("> 1,000,000.00").contains("≤ 3,000,000.00");
    assertThat(new SmallLowProfitRelief(new IncomeBand(Cny.ofYuan(1), true, Cny.ofYuan(2), false),
        SmallLowProfitRelief.Application.PORTION, Share.percent(25), Share.percent(20)).summary().en())
        .contains("≥ 1.00").contains("< 2.00");
    assertThat(new SmallLowProfitRelief(IncomeBand.upTo(Cny.ofYuan(1)), SmallLowProfitRelief.Application.PORTION,
        Share.percent(25), Share.percent(20)).summary().en()).contains("income ≤ 1.00 counted");
    assertThat(new SmallLowProfitRelief(IncomeBand.aboveUpTo(Cny.ofYuan(1), Cny.ofYuan(9)),
        SmallLowProfitRelief.Application.PORTION, Share.percent(25), Share.percent(20)).summary().en())
        .contains("income > 1.00 and ≤ 9.00 counted");
    assertThatThrownBy(() -> new IncomeBand(Cny.ofYuan(2), false, Cny.ofYuan(1), true))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new IncomeBand(Cny.ofYuan(1), false, Cny.ofYuan(1), true))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new IncomeBand(Cny.ofYuan(1), true, Cny.ofYuan(1), true).contains(Cny.ofYuan(1))).isTrue();
    assertThat(IncomeBand.aboveUpTo(Cny.ofYuan(1), Cny.ofYuan(9)).toString()).isEqualTo("(1.00, 9.00]");
  }

  @Test
  void otherTaxTerms() {
    assertThat(summary("CN-SAT-2015-61").en()).contains("tax year 2015");
    assertThat(summary("JL-2015-31/2.6").en()).isEqualTo("restates CN-CS-2015-34 locally (incubated start-ups only)");
    assertThat(summary("JL-2015-31/2.6").zh()).contains("限孵化机构内在孵初创企业");
    assertThat(summary("JX-2015-90/5.4-tax").en()).isEqualTo("restates CN-CS-2015-99 locally");
    assertThat(summary("JX-2015-90/5.4-tax").zh()).doesNotContain("限孵化");
    assertThat(summary("CN-EIT-REG-95").en()).contains("additional deduction of 50%");
    assertThat(summary("CN-EIT-REG-95").zh()).contains("50%");
  }

  @Test
  void rewardFloors() {
    assertThat(summary("N-2015-1").en()).isEqualTo("at least 50% of net transfer or licence income as reward");
    assertThat(summary("N-2015-2").en()).contains("50% of the shares");
    assertThat(summary("N-2015-3").en()).contains("5% of operating profit each year for 3–5 years");
    assertThat(summary("N-2015-3").zh()).contains("3～5 年");
    assertThat(summary("GS-2015/2.10").zh()).contains("90%");
    RewardFloor jx = (RewardFloor) CATALOGUE.byId("JX-2015-90/4.4-reward").terms();
    assertThat(jx.appliesTo().covers(UnitKind.UNIVERSITY, false, true)).isTrue();
    assertThat(jx.appliesTo().covers(UnitKind.UNIVERSITY, true, false)).isFalse();
    assertThat(jx.appliesTo().covers(UnitKind.ENTERPRISE, true, true)).isFalse();
    RewardFloor gs = (RewardFloor) CATALOGUE.byId("GS-2015/2.3").terms();
    assertThat(gs.appliesTo().covers(UnitKind.RESEARCH_INSTITUTE, true, false)).isTrue();
    assertThat(gs.appliesTo().covers(UnitKind.RESEARCH_INSTITUTE, false, false)).isFalse();
    assertThat(UnitScope.all().covers(UnitKind.OTHER, false, false)).isTrue();
    assertThat(jx.appliesTo().describe().zh()).isEqualTo("省属高等院校、科研院所、其他单位");
    assertThat(jx.appliesTo().describe().en()).isEqualTo("provincially owned university, research institute, other");
    assertThat(gs.appliesTo().describe().zh()).isEqualTo("国家设立或利用财政资金设立的高等院校、科研院所");
    assertThat(gs.appliesTo().describe().en()).isEqualTo("publicly established university, research institute");
    assertThat(UnitScope.all().describe().zh()).isEqualTo("高等院校、科研院所、企业、其他单位");
    assertThatThrownBy(() -> new UnitScope(Set.of(), false, false)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RewardFloor(Share.percent(101), RewardFloor.Basis.NET_INCOME, UnitScope.all(),
        RewardFloor.Force.PERMISSIVE, null, false, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RewardFloor(Share.percent(5), RewardFloor.Basis.OPERATING_PROFIT, UnitScope.all(),
        RewardFloor.Force.PERMISSIVE, null, false, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RewardFloor(Share.percent(5), RewardFloor.Basis.OPERATING_PROFIT, UnitScope.all(),
        RewardFloor.Force.PERMISSIVE, null, false, 5, 3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RewardFloor(Share.percent(5), RewardFloor.Basis.NET_INCOME, UnitScope.all(),
        RewardFloor.Force.PERMISSIVE, null, false, 3, 5)).isInstanceOf(IllegalArgumentException.class);
    assertThat(new RewardFloor(Share.percent(100), RewardFloor.Basis.NET_INCOME, UnitScope.all(),
        RewardFloor.Force.PERMISSIVE, null, false, 0, 0).minimum()).isEqualTo(Share.ONE);
  }

  @Test
  void supportMatchingTargetsAndTheRest() {
    assertThat(summary("JX-2015-90/5.1").en()).isEqualTo("start-up support (decided case by case): at least 500,000.00");
    assertThat(summary("JX-2015-90/5.2").zh()).isEqualTo("对获得国家、省资金奖励的，按 100% 给予配套");
    assertThat(summary("JX-2015-90/5.2").en()).isEqualTo("awards at national, provincial level matched at 100%");
    MatchingRule capped = new MatchingRule(Share.ratio(1, 2), ImmutableSet.of(AwardLevel.MUNICIPAL),
        Optional.of(Cny.ofYuan(100)), Optional.of(Cny.ofYuan(1000)));
    assertThat(capped.summary().en()).isEqualTo(
        "awards at municipal level matched at 50%, at most 100.00 per award, at most 1,000.00 per year");
    assertThat(new MatchingRule(Share.ONE, Set.of(AwardLevel.COUNTY), Optional.of(Cny.ZERO), Optional.empty()))
        .isNotNull();
    assertThatThrownBy(() -> new MatchingRule(Share.ONE, Set.of(AwardLevel.COUNTY), Optional.of(Cny.ofFen(-1)),
        Optional.empty())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("capPerAward");
    assertThatThrownBy(() -> new MatchingRule(Share.ONE, Set.of(AwardLevel.COUNTY), Optional.empty(),
        Optional.of(Cny.ofFen(-1)))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("capPerYear");
    assertThatThrownBy(() -> new MatchingRule(Share.ONE, Set.of(), Optional.empty(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(summary("JL-2015-31/1.3-makers").zh()).isEqualTo("到2020年，聚集创客 10000 人以上");
    assertThat(summary("JL-2015-31/1.3-makers").en()).isEqualTo("by 2020: makers ≥ 10000 people");
    assertThatThrownBy(() -> new Target("x", Text.of("x", "x"), 0, Text.of("家", "x"), Year.of(2020)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(summary("JX-2015-90/4.4-leave").en()).isEqualTo("keeping the personnel relationship while on leave: at most 3 years");
    assertThat(((TermLimit) CATALOGUE.byId("JX-2015-90/4.4-leave").terms()).maximum()).isEqualTo(Period.ofYears(3));
    assertThat(summary("JX-2015-90/6.2").en()).isEqualTo("annual work report: within 20 working days after year end");
    assertThatThrownBy(() -> new ReportingDeadline(0, Text.of("", ""))).isInstanceOf(IllegalArgumentException.class);
    assertThat(summary("LN-2015-94/2.8").en()).endsWith("(no amount or rate is stated)");
    assertThat(CATALOGUE.byId("JX-2015-90/5.1").terms().hasFormula()).isTrue();
    assertThat(CATALOGUE.byId("LN-2015-94/2.8").terms().hasFormula()).isFalse();
  }

  @Test
  void awardLevelsAndLanguages() {
    assertThat(AwardLevel.parse(" Provincial ")).isEqualTo(AwardLevel.PROVINCIAL);
    assertThat(AwardLevel.NATIONAL.chinese()).isEqualTo("国家");
    assertThatThrownBy(() -> AwardLevel.parse("city")).isInstanceOf(PolicyInputException.class)
        .hasMessageContaining("national, provincial, municipal, county, other");
    assertThat(Language.parse("EN")).isEqualTo(Language.EN);
    assertThat(Language.parse(" zh ")).isEqualTo(Language.ZH);
    assertThatThrownBy(() -> Language.parse("fr")).isInstanceOf(PolicyInputException.class).hasMessageContaining("zh, en");
  }

  @Test
  void provisionsAndDocumentsRenderTheirReferences() {
    Provision p = CATALOGUE.byId("JX-2015-90/5.2");
    assertThat(p.toString()).isEqualTo("JX-2015-90/5.2 嘉政办发〔2015〕90号 五(二)");
    Provision changed = p.modifiedValidity(ValidityPeriod.from(LocalDate.of(2016, 1, 1)), Text.of("改", "changed"));
    assertThat(changed.toString()).endsWith("(modified)");
    assertThat(changed.validity().firstDay()).contains(LocalDate.of(2016, 1, 1));
    assertThat(changed.modification()).contains(Text.of("改", "changed"));
    PolicyDocument gs = CATALOGUE.byId("GS-2015/2.3").citation().document();
    assertThat(gs.toString()).isEqualTo("《甘肃省发展众创空间推进大众创新创业实施方案》");
    assertThat(gs.issued().isExact()).isFalse();
    assertThat(gs.issued().toString()).isEqualTo("between 2015-03-02 and 2015-12-31");
    PolicyDocument jx = p.citation().document();
    assertThat(jx.issued().isExact()).isTrue();
    assertThat(jx.issued().earliest()).isEqualTo(LocalDate.of(2015, 12, 1));
    assertThat(jx.issued().latest()).isEqualTo(LocalDate.of(2015, 12, 1));
    assertThat(p.citation().toString()).isEqualTo("嘉政办发〔2015〕90号 五(二)");
    assertThat(CATALOGUE.toString()).isEqualTo("Catalogue(" + CATALOGUE.size() + " provisions)");
    assertThat(Text.of("中", "en").toString()).isEqualTo("en");
    assertThat(Text.of("中", "en").in(Language.ZH)).isEqualTo("中");
    assertThatThrownBy(() -> IssueDate.between(LocalDate.of(2015, 2, 1), LocalDate.of(2015, 1, 1), Text.of("", "")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(CATALOGUE).isNotEqualTo(CATALOGUE.withAdded(ImmutableProvision.copyOf(p).withId("X")));
    assertThat(CATALOGUE.hashCode()).isNotEqualTo(CATALOGUE.withAdded(ImmutableProvision.copyOf(p).withId("X")).hashCode());
  }
}
