package org.zhongchuang.policy.transfer;

import static org.zhongchuang.policy.JavaSerialization.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.catalogue.UnitKind;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.text.Language;

/** Calculators, cases and results survive Java serialization, so they can run inside Spark tasks. */
class TransferSerializationTest {


  private static final TransferCase CASE = TransferCase.builder().jurisdiction(Jurisdiction.JIAXING)
      .date(LocalDate.of(2021, 3, 1)).unit(UnitKind.UNIVERSITY, true, true).mode(TransferMode.TRANSFER_OR_LICENCE)
      .amount(Cny.ofYuan(1_000_000)).proposedReward(Cny.ofYuan(650_000)).member("甲", 2).member("乙", 1).build();

  @Test
  void casesAreValues() throws Exception {
    assertThat(roundTrip(CASE)).isEqualTo(CASE).hasSameHashCodeAs(CASE);
  }

  @Test
  void calculatorsAndResultsRoundTrip() throws Exception {
    TransferRewardCalculator calculator = roundTrip(TransferRewardCalculator.builtIn());
    assertThat(calculator.catalogue()).isEqualTo(TransferRewardCalculator.builtIn().catalogue());
    TransferRewardAssessment original = TransferRewardCalculator.builtIn().assess(CASE);
    TransferRewardAssessment copy = roundTrip(calculator.assess(CASE));
    assertThat(copy).isEqualTo(original).hasSameHashCodeAs(original);
    assertThat(copy.minimumReward()).isEqualTo(original.minimumReward()).contains(Cny.ofYuan(500_000));
    assertThat(copy.uncertainFloorReward()).isEqualTo(original.uncertainFloorReward()).contains(Cny.ofYuan(700_000));
    assertThat(copy.uncertainPolicyFloor()).isEqualTo(original.uncertainPolicyFloor());
    assertThat(copy.split()).isEqualTo(original.split());
    assertThat(copy.explanation()).isEqualTo(original.explanation());
    assertThat(copy.render(Language.ZH)).isEqualTo(original.render(Language.ZH));
  }
}
