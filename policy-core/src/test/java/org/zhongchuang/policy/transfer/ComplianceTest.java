package org.zhongchuang.policy.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.catalogue.UnitKind;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.text.Language;

/** A proposed reward against the statutory minimum and the policy floor, one fen below, at and above each. */
class ComplianceTest {
  private static final TransferRewardCalculator CALC = TransferRewardCalculator.builtIn();

  private static TransferRewardAssessment jilin(String amount, String proposed) {
    return CALC.assess(TransferCase.builder().jurisdiction(Jurisdiction.JILIN).date(LocalDate.of(2016, 3, 1))
        .unit(UnitKind.UNIVERSITY, true, false).mode(TransferMode.TRANSFER_OR_LICENCE).amount(Cny.parse(amount))
        .proposedReward(Cny.parse(proposed)).build());
  }

  @Test
  void policyFloorOneFenBelowAtAndAbove() {
    // 70% of 1,000,000.00 = 700,000.00.
    TransferRewardAssessment below = jilin("1000000", "699999.99");
    assertThat(below.complies()).contains(false);
    assertThat(below.shortfall()).contains(Cny.ofFen(1));
    assertThat(below.policyFloorCompliance().orElseThrow().complies()).isFalse();
    assertThat(below.statutoryCompliance().orElseThrow().complies()).isTrue();

    TransferRewardAssessment at = jilin("1000000", "700000");
    assertThat(at.complies()).contains(true);
    assertThat(at.shortfall()).contains(Cny.ZERO);

    TransferRewardAssessment above = jilin("1000000", "700000.01");
    assertThat(above.complies()).contains(true);
    assertThat(above.shortfall()).contains(Cny.ZERO);
  }

  @Test
  void statutoryMinimumOneFenBelowAtAndAbove() {
    // 50% of 1,000,000.00 = 500,000.00 (hard for a state-established university).
    TransferRewardAssessment below = jilin("1000000", "499999.99");
    assertThat(below.statutoryCompliance().orElseThrow().complies()).isFalse();
    assertThat(below.statutoryCompliance().orElseThrow().shortfall()).isEqualTo(Cny.ofFen(1));
    assertThat(below.shortfall()).contains(Cny.parse("200000.01"));
    assertThat(jilin("1000000", "500000").statutoryCompliance().orElseThrow().complies()).isTrue();
    assertThat(jilin("1000000", "500000.01").statutoryCompliance().orElseThrow().shortfall()).isEqualTo(Cny.ZERO);
  }

  @Test
  void minimumIsRoundedHalfUpOnceAndComplianceIsAgainstTheAmountShown() {
    // 70% of 0.05 = 0.035 → 0.04 (half-up); 70% of 0.03 = 0.021 → 0.02.
    TransferRewardAssessment r = jilin("0.05", "0.03");
    assertThat(r.minimumReward()).contains(Cny.ofFen(4));
    assertThat(r.shortfall()).contains(Cny.ofFen(1));
    assertThat(jilin("0.03", "0.02").minimumReward()).contains(Cny.ofFen(2));
    assertThat(jilin("0.03", "0.02").complies()).contains(true);
    // 50% of 0.01 = 0.005 → 0.01.
    assertThat(jilin("0.01", "0").statutoryCompliance().orElseThrow().minimum()).isEqualTo(Cny.ofFen(1));
  }

  @Test
  void nothingProposedMeansNoVerdict() {
    TransferRewardAssessment r = CALC.assess(TransferCase.builder().jurisdiction(Jurisdiction.JILIN)
        .date(LocalDate.of(2016, 3, 1)).unit(UnitKind.UNIVERSITY, true, false).mode(TransferMode.TRANSFER_OR_LICENCE)
        .amount(Cny.ofYuan(100)).build());
    assertThat(r.complies()).isEmpty();
    assertThat(r.shortfall()).isEmpty();
    assertThat(r.statutoryCompliance()).isEmpty();
    assertThat(r.policyFloorCompliance()).isEmpty();
  }

  @Test
  void noKnownMinimumMeansNoVerdictAndAWarning() {
    TransferRewardAssessment r = CALC.assess(TransferCase.builder().jurisdiction(Jurisdiction.LIAONING)
        .date(LocalDate.of(2010, 3, 1)).unit(UnitKind.ENTERPRISE, false, false).mode(TransferMode.OWN_IMPLEMENTATION)
        .amount(Cny.ofYuan(100)).proposedReward(Cny.ZERO).build());
    assertThat(r.complies()).isEmpty();
    assertThat(r.shortfall()).isEmpty();
    assertThat(r.warnings()).anySatisfy(w -> assertThat(w.description(Language.EN)).contains("cannot be judged"));
  }

  @Test
  void uncertainFloorGivesTheVerdictBothWays() {
    TransferRewardAssessment r = CALC.assess(TransferCase.builder().jurisdiction(Jurisdiction.JIAXING)
        .date(LocalDate.of(2021, 5, 1)).unit(UnitKind.UNIVERSITY, true, true).mode(TransferMode.TRANSFER_OR_LICENCE)
        .amount(Cny.ofYuan(1_000_000)).proposedReward(Cny.ofYuan(600_000)).build());
    assertThat(r.complies()).contains(true);
    MinimumOutcome ifInForce = r.ifUncertainFloorInForce().orElseThrow();
    assertThat(ifInForce.complies()).contains(false);
    assertThat(ifInForce.shortfall()).contains(Cny.ofYuan(100_000));
    assertThat(r.warnings()).anySatisfy(w -> assertThat(w.description(Language.EN)).contains("falls short by 100,000.00"));
  }

  @Test
  void explanationShowsTheArithmetic() {
    String en = jilin("1000000", "600000").render(Language.EN);
    assertThat(en).contains("max(50%, 70%) = 70%").contains("1,000,000.00 × 70% = 700,000.00")
        .contains("600,000.00 < 700,000.00; max(0, 700,000.00 − 600,000.00) = 100,000.00");
    assertThat(jilin("1000000", "600000").bindingShare()).contains(Share.percent(70));
  }
}
