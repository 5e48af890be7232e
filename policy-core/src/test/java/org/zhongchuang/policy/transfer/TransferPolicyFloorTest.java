package org.zhongchuang.policy.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.Answer;
import org.zhongchuang.policy.catalogue.RewardFloor.Force;
import org.zhongchuang.policy.catalogue.UnitKind;
import org.zhongchuang.policy.law.Applicability.Status;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.transfer.TransferRewardAssessment.FloorOutcome;

/**
 * The local policy level: Jilin 70%, Gansu 50%, Lanbai 90%, Jiaxing 70% unless the contract says otherwise. Every seed
 * floor is permissive ("可以…提高到不低于", "可按不少于"): it is reported beside the legal minimum, never as it.
 */
class TransferPolicyFloorTest {
  private static final TransferRewardCalculator CALC = TransferRewardCalculator.builtIn();
  private static final Cny MILLION = Cny.ofYuan(1_000_000);

  private static TransferRewardAssessment assess(Jurisdiction where, LocalDate date, UnitKind kind, boolean isPublic,
      boolean isProvincial) {
    return CALC.assess(TransferCase.builder().jurisdiction(where).date(date).unit(kind, isPublic, isProvincial)
        .mode(TransferMode.TRANSFER_OR_LICENCE).amount(MILLION).build());
  }

  private static TransferRewardAssessment jilin(String proposed) {
    return CALC.assess(TransferCase.builder().jurisdiction(Jurisdiction.JILIN).date(LocalDate.of(2016, 6, 1))
        .unit(UnitKind.UNIVERSITY, true, false).mode(TransferMode.TRANSFER_OR_LICENCE).amount(MILLION)
        .proposedReward(Cny.parse(proposed)).build());
  }

  @Test
  void theJilinUniversityCompliesWithTheLawAndIsShortOfTheProvincialLevel() {
    // Before: "does not comply, shortfall 100,000". The 70% is a permission to raise the floor (可以…提高到), so the
    // law's 50% decides compliance and the 70% is the policy level reported beside it.
    TransferRewardAssessment r = jilin("600000");
    assertThat(r.complies()).contains(Answer.YES);
    assertThat(r.minimumReward()).contains(Cny.ofYuan(500_000));
    assertThat(r.shortfall()).contains(Cny.ZERO);
    assertThat(r.meetsPolicyFloor()).contains(Answer.NO);
    assertThat(r.policyFloorReward()).contains(Cny.ofYuan(700_000));
    assertThat(r.policyFloorShortfall()).contains(Cny.ofYuan(100_000));
    assertThat(r.policyFloorForce()).contains(Force.PERMISSIVE);
    assertThat(r.render(Language.EN)).contains("complies with the law").contains("100,000.00 short of the local policy"
        + " level 700,000.00").contains("not unlawful");
    assertThat(r.render(Language.ZH)).contains("符合法律规定").contains("少 100,000.00").contains("并不违法");
  }

  @Test
  void policyLevelOneFenBelowAtAndAbove() {
    assertThat(jilin("699999.99").meetsPolicyFloor()).contains(Answer.NO);
    assertThat(jilin("699999.99").policyFloorShortfall()).contains(Cny.ofFen(1));
    assertThat(jilin("700000").meetsPolicyFloor()).contains(Answer.YES);
    assertThat(jilin("700000").policyFloorShortfall()).contains(Cny.ZERO);
    assertThat(jilin("700000.01").meetsPolicyFloor()).contains(Answer.YES);
    // The legal minimum, hard for this state-established university: one fen below, at and above.
    assertThat(jilin("499999.99").complies()).contains(Answer.NO);
    assertThat(jilin("499999.99").shortfall()).contains(Cny.ofFen(1));
    assertThat(jilin("500000").complies()).contains(Answer.YES);
    assertThat(jilin("500000.01").complies()).contains(Answer.YES);
  }

  @Test
  void jilinFromItsFirstDay() {
    LocalDate first = LocalDate.of(2015, 6, 8);
    TransferRewardAssessment before = assess(Jurisdiction.JILIN, first.minusDays(1), UnitKind.ENTERPRISE, false, false);
    assertThat(before.policyFloor()).isEmpty();
    assertThat(before.localFloors()).extracting(TransferRewardAssessment.FloorDecision::outcome)
        .containsExactly(FloorOutcome.NOT_IN_FORCE);
    assertThat(before.render(Language.EN)).contains("is before the start");
    TransferRewardAssessment onFirst = assess(Jurisdiction.JILIN, first, UnitKind.ENTERPRISE, false, false);
    assertThat(onFirst.policyFloor().orElseThrow().provision().id()).isEqualTo("JL-2015-31/2.2");
    assertThat(onFirst.policyFloorReward()).contains(Cny.ofYuan(700_000));
    // The legal minimum stays the 1996 law's 20% (mandatory).
    assertThat(onFirst.minimumReward()).contains(Cny.ofYuan(200_000));
    assertThat(onFirst.sideNotes()).anySatisfy(n -> assertThat(n.en()).contains("not in the wage-total base"));
  }

  @Test
  void gansuIsNotInForceBeforeItsWindowUncertainInsideItAndInForceAfter() {
    assertThat(assess(Jurisdiction.GANSU, LocalDate.of(2015, 3, 1), UnitKind.UNIVERSITY, true, false)
        .uncertainPolicyFloor()).isEmpty();
    for (LocalDate inside : new LocalDate[] {LocalDate.of(2015, 3, 2), LocalDate.of(2015, 12, 30)}) {
      TransferRewardAssessment r = assess(Jurisdiction.GANSU, inside, UnitKind.UNIVERSITY, true, false);
      assertThat(r.policyFloor()).as("%s", inside).isEmpty();
      PolicyFloor uncertain = r.uncertainPolicyFloor().orElseThrow();
      assertThat(uncertain.provision().id()).isEqualTo("GS-2015/2.3");
      assertThat(uncertain.status()).isEqualTo(Status.UNCERTAIN);
      assertThat(r.uncertainFloorReward()).contains(Cny.ofYuan(500_000));
      assertThat(r.warnings()).anySatisfy(w -> assertThat(w.description(Language.EN)).contains("GS-2015")
          .contains("cannot be known"));
    }
    TransferRewardAssessment after = assess(Jurisdiction.GANSU, LocalDate.of(2015, 12, 31), UnitKind.UNIVERSITY, true,
        false);
    assertThat(after.policyFloor().orElseThrow().isCertain()).isTrue();
    assertThat(after.uncertainPolicyFloor()).isEmpty();
    assertThat(after.policyFloorReward()).contains(Cny.ofYuan(500_000));
    assertThat(after.sideNotes()).anySatisfy(n -> assertThat(n.zh()).contains("科技成果入股比例不设上线"));
  }

  @Test
  void anUncertainFloorNeverGivesAMeetsButTheLawStillAnswers() {
    // Gansu in 2015: whether the 50% floor is in force cannot be known; the 1996 law's 20% is certain.
    for (String proposed : new String[] {"100000", "499999.99", "500000", "900000"}) {
      TransferRewardAssessment r = CALC.assess(TransferCase.builder().jurisdiction(Jurisdiction.GANSU)
          .date(LocalDate.of(2015, 7, 1)).unit(UnitKind.UNIVERSITY, true, false)
          .mode(TransferMode.TRANSFER_OR_LICENCE).amount(MILLION).proposedReward(Cny.parse(proposed)).build());
      assertThat(r.meetsPolicyFloor()).as(proposed).contains(Answer.UNCERTAIN);
      assertThat(r.render(Language.EN)).as(proposed).contains("If it is: ").contains("if it is not: ")
          .doesNotContain("reaches the local policy level");
      assertThat(r.complies()).as(proposed).contains(Answer.of(!Cny.parse(proposed).isLessThan(Cny.ofYuan(200_000))));
    }
  }

  @Test
  void gansuReachesOnlyPubliclyFundedUniversitiesAndInstitutes() {
    LocalDate d = LocalDate.of(2016, 1, 1);
    assertThat(assess(Jurisdiction.GANSU, d, UnitKind.UNIVERSITY, false, false).policyFloor()).isEmpty();
    assertThat(assess(Jurisdiction.GANSU, d, UnitKind.ENTERPRISE, true, false).policyFloor()).isEmpty();
    assertThat(assess(Jurisdiction.GANSU, d, UnitKind.RESEARCH_INSTITUTE, true, false).policyFloorShare())
        .contains(Share.percent(50));
    TransferRewardAssessment privateUni = assess(Jurisdiction.GANSU, d, UnitKind.UNIVERSITY, false, false);
    assertThat(privateUni.render(Language.EN)).contains("does not apply: it reaches other units");
    assertThat(privateUni.citations()).extracting(c -> c.clause()).doesNotContain("二(三)");
  }

  @Test
  void lanbaiResearchInstituteGetsNinetyPercentOverGansusFifty() {
    TransferRewardAssessment r = assess(Jurisdiction.LANBAI, LocalDate.of(2016, 1, 1), UnitKind.RESEARCH_INSTITUTE,
        true, false);
    assertThat(r.policyFloor().orElseThrow().provision().id()).isEqualTo("GS-2015/2.10");
    assertThat(r.policyFloorReward()).contains(Cny.ofYuan(900_000));
    assertThat(r.render(Language.EN)).contains("superseded by the more specific");
    assertThat(r.render(Language.ZH)).contains("被更具体的");
    assertThat(assess(Jurisdiction.LANBAI, LocalDate.of(2016, 1, 1), UnitKind.RESEARCH_INSTITUTE, false, false)
        .policyFloorShare()).contains(Share.percent(90));
  }

  @Test
  void lanbaiInsideTheWindowIsReportedBothWays() {
    LocalDate first = LocalDate.of(2015, 3, 2);
    assertThat(assess(Jurisdiction.LANBAI, first.minusDays(1), UnitKind.RESEARCH_INSTITUTE, true, false)
        .uncertainPolicyFloor()).isEmpty();
    TransferRewardAssessment r = assess(Jurisdiction.LANBAI, first, UnitKind.RESEARCH_INSTITUTE, true, false);
    assertThat(r.uncertainPolicyFloor().orElseThrow().provision().id()).isEqualTo("GS-2015/2.10");
    assertThat(r.uncertainFloorReward()).contains(Cny.ofYuan(900_000));
    assertThat(r.minimumReward()).contains(Cny.ofYuan(200_000));
  }

  @Test
  void jiaxingFromItsFirstDayForProvincialUnits() {
    LocalDate first = LocalDate.of(2015, 12, 1);
    assertThat(assess(Jurisdiction.JIAXING, first.minusDays(1), UnitKind.UNIVERSITY, true, true).policyFloor())
        .isEmpty();
    TransferRewardAssessment r = assess(Jurisdiction.JIAXING, first, UnitKind.UNIVERSITY, true, true);
    assertThat(r.policyFloor().orElseThrow().provision().id()).isEqualTo("JX-2015-90/4.4-reward");
    assertThat(r.policyFloorReward()).contains(Cny.ofYuan(700_000));
    assertThat(r.minimumReward()).contains(Cny.ofYuan(500_000));
    assertThat(r.sideNotes()).anySatisfy(n -> assertThat(n.en()).contains("performance-pay base"));
    assertThat(assess(Jurisdiction.JIAXING, first, UnitKind.OTHER, true, true).policyFloorShare())
        .contains(Share.percent(70));
    assertThat(assess(Jurisdiction.JIAXING, first, UnitKind.UNIVERSITY, true, false).policyFloor()).isEmpty();
  }

  @Test
  void jiaxingYieldsToAContractThatProvidesOtherwise() {
    TransferRewardAssessment r = CALC.assess(TransferCase.builder().jurisdiction(Jurisdiction.JIAXING)
        .date(LocalDate.of(2016, 1, 1)).unit(UnitKind.RESEARCH_INSTITUTE, true, true)
        .mode(TransferMode.TRANSFER_OR_LICENCE).amount(MILLION).contractProvidesOtherwise(true).build());
    assertThat(r.policyFloor()).isEmpty();
    assertThat(r.floorDisplacedByContract().orElseThrow().provision().id()).isEqualTo("JX-2015-90/4.4-reward");
    assertThat(r.minimumReward()).contains(Cny.ofYuan(500_000));
    assertThat(r.warnings()).anySatisfy(w -> assertThat(w.description(Language.EN)).contains("yields to the contract"));
  }

  @Test
  void jiaxingIsUncertainDuringTheRepealYearAndGoneAfter() {
    assertThat(status(LocalDate.of(2020, 12, 31))).isEqualTo(Status.IN_FORCE);
    assertThat(status(LocalDate.of(2021, 1, 1))).isEqualTo(Status.UNCERTAIN);
    assertThat(status(LocalDate.of(2021, 12, 30))).isEqualTo(Status.UNCERTAIN);
    assertThat(status(LocalDate.of(2021, 12, 31))).isEqualTo(Status.NOT_IN_FORCE);
    TransferRewardAssessment during = CALC.assess(TransferCase.builder().jurisdiction(Jurisdiction.JIAXING)
        .date(LocalDate.of(2021, 6, 1)).unit(UnitKind.UNIVERSITY, true, true).mode(TransferMode.TRANSFER_OR_LICENCE)
        .amount(MILLION).proposedReward(Cny.ofYuan(600_000)).build());
    assertThat(during.complies()).contains(Answer.YES);
    assertThat(during.meetsPolicyFloor()).contains(Answer.UNCERTAIN);
    assertThat(during.uncertainFloorShortfall()).contains(Cny.ofYuan(100_000));
    assertThat(during.warnings()).anySatisfy(w -> assertThat(w.description(Language.EN)).contains("嘉政发〔2021〕34号"));
  }

  private static Status status(LocalDate d) {
    TransferRewardAssessment r = assess(Jurisdiction.JIAXING, d, UnitKind.UNIVERSITY, true, true);
    return r.policyFloor().map(PolicyFloor::status)
        .orElse(r.uncertainPolicyFloor().map(PolicyFloor::status).orElse(Status.NOT_IN_FORCE));
  }

  @Test
  void liaoningAndChinaHaveNoLocalFloor() {
    for (Jurisdiction j : new Jurisdiction[] {Jurisdiction.CHINA, Jurisdiction.LIAONING}) {
      TransferRewardAssessment r = assess(j, LocalDate.of(2016, 1, 1), UnitKind.UNIVERSITY, true, false);
      assertThat(r.policyFloor()).isEmpty();
      assertThat(r.meetsPolicyFloor()).isEmpty();
      assertThat(r.render(Language.EN)).contains("no local policy floor reaches this unit");
    }
  }
}
