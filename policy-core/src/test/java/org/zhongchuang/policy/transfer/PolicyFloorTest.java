package org.zhongchuang.policy.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.catalogue.UnitKind;
import org.zhongchuang.policy.law.Applicability.Status;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.text.Language;

/** The four seed floors: Jilin 70%, Gansu 50%, Lanbai 90%, Jiaxing 70% unless the contract says otherwise. */
class PolicyFloorTest {
  private static final TransferRewardCalculator CALC = TransferRewardCalculator.builtIn();
  private static final Cny MILLION = Cny.ofYuan(1_000_000);

  private static TransferRewardAssessment assess(Jurisdiction where, LocalDate date, UnitKind kind, boolean isPublic,
      boolean isProvincial) {
    return CALC.assess(TransferCase.builder().jurisdiction(where).date(date).unit(kind, isPublic, isProvincial)
        .mode(TransferMode.TRANSFER_OR_LICENCE).amount(MILLION).build());
  }

  // ---------------------------------------------------------------- Jilin, from 2015-06-08, every unit

  @Test
  void jilinFromItsFirstDay() {
    LocalDate first = LocalDate.of(2015, 6, 8);
    TransferRewardAssessment before = assess(Jurisdiction.JILIN, first.minusDays(1), UnitKind.ENTERPRISE, false, false);
    assertThat(before.policyFloor()).isEmpty();
    assertThat(before.minimumReward()).contains(Cny.ofYuan(200_000));
    assertThat(before.explanation().render(Language.EN)).contains("JL-2015-31/2.2").contains("is before the start");

    TransferRewardAssessment onFirst = assess(Jurisdiction.JILIN, first, UnitKind.ENTERPRISE, false, false);
    assertThat(onFirst.policyFloor().orElseThrow().provision().id()).isEqualTo("JL-2015-31/2.2");
    assertThat(onFirst.policyFloorShare()).contains(Share.percent(70));
    assertThat(onFirst.statutoryMinimumShare()).contains(Share.percent(20));
    assertThat(onFirst.minimumReward()).contains(Cny.ofYuan(700_000));
    assertThat(onFirst.citations()).extracting(c -> c.reference()).contains("吉政办发〔2015〕31号 二(二)");
    assertThat(onFirst.sideNotes()).anySatisfy(n -> assertThat(n.en()).contains("not in the wage-total base"));
  }

  @Test
  void jilinOverTheNewStatuteStillBindsAtSeventyPercent() {
    TransferRewardAssessment r = assess(Jurisdiction.JILIN, LocalDate.of(2016, 1, 1), UnitKind.UNIVERSITY, true, false);
    assertThat(r.statutoryMinimumShare()).contains(Share.percent(50));
    assertThat(r.statutoryMinimumIsHard()).isTrue();
    assertThat(r.bindingShare()).contains(Share.percent(70));
    assertThat(r.minimumReward()).contains(Cny.ofYuan(700_000));
  }

  // ---------------------------------------------------------------- Gansu: undated, window 2015-03-02 .. 2015-12-31

  @Test
  void gansuIsNotInForceBeforeItsWindowUncertainInsideItAndInForceAfter() {
    TransferRewardAssessment before = assess(Jurisdiction.GANSU, LocalDate.of(2015, 3, 1), UnitKind.UNIVERSITY, true,
        false);
    assertThat(before.policyFloor()).isEmpty();
    assertThat(before.uncertainPolicyFloor()).isEmpty();

    // The window's last day is certain: the document was issued by then at the latest (ValidityPeriod.Within).
    for (LocalDate inside : new LocalDate[] {LocalDate.of(2015, 3, 2), LocalDate.of(2015, 12, 30)}) {
      TransferRewardAssessment r = assess(Jurisdiction.GANSU, inside, UnitKind.UNIVERSITY, true, false);
      assertThat(r.policyFloor()).as("%s", inside).isEmpty();
      PolicyFloor uncertain = r.uncertainPolicyFloor().orElseThrow();
      assertThat(uncertain.provision().id()).isEqualTo("GS-2015/2.3");
      assertThat(uncertain.applicability().status()).isEqualTo(Status.UNCERTAIN);
      assertThat(uncertain.isCertain()).isFalse();
      assertThat(r.minimumReward()).isEqualTo(r.statutoryMinimumShare().map(s -> MILLION.multipliedBy(s,
          java.math.RoundingMode.HALF_UP)));
      assertThat(r.ifUncertainFloorInForce().orElseThrow().minimumReward()).contains(Cny.ofYuan(500_000));
      assertThat(r.warnings()).anySatisfy(w -> assertThat(w.description(Language.EN)).contains("GS-2015/2.3 (50%)")
          .contains("cannot be known").contains("the minimum share is 50%"));
    }
    // Inside the window the 1996 law's 20% is what is certain: reported both ways.
    TransferRewardAssessment march = assess(Jurisdiction.GANSU, LocalDate.of(2015, 3, 2), UnitKind.UNIVERSITY, true,
        false);
    assertThat(march.minimumReward()).contains(Cny.ofYuan(200_000));
    assertThat(march.policyFloorShare()).isEmpty();

    TransferRewardAssessment after = assess(Jurisdiction.GANSU, LocalDate.of(2015, 12, 31), UnitKind.UNIVERSITY, true,
        false);
    assertThat(after.policyFloor().orElseThrow().provision().id()).isEqualTo("GS-2015/2.3");
    assertThat(after.policyFloor().orElseThrow().isCertain()).isTrue();
    assertThat(after.uncertainPolicyFloor()).isEmpty();
    assertThat(after.ifUncertainFloorInForce()).isEmpty();
    assertThat(after.policyFloorShare()).contains(Share.percent(50));
    assertThat(after.minimumReward()).contains(Cny.ofYuan(500_000));
    assertThat(after.sideNotes()).anySatisfy(n -> assertThat(n.zh()).contains("科技成果入股比例不设上线"));
  }

  @Test
  void gansuReachesOnlyPubliclyFundedUniversitiesAndInstitutes() {
    LocalDate d = LocalDate.of(2016, 1, 1);
    assertThat(assess(Jurisdiction.GANSU, d, UnitKind.UNIVERSITY, false, false).policyFloor()).isEmpty();
    assertThat(assess(Jurisdiction.GANSU, d, UnitKind.ENTERPRISE, true, false).policyFloor()).isEmpty();
    assertThat(assess(Jurisdiction.GANSU, d, UnitKind.RESEARCH_INSTITUTE, true, false).policyFloorShare())
        .contains(Share.percent(50));
    TransferRewardAssessment privateUni = assess(Jurisdiction.GANSU, d, UnitKind.UNIVERSITY, false, false);
    assertThat(privateUni.explanation().render(Language.EN)).contains("does not apply: it reaches");
    // A provision that does not reach the unit is explained but not cited as a basis of the result.
    assertThat(privateUni.citations()).extracting(c -> c.clause()).doesNotContain("二(三)");
  }

  // ---------------------------------------------------------------- Lanbai zone: research institutes, 90%

  @Test
  void lanbaiResearchInstituteGetsNinetyPercentOverGansusFifty() {
    TransferRewardAssessment r = assess(Jurisdiction.LANBAI, LocalDate.of(2016, 1, 1), UnitKind.RESEARCH_INSTITUTE,
        true, false);
    assertThat(r.policyFloor().orElseThrow().provision().id()).isEqualTo("GS-2015/2.10");
    assertThat(r.policyFloorShare()).contains(Share.percent(90));
    assertThat(r.minimumReward()).contains(Cny.ofYuan(900_000));
    assertThat(r.explanation().render(Language.EN)).contains("superseded by the more specific GS-2015/2.10");
    // Lanbai's clause does not ask for public funding: a private institute in the zone is reached too.
    assertThat(assess(Jurisdiction.LANBAI, LocalDate.of(2016, 1, 1), UnitKind.RESEARCH_INSTITUTE, false, false)
        .policyFloorShare()).contains(Share.percent(90));
  }

  @Test
  void lanbaiUniversityFallsBackToTheGansuRuleAndSaysWhy() {
    TransferRewardAssessment r = assess(Jurisdiction.LANBAI, LocalDate.of(2016, 1, 1), UnitKind.UNIVERSITY, true,
        false);
    assertThat(r.policyFloor().orElseThrow().provision().id()).isEqualTo("GS-2015/2.3");
    assertThat(r.policyFloorShare()).contains(Share.percent(50));
    assertThat(r.explanation().render(Language.EN))
        .contains("local provision GS-2015/2.10 (Lanzhou–Baiyin pilot zone)")
        .contains("does not apply: it reaches research institute only")
        .contains("applies (the most specific local floor in force)");
  }

  @Test
  void lanbaiInsideTheWindowIsReportedBothWays() {
    LocalDate first = LocalDate.of(2015, 3, 2);
    assertThat(assess(Jurisdiction.LANBAI, first.minusDays(1), UnitKind.RESEARCH_INSTITUTE, true, false)
        .uncertainPolicyFloor()).isEmpty();
    TransferRewardAssessment r = assess(Jurisdiction.LANBAI, first, UnitKind.RESEARCH_INSTITUTE, true, false);
    assertThat(r.uncertainPolicyFloor().orElseThrow().provision().id()).isEqualTo("GS-2015/2.10");
    assertThat(r.policyFloor()).isEmpty();
    assertThat(r.minimumReward()).contains(Cny.ofYuan(200_000));
    assertThat(r.ifUncertainFloorInForce().orElseThrow().bindingShare()).contains(Share.percent(90));
    assertThat(r.ifUncertainFloorInForce().orElseThrow().minimumReward()).contains(Cny.ofYuan(900_000));
    assertThat(r.render(Language.ZH)).contains("是否施行无法确定").contains("若GS-2015/2.10已施行");
  }

  // ---------------------------------------------------------------- Jiaxing: provincial units, 70% unless contract

  @Test
  void jiaxingFromItsFirstDayForProvincialUnits() {
    LocalDate first = LocalDate.of(2015, 12, 1);
    assertThat(assess(Jurisdiction.JIAXING, first.minusDays(1), UnitKind.UNIVERSITY, true, true).policyFloor())
        .isEmpty();
    TransferRewardAssessment r = assess(Jurisdiction.JIAXING, first, UnitKind.UNIVERSITY, true, true);
    assertThat(r.policyFloor().orElseThrow().provision().id()).isEqualTo("JX-2015-90/4.4-reward");
    assertThat(r.policyFloorShare()).contains(Share.percent(70));
    assertThat(r.minimumReward()).contains(Cny.ofYuan(700_000));
    assertThat(r.sideNotes()).anySatisfy(n -> assertThat(n.en()).contains("not taxed (individual income tax) until"));
    assertThat(r.sideNotes()).anySatisfy(n -> assertThat(n.en()).contains("performance-pay base"));
    // Other public institutions (事业单位) are reached too; non-provincial units and enterprises are not.
    assertThat(assess(Jurisdiction.JIAXING, first, UnitKind.OTHER, true, true).policyFloorShare())
        .contains(Share.percent(70));
    assertThat(assess(Jurisdiction.JIAXING, first, UnitKind.UNIVERSITY, true, false).policyFloor()).isEmpty();
    assertThat(assess(Jurisdiction.JIAXING, first, UnitKind.ENTERPRISE, true, true).policyFloor()).isEmpty();
  }

  @Test
  void jiaxingYieldsToAContractThatProvidesOtherwise() {
    TransferRewardAssessment r = CALC.assess(TransferCase.builder().jurisdiction(Jurisdiction.JIAXING)
        .date(LocalDate.of(2016, 1, 1)).unit(UnitKind.RESEARCH_INSTITUTE, true, true)
        .mode(TransferMode.TRANSFER_OR_LICENCE).amount(MILLION).contractProvidesOtherwise(true).build());
    assertThat(r.policyFloor()).isEmpty();
    assertThat(r.policyFloorShare()).isEmpty();
    assertThat(r.floorDisplacedByContract().orElseThrow().provision().id()).isEqualTo("JX-2015-90/4.4-reward");
    assertThat(r.bindingShare()).contains(Share.percent(50));
    assertThat(r.minimumReward()).contains(Cny.ofYuan(500_000));
    assertThat(r.warnings()).anySatisfy(w -> assertThat(w.description(Language.EN)).contains("yields to the contract"));
    assertThat(r.citations()).extracting(c -> c.clause()).contains("四(四)");
  }

  @Test
  void jiaxingIsUncertainDuringTheRepealYearAndGoneAfter() {
    TransferRewardAssessment lastCertain = assess(Jurisdiction.JIAXING, LocalDate.of(2020, 12, 30),
        UnitKind.UNIVERSITY, true, true);
    assertThat(lastCertain.policyFloorShare()).contains(Share.percent(70));
    TransferRewardAssessment during = assess(Jurisdiction.JIAXING, LocalDate.of(2021, 6, 1), UnitKind.UNIVERSITY,
        true, true);
    assertThat(during.policyFloor()).isEmpty();
    assertThat(during.uncertainPolicyFloor().orElseThrow().provision().id()).isEqualTo("JX-2015-90/4.4-reward");
    assertThat(during.minimumReward()).contains(Cny.ofYuan(500_000));
    assertThat(during.ifUncertainFloorInForce().orElseThrow().minimumReward()).contains(Cny.ofYuan(700_000));
    assertThat(during.warnings()).anySatisfy(w -> assertThat(w.description(Language.EN)).contains("嘉政发〔2021〕34号"));
    TransferRewardAssessment after = assess(Jurisdiction.JIAXING, LocalDate.of(2022, 1, 1), UnitKind.UNIVERSITY,
        true, true);
    assertThat(after.policyFloor()).isEmpty();
    assertThat(after.uncertainPolicyFloor()).isEmpty();
    assertThat(after.minimumReward()).contains(Cny.ofYuan(500_000));
  }

  @Test
  void jiaxingRepealWindowEdges() {
    // Repeal takes effect some day of 2021, so the last day in force lies in 2020-12-31 .. 2021-12-30.
    assertThat(status(LocalDate.of(2020, 12, 31))).isEqualTo(Status.IN_FORCE);
    assertThat(status(LocalDate.of(2021, 1, 1))).isEqualTo(Status.UNCERTAIN);
    assertThat(status(LocalDate.of(2021, 12, 30))).isEqualTo(Status.UNCERTAIN);
    assertThat(status(LocalDate.of(2021, 12, 31))).isEqualTo(Status.NOT_IN_FORCE);
  }

  private static Status status(LocalDate d) {
    TransferRewardAssessment r = assess(Jurisdiction.JIAXING, d, UnitKind.UNIVERSITY, true, true);
    if (r.policyFloor().isPresent()) {
      return r.policyFloor().get().applicability().status();
    }
    return r.uncertainPolicyFloor().map(f -> f.applicability().status()).orElse(Status.NOT_IN_FORCE);
  }

  @Test
  void zhejiangOutsideJiaxingHasNoFloor() {
    assertThat(assess(Jurisdiction.ZHEJIANG, LocalDate.of(2016, 1, 1), UnitKind.UNIVERSITY, true, true).policyFloor())
        .isEmpty();
  }
}
