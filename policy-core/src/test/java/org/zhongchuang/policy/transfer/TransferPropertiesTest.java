package org.zhongchuang.policy.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.localDates;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.zhongchuang.policy.Answer;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.RewardFloor;
import org.zhongchuang.policy.catalogue.UnitKind;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.text.Text;

/** Invariants over every jurisdiction, date, unit, mode, amount, own rule and team. */
class TransferPropertiesTest {
  private static final TransferRewardCalculator CALC = TransferRewardCalculator.builtIn();

  private static Gen<TransferCase> cases() {
    Gen<LocalDate> dates = localDates().withDaysBetween(LocalDate.of(1996, 10, 1).toEpochDay(),
        LocalDate.of(2030, 12, 31).toEpochDay());
    Gen<Jurisdiction> places = Generate.pick(Jurisdiction.builtIns());
    Gen<OwningUnit> units = Generate.enumValues(UnitKind.class).zip(booleans().all(), booleans().all(),
        OwningUnit::of);
    Gen<Cny> amounts = longs().between(0, 100_000_000_000L).map(Cny::ofFen);
    Gen<Long> proposals = longs().between(0, 100_000_000_000L);
    Gen<TransferMode> modes = Generate.enumValues(TransferMode.class);
    Gen<Answer> ownRule = Generate.enumValues(Answer.class);
    Gen<TransferCase.Builder> base = dates.zip(places, units, modes, (d, j, u, m) ->
        TransferCase.builder().date(d).jurisdiction(j).unit(u).mode(m));
    return base.zip(amounts, proposals, ownRule, integers().between(0, 4), (b, a, p, own, members) -> {
      b.amount(a).proposedReward(Cny.ofFen(p % (a.toFen() + 2))).contractProvidesOtherwise(p % 3 == 0);
      if (own != Answer.UNCERTAIN) {
        b.ownRuleOrAgreement(own == Answer.YES);
      }
      for (int i = 0; i < members; i++) {
        b.member(i % 2 == 0 ? TeamMember.of("m" + i, i + 1).asMainContributor() : TeamMember.of("m" + i, i + 1));
      }
      return b.build();
    });
  }

  @Test
  void theSplitAddsUpExactlyToTheReward() {
    qt().forAll(cases()).checkAssert(c -> {
      TransferRewardAssessment r = CALC.assess(c);
      assertThat(r.split()).hasSize(c.team().size());
      if (!c.team().isEmpty()) {
        assertThat(Cny.total(r.split().stream().map(MemberReward::amount).toList()))
            .isEqualTo(c.proposedReward().orElseThrow()).isEqualTo(r.splitReward().orElseThrow());
      }
    });
  }

  @Test
  void theLegalMinimumNeverExceedsTheIncomeAndBothReadingsBracketIt() {
    qt().forAll(cases()).checkAssert(c -> {
      TransferRewardAssessment r = CALC.assess(c);
      Cny amount = c.amount().orElseThrow();
      r.minimumReward().ifPresent(m -> assertThat(m).isBetween(Cny.ZERO, amount));
      r.minimumRewardIfUncertainBinds().ifPresent(m -> {
        assertThat(m).isLessThanOrEqualTo(amount);
        // The reading where the uncertain standard binds is never below the certain minimum.
        r.minimumReward().ifPresent(certain -> assertThat(m).isGreaterThanOrEqualTo(certain));
      });
      // A certain answer is the same under both readings; an uncertain one differs between them.
      r.complies().ifPresent(a -> {
        if (r.minimumReward().isPresent() && r.minimumRewardIfUncertainBinds().isEmpty()) {
          assertThat(a).isEqualTo(Answer.of(!c.proposedReward().get().isLessThan(r.minimumReward().get())));
        }
      });
    });
  }

  @Test
  void bothReadingsOfAnUncertainDefaultBracketTheCertainOnes() {
    qt().forAll(cases()).checkAssert(c -> {
      TransferCase.Builder again = TransferCase.builder().jurisdiction(c.jurisdiction()).date(c.date())
          .unit(c.unit()).mode(c.mode()).amount(c.amount().orElseThrow());
      TransferRewardAssessment unknown = CALC.assess(again.build());
      TransferRewardAssessment none = CALC.assess(again.ownRuleOrAgreement(false).build());
      TransferRewardAssessment own = CALC.assess(again.ownRuleOrAgreement(true).build());
      // "Has its own rule" is the low reading, "has none" the high one; the unknown case gives both.
      assertThat(unknown.minimumReward()).isEqualTo(own.minimumReward());
      assertThat(unknown.minimumRewardIfUncertainBinds().or(unknown::minimumReward))
          .isEqualTo(none.minimumReward().or(none::minimumRewardIfUncertainBinds));
    });
  }

  @Test
  void aPermissiveFloorNeverMakesAProposalUnlawful() {
    // Take every local floor away: the law's answer does not change.
    Catalogue withoutLocal = Catalogue.of(Catalogue.builtIn().all().stream()
        .filter(p -> !(p.terms() instanceof RewardFloor f) || p.jurisdiction().depth() == 0
            || f.force() != RewardFloor.Force.PERMISSIVE).toList());
    TransferRewardCalculator lawOnly = TransferRewardCalculator.of(withoutLocal);
    qt().forAll(cases()).checkAssert(c -> {
      TransferRewardAssessment r = CALC.assess(c);
      TransferRewardAssessment l = lawOnly.assess(c);
      assertThat(r.complies()).isEqualTo(l.complies());
      assertThat(r.minimumReward()).isEqualTo(l.minimumReward());
      assertThat(l.policyFloor()).isEmpty();
    });
  }

  @Test
  void aRaisedLocalFloorChangesOnlyThePolicyLevel() {
    Catalogue raised = Catalogue.builtIn().withModified("JL-2015-31/2.2", RewardFloor.class,
        f -> f.withMinimum(org.zhongchuang.policy.money.Share.percent(95)), Text.of("提高到95%", "raised to 95%"));
    TransferRewardCalculator whatIf = TransferRewardCalculator.of(raised);
    qt().forAll(cases()).checkAssert(c -> {
      TransferRewardAssessment r = whatIf.assess(c);
      assertThat(r.complies()).isEqualTo(CALC.assess(c).complies());
    });
  }
}
