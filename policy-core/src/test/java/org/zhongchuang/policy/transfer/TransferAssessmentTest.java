package org.zhongchuang.policy.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.Answer;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.UnitKind;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.transfer.TransferRewardAssessment.LegalMinimumReason;

/** What an assessment answers beside its headline figures: the checks, the other reading, the inputs echoed. */
class TransferAssessmentTest {
  private static final TransferRewardCalculator CALC = TransferRewardCalculator.builtIn();
  private static final LocalDate D2019 = LocalDate.of(2019, 1, 1);

  private static TransferCase.Builder jilinUniversity() {
    return TransferCase.builder().jurisdiction(Jurisdiction.parse("吉林省")).date(D2019)
        .unit(UnitKind.UNIVERSITY, true, false).mode(TransferMode.TRANSFER_OR_LICENCE).amount(Cny.ofYuan(1_000_000));
  }

  @Test
  void theProposalIsCheckedAgainstTheLegalMinimumAndThePolicyLevel() {
    // 1,000,000.00 × 50% = 500,000.00 (met by 600,000.00); × 70% = 700,000.00 (100,000.00 short).
    TransferRewardAssessment r = CALC.assess(jilinUniversity().proposedReward(Cny.ofYuan(600_000)).build());
    assertThat(r.catalogue()).isSameAs(Catalogue.builtIn());
    assertThat(r.netIncome()).contains(Cny.ofYuan(1_000_000));
    assertThat(r.bindingShare()).contains(Share.percent(50));
    assertThat(r.statutoryCompliance()).contains(
        new ComplianceCheck(Share.percent(50), Cny.ofYuan(500_000), Cny.ofYuan(600_000)));
    assertThat(r.statutoryCompliance().orElseThrow().complies()).isTrue();
    assertThat(r.statutoryCompliance().orElseThrow().shortfall()).isEqualTo(Cny.ZERO);
    assertThat(r.policyFloorCompliance().orElseThrow().complies()).isFalse();
    assertThat(r.policyFloorCompliance()).contains(
        new ComplianceCheck(Share.percent(70), Cny.ofYuan(700_000), Cny.ofYuan(600_000)));
    assertThat(r.policyFloorCompliance().orElseThrow().shortfall()).isEqualTo(Cny.ofYuan(100_000));
    assertThat(r.shortfallIfUncertainBinds()).isEmpty();
    // Without a proposal, nothing to check.
    TransferRewardAssessment none = CALC.assess(jilinUniversity().build());
    assertThat(none.statutoryCompliance()).isEmpty();
    assertThat(none.policyFloorCompliance()).isEmpty();
    assertThat(none.bindingShare()).contains(Share.percent(50));
  }

  @Test
  void noCheckWithoutACertainMinimumOrFloor() {
    // An enterprise that does not say whether it has its own rule, in Liaoning (no local floor): 400,000.00 is
    // 100,000.00 short of the 500,000.00 the default would require.
    TransferRewardAssessment r = CALC.assess(TransferCase.builder().jurisdiction(Jurisdiction.parse("辽宁省"))
        .date(D2019).unit(UnitKind.ENTERPRISE).mode(TransferMode.TRANSFER_OR_LICENCE).amount(Cny.ofYuan(1_000_000))
        .proposedReward(Cny.ofYuan(400_000)).build());
    assertThat(r.statutoryCompliance()).isEmpty();
    assertThat(r.policyFloorCompliance()).isEmpty();
    assertThat(r.bindingShare()).isEmpty();
    assertThat(r.shortfallIfUncertainBinds()).contains(Cny.ofYuan(100_000));
    assertThat(r.legalMinimumShareIfUncertainBinds()).contains(Share.percent(50));
  }

  @Test
  void equityWithoutAValueStillGivesTheShareOfTheOtherReading() {
    // No amount, so no yuan either way; the share the default would require is still known.
    TransferRewardAssessment r = CALC.assess(TransferCase.builder().jurisdiction(Jurisdiction.parse("辽宁省"))
        .date(D2019).unit(UnitKind.ENTERPRISE).mode(TransferMode.INVESTMENT_AS_EQUITY).build());
    assertThat(r.legalMinimumReason()).isEqualTo(LegalMinimumReason.OWN_RULE_UNKNOWN);
    assertThat(r.netIncome()).isEmpty();
    assertThat(r.minimumRewardIfUncertainBinds()).isEmpty();
    assertThat(r.legalMinimumShareIfUncertainBinds()).contains(Share.percent(50));
    assertThat(r.legalMinimumShare()).isEmpty();
    // Where the minimum is certain there is no other reading, with or without a value.
    TransferRewardAssessment certain = CALC.assess(TransferCase.builder().jurisdiction(Jurisdiction.parse("辽宁省"))
        .date(D2019).unit(UnitKind.UNIVERSITY, true, false).mode(TransferMode.INVESTMENT_AS_EQUITY).build());
    assertThat(certain.legalMinimumShareIfUncertainBinds()).isEmpty();
    assertThat(certain.legalMinimumShare()).contains(Share.percent(50));
  }

  @Test
  void equalityIsOfTheWholeResult() {
    TransferRewardAssessment a = CALC.assess(jilinUniversity().proposedReward(Cny.ofYuan(600_000)).build());
    assertThat(a).isEqualTo(a).isNotEqualTo("an assessment").isNotEqualTo(null);
    TransferRewardAssessment other = CALC.assess(jilinUniversity().proposedReward(Cny.ofYuan(700_000)).build());
    assertThat(a).isNotEqualTo(other);
    assertThat(a.hashCode()).isNotEqualTo(other.hashCode());
    assertThat(a.complies()).isEqualTo(other.complies()).contains(Answer.YES);
  }
}
