package org.zhongchuang.policy.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.Answer;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.DateNotCoveredException;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.ImmutableProvision;
import org.zhongchuang.policy.catalogue.WageInclusion;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.RewardFloor;
import org.zhongchuang.policy.catalogue.UnitScope;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.law.ValidityPeriod;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.catalogue.UnitKind;
import org.zhongchuang.policy.text.Text;
import org.zhongchuang.policy.transfer.StatutoryMinimum.Binding;
import org.zhongchuang.policy.transfer.TransferRewardAssessment.LegalMinimumReason;

/**
 * Catalogues other than the built-in one: each decision of the calculator follows the provisions it is given — which
 * standard sets the minimum when several bind, what a permissive standard leaves, and what a catalogue without
 * statutory standards refuses (nothing).
 */
class TransferWhatIfTest {
  private static final LocalDate D2019 = LocalDate.of(2019, 1, 1);
  private static final Text WHY = Text.of("假设", "what if");

  private static TransferCase.Builder liaoning(UnitKind kind, boolean stateEstablished) {
    return TransferCase.builder().jurisdiction(Jurisdiction.parse("辽宁省")).date(D2019)
        .unit(kind, stateEstablished, false).mode(TransferMode.TRANSFER_OR_LICENCE).amount(Cny.ofYuan(1_000_000));
  }

  private static TransferRewardCalculator sc2016(java.util.function.UnaryOperator<RewardFloor> change) {
    return TransferRewardCalculator.of(Catalogue.builtIn().withModified("SC-2016-1", RewardFloor.class, change, WHY));
  }

  @Test
  void aHigherCertainStandardAfterTheFirstSetsTheMinimum() {
    // 国发〔2016〕16号 at 60% binds a state-established university beside the 2015 law's 50%: 1,000,000.00 × 60%.
    TransferRewardAssessment r = sc2016(f -> f.withMinimum(Share.percent(60)))
        .assess(liaoning(UnitKind.UNIVERSITY, true).proposedReward(Cny.parse("599999.99")).build());
    assertThat(r.statutoryMinimum().orElseThrow().provision().id()).isEqualTo("SC-2016-1");
    assertThat(r.legalMinimumShare()).contains(Share.percent(60));
    assertThat(r.minimumReward()).contains(Cny.ofYuan(600_000));
    assertThat(r.legalMinimumReason()).isEqualTo(LegalMinimumReason.BINDS);
    assertThat(r.complies()).contains(Answer.NO);
    assertThat(r.shortfall()).contains(Cny.ofFen(1));
  }

  @Test
  void aLowerCertainStandardAfterTheFirstChangesNothing() {
    // At 40% it is below the 2015 law's 50%: the minimum stays 500,000.00, set by the first standard.
    TransferRewardAssessment r = sc2016(f -> f.withMinimum(Share.percent(40)))
        .assess(liaoning(UnitKind.UNIVERSITY, true).proposedReward(Cny.ofYuan(500_000)).build());
    assertThat(r.statutoryMinimum().orElseThrow().provision().id()).isEqualTo("N-2015-1");
    assertThat(r.legalMinimumShare()).contains(Share.percent(50));
    assertThat(r.minimumReward()).contains(Cny.ofYuan(500_000));
    assertThat(r.complies()).contains(Answer.YES);
  }

  @Test
  void aCertainStandardOfTheSameShareReplacesOneThatMayNotBind() {
    // Mandatory for every unit, 国发〔2016〕16号 binds an enterprise that does not say whether it has its own rule, at
    // the 50% the 2015 law's default would require: the minimum is certain, and the standard cited is the mandatory one.
    TransferRewardAssessment r = sc2016(f -> f.withAppliesTo(UnitScope.all()))
        .assess(liaoning(UnitKind.ENTERPRISE, false).proposedReward(Cny.ofYuan(500_000)).build());
    assertThat(r.statutoryStandards()).extracting(StatutoryMinimum::binding)
        .containsExactly(Binding.DEFAULT_OWN_RULE_UNKNOWN, Binding.MANDATORY);
    assertThat(r.statutoryMinimum().orElseThrow().provision().id()).isEqualTo("SC-2016-1");
    assertThat(r.statutoryMinimumIsHard()).isTrue();
    assertThat(r.statutoryMinimumBinds()).isEqualTo(Answer.YES);
    assertThat(r.legalMinimumReason()).isEqualTo(LegalMinimumReason.BINDS);
    assertThat(r.minimumRewardIfUncertainBinds()).isEmpty();
    assertThat(r.legalMinimumShareIfUncertainBinds()).isEmpty();
    assertThat(r.complies()).contains(Answer.YES);
  }

  @Test
  void aPermissiveStandardBindsNoOneAndIsNotTheOneTheUnitsRuleReplaces() {
    // A what-if 2015 law that only allows: nothing binds an enterprise, and no standard is its own rule's to replace.
    TransferRewardCalculator calc = TransferRewardCalculator.of(Catalogue.builtIn().withModified("N-2015-1",
        RewardFloor.class, f -> f.withForce(RewardFloor.Force.PERMISSIVE), WHY));
    TransferRewardAssessment r = calc.assess(liaoning(UnitKind.ENTERPRISE, false).ownRuleOrAgreement(true)
        .proposedReward(Cny.ofYuan(1)).build());
    assertThat(r.statutoryStandards()).extracting(StatutoryMinimum::binding)
        .containsExactly(Binding.PERMISSIVE, Binding.NOT_FOR_UNIT);
    assertThat(r.statutoryMinimum()).isEmpty();
    assertThat(r.statutoryMinimumBinds()).isEqualTo(Answer.NO);
    assertThat(r.legalMinimumReason()).isEqualTo(LegalMinimumReason.NONE_KNOWN);
    assertThat(r.complies()).contains(Answer.UNCERTAIN);
    // With a rule of its own the default is the standard that rule replaces.
    TransferRewardAssessment own = TransferRewardCalculator.builtIn()
        .assess(liaoning(UnitKind.ENTERPRISE, false).ownRuleOrAgreement(true).build());
    assertThat(own.statutoryMinimum().orElseThrow().provision().id()).isEqualTo("N-2015-1");
    assertThat(own.legalMinimumReason()).isEqualTo(LegalMinimumReason.OWN_RULE_GOVERNS);
  }

  @Test
  void aCatalogueWithoutStatutoryStandardsRefusesNoDate() {
    // Only the local floors: the law's question has no answer, the policy level still has one (Jilin, 70%).
    List<Provision> local = Catalogue.builtIn().all().stream().filter(p -> !(p.terms() instanceof RewardFloor f)
        || p.jurisdiction().depth() > 0 || f.basis() == RewardFloor.Basis.REWARD).toList();
    TransferRewardCalculator calc = TransferRewardCalculator.of(Catalogue.of(local));
    TransferRewardAssessment r = calc.assess(TransferCase.builder().jurisdiction(Jurisdiction.parse("吉林省"))
        .date(LocalDate.of(2015, 6, 8)).unit(UnitKind.ENTERPRISE).mode(TransferMode.TRANSFER_OR_LICENCE)
        .amount(Cny.ofYuan(1_000)).proposedReward(Cny.ofYuan(700)).build());
    assertThat(r.statutoryStandards()).isEmpty();
    assertThat(r.legalMinimumReason()).isEqualTo(LegalMinimumReason.NONE_KNOWN);
    assertThat(r.complies()).contains(Answer.UNCERTAIN);
    assertThat(r.policyFloorReward()).contains(Cny.ofYuan(700));
    assertThat(r.meetsPolicyFloor()).contains(Answer.YES);
  }

  @Test
  void aWhatIfCatalogueIsRefusedBeforeItsFirstStandardOnly() {
    // The first standard is read from the catalogue given: 1996-10-01 in a copy of the built-in one.
    TransferRewardCalculator calc = sc2016(f -> f.withMinimum(Share.percent(60)));
    assertThat(calc.assess(liaoning(UnitKind.ENTERPRISE, false).date(LocalDate.of(1996, 10, 1)).build())
        .minimumReward()).contains(Cny.ofYuan(200_000));
    // The refusal names the two standards of the 1996 law, and only those.
    assertThatThrownBy(() -> calc.assess(liaoning(UnitKind.ENTERPRISE, false).date(LocalDate.of(1996, 9, 30)).build()))
        .isInstanceOf(DateNotCoveredException.class)
        .satisfies(e -> assertThat(((DateNotCoveredException) e).firstKnown()).isEqualTo(LocalDate.of(1996, 10, 1)))
        .hasMessage("1996-09-30 is before the statutory minimum of results-transfer rewards as the catalogue knows it:"
            + " it knows it from 1996-10-01 (《中华人民共和国促进科技成果转化法（1996）》 第二十九条（条文及条号未经证实）,"
            + " 《中华人民共和国促进科技成果转化法（1996）》 第三十条（条文及条号未经证实）); accepted: from 1996-10-01 on");
    assertThat(calc).hasToString("TransferRewardCalculator(" + calc.catalogue() + ")");
    assertThat(calc.toString()).startsWith("TransferRewardCalculator(Catalogue(");
  }

  @Test
  void aStandardThatBindsIsReportedOverAHigherOneTheUnitsRuleReplaces() {
    // What if the 2015 law were a mandatory 40% and 国发〔2016〕16号 a default 50% for every unit: an enterprise with
    // its own rule is bound by the 40%, and the 50% its rule replaces is not the one reported.
    Catalogue whatIf = Catalogue.builtIn()
        .withModified("N-2015-1", RewardFloor.class,
            f -> f.withForce(RewardFloor.Force.MANDATORY).withMinimum(Share.percent(40)), WHY)
        .withModified("SC-2016-1", RewardFloor.class,
            f -> f.withForce(RewardFloor.Force.DEFAULT).withAppliesTo(UnitScope.all()), WHY);
    TransferRewardAssessment r = TransferRewardCalculator.of(whatIf)
        .assess(liaoning(UnitKind.ENTERPRISE, false).ownRuleOrAgreement(true).build());
    assertThat(r.statutoryStandards()).extracting(StatutoryMinimum::binding)
        .containsExactly(Binding.MANDATORY, Binding.DEFAULT_OWN_RULE);
    assertThat(r.statutoryMinimum().orElseThrow().provision().id()).isEqualTo("N-2015-1");
    assertThat(r.minimumReward()).contains(Cny.ofYuan(400_000));
  }

  @Test
  void withItsOwnRuleTheUnitReplacesTheHighestDefault() {
    // 国发〔2016〕16号 made a default for every unit: an enterprise with its own rule replaces both; the one reported
    // is the higher, whichever comes first in the catalogue.
    for (int percent : new int[] {40, 60}) {
      TransferRewardAssessment r = sc2016(f -> f.withAppliesTo(UnitScope.all()).withForce(RewardFloor.Force.DEFAULT)
          .withMinimum(Share.percent(percent))).assess(liaoning(UnitKind.ENTERPRISE, false).ownRuleOrAgreement(true)
          .build());
      assertThat(r.statutoryStandards()).extracting(StatutoryMinimum::binding)
          .containsExactly(Binding.DEFAULT_OWN_RULE, Binding.DEFAULT_OWN_RULE);
      assertThat(r.statutoryMinimumShare()).as("%s%%", percent).contains(Share.percent(Math.max(50, percent)));
      assertThat(r.legalMinimumReason()).isEqualTo(LegalMinimumReason.OWN_RULE_GOVERNS);
    }
  }

  @Test
  void aStandardThatBindsBesideTheMinimumIsReliedOnAndItsModificationWarned() {
    // 国发〔2016〕16号 at 40% binds too, below the 50% minimum: a result that rests on a modified clause says so.
    TransferRewardAssessment r = sc2016(f -> f.withMinimum(Share.percent(40)))
        .assess(liaoning(UnitKind.UNIVERSITY, true).build());
    assertThat(TransferExplainer.reliedOn(r)).extracting(Provision::id).containsExactly("N-2015-1", "SC-2016-1");
    assertThat(r.explanation().warnings(org.zhongchuang.policy.text.Language.EN))
        .contains("国发〔2016〕16号 二（六）1 is modified: what if; this result does not follow the provision as enacted");
    // One that does not reach the unit is not relied on.
    TransferRewardAssessment enterprise = sc2016(f -> f.withMinimum(Share.percent(40)))
        .assess(liaoning(UnitKind.ENTERPRISE, false).ownRuleOrAgreement(false).build());
    assertThat(TransferExplainer.reliedOn(enterprise)).extracting(Provision::id).containsExactly("N-2015-1");
  }

  @Test
  void aStandardThatMayNotBeInForceMayNotBind() {
    TransferRewardAssessment r = sc2016(f -> f.withMinimum(Share.percent(60)))
        .assess(liaoning(UnitKind.UNIVERSITY, true).date(LocalDate.of(2016, 2, 26)).build());
    StatutoryMinimum sc = r.statutoryStandards().get(1);
    assertThat(sc.binding()).isEqualTo(Binding.MANDATORY);
    assertThat(sc.binds()).isEqualTo(Answer.UNCERTAIN);
    assertThat(r.statutoryStandards().get(0).binds()).isEqualTo(Answer.YES);
    assertThat(r.legalMinimumReason()).isEqualTo(LegalMinimumReason.IN_FORCE_UNKNOWN);
  }

  // ---------------------------------------------------------------- local floors

  private static TransferRewardCalculator lanbaiFromAnUnknownDayOf2016() {
    Provision lanbai = Catalogue.builtIn().byId("GS-2015/2.10");
    return TransferRewardCalculator.of(Catalogue.builtIn().withReplaced(lanbai.modifiedValidity(new ValidityPeriod(
        new ValidityPeriod.Within(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31), WHY),
        new ValidityPeriod.Open()), WHY)));
  }

  private static TransferCase.Builder lanbaiInstitute(LocalDate date) {
    return TransferCase.builder().jurisdiction(Jurisdiction.parse("lanbai")).date(date)
        .unit(UnitKind.RESEARCH_INSTITUTE, true, false).mode(TransferMode.TRANSFER_OR_LICENCE)
        .amount(Cny.ofYuan(1_000_000));
  }

  @Test
  void theProposalMeetsThePolicyLevelOnlyWhenBothReadingsAgree() {
    // Gansu's 50% certainly, Lanbai's 90% perhaps: 500,000.00 and 900,000.00.
    TransferRewardCalculator calc = lanbaiFromAnUnknownDayOf2016();
    LocalDate d = LocalDate.of(2016, 6, 1);
    TransferRewardAssessment low = calc.assess(lanbaiInstitute(d).proposedReward(Cny.parse("499999.99")).build());
    assertThat(low.meetsPolicyFloor()).contains(Answer.NO);
    assertThat(low.policyFloor().orElseThrow().isCertain()).isTrue();
    assertThat(low.uncertainPolicyFloor().orElseThrow().isCertain()).isFalse();
    assertThat(calc.assess(lanbaiInstitute(d).proposedReward(Cny.ofYuan(500_000)).build()).meetsPolicyFloor())
        .contains(Answer.UNCERTAIN);
    assertThat(calc.assess(lanbaiInstitute(d).proposedReward(Cny.parse("899999.99")).build()).meetsPolicyFloor())
        .contains(Answer.UNCERTAIN);
    assertThat(calc.assess(lanbaiInstitute(d).proposedReward(Cny.ofYuan(900_000)).build()).meetsPolicyFloor())
        .contains(Answer.YES);
  }

  @Test
  void theMoreSpecificPlaceWinsEvenWithTheLowerShare() {
    // Lanbai at 40% against Gansu's 50%: the zone's floor applies, 1,000,000.00 × 40% = 400,000.00.
    TransferRewardCalculator calc = TransferRewardCalculator.of(Catalogue.builtIn().withModified("GS-2015/2.10",
        RewardFloor.class, f -> f.withMinimum(Share.percent(40)), WHY));
    TransferRewardAssessment r = calc.assess(lanbaiInstitute(LocalDate.of(2016, 6, 1)).build());
    assertThat(r.policyFloor().orElseThrow().provision().id()).isEqualTo("GS-2015/2.10");
    assertThat(r.policyFloorReward()).contains(Cny.ofYuan(400_000));
    assertThat(r.localFloors()).extracting(d -> d.provision().id() + " " + d.outcome())
        .containsExactly("GS-2015/2.10 APPLIES", "GS-2015/2.3 SUPERSEDED");
  }

  // ---------------------------------------------------------------- the team

  private static Catalogue withSecondTeamRule(int percent, ValidityPeriod validity) {
    Provision sc3 = Catalogue.builtIn().byId("SC-2016-3");
    return Catalogue.builtIn().withAdded(ImmutableProvision.copyOf(sc3).withId("SC-X").withValidity(validity)
        .withTerms(((RewardFloor) sc3.terms()).withMinimum(Share.percent(percent))));
  }

  private static MainContributorsCheck main(Catalogue catalogue, LocalDate date) {
    // 100.00 split 1:1: the main contributor gets 50.00.
    return TransferRewardCalculator.of(catalogue).assess(liaoning(UnitKind.UNIVERSITY, true).date(date)
        .proposedReward(Cny.ofYuan(100)).mainContributor("甲", 1).member("乙", 1).build()).mainContributors()
        .orElseThrow();
  }

  @Test
  void ofTwoMainContributorRulesTheCertainOneThenTheHigherDecides() {
    LocalDate signed = LocalDate.of(2016, 2, 26);
    ValidityPeriod from2016 = ValidityPeriod.from(LocalDate.of(2016, 1, 1));
    // On the day signed 国发〔2016〕16号 may not be in force; a second rule certainly in force decides: 50.00 ≥ 40.00.
    MainContributorsCheck certainFirst = main(withSecondTeamRule(40, from2016), signed);
    assertThat(certainFirst.rule().orElseThrow().id()).isEqualTo("SC-X");
    assertThat(certainFirst.outcome()).isEqualTo(MainContributorsCheck.Outcome.MET);
    assertThat(certainFirst.required()).contains(Cny.ofYuan(40));
    // Both in force: the higher, 60%, requires 60.00 of 100.00.
    MainContributorsCheck higher = main(withSecondTeamRule(60, from2016), D2019);
    assertThat(higher.rule().orElseThrow().id()).isEqualTo("SC-X");
    assertThat(higher.outcome()).isEqualTo(MainContributorsCheck.Outcome.NOT_MET);
    assertThat(higher.gap()).contains(Cny.ofYuan(10));
    // Both in force, the second lower: the first stays.
    assertThat(main(withSecondTeamRule(40, from2016), D2019).rule().orElseThrow().id()).isEqualTo("SC-2016-3");
    // A higher rule that may not be in force does not displace a certain one.
    ValidityPeriod uncertain = new ValidityPeriod(new ValidityPeriod.Within(LocalDate.of(2018, 1, 1),
        LocalDate.of(2019, 12, 31), WHY), new ValidityPeriod.Open());
    MainContributorsCheck certainStays = main(withSecondTeamRule(60, uncertain), D2019);
    assertThat(certainStays.rule().orElseThrow().id()).isEqualTo("SC-2016-3");
    assertThat(certainStays.outcome()).isEqualTo(MainContributorsCheck.Outcome.MET);
  }

  @Test
  void theFirstWageRuleInForceIsReadAndWithoutOneNoRuleIsKnown() {
    // A copy of 财税〔2018〕58号 in force from 2010, after the original: in 2016 the copy applies.
    Provision wage = Catalogue.builtIn().withTerms(WageInclusion.class).get(0);
    Catalogue earlier = Catalogue.builtIn().withAdded(ImmutableProvision.copyOf(wage).withId("W-X")
        .withValidity(ValidityPeriod.from(LocalDate.of(2010, 1, 1))));
    TransferRewardAssessment r = TransferRewardCalculator.of(earlier).assess(liaoning(UnitKind.UNIVERSITY, true)
        .date(LocalDate.of(2016, 6, 1)).proposedReward(Cny.ofYuan(100)).member("甲", 1).build());
    assertThat(r.wageIncome().ruleOrNull().id()).isEqualTo("W-X");
    assertThat(r.wageIncome().outcome()).isEqualTo(WageIncomeCheck.Outcome.APPLIES);
    assertThat(r.split().get(0).wageIncomeCounted()).contains(Cny.ofYuan(50));
    // From 2018-07-01 the original, listed first, is read.
    assertThat(TransferRewardCalculator.of(earlier).assess(liaoning(UnitKind.UNIVERSITY, true)
        .proposedReward(Cny.ofYuan(100)).member("甲", 1).build()).wageIncome().ruleOrNull().id())
        .isEqualTo(wage.id());
    // No rule at all.
    List<Provision> none = Catalogue.builtIn().all().stream().filter(p -> !(p.terms() instanceof WageInclusion))
        .toList();
    TransferRewardAssessment without = TransferRewardCalculator.of(Catalogue.of(none))
        .assess(liaoning(UnitKind.UNIVERSITY, true).proposedReward(Cny.ofYuan(100)).member("甲", 1).build());
    assertThat(without.wageIncome().outcome()).isEqualTo(WageIncomeCheck.Outcome.NO_RULE_KNOWN);
    assertThat(without.wageIncome().applies()).isEqualTo(Answer.NO);
    assertThat(without.split().get(0).wageIncomeCounted()).isEmpty();
    assertThat(without.explanation().steps()).filteredOn(s -> s.kind() == TransferStep.WAGE_NO_RULE).singleElement()
        .satisfies(s -> {
          assertThat(s.description(Language.EN)).isEqualTo("Wage income: the catalogue holds no rule, on the date,"
              + " that counts cash rewards into wage income at a reduced share");
          assertThat(s.description(Language.ZH)).isEqualTo("工资薪金所得：目录中没有在该日将现金奖励减按计入工资、薪金所得的规定");
          assertThat(s.citations()).isEmpty();
        });
    assertThat(without.explanation().steps()).noneMatch(s -> s.kind() == TransferStep.WAGE_NOT_APPLICABLE);
  }

  @Test
  void aModifiedWageRuleIsWarnedOfOnlyWhenAPartIsCountedUnderIt() {
    Provision wage = Catalogue.builtIn().withTerms(WageInclusion.class).get(0);
    Catalogue modified = Catalogue.builtIn().withModified(wage.id(), WageInclusion.class, w -> w, WHY);
    TransferRewardCalculator calc = TransferRewardCalculator.of(modified);
    String warning = "财税〔2018〕58号 第一条 is modified: what if; this result does not follow the provision as enacted";
    assertThat(calc.assess(liaoning(UnitKind.UNIVERSITY, true).proposedReward(Cny.ofYuan(100)).member("甲", 1).build())
        .explanation().warnings(org.zhongchuang.policy.text.Language.EN)).contains(warning);
    assertThat(calc.assess(liaoning(UnitKind.UNIVERSITY, true).proposedReward(Cny.ofYuan(100)).build())
        .explanation().warnings(org.zhongchuang.policy.text.Language.EN)).doesNotContain(warning);
    assertThat(calc.assess(liaoning(UnitKind.UNIVERSITY, true).mode(TransferMode.INVESTMENT_AS_EQUITY)
        .proposedReward(Cny.ofYuan(100)).member("甲", 1).build())
        .explanation().warnings(org.zhongchuang.policy.text.Language.EN)).doesNotContain(warning);
  }
}
