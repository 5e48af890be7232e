package org.zhongchuang.policy.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.RewardFloor;
import org.zhongchuang.policy.catalogue.UnitKind;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.text.Text;

/** Assessments are values with a cheap toString; calculators have one shape. */
class TransferValueTest {
  private static TransferCase.Builder jilin() {
    return TransferCase.builder().jurisdiction(Jurisdiction.JILIN).date(LocalDate.of(2016, 6, 1))
        .unit(UnitKind.UNIVERSITY, true, false).mode(TransferMode.TRANSFER_OR_LICENCE).amount(Cny.ofYuan(1_000_000))
        .proposedReward(Cny.ofYuan(600_000)).member("甲", 1);
  }

  @Test
  void assessmentsAreEqualOnCaseResultsAndCatalogue() {
    TransferRewardAssessment a = TransferRewardCalculator.builtIn().assess(jilin().build());
    TransferRewardAssessment b = TransferRewardCalculator.of(Catalogue.builtIn()).assess(jilin().build());
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(TransferRewardCalculator.builtIn().assess(jilin().proposedReward(Cny.ofYuan(1))
        .build()));
    Catalogue whatIf = Catalogue.builtIn().withModified("JL-2015-31/2.2", RewardFloor.class,
        f -> f.withMinimum(Share.percent(80)), Text.of("改", "changed"));
    TransferRewardAssessment c = TransferRewardCalculator.of(whatIf).assess(jilin().build());
    assertThat(c).isNotEqualTo(a);
    assertThat(c.policyFloorReward()).contains(Cny.ofYuan(800_000));
    assertThat(c.minimumReward()).isEqualTo(a.minimumReward());
  }

  @Test
  void toStringNamesTheAmountsWithoutBuildingTheExplanation() {
    TransferRewardAssessment a = TransferRewardCalculator.builtIn().assess(jilin().build());
    assertThat(a.toString()).isEqualTo("TransferRewardAssessment{minimumReward=500000.00, complies=YES,"
        + " policyFloorReward=700000.00, meetsPolicyFloor=NO, split=1 members}");
    assertThat(a.explanation()).isSameAs(a.explanation());
  }

  @Test
  void oneShapeForEveryCalculator() {
    assertThat(TransferRewardCalculator.of(Catalogue.builtIn())).isSameAs(TransferRewardCalculator.builtIn());
    assertThat(TransferRewardCalculator.builtIn().catalogue()).isSameAs(Catalogue.builtIn());
    assertThat(TransferRewardCalculator.builtIn().assessAll(java.util.stream.Stream.of(jilin().build())).toList())
        .hasSize(1);
  }
}
