package org.zhongchuang.policy.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.Answer;
import org.zhongchuang.policy.DateNotCoveredException;
import org.zhongchuang.policy.MissingFactsException;
import org.zhongchuang.policy.catalogue.UnitKind;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.transfer.StatutoryMinimum.Binding;
import org.zhongchuang.policy.transfer.TransferRewardAssessment.LegalMinimumReason;

/**
 * The law's question: the statutory standards (1996 law 20% and 5% of new retained profit, mandatory; 2015 law
 * 第四十五条 50% / 50% / 5%, a default, hard for state-established institutes and universities; 国发〔2016〕16号), whether
 * each binds the unit, the legal minimum and whether a proposal complies — one step below, at and above each threshold.
 */
class TransferLawTest {
  private static final TransferRewardCalculator CALC = TransferRewardCalculator.builtIn();
  private static final LocalDate N1996_FIRST = LocalDate.of(1996, 10, 1);
  private static final LocalDate N2015_FIRST = LocalDate.of(2015, 10, 1);
  private static final Cny MILLION = Cny.ofYuan(1_000_000);

  static TransferCase.Builder liaoning(LocalDate date, TransferMode mode) {
    return TransferCase.builder().jurisdiction(Jurisdiction.LIAONING).date(date)
        .unit(UnitKind.UNIVERSITY, true, false).mode(mode).amount(MILLION);
  }

  private static TransferRewardAssessment assess(LocalDate date, TransferMode mode) {
    return CALC.assess(liaoning(date, mode).build());
  }

  private static TransferRewardAssessment enterprise(LocalDate date, Boolean ownRule, String proposed) {
    TransferCase.Builder b = liaoning(date, TransferMode.TRANSFER_OR_LICENCE).unit(UnitKind.ENTERPRISE)
        .proposedReward(Cny.parse(proposed));
    if (ownRule != null) {
      b.ownRuleOrAgreement(ownRule);
    }
    return CALC.assess(b.build());
  }

  // ---------------------------------------------------------------- 1996 law: mandatory, unconfirmed wording

  @Test
  void n1996OnItsFirstDayIsAMandatoryTwentyPercentWithItsWordingFlagged() {
    TransferRewardAssessment r = assess(N1996_FIRST, TransferMode.TRANSFER_OR_LICENCE);
    assertThat(r.statutoryMinimum().orElseThrow().provision().id()).isEqualTo("N-1996");
    assertThat(r.statutoryMinimum().get().binding()).isEqualTo(Binding.MANDATORY);
    assertThat(r.statutoryMinimumIsHard()).isTrue();
    assertThat(r.statutoryMinimumShare()).contains(Share.percent(20));
    assertThat(r.minimumReward()).contains(Cny.ofYuan(200_000));
    assertThat(r.warnings()).anySatisfy(w -> assertThat(w.description(Language.EN))
        .contains("is not confirmed from an official text (unconfirmed)").contains("应当"));
  }

  @Test
  void n1996BindsEveryUnitWhateverItsOwnRule() {
    // Mandatory words leave no room for a unit's rule: an enterprise with one is bound all the same.
    TransferRewardAssessment r = enterprise(LocalDate.of(2010, 1, 1), true, "199999.99");
    assertThat(r.complies()).contains(Answer.NO);
    assertThat(r.shortfall()).contains(Cny.ofFen(1));
    assertThat(enterprise(LocalDate.of(2010, 1, 1), true, "200000").complies()).contains(Answer.YES);
    assertThat(enterprise(LocalDate.of(2010, 1, 1), null, "200000.01").complies()).contains(Answer.YES);
  }

  @Test
  void theDayBefore1996IsRefusedSayingWhatIsKnown() {
    assertThatThrownBy(() -> assess(N1996_FIRST.minusDays(1), TransferMode.TRANSFER_OR_LICENCE))
        .isInstanceOf(DateNotCoveredException.class)
        .hasMessageContaining("1996-09-30")
        .hasMessageContaining("from 1996-10-01")
        .satisfies(e -> assertThat(((DateNotCoveredException) e).firstKnown()).isEqualTo(N1996_FIRST))
        .satisfies(e -> assertThat(((DateNotCoveredException) e).message(Language.ZH)).contains("1996-10-01"));
  }

  @Test
  void ownImplementationUnder1996IsFivePercentOfNewRetainedProfitForThreeToFiveYears() {
    TransferRewardAssessment r = assess(N2015_FIRST.minusDays(1), TransferMode.OWN_IMPLEMENTATION);
    assertThat(r.statutoryMinimum().orElseThrow().provision().id()).isEqualTo("N-1996-2");
    assertThat(r.statutoryMinimum().get().terms().basis().name()).isEqualTo("NEW_RETAINED_PROFIT");
    assertThat(r.minimumReward()).contains(Cny.ofYuan(50_000));
    assertThat(r.rewardYears()).contains(new RewardYears(3, 5));
    assertThat(r.render(Language.ZH)).contains("每年从新增留利中提取").contains("连续 3 至 5 年");
  }

  // ---------------------------------------------------------------- the 2015 law, 第四十五条

  @Test
  void n1996OnItsLastDayThenN2015OnItsFirst() {
    TransferRewardAssessment before = assess(N2015_FIRST.minusDays(1), TransferMode.TRANSFER_OR_LICENCE);
    assertThat(before.statutoryMinimumShare()).contains(Share.percent(20));
    TransferRewardAssessment first = assess(N2015_FIRST, TransferMode.TRANSFER_OR_LICENCE);
    assertThat(first.statutoryMinimum().orElseThrow().provision().id()).isEqualTo("N-2015-1");
    assertThat(first.statutoryMinimum().get().binding()).isEqualTo(Binding.HARD);
    assertThat(first.minimumReward()).contains(Cny.ofYuan(500_000));
    assertThat(first.citations()).extracting(c -> c.clause()).contains("第四十五条第一款第（一）项", "第四十五条第二款");
  }

  @Test
  void equityHasNoKnownStandardBefore2015AndHalfTheSharesFrom() {
    TransferRewardAssessment before = assess(N2015_FIRST.minusDays(1), TransferMode.INVESTMENT_AS_EQUITY);
    assertThat(before.statutoryMinimum()).isEmpty();
    assertThat(before.minimumReward()).isEmpty();
    assertThat(before.legalMinimumReason()).isEqualTo(LegalMinimumReason.NONE_KNOWN);
    assertThat(before.warnings()).anySatisfy(w -> assertThat(w.description(Language.EN))
        .contains("no statutory standard for investment as equity is known on 2015-09-30"));
    TransferRewardAssessment first = assess(N2015_FIRST, TransferMode.INVESTMENT_AS_EQUITY);
    assertThat(first.statutoryMinimum().orElseThrow().provision().id()).isEqualTo("N-2015-2");
    assertThat(first.minimumReward()).contains(Cny.ofYuan(500_000));
  }

  @Test
  void equityWithoutAValueGivesTheShareOfTheSharesOnly() {
    TransferRewardAssessment r = CALC.assess(TransferCase.builder().jurisdiction(Jurisdiction.LIAONING)
        .date(N2015_FIRST).unit(UnitKind.UNIVERSITY, true, false).mode(TransferMode.INVESTMENT_AS_EQUITY).build());
    assertThat(r.netIncome()).isEmpty();
    assertThat(r.legalMinimumShare()).contains(Share.percent(50));
    assertThat(r.minimumReward()).isEmpty();
    assertThat(r.render(Language.EN)).contains("50% of the shares or capital contribution formed");
  }

  @Test
  void ownImplementationFrom2015IsFivePercentOfOperatingProfit() {
    TransferRewardAssessment r = assess(N2015_FIRST, TransferMode.OWN_IMPLEMENTATION);
    assertThat(r.statutoryMinimum().orElseThrow().provision().id()).isEqualTo("N-2015-3");
    assertThat(r.minimumReward()).contains(Cny.ofYuan(50_000));
    assertThat(r.rewardYears()).contains(new RewardYears(3, 5));
  }

  @Test
  void hardOnlyForStateEstablishedUniversitiesAndInstitutes() {
    for (UnitKind kind : UnitKind.values()) {
      for (boolean isPublic : new boolean[] {true, false}) {
        TransferRewardAssessment r = CALC.assess(liaoning(N2015_FIRST, TransferMode.TRANSFER_OR_LICENCE)
            .unit(kind, isPublic, false).build());
        boolean hard = isPublic && (kind == UnitKind.UNIVERSITY || kind == UnitKind.RESEARCH_INSTITUTE);
        assertThat(r.statutoryMinimumIsHard()).as("%s public=%s", kind, isPublic).isEqualTo(hard);
        assertThat(r.citations().stream().anyMatch(c -> c.clause().equals("第四十五条第二款"))).isEqualTo(hard);
        // Not hard and nothing said of an own rule: the default is reported both ways.
        assertThat(r.statutoryMinimumBinds()).isEqualTo(hard ? Answer.YES : Answer.UNCERTAIN);
      }
    }
  }

  @Test
  void theDefaultBindsOnlyWithoutAnOwnRuleAndIsUncertainWhenNotSaid() {
    LocalDate d = LocalDate.of(2017, 1, 1);
    // No rule of its own: the 50% default applies; one fen below, at and above.
    assertThat(enterprise(d, false, "499999.99").complies()).contains(Answer.NO);
    assertThat(enterprise(d, false, "499999.99").shortfall()).contains(Cny.ofFen(1));
    assertThat(enterprise(d, false, "500000").complies()).contains(Answer.YES);
    assertThat(enterprise(d, false, "500000.01").complies()).contains(Answer.YES);
    // Its own rule decides instead: no legal minimum, and the library cannot check the rule.
    TransferRewardAssessment own = enterprise(d, true, "100");
    assertThat(own.minimumReward()).isEmpty();
    assertThat(own.legalMinimumReason()).isEqualTo(LegalMinimumReason.OWN_RULE_GOVERNS);
    assertThat(own.statutoryMinimumBinds()).isEqualTo(Answer.NO);
    assertThat(own.complies()).contains(Answer.UNCERTAIN);
    // Not said: both readings, never a verdict of "complies".
    TransferRewardAssessment unsaid = enterprise(d, null, "600000");
    assertThat(unsaid.complies()).contains(Answer.UNCERTAIN);
    assertThat(unsaid.minimumReward()).isEmpty();
    assertThat(unsaid.minimumRewardIfUncertainBinds()).contains(Cny.ofYuan(500_000));
    assertThat(unsaid.legalMinimumReason()).isEqualTo(LegalMinimumReason.OWN_RULE_UNKNOWN);
    assertThat(unsaid.render(Language.EN)).contains("is uncertain").doesNotContain("complies with the law:");
    assertThat(unsaid.warnings()).anySatisfy(w -> assertThat(w.description(Language.EN)).contains("ownRuleOrAgreement"));
  }

  @Test
  void theStateCouncilsTransferFloorIsUncertainBetweenSignatureAndPublicationButChangesNothing() {
    // 国发〔2016〕16号: signed 2016-02-26, published 2016-03-02; the same 50% as the hard statutory floor.
    TransferRewardAssessment before = assess(LocalDate.of(2016, 2, 25), TransferMode.TRANSFER_OR_LICENCE);
    assertThat(before.statutoryStandards()).extracting(m -> m.provision().id()).containsExactly("N-2015-1");
    TransferRewardAssessment signed = assess(LocalDate.of(2016, 2, 26), TransferMode.TRANSFER_OR_LICENCE);
    assertThat(signed.statutoryStandards()).extracting(StatutoryMinimum::status).containsExactly(
        org.zhongchuang.policy.law.Applicability.Status.IN_FORCE,
        org.zhongchuang.policy.law.Applicability.Status.UNCERTAIN);
    assertThat(signed.legalMinimumReason()).isEqualTo(LegalMinimumReason.BINDS);
    assertThat(signed.minimumReward()).contains(Cny.ofYuan(500_000));
    TransferRewardAssessment published = assess(LocalDate.of(2016, 3, 2), TransferMode.TRANSFER_OR_LICENCE);
    assertThat(published.statutoryStandards()).allSatisfy(m -> assertThat(m.binds()).isEqualTo(Answer.YES));
  }

  // ---------------------------------------------------------------- nothing assumed

  @Test
  void theKindOfUnitAndForUniversitiesTheStateQuestionAreRequired() {
    assertThatThrownBy(() -> TransferCase.builder().jurisdiction(Jurisdiction.JILIN).date(N2015_FIRST)
        .mode(TransferMode.TRANSFER_OR_LICENCE).amount(MILLION).build())
        .isInstanceOf(MissingFactsException.class)
        .satisfies(e -> assertThat(((MissingFactsException) e).facts()).containsExactly("unit"));
    assertThatThrownBy(() -> TransferCase.builder().jurisdiction(Jurisdiction.JILIN).date(N2015_FIRST)
        .unit(UnitKind.RESEARCH_INSTITUTE).mode(TransferMode.TRANSFER_OR_LICENCE).amount(MILLION).build())
        .isInstanceOf(MissingFactsException.class)
        .satisfies(e -> assertThat(((MissingFactsException) e).facts()).containsExactly("stateEstablished"))
        .satisfies(e -> assertThat(((MissingFactsException) e).message(Language.ZH)).contains("第四十五条第二款"));
    // An enterprise need not say: no provision that reaches it asks.
    assertThat(CALC.assess(TransferCase.builder().jurisdiction(Jurisdiction.JILIN).date(N2015_FIRST)
        .unit(UnitKind.ENTERPRISE).mode(TransferMode.TRANSFER_OR_LICENCE).amount(MILLION).build())
        .statutoryMinimumShare()).contains(Share.percent(50));
  }

  @Test
  void aProposalAboveTheIncomeIsWarnedOf() {
    TransferRewardAssessment above = CALC.assess(liaoning(N2015_FIRST, TransferMode.TRANSFER_OR_LICENCE)
        .proposedReward(MILLION.plus(Cny.ofFen(1))).build());
    assertThat(above.proposalExceedsAmount()).isTrue();
    assertThat(above.warnings()).anySatisfy(w -> assertThat(w.description(Language.EN))
        .contains("is more than the amount it is a share of (1,000,000.00)"));
    TransferRewardAssessment at = CALC.assess(liaoning(N2015_FIRST, TransferMode.TRANSFER_OR_LICENCE)
        .proposedReward(MILLION).build());
    assertThat(at.proposalExceedsAmount()).isFalse();
  }

  @Test
  void minimumIsRoundedHalfUpOnceAndComplianceIsAgainstTheAmountShown() {
    // 50% of 0.01 = 0.005 → 0.01 (half-up); a proposal of 0.00 then falls short by 0.01.
    TransferRewardAssessment r = CALC.assess(liaoning(N2015_FIRST, TransferMode.TRANSFER_OR_LICENCE)
        .amount(Cny.ofFen(1)).proposedReward(Cny.ZERO).build());
    assertThat(r.minimumReward()).contains(Cny.ofFen(1));
    assertThat(r.shortfall()).contains(Cny.ofFen(1));
    assertThat(r.complies()).contains(Answer.NO);
  }
}
