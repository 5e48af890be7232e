package org.zhongchuang.policy.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.localDates;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.RoundingMode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.catalogue.UnitKind;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;

/** Invariants of the calculator over every jurisdiction, date, unit, mode and amount. */
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
    Gen<TransferCase.Builder> base = dates.zip(places, units, modes, (d, j, u, m) ->
        TransferCase.builder().date(d).jurisdiction(j).unit(u).mode(m));
    return base.zip(amounts, proposals, booleans().all(), integers().between(0, 4), (b, a, p, contract, members) -> {
      b.amount(a).proposedReward(Cny.ofFen(p % (a.toFen() + 2))).contractProvidesOtherwise(contract);
      for (int i = 0; i < members; i++) {
        b.member("m" + i, i + 1);
      }
      return b.build();
    });
  }

  @Test
  void floorsNeverExceedOneHundredPercentAndTheMinimumNeverExceedsTheIncome() {
    qt().forAll(cases()).checkAssert(c -> {
      TransferRewardAssessment r = CALC.assess(c);
      Cny amount = c.amount().orElseThrow();
      for (MinimumOutcome o : new MinimumOutcome[] {r.outcome(), r.ifUncertainFloorInForce().orElse(r.outcome())}) {
        o.bindingShare().ifPresent(s -> assertThat(s).isLessThanOrEqualTo(Share.ONE));
        o.minimumReward().ifPresent(m -> assertThat(m).isLessThanOrEqualTo(amount).isGreaterThanOrEqualTo(Cny.ZERO));
      }
      r.policyFloorShare().ifPresent(s -> assertThat(s).isLessThanOrEqualTo(Share.ONE));
      r.uncertainPolicyFloor().ifPresent(f -> assertThat(f.share()).isLessThanOrEqualTo(Share.ONE));
    });
  }

  @Test
  void theBindingMinimumIsTheLargerOfStatuteAndCertainFloorRoundedOnce() {
    qt().forAll(cases()).checkAssert(c -> {
      TransferRewardAssessment r = CALC.assess(c);
      Share expected = r.statutoryMinimumShare().orElse(Share.ZERO);
      if (r.policyFloorShare().isPresent() && r.policyFloorShare().get().isGreaterThan(expected)) {
        expected = r.policyFloorShare().get();
      }
      if (r.statutoryMinimumShare().isEmpty() && r.policyFloorShare().isEmpty()) {
        assertThat(r.bindingShare()).isEmpty();
        assertThat(r.minimumReward()).isEmpty();
      } else {
        assertThat(r.bindingShare()).contains(expected);
        assertThat(r.minimumReward()).contains(c.amount().orElseThrow().multipliedBy(expected, RoundingMode.HALF_UP));
      }
      // The floor of an uncertain provision can only be consulted in the other reading, never silently in the main.
      assertThat(r.ifUncertainFloorInForce().isPresent()).isEqualTo(r.uncertainPolicyFloor().isPresent());
      r.policyFloor().ifPresent(f -> assertThat(f.isCertain()).isTrue());
      r.uncertainPolicyFloor().ifPresent(f -> assertThat(f.isCertain()).isFalse());
      if (r.uncertainPolicyFloor().isPresent()) {
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w.description(Language.EN)).contains("cannot be known"));
      }
    });
  }

  @Test
  void compliesExactlyWhenTheShortfallIsZeroAndShortfallsAreTheGap() {
    qt().forAll(cases()).checkAssert(c -> {
      TransferRewardAssessment r = CALC.assess(c);
      assertThat(r.complies().isPresent()).isEqualTo(r.minimumReward().isPresent());
      r.complies().ifPresent(ok -> {
        Cny shortfall = r.shortfall().orElseThrow();
        assertThat(ok).isEqualTo(shortfall.isZero());
        Cny proposed = c.proposedReward().orElseThrow();
        assertThat(shortfall).isEqualTo(r.minimumReward().orElseThrow().minus(proposed).max(Cny.ZERO));
      });
      // Meeting the binding minimum means meeting each minimum it is the larger of.
      if (r.complies().orElse(false)) {
        r.statutoryCompliance().ifPresent(s -> assertThat(s.complies()).isTrue());
        r.policyFloorCompliance().ifPresent(s -> assertThat(s.complies()).isTrue());
      }
    });
  }

  @Test
  void theSplitAddsUpToTheProposedReward() {
    qt().forAll(cases()).checkAssert(c -> {
      TransferRewardAssessment r = CALC.assess(c);
      assertThat(r.split()).hasSize(c.team().size());
      if (!c.team().isEmpty()) {
        assertThat(Cny.total(r.split().stream().map(MemberReward::amount).toList()))
            .isEqualTo(c.proposedReward().orElseThrow());
      }
    });
  }

  @Test
  void aLaterDateInAJurisdictionWithoutUncertaintyNeverLowersTheStatutoryShare() {
    // The statute only ever raised the minimum (20% → 50% for net income).
    qt().forAll(localDates().withDaysBetween(LocalDate.of(1996, 10, 1).toEpochDay(),
        LocalDate.of(2030, 1, 1).toEpochDay()), integers().between(1, 5000)).checkAssert((d, days) -> {
          TransferCase.Builder b = TransferCase.builder().jurisdiction(Jurisdiction.LIAONING)
              .unit(UnitKind.ENTERPRISE, false, false).mode(TransferMode.TRANSFER_OR_LICENCE).amount(Cny.ofYuan(1));
          Share early = CALC.assess(b.date(d).build()).statutoryMinimumShare().orElseThrow();
          Share late = CALC.assess(b.date(d.plusDays(days)).build()).statutoryMinimumShare().orElseThrow();
          assertThat(late).isGreaterThanOrEqualTo(early);
        });
  }
}
