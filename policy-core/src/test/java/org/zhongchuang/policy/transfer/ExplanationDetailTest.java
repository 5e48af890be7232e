package org.zhongchuang.policy.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.ImmutableProvision;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.RewardFloor;
import org.zhongchuang.policy.catalogue.UnitKind;
import org.zhongchuang.policy.catalogue.UnitScope;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.law.ValidityPeriod;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.text.Text;

/** The explanation's wording for each branch, the side notes, and the accessors of the values. */
class ExplanationDetailTest {
  private static final Catalogue BUILT_IN = Catalogue.builtIn();
  private static final TransferRewardCalculator CALC = TransferRewardCalculator.builtIn();

  private static TransferCase.Builder jilin() {
    return TransferCase.builder().jurisdiction(Jurisdiction.JILIN).date(LocalDate.of(2016, 3, 1))
        .unit(UnitKind.UNIVERSITY, true, false).mode(TransferMode.TRANSFER_OR_LICENCE).amount(Cny.ofYuan(1_000_000));
  }

  @Test
  void complianceStepsSayWhichMinimumIsMetInBothLanguages() {
    TransferRewardAssessment r = CALC.assess(jilin().proposedReward(Cny.ofYuan(600_000)).build());
    assertThat(r.render(Language.EN))
        .contains("the proposed reward against the statutory standard (50%): meets it")
        .contains("the proposed reward against the local floor (70%): falls short")
        .contains("the proposed reward falls short of the binding minimum by")
        .doesNotContain("cannot be judged");
    assertThat(r.render(Language.ZH)).contains("建议奖励与法定标准（50%）比较：达到")
        .contains("建议奖励与地方下限（70%）比较：未达到").contains("建议奖励低于约束性最低奖励");
    assertThat(CALC.assess(jilin().proposedReward(Cny.ofYuan(700_000)).build()).render(Language.EN))
        .contains("the proposed reward meets the binding minimum")
        .contains("against the local floor (70%): meets it");
  }

  @Test
  void aSingleTermNeedsNoMaxAndOnlyOwnImplementationIsYearly() {
    TransferRewardAssessment liaoning = CALC.assess(jilin().jurisdiction(Jurisdiction.LIAONING).build());
    assertThat(liaoning.render(Language.EN)).contains("\n    50%\n").doesNotContain("max(")
        .contains("minimum reward = net transfer or licence income × binding share")
        .doesNotContain("each year");
    assertThat(liaoning.rewardYears()).isEmpty();
  }

  @Test
  void anAmountWithNoKnownMinimumGivesNoEquityNote() {
    TransferRewardAssessment r = CALC.assess(jilin().jurisdiction(Jurisdiction.LIAONING)
        .date(LocalDate.of(2015, 9, 30)).mode(TransferMode.INVESTMENT_AS_EQUITY).build());
    assertThat(r.render(Language.EN)).doesNotContain("no value of the shares given");
    assertThat(r.warnings()).anySatisfy(w -> assertThat(w.description(Language.EN)).contains("N-1996 (at least 20%")
        .doesNotContain("N-2015"));
    assertThat(r.warnings()).anySatisfy(w -> assertThat(w.description(Language.ZH)).contains("当日施行的法定标准只涉及其他方式：N-1996（"));
  }

  @Test
  void uncertainFloorsBringTheirSideNotesAndTheWarningGivesTheOtherReading() {
    TransferRewardAssessment r = CALC.assess(jilin().jurisdiction(Jurisdiction.GANSU)
        .date(LocalDate.of(2015, 11, 1)).proposedReward(Cny.ofYuan(500_000)).build());
    assertThat(r.sideNotes()).anySatisfy(n -> assertThat(n.zh()).contains("科技成果入股比例不设上线"));
    assertThat(r.warnings()).anySatisfy(w -> assertThat(w.description(Language.EN)).contains("the minimum reward 500,000.00")
        .doesNotContain("falls short"));
    assertThat(r.warnings()).anySatisfy(w -> assertThat(w.description(Language.ZH)).contains("，最低奖励 500,000.00 元")
        .doesNotContain("差额"));
    assertThat(r.render(Language.ZH)).contains("附注：").contains(" * ");
    assertThat(r.render(Language.EN)).contains("Side notes:");
    assertThat(r.toString()).isEqualTo(r.render(Language.EN));
  }

  @Test
  void supersededFloorsAreNamedInChineseToo() {
    TransferRewardAssessment r = CALC.assess(jilin().jurisdiction(Jurisdiction.LANBAI)
        .unit(UnitKind.RESEARCH_INSTITUTE, true, false).build());
    assertThat(r.render(Language.ZH)).contains("被更具体的GS-2015/2.10（兰白科技创新改革试验区）取代");
    assertThat(r.render(Language.ZH)).doesNotContain("同一地方更高的");
  }

  @Test
  void unitsDescribeThemselves() {
    assertThat(OwningUnit.of(UnitKind.UNIVERSITY, false, false).describe().en())
        .isEqualTo("university (not set up by the state or with public funds)");
    assertThat(OwningUnit.of(UnitKind.UNIVERSITY, true, true).describe().en())
        .isEqualTo("provincially owned publicly established university");
    assertThat(OwningUnit.of(UnitKind.RESEARCH_INSTITUTE, true, false).describe().zh())
        .isEqualTo("国家设立或利用财政资金设立的科研院所");
  }

  @Test
  void joinPutsTheSeparatorOnlyBetween() {
    Text sep = Text.of("、", ", ");
    assertThat(TransferRewardCalculator.join(List.of(), sep)).isEqualTo(Text.of("", ""));
    assertThat(TransferRewardCalculator.join(List.of(Text.of("甲", "a")), sep)).isEqualTo(Text.of("甲", "a"));
    assertThat(TransferRewardCalculator.join(List.of(Text.of("甲", "a"), Text.of("乙", "b"), Text.of("丙", "c")), sep))
        .isEqualTo(Text.of("甲、乙、丙", "a, b, c"));
  }

  @Test
  void accessorsGiveWhatWasAskedAndFound() {
    TransferCase c = jilin().member(TeamMember.of("甲", 1)).build();
    TransferRewardAssessment r = CALC.assess(c);
    assertThat(r.transferCase()).isSameAs(c);
    assertThat(r.netIncome()).contains(Cny.ofYuan(1_000_000));
    assertThat(r.split()).containsExactly(new MemberReward("甲", Share.ONE, Cny.ofYuan(700_000)));
    assertThat(CALC.catalogue()).isSameAs(BUILT_IN);
    assertThat(new TransferRewardCalculator(BUILT_IN).catalogue()).isSameAs(BUILT_IN);
    assertThat(r.outcome()).isEqualTo(new MinimumOutcome(Share.percent(70), Cny.ofYuan(1_000_000), null))
        .hasSameHashCodeAs(new MinimumOutcome(Share.percent(70), Cny.ofYuan(1_000_000), null))
        .isNotEqualTo(new MinimumOutcome(Share.percent(50), Cny.ofYuan(1_000_000), null))
        .isNotEqualTo(new MinimumOutcome(Share.percent(70), Cny.ofYuan(1_000_000), Cny.ZERO))
        .isNotEqualTo("70%");
    assertThat(r.outcome().toString()).contains("70%").contains("700000.00");
  }

  @Test
  void casesAreValuesWithEveryFieldCompared() {
    TransferCase c = jilin().proposedReward(Cny.ofYuan(1)).member("甲", 1).build();
    assertThat(c).isEqualTo(jilin().proposedReward(Cny.ofYuan(1)).member("甲", 1).build())
        .hasSameHashCodeAs(jilin().proposedReward(Cny.ofYuan(1)).member("甲", 1).build())
        .isNotEqualTo(jilin().proposedReward(Cny.ofYuan(2)).member("甲", 1).build())
        .isNotEqualTo(jilin().proposedReward(Cny.ofYuan(1)).member("乙", 1).build())
        .isNotEqualTo(jilin().proposedReward(Cny.ofYuan(1)).member("甲", 1).contractProvidesOtherwise(true).build())
        .isNotEqualTo(jilin().proposedReward(Cny.ofYuan(1)).member("甲", 1).amount(Cny.ofYuan(2)).build())
        .isNotEqualTo(jilin().proposedReward(Cny.ofYuan(1)).member("甲", 1).date(LocalDate.of(2016, 3, 2)).build())
        .isNotEqualTo(jilin().proposedReward(Cny.ofYuan(1)).member("甲", 1).jurisdiction(Jurisdiction.GANSU).build())
        .isNotEqualTo(jilin().proposedReward(Cny.ofYuan(1)).member("甲", 1).unit(UnitKind.OTHER, true, false).build())
        .isNotEqualTo(jilin().proposedReward(Cny.ofYuan(1)).member("甲", 1).mode(TransferMode.OWN_IMPLEMENTATION)
            .build())
        .isNotEqualTo("case");
    assertThat(c.toString()).contains("吉林省").contains("TRANSFER_OR_LICENCE").contains("甲");
  }

  @Test
  void theRefusalOfAnEarlyDateCarriesTheDates() {
    DateNotCoveredException e = (DateNotCoveredException) org.assertj.core.api.Assertions.catchThrowable(
        () -> CALC.assess(jilin().date(LocalDate.of(1990, 5, 1)).build()));
    assertThat(e.date()).isEqualTo(LocalDate.of(1990, 5, 1));
    assertThat(e.firstKnown()).isEqualTo(LocalDate.of(1996, 10, 1));
    // Only what starts on the first known day is named.
    assertThat(e.getMessage()).contains("N-1996").doesNotContain("N-2015");
  }

  // ---------------------------------------------------------------- catalogues other than the built-in one

  private static RewardFloor floor(String id) {
    return (RewardFloor) BUILT_IN.byId(id).terms();
  }

  @Test
  void aCatalogueWithoutNationalFloorsIsACatalogueError() {
    Catalogue local = Catalogue.of(BUILT_IN.all().stream()
        .filter(p -> !(p.terms() instanceof RewardFloor) || p.jurisdiction().depth() > 0).toList());
    assertThatThrownBy(() -> new TransferRewardCalculator(local).assess(jilin().build()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no national reward floor");
  }

  @Test
  void twoNationalFloorsInForceAtOnceAreACatalogueError() {
    Provision twin = ImmutableProvision.copyOf(BUILT_IN.byId("N-2015-1")).withId("N-2015-1-TWIN");
    assertThatThrownBy(() -> new TransferRewardCalculator(BUILT_IN.withAdded(twin)).assess(jilin().build()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("2 national reward floors");
  }

  @Test
  void aNationalFloorThatDoesNotReachTheUnitIsNotItsMinimum() {
    RewardFloor n = floor("N-2015-1");
    Catalogue enterprisesOnly = BUILT_IN.withReplaced(BUILT_IN.byId("N-2015-1").modifiedTerms(
        n.withAppliesTo(new UnitScope(java.util.Set.of(UnitKind.ENTERPRISE), false, false)),
        Text.of("只适用于企业", "enterprises only")));
    TransferRewardAssessment r = new TransferRewardCalculator(enterprisesOnly).assess(jilin()
        .jurisdiction(Jurisdiction.LIAONING).build());
    assertThat(r.statutoryMinimum()).isEmpty();
    assertThat(r.minimumReward()).isEmpty();
  }

  @Test
  void anUncertainNationalFloorIsNotCountedAndSaysSo() {
    Catalogue uncertainStart = BUILT_IN.withReplaced(BUILT_IN.byId("N-2015-1").modifiedValidity(new ValidityPeriod(
        new ValidityPeriod.Within(LocalDate.of(2015, 10, 1), LocalDate.of(2016, 12, 31), Text.of("不详", "unknown")),
        new ValidityPeriod.Open()), Text.of("施行日期不详", "start unknown")));
    TransferRewardAssessment r = new TransferRewardCalculator(uncertainStart).assess(jilin()
        .jurisdiction(Jurisdiction.LIAONING).build());
    assertThat(r.statutoryMinimum()).isEmpty();
    assertThat(r.warnings()).anySatisfy(w -> assertThat(w.description(Language.EN))
        .startsWith("N-2015-1 may or may not be in force and is not counted"));
  }

  @Test
  void theHardClauseIsCitedOnlyWhileInForce() {
    Catalogue lateClause = BUILT_IN.withReplaced(BUILT_IN.byId(TransferRewardCalculator.HARD_MINIMUM_CLAUSE)
        .modifiedValidity(ValidityPeriod.from(LocalDate.of(2017, 1, 1)), Text.of("改", "changed")));
    TransferRewardAssessment r = new TransferRewardCalculator(lateClause).assess(jilin().build());
    assertThat(r.statutoryMinimumIsHard()).isTrue();
    assertThat(r.citations()).extracting(c -> c.clause()).doesNotContain("第四十五条第二款");
  }

  @Test
  void aLocalFloorAloneBindsWhereNoStatutoryMinimumIsKnown() {
    RewardFloor jl = floor("JL-2015-31/2.2");
    Catalogue equityFloor = BUILT_IN.withReplaced(BUILT_IN.byId("JL-2015-31/2.2").modifiedTerms(
        RewardFloor.of(jl.minimum(), RewardFloor.Basis.EQUITY, jl.appliesTo(), jl.force()),
        Text.of("改为股权", "equity basis")));
    TransferRewardAssessment r = new TransferRewardCalculator(equityFloor).assess(jilin()
        .date(LocalDate.of(2015, 7, 1)).mode(TransferMode.INVESTMENT_AS_EQUITY).build());
    assertThat(r.statutoryMinimum()).isEmpty();
    assertThat(r.bindingShare()).contains(Share.percent(70));
    assertThat(r.minimumReward()).contains(Cny.ofYuan(700_000));
  }
}
