package org.zhongchuang.policy.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.catalogue.UnitKind;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;

/** Refused input says what was wrong and what is accepted; nothing is defaulted. */
class TransferInputTest {
  private static TransferCase.Builder complete() {
    return TransferCase.builder().jurisdiction(Jurisdiction.JILIN).date(LocalDate.of(2016, 1, 1))
        .unit(UnitKind.UNIVERSITY, true, false).mode(TransferMode.TRANSFER_OR_LICENCE).amount(Cny.ofYuan(100));
  }

  @Test
  void missingFieldsAreNamed() {
    assertThatThrownBy(() -> TransferCase.builder().build()).isInstanceOf(TransferInputException.class)
        .isInstanceOf(PolicyInputException.class).hasMessageContaining("no jurisdiction; accepted:");
    assertThatThrownBy(() -> TransferCase.builder().jurisdiction(Jurisdiction.JILIN).build())
        .hasMessageContaining("no date");
    assertThatThrownBy(() -> TransferCase.builder().jurisdiction(Jurisdiction.JILIN).date(LocalDate.of(2016, 1, 1))
        .unit(UnitKind.OTHER, false, false).build()).hasMessageContaining("no mode");
  }

  @Test
  void theAmountIsRequiredExceptForEquityAndNeverNegative() {
    for (TransferMode mode : new TransferMode[] {TransferMode.TRANSFER_OR_LICENCE, TransferMode.OWN_IMPLEMENTATION}) {
      assertThatThrownBy(() -> TransferCase.builder().jurisdiction(Jurisdiction.JILIN).date(LocalDate.of(2016, 1, 1))
          .unit(UnitKind.OTHER, false, false).mode(mode).build()).isInstanceOf(TransferInputException.class)
          .hasMessageContaining("is missing");
    }
    assertThatThrownBy(() -> complete().amount(Cny.ofFen(-1)).build()).isInstanceOf(TransferInputException.class)
        .hasMessageContaining("negative (-0.01)").hasMessageContaining("accepted: zero or more yuan");
    assertThatThrownBy(() -> complete().proposedReward(Cny.ofFen(-1)).build())
        .hasMessageContaining("proposed reward is negative");
  }

  @Test
  void aProposalOrASplitNeedsSomethingInYuan() {
    TransferCase.Builder equity = TransferCase.builder().jurisdiction(Jurisdiction.JILIN).date(LocalDate.of(2016, 1, 1))
        .unit(UnitKind.UNIVERSITY, true, false).mode(TransferMode.INVESTMENT_AS_EQUITY);
    assertThatThrownBy(() -> equity.proposedReward(Cny.ofYuan(1)).build()).isInstanceOf(TransferInputException.class)
        .hasMessageContaining("needs the value of the shares");
    TransferCase noValue = TransferCase.builder().jurisdiction(Jurisdiction.JILIN).date(LocalDate.of(2016, 1, 1))
        .unit(UnitKind.UNIVERSITY, true, false).mode(TransferMode.INVESTMENT_AS_EQUITY).member("a", 1).build();
    assertThatThrownBy(() -> TransferRewardCalculator.builtIn().assess(noValue))
        .isInstanceOf(TransferInputException.class).hasMessageContaining("a team split needs a reward in yuan");
  }

  @Test
  void teamNamesAreUniqueAndNonBlank() {
    assertThatThrownBy(() -> complete().member("张三", 1).member("张三", 2).build())
        .isInstanceOf(TransferInputException.class).hasMessageContaining("'张三' appears twice");
    assertThatThrownBy(() -> complete().member("", 1)).isInstanceOf(TransferInputException.class);
  }

  @Test
  void nullsAreRefusedByName() {
    assertThatThrownBy(() -> TransferRewardCalculator.builtIn().assess(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("transferCase");
    assertThatThrownBy(() -> new TransferRewardCalculator(null)).hasMessage("catalogue");
    assertThatThrownBy(() -> complete().amount(null)).hasMessage("amount");
  }

  @Test
  void aTeamSplitsTheMinimumWhenNothingIsProposed() {
    TransferRewardAssessment r = TransferRewardCalculator.builtIn().assess(complete().amount(Cny.parse("1000.01"))
        .member("甲", 2).member("乙", 1).build());
    // 70% of 1,000.01 = 700.007 → 700.01; by 2:1 = 466.673… and 233.336…: floors 466.67 + 233.33 = 700.00, the
    // fen left goes to 乙 (remainder 2/3 against 1/3).
    assertThat(r.minimumReward()).contains(Cny.parse("700.01"));
    assertThat(r.split()).extracting(MemberReward::amount).containsExactly(Cny.parse("466.67"), Cny.parse("233.34"));
    assertThat(r.render(org.zhongchuang.policy.text.Language.EN))
        .contains("the binding minimum reward 700.01 yuan is split by weight")
        .contains("700.01 × 2/3 = 466.6733… → 466.67")
        .contains("466.67 + 233.34 = 700.01");
  }
}
