package org.zhongchuang.policy.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.Answer;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.catalogue.UnitKind;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.transfer.MainContributorsCheck.Outcome;

/**
 * The team: the main contributors' share (国发〔2016〕16号 二（六）3, state-established institutes and universities), the
 * wage income counted (财税〔2018〕58号, from 2018-07-01), and the weights.
 */
class TransferTeamTest {
  private static final TransferRewardCalculator CALC = TransferRewardCalculator.builtIn();
  private static final LocalDate D = LocalDate.of(2019, 1, 1);

  private static TransferCase.Builder university(LocalDate date) {
    return TransferCase.builder().jurisdiction(Jurisdiction.LIAONING).date(date)
        .unit(UnitKind.UNIVERSITY, true, false).mode(TransferMode.TRANSFER_OR_LICENCE).amount(Cny.ofYuan(2_000_000))
        .proposedReward(Cny.ofYuan(1_000_000));
  }

  /** The main contributor gets {@code mainFen} of 1,000,000.00 and the other member the rest. */
  private static MainContributorsCheck main(long mainFen) {
    TransferCase c = university(D).member(TeamMember.of("甲", mainFen).asMainContributor())
        .member("乙", 100_000_000L - mainFen).build();
    return CALC.assess(c).mainContributors().orElseThrow();
  }

  @Test
  void mainContributorsAt4999And50And5001Percent() {
    MainContributorsCheck below = main(49_990_000L);
    assertThat(below.outcome()).isEqualTo(Outcome.NOT_MET);
    assertThat(below.code()).isEqualTo("no");
    assertThat(below.mainShare()).contains(Share.ofFraction(4999, 10000));
    assertThat(below.required()).contains(Cny.ofYuan(500_000));
    assertThat(below.gap()).contains(Cny.ofYuan(100));
    MainContributorsCheck at = main(50_000_000L);
    assertThat(at.outcome()).isEqualTo(Outcome.MET);
    assertThat(at.code()).isEqualTo("yes");
    assertThat(at.gap()).contains(Cny.ZERO);
    MainContributorsCheck above = main(50_010_000L);
    assertThat(above.answer()).contains(Answer.YES);
    // One fen matters.
    assertThat(main(49_999_999L).outcome()).isEqualTo(Outcome.NOT_MET);
    assertThat(main(49_999_999L).gap()).contains(Cny.ofFen(1));
  }

  @Test
  void mainContributorsRuleReachesOnlyStateEstablishedUnitsFromItsDate() {
    assertThat(CALC.assess(university(D).unit(UnitKind.UNIVERSITY, false, false).ownRuleOrAgreement(false)
        .member("甲", 1).build()).mainContributors().orElseThrow().code()).isEqualTo("not-applicable");
    assertThat(CALC.assess(university(LocalDate.of(2016, 2, 25)).member("甲", 1).build()).mainContributors()
        .orElseThrow().outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    // Between signature (2016-02-26) and publication (2016-03-02) its being in force is uncertain.
    MainContributorsCheck signed = CALC.assess(university(LocalDate.of(2016, 2, 26))
        .member(TeamMember.of("甲", 1).asMainContributor()).build()).mainContributors().orElseThrow();
    assertThat(signed.outcome()).isEqualTo(Outcome.RULE_MAY_NOT_BE_IN_FORCE);
    assertThat(signed.code()).isEqualTo("uncertain");
    assertThat(CALC.assess(university(LocalDate.of(2016, 3, 2)).member(TeamMember.of("甲", 1).asMainContributor())
        .build()).mainContributors().orElseThrow().outcome()).isEqualTo(Outcome.MET);
    // Nobody marked: who the main contributors are is not known.
    MainContributorsCheck none = CALC.assess(university(D).member("甲", 1).build()).mainContributors().orElseThrow();
    assertThat(none.outcome()).isEqualTo(Outcome.NONE_MARKED);
    assertThat(CALC.assess(university(D).member("甲", 1).build()).render(Language.EN)).contains("no member is marked");
    assertThat(CALC.assess(university(D).build()).mainContributors()).isEmpty();
  }

  @Test
  void wageIncomeCountedFromItsFirstDayForNonProfitUnits() {
    LocalDate first = LocalDate.of(2018, 7, 1);
    TransferRewardAssessment before = CALC.assess(university(first.minusDays(1)).member("甲", 1).member("乙", 1)
        .build());
    assertThat(before.wageIncome().applies()).isEqualTo(Answer.NO);
    assertThat(before.wageIncome().outcome()).isEqualTo(WageIncomeCheck.Outcome.NOT_IN_FORCE);
    assertThat(before.split()).allSatisfy(m -> assertThat(m.wageIncomeCounted()).isEmpty());
    TransferRewardAssessment on = CALC.assess(university(first).member("甲", 1).member("乙", 2).build());
    assertThat(on.wageIncome().applies()).isEqualTo(Answer.YES);
    assertThat(on.split()).extracting(m -> m.wageIncomeCounted().orElseThrow())
        .containsExactly(Cny.parse("166666.67"), Cny.parse("333333.34"));
    assertThat(on.render(Language.EN)).contains("within 36 months").contains("does not compute wage-tax brackets");
    assertThat(on.citations()).extracting(c -> c.reference()).contains("财税〔2018〕58号 第一条");
    // Half a fen is rounded half-up: 0.01 × 50% = 0.005 → 0.01.
    assertThat(CALC.assess(university(first).proposedReward(Cny.ofFen(1)).member("甲", 1).build()).split().get(0)
        .wageIncomeCounted()).contains(Cny.ofFen(1));
  }

  @Test
  void wageIncomeSaysWhyNot() {
    assertThat(CALC.assess(university(D).mode(TransferMode.INVESTMENT_AS_EQUITY).member("甲", 1).build())
        .wageIncome().outcome()).isEqualTo(WageIncomeCheck.Outcome.NOT_FROM_THIS_INCOME);
    assertThat(CALC.assess(university(D).unit(UnitKind.ENTERPRISE, false, false).ownRuleOrAgreement(false)
        .member("甲", 1).build()).wageIncome().outcome()).isEqualTo(WageIncomeCheck.Outcome.UNIT_NOT_COVERED);
    TransferRewardAssessment privateUnknown = CALC.assess(university(D).unit(UnitKind.UNIVERSITY, false, false)
        .ownRuleOrAgreement(false).member("甲", 1).build());
    assertThat(privateUnknown.wageIncome().applies()).isEqualTo(Answer.UNCERTAIN);
    assertThat(privateUnknown.split().get(0).wageIncomeCounted()).contains(Cny.ofYuan(500_000));
    assertThat(privateUnknown.render(Language.EN)).contains("nonProfit");
    assertThat(CALC.assess(university(D).unit(UnitKind.UNIVERSITY, false, false).ownRuleOrAgreement(false)
        .nonProfit(false).member("甲", 1).build()).wageIncome().outcome()).isEqualTo(WageIncomeCheck.Outcome.FOR_PROFIT);
    assertThat(CALC.assess(university(D).unit(UnitKind.UNIVERSITY, false, false).ownRuleOrAgreement(false)
        .nonProfit(true).member("甲", 1).build()).wageIncome().applies()).isEqualTo(Answer.YES);
  }

  @Test
  void percentagesThatDoNotAddUpAreWarnedOfAndReadAsProportions() {
    TransferRewardAssessment r = CALC.assess(university(D).member(TeamMember.parse("甲", "50%"))
        .member(TeamMember.parse("乙", "30%")).build());
    assertThat(r.split()).extracting(MemberReward::amount).containsExactly(Cny.ofYuan(625_000), Cny.ofYuan(375_000));
    assertThat(r.warnings()).anySatisfy(w -> assertThat(w.description(Language.EN)).contains("add up to 80%"));
    TransferRewardAssessment whole = CALC.assess(university(D).member(TeamMember.parse("甲", "50%"))
        .member(TeamMember.parse("乙", "50%")).build());
    assertThat(whole.warnings()).noneSatisfy(w -> assertThat(w.description(Language.EN)).contains("add up to"));
    TransferRewardAssessment plain = CALC.assess(university(D).member(TeamMember.parse("甲", "3"))
        .member(TeamMember.parse("乙", "2")).build());
    assertThat(plain.warnings()).noneSatisfy(w -> assertThat(w.description(Language.EN)).contains("proportions"));
    TransferRewardAssessment mixed = CALC.assess(university(D).member(TeamMember.parse("甲", "50%"))
        .member(TeamMember.parse("乙", "2")).build());
    assertThat(mixed.warnings()).anySatisfy(w -> assertThat(w.description(Language.EN)).contains("some weights"));
  }

  @Test
  void nothingToSplitIsRefused() {
    assertThatThrownBy(() -> CALC.assess(TransferCase.builder().jurisdiction(Jurisdiction.LIAONING).date(D)
        .unit(UnitKind.ENTERPRISE).mode(TransferMode.TRANSFER_OR_LICENCE).amount(Cny.ofYuan(1)).member("甲", 1)
        .build()))
        .isInstanceOf(PolicyInputException.class).hasMessageContaining("give a proposed reward");
    // With a legal minimum that binds, the minimum is split.
    TransferRewardAssessment r = CALC.assess(TransferCase.builder().jurisdiction(Jurisdiction.LIAONING).date(D)
        .unit(UnitKind.UNIVERSITY, true, false).mode(TransferMode.TRANSFER_OR_LICENCE).amount(Cny.ofYuan(1))
        .member("甲", 1).build());
    assertThat(r.splitReward()).contains(Cny.parse("0.50"));
  }
}
