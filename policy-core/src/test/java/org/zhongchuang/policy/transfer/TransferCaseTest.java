package org.zhongchuang.policy.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.Answer;
import org.zhongchuang.policy.MissingFactsException;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.catalogue.UnitKind;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;

/** A case: what it requires, what it refuses, what it defaults to, and that it is a value. */
class TransferCaseTest {
  private static final LocalDate D = LocalDate.of(2019, 1, 1);

  private static TransferCase.Builder enterprise() {
    return TransferCase.builder().jurisdiction(Jurisdiction.parse("辽宁省")).date(D).unit(UnitKind.ENTERPRISE)
        .mode(TransferMode.TRANSFER_OR_LICENCE).amount(Cny.ofYuan(1_000));
  }

  @Test
  void withoutAModeOnlyTheModeIsMissingNotTheAmount() {
    // The amount is required only once the mode is known not to be equity.
    assertThatThrownBy(() -> TransferCase.builder().jurisdiction(Jurisdiction.parse("辽宁省")).date(D)
        .unit(UnitKind.ENTERPRISE).build())
        .isInstanceOf(MissingFactsException.class)
        .satisfies(e -> assertThat(((MissingFactsException) e).facts()).containsExactly("mode"));
    assertThatThrownBy(() -> TransferCase.builder().build())
        .isInstanceOf(MissingFactsException.class)
        .satisfies(e -> assertThat(((MissingFactsException) e).facts())
            .containsExactly("jurisdiction", "date", "unit", "mode"));
    assertThatThrownBy(() -> TransferCase.builder().jurisdiction(Jurisdiction.parse("辽宁省")).date(D)
        .unit(UnitKind.RESEARCH_INSTITUTE).mode(TransferMode.OWN_IMPLEMENTATION).build())
        .isInstanceOf(MissingFactsException.class)
        .satisfies(e -> assertThat(((MissingFactsException) e).facts())
            .containsExactly("stateEstablished", "amount"));
  }

  @Test
  void aRepeatedNameIsRefusedWhenTheCaseIsBuilt() {
    assertThatThrownBy(() -> enterprise().member("甲", 1).member(" 甲", 2).build())
        .isInstanceOf(PolicyInputException.class).hasMessageContaining("'甲' appears twice");
  }

  @Test
  void accessorsReturnWhatWasGivenAndTheDefaultsWhenNot() {
    TransferCase plain = enterprise().build();
    assertThat(plain.contractProvidesOtherwise()).isFalse();
    assertThat(plain.ownRuleOrAgreement()).isEqualTo(Answer.UNCERTAIN);
    assertThat(plain.nonProfit()).isEqualTo(Answer.UNCERTAIN);
    assertThat(plain.proposedReward()).isEmpty();
    assertThat(plain.team()).isEmpty();
    TransferCase given = enterprise().contractProvidesOtherwise(true).ownRuleOrAgreement(false).nonProfit(false)
        .proposedReward(Cny.ofYuan(600)).member("甲", 1).build();
    assertThat(given.contractProvidesOtherwise()).isTrue();
    assertThat(given.ownRuleOrAgreement()).isEqualTo(Answer.NO);
    assertThat(given.nonProfit()).isEqualTo(Answer.NO);
    assertThat(given.proposedReward()).contains(Cny.ofYuan(600));
    assertThat(given.amount()).contains(Cny.ofYuan(1_000));
    assertThat(given.mode()).isEqualTo(TransferMode.TRANSFER_OR_LICENCE);
    assertThat(given.unit()).isEqualTo(new OwningUnit(UnitKind.ENTERPRISE, Answer.UNCERTAIN, false));
    // 财税〔2018〕58号 counts a state-established unit as non-profit whatever the caller said.
    assertThat(TransferCase.builder().jurisdiction(Jurisdiction.parse("辽宁省")).date(D)
        .unit(UnitKind.UNIVERSITY, true, false).nonProfit(false).mode(TransferMode.TRANSFER_OR_LICENCE)
        .amount(Cny.ofYuan(1)).build().nonProfit()).isEqualTo(Answer.YES);
  }

  @Test
  void equalOnEveryFieldAndNeverEqualToAnotherType() {
    TransferCase a = enterprise().proposedReward(Cny.ofYuan(600)).member("甲", 1).build();
    TransferCase b = enterprise().proposedReward(Cny.ofYuan(600)).member("甲", 1).build();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo("a case").isNotEqualTo(null);
    for (TransferCase other : new TransferCase[] {
        enterprise().proposedReward(Cny.ofYuan(601)).member("甲", 1).build(),
        enterprise().amount(Cny.ofYuan(1_001)).proposedReward(Cny.ofYuan(600)).member("甲", 1).build(),
        enterprise().proposedReward(Cny.ofYuan(600)).member("甲", 2).build(),
        enterprise().proposedReward(Cny.ofYuan(600)).member("甲", 1).contractProvidesOtherwise(true).build(),
        enterprise().proposedReward(Cny.ofYuan(600)).member("甲", 1).ownRuleOrAgreement(true).build(),
        enterprise().proposedReward(Cny.ofYuan(600)).member("甲", 1).nonProfit(true).build(),
        enterprise().date(D.plusDays(1)).proposedReward(Cny.ofYuan(600)).member("甲", 1).build()}) {
      assertThat(a).isNotEqualTo(other);
      assertThat(a.hashCode()).isNotEqualTo(other.hashCode());
    }
  }

  @Test
  void toStringNamesEveryFact() {
    assertThat(enterprise().proposedReward(Cny.ofYuan(600)).ownRuleOrAgreement(false).build().toString())
        .isEqualTo("TransferCase{辽宁省 (210000), 2019-01-01, OwningUnit[kind=ENTERPRISE, stateEstablished=UNCERTAIN,"
            + " provincial=false], TRANSFER_OR_LICENCE, amount=1000.00, proposed=600.00, team=[],"
            + " ownRuleOrAgreement=NO, contractProvidesOtherwise=false, nonProfit=UNCERTAIN}");
  }

  @Test
  void modesHaveTheCodesOfTheCommandLine() {
    assertThat(TransferMode.TRANSFER_OR_LICENCE.code()).isEqualTo("transfer");
    assertThat(TransferMode.INVESTMENT_AS_EQUITY.code()).isEqualTo("equity");
    assertThat(TransferMode.OWN_IMPLEMENTATION.code()).isEqualTo("own-implementation");
  }

  @Test
  void onlyUniversitiesAndInstitutesAreUniversitiesOrInstitutes() {
    assertThat(OwningUnit.of(UnitKind.UNIVERSITY, false, false).isUniversityOrInstitute()).isTrue();
    assertThat(OwningUnit.of(UnitKind.RESEARCH_INSTITUTE, true, false).isUniversityOrInstitute()).isTrue();
    assertThat(OwningUnit.of(UnitKind.ENTERPRISE, true, false).isUniversityOrInstitute()).isFalse();
    assertThat(OwningUnit.of(UnitKind.OTHER, true, true).isUniversityOrInstitute()).isFalse();
  }

  @Test
  void aWeightReadFromTextMustBePositive() {
    assertThatThrownBy(() -> TeamMember.parse("甲", "0")).isInstanceOf(PolicyInputException.class)
        .hasMessageContaining("weight 0");
    assertThatThrownBy(() -> TeamMember.parse("甲", " 0% ")).isInstanceOf(PolicyInputException.class)
        .hasMessageContaining("weight 0%");
    assertThat(TeamMember.parse("甲", "0.01%").weight()).isEqualTo(org.zhongchuang.policy.money.Share.ofFraction(1, 10_000));
    // A member weighted by a share, added through the builder.
    assertThat(enterprise().member("乙", org.zhongchuang.policy.money.Share.percent(30)).build().team())
        .containsExactly(TeamMember.of("乙", org.zhongchuang.policy.money.Share.percent(30)));
  }
}
