package org.zhongchuang.policy.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.Confidence;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.RewardFloor;
import org.zhongchuang.policy.catalogue.RewardFloor.Basis;
import org.zhongchuang.policy.catalogue.RewardFloor.Force;
import org.zhongchuang.policy.catalogue.UnitKind;
import org.zhongchuang.policy.catalogue.UnitScope;
import org.zhongchuang.policy.law.Citation;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.law.QuoteKind;
import org.zhongchuang.policy.law.ValidityPeriod;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.text.Text;

/** Every number comes from the catalogue: a changed provision changes the result and is cited as modified. */
class LawIsDataTest {
  private static final Catalogue BUILT_IN = Catalogue.builtIn();
  private static final Cny MILLION = Cny.ofYuan(1_000_000);

  private static TransferCase.Builder jilinUniversity(LocalDate d) {
    return TransferCase.builder().jurisdiction(Jurisdiction.JILIN).date(d).unit(UnitKind.UNIVERSITY, true, false)
        .mode(TransferMode.TRANSFER_OR_LICENCE).amount(MILLION);
  }

  private static RewardFloor floor(String id) {
    return (RewardFloor) BUILT_IN.byId(id).terms();
  }

  private static RewardFloor withMinimum(RewardFloor f, Share minimum) {
    return f.withMinimum(minimum);
  }

  @Test
  void aChangedLocalShareChangesTheResultAndIsCitedAsModified() {
    Catalogue whatIf = BUILT_IN.withReplaced(BUILT_IN.byId("JL-2015-31/2.2").modifiedTerms(
        withMinimum(floor("JL-2015-31/2.2"), Share.percent(80)), Text.of("比例改为80%", "share set to 80%")));
    TransferRewardAssessment r = new TransferRewardCalculator(whatIf).assess(jilinUniversity(LocalDate.of(2016, 1, 1))
        .build());
    assertThat(r.minimumReward()).contains(Cny.ofYuan(800_000));
    assertThat(r.policyFloor().orElseThrow().provision().isModified()).isTrue();
    assertThat(r.warnings()).anySatisfy(w -> assertThat(w.description(Language.EN)).isEqualTo("JL-2015-31/2.2 is modified: share set to 80%"));
    assertThat(r.render(Language.EN)).contains("[modified: share set to 80%]");
    assertThat(r.render(Language.ZH)).contains("〔已修改：比例改为80%〕");
  }

  @Test
  void aChangedStatutoryShareAndHardnessChangeTheResult() {
    RewardFloor n = floor("N-2015-1");
    Catalogue whatIf = BUILT_IN.withReplaced(BUILT_IN.byId("N-2015-1").modifiedTerms(
        n.withMinimum(Share.percent(60)).withHardFor(null), Text.of("改", "changed")));
    TransferRewardAssessment r = new TransferRewardCalculator(whatIf).assess(TransferCase.builder()
        .jurisdiction(Jurisdiction.LIAONING).date(LocalDate.of(2016, 1, 1)).unit(UnitKind.UNIVERSITY, true, false)
        .mode(TransferMode.TRANSFER_OR_LICENCE).amount(MILLION).build());
    assertThat(r.statutoryMinimumShare()).contains(Share.percent(60));
    assertThat(r.statutoryMinimumIsHard()).isFalse();
    assertThat(r.minimumReward()).contains(Cny.ofYuan(600_000));
    assertThat(r.warnings()).anySatisfy(w -> assertThat(w.description(Language.EN)).startsWith("N-2015-1 is modified"));
  }

  @Test
  void datesAreData() {
    // Move the 1996 law's start back: the refusal boundary moves with it.
    Catalogue earlier = BUILT_IN.withReplaced(BUILT_IN.byId("N-1996").modifiedValidity(
        ValidityPeriod.between(LocalDate.of(1990, 1, 1), LocalDate.of(2015, 9, 30)), Text.of("改", "changed")));
    TransferRewardCalculator calc = new TransferRewardCalculator(earlier);
    TransferCase.Builder b = TransferCase.builder().jurisdiction(Jurisdiction.LIAONING).unit(UnitKind.OTHER, false,
        false).mode(TransferMode.TRANSFER_OR_LICENCE).amount(MILLION);
    assertThat(calc.assess(b.date(LocalDate.of(1990, 1, 1)).build()).statutoryMinimumShare())
        .contains(Share.percent(20));
    assertThatThrownBy(() -> calc.assess(b.date(LocalDate.of(1989, 12, 31)).build()))
        .isInstanceOf(DateNotCoveredException.class).hasMessageContaining("from 1990-01-01");
  }

  private static Provision zhejiangFloor(Share share, ValidityPeriod validity) {
    return Provision.builder().id("ZJ-TEST").jurisdiction(Jurisdiction.ZHEJIANG)
        .citation(new Citation(BUILT_IN.byId("JX-2015-90/4.4-reward").citation().document(), "测试", "测试条款",
            QuoteKind.SPECIFICATION_SUMMARY, "a test floor"))
        .validity(validity).scope(Text.of("所有单位", "all units"))
        .terms(RewardFloor.of(share, Basis.NET_INCOME, UnitScope.all(), Force.PERMISSIVE))
        .confidence(Confidence.CONFIRMED).build();
  }

  private static TransferCase.Builder jiaxingProvincialUniversity(LocalDate d) {
    return TransferCase.builder().jurisdiction(Jurisdiction.JIAXING).date(d).unit(UnitKind.UNIVERSITY, true, true)
        .mode(TransferMode.TRANSFER_OR_LICENCE).amount(MILLION);
  }

  @Test
  void theMostSpecificJurisdictionWinsEvenWhenLower() {
    TransferRewardCalculator calc = new TransferRewardCalculator(BUILT_IN.withAdded(
        zhejiangFloor(Share.percent(80), ValidityPeriod.from(LocalDate.of(2015, 1, 1)))));
    TransferRewardAssessment r = calc.assess(jiaxingProvincialUniversity(LocalDate.of(2016, 1, 1)).build());
    assertThat(r.policyFloor().orElseThrow().provision().id()).isEqualTo("JX-2015-90/4.4-reward");
    assertThat(r.minimumReward()).contains(Cny.ofYuan(700_000));
    assertThat(r.render(Language.EN)).contains("ZJ-TEST").contains("superseded by the more specific JX-2015-90");
    // An enterprise, which Jiaxing's clause does not reach, gets Zhejiang's.
    assertThat(calc.assess(jiaxingProvincialUniversity(LocalDate.of(2016, 1, 1)).unit(UnitKind.ENTERPRISE, false,
        false).build()).policyFloorShare()).contains(Share.percent(80));
    // A contract displaces Jiaxing's floor only; Zhejiang's then binds.
    TransferRewardAssessment contract = calc.assess(jiaxingProvincialUniversity(LocalDate.of(2016, 1, 1))
        .contractProvidesOtherwise(true).build());
    assertThat(contract.policyFloor().orElseThrow().provision().id()).isEqualTo("ZJ-TEST");
    assertThat(contract.floorDisplacedByContract()).isPresent();
  }

  @Test
  void twoFloorsOfOnePlaceTheHigherBinds() {
    Provision second = Provision.builder().from(zhejiangFloor(Share.percent(80), ValidityPeriod.from(
        LocalDate.of(2015, 1, 1)))).id("JL-TEST").jurisdiction(Jurisdiction.JILIN).build();
    TransferRewardAssessment r = new TransferRewardCalculator(BUILT_IN.withAdded(second))
        .assess(jilinUniversity(LocalDate.of(2016, 1, 1)).build());
    assertThat(r.policyFloor().orElseThrow().provision().id()).isEqualTo("JL-TEST");
    assertThat(r.minimumReward()).contains(Cny.ofYuan(800_000));
    assertThat(r.render(Language.EN)).contains("superseded by the higher floor of the same place, JL-TEST");
  }

  @Test
  void anUncertainSpecificFloorOverACertainGeneralOneIsReportedBothWays() {
    TransferRewardCalculator calc = new TransferRewardCalculator(BUILT_IN.withAdded(
        zhejiangFloor(Share.percent(60), ValidityPeriod.from(LocalDate.of(2015, 1, 1)))));
    TransferRewardAssessment r = calc.assess(jiaxingProvincialUniversity(LocalDate.of(2021, 7, 1)).build());
    assertThat(r.policyFloor().orElseThrow().provision().id()).isEqualTo("ZJ-TEST");
    assertThat(r.minimumReward()).contains(Cny.ofYuan(600_000));
    assertThat(r.uncertainPolicyFloor().orElseThrow().provision().id()).isEqualTo("JX-2015-90/4.4-reward");
    assertThat(r.ifUncertainFloorInForce().orElseThrow().minimumReward()).contains(Cny.ofYuan(700_000));
    assertThat(r.render(Language.EN))
        .contains("if the more specific JX-2015-90/4.4-reward is in force, it takes precedence");
  }

  @Test
  void liaoningAndTheStateCouncilOpinionHoldNoRewardFloor() {
    assertThat(BUILT_IN.withTerms(RewardFloor.class)).extracting(p -> p.citation().document().id())
        .doesNotContain("LN-2015-94", "CN-GBF-2015-9");
    assertThat(BUILT_IN.withTerms(RewardFloor.class)).extracting(Provision::jurisdiction)
        .doesNotContain(Jurisdiction.LIAONING);
    assertThat(ImmutableSet.copyOf(BUILT_IN.withTerms(RewardFloor.class).stream().map(Provision::id).toList()))
        .containsExactlyInAnyOrder("N-1996", "N-2015-1", "N-2015-2", "N-2015-3", "JL-2015-31/2.2", "GS-2015/2.3",
            "GS-2015/2.10", "JX-2015-90/4.4-reward");
  }
}
