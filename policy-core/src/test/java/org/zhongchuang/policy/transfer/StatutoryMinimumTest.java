package org.zhongchuang.policy.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.catalogue.UnitKind;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.text.Language;

/** The national statutory minimums: 1996 law (20%) until 2015-09-30, 2015 law 第四十五条 from 2015-10-01. */
class StatutoryMinimumTest {
  private static final TransferRewardCalculator CALC = TransferRewardCalculator.builtIn();
  private static final LocalDate N1996_FIRST = LocalDate.of(1996, 10, 1);
  private static final LocalDate N2015_FIRST = LocalDate.of(2015, 10, 1);

  static TransferCase.Builder liaoning(LocalDate date, TransferMode mode) {
    return TransferCase.builder().jurisdiction(Jurisdiction.LIAONING).date(date)
        .unit(UnitKind.UNIVERSITY, true, false).mode(mode).amount(Cny.ofYuan(1_000_000));
  }

  private static TransferRewardAssessment assess(LocalDate date, TransferMode mode) {
    return CALC.assess(liaoning(date, mode).build());
  }

  @Test
  void n1996OnItsFirstDayIsTwentyPercentOfNetIncome() {
    TransferRewardAssessment r = assess(N1996_FIRST, TransferMode.TRANSFER_OR_LICENCE);
    assertThat(r.statutoryMinimum().orElseThrow().provision().id()).isEqualTo("N-1996");
    assertThat(r.statutoryMinimumShare()).contains(Share.percent(20));
    assertThat(r.minimumReward()).contains(Cny.ofYuan(200_000));
    // Its wording is secondary: results say so.
    assertThat(r.warnings()).anySatisfy(w -> assertThat(w.description(Language.EN)).contains("N-1996 is SECONDARY"));
  }

  @Test
  void theDayBefore1996IsRefusedSayingWhatIsKnown() {
    assertThatThrownBy(() -> assess(N1996_FIRST.minusDays(1), TransferMode.TRANSFER_OR_LICENCE))
        .isInstanceOf(DateNotCoveredException.class)
        .hasMessageContaining("1996-09-30")
        .hasMessageContaining("from 1996-10-01")
        .hasMessageContaining("N-1996")
        .satisfies(e -> assertThat(((DateNotCoveredException) e).firstKnown()).isEqualTo(N1996_FIRST));
    assertThatThrownBy(() -> assess(LocalDate.of(1980, 1, 1), TransferMode.OWN_IMPLEMENTATION))
        .isInstanceOf(DateNotCoveredException.class);
  }

  @Test
  void n1996OnItsLastDayThenN2015OnItsFirst() {
    TransferRewardAssessment before = assess(N2015_FIRST.minusDays(1), TransferMode.TRANSFER_OR_LICENCE);
    assertThat(before.statutoryMinimumShare()).contains(Share.percent(20));
    assertThat(before.statutoryMinimumIsHard()).isFalse();
    TransferRewardAssessment first = assess(N2015_FIRST, TransferMode.TRANSFER_OR_LICENCE);
    assertThat(first.statutoryMinimum().orElseThrow().provision().id()).isEqualTo("N-2015-1");
    assertThat(first.statutoryMinimumShare()).contains(Share.percent(50));
    assertThat(first.minimumReward()).contains(Cny.ofYuan(500_000));
    assertThat(first.citations()).extracting(c -> c.clause())
        .contains("第四十五条第一款第（一）项", "第四十五条第二款");
  }

  @Test
  void equityHasNoKnownStatutoryMinimumBefore2015AndHalfTheSharesFrom() {
    TransferRewardAssessment before = assess(N2015_FIRST.minusDays(1), TransferMode.INVESTMENT_AS_EQUITY);
    assertThat(before.statutoryMinimum()).isEmpty();
    assertThat(before.bindingShare()).isEmpty();
    assertThat(before.minimumReward()).isEmpty();
    assertThat(before.warnings()).anySatisfy(w -> assertThat(w.description(Language.EN))
        .contains("no statutory minimum is known for investment as equity on 2015-09-30")
        .contains("N-1996"));

    TransferRewardAssessment first = assess(N2015_FIRST, TransferMode.INVESTMENT_AS_EQUITY);
    assertThat(first.statutoryMinimum().orElseThrow().provision().id()).isEqualTo("N-2015-2");
    assertThat(first.statutoryMinimumShare()).contains(Share.percent(50));
    assertThat(first.minimumReward()).contains(Cny.ofYuan(500_000));
  }

  @Test
  void equityWithoutAValueGivesTheShareOfTheSharesOnly() {
    TransferRewardAssessment r = CALC.assess(TransferCase.builder().jurisdiction(Jurisdiction.LIAONING)
        .date(N2015_FIRST).unit(UnitKind.ENTERPRISE, false, false).mode(TransferMode.INVESTMENT_AS_EQUITY).build());
    assertThat(r.netIncome()).isEmpty();
    assertThat(r.bindingShare()).contains(Share.percent(50));
    assertThat(r.minimumReward()).isEmpty();
    assertThat(r.explanation().render(Language.EN)).contains("50% of the shares or capital contribution formed");
  }

  @Test
  void ownImplementationIsFivePercentOfEachYearsProfitForThreeToFiveYears() {
    TransferRewardAssessment before = assess(N2015_FIRST.minusDays(1), TransferMode.OWN_IMPLEMENTATION);
    assertThat(before.statutoryMinimum()).isEmpty();
    assertThat(before.rewardYears()).isEmpty();

    TransferRewardAssessment first = assess(N2015_FIRST, TransferMode.OWN_IMPLEMENTATION);
    assertThat(first.statutoryMinimum().orElseThrow().provision().id()).isEqualTo("N-2015-3");
    assertThat(first.statutoryMinimumShare()).contains(Share.percent(5));
    assertThat(first.minimumReward()).contains(Cny.ofYuan(50_000));
    assertThat(first.rewardYears()).contains(new RewardYears(3, 5));
    assertThat(first.explanation().render(Language.ZH)).contains("每年最低奖励（投产后连续3至5年）");
  }

  @Test
  void hardOnlyForStateEstablishedUniversitiesAndInstitutes() {
    for (UnitKind kind : UnitKind.values()) {
      for (boolean isPublic : new boolean[] {true, false}) {
        TransferRewardAssessment r = CALC.assess(liaoning(N2015_FIRST, TransferMode.TRANSFER_OR_LICENCE)
            .unit(kind, isPublic, false).build());
        boolean expected = isPublic && (kind == UnitKind.UNIVERSITY || kind == UnitKind.RESEARCH_INSTITUTE);
        assertThat(r.statutoryMinimumIsHard()).as("%s public=%s", kind, isPublic).isEqualTo(expected);
        assertThat(r.citations()).as("%s public=%s", kind, isPublic)
            .extracting(c -> c.clause()).contains("第四十五条第一款第（一）项");
        assertThat(r.citations().stream().anyMatch(c -> c.clause().equals("第四十五条第二款")))
            .isEqualTo(expected);
        assertThat(r.explanation().render(Language.EN))
            .contains(expected ? "a hard minimum for this unit" : "a default for this unit");
      }
    }
  }

  @Test
  void theStatuteAttachesTheWageNote() {
    assertThat(assess(N2015_FIRST, TransferMode.TRANSFER_OR_LICENCE).sideNotes())
        .anySatisfy(n -> assertThat(n.zh()).contains("不纳入工资总额基数"));
  }

  @Test
  void chinaAndLiaoningHaveNoLocalFloor() {
    for (Jurisdiction j : new Jurisdiction[] {Jurisdiction.CHINA, Jurisdiction.LIAONING}) {
      for (LocalDate d : new LocalDate[] {LocalDate.of(2015, 6, 8), LocalDate.of(2015, 12, 1), LocalDate.of(2020, 1, 1)}) {
        TransferRewardAssessment r = CALC.assess(liaoning(d, TransferMode.TRANSFER_OR_LICENCE).jurisdiction(j).build());
        assertThat(r.policyFloor()).isEmpty();
        assertThat(r.uncertainPolicyFloor()).isEmpty();
        assertThat(r.bindingShare()).isEqualTo(r.statutoryMinimumShare());
        assertThat(r.explanation().render(Language.EN)).contains("the national statutory standard alone applies");
      }
    }
  }
}
