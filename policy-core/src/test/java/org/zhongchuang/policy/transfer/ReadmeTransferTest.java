package org.zhongchuang.policy.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.Answer;
import org.zhongchuang.policy.catalogue.UnitKind;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.text.Language;

/** The README's transfer-rewards snippet, verbatim. */
class ReadmeTransferTest {

  @Test
  void snippet() {
    TransferRewardCalculator calculator = TransferRewardCalculator.builtIn();
    TransferRewardAssessment r = calculator.assess(TransferCase.builder()
        .jurisdiction(Jurisdiction.parse("吉林省"))
        .date(LocalDate.of(2016, 6, 1))
        .unit(UnitKind.UNIVERSITY)                    // required: university, research institute, enterprise, other
        .stateEstablished(true)                       // required for universities and research institutes
        .mode(TransferMode.TRANSFER_OR_LICENCE)       // or INVESTMENT_AS_EQUITY, OWN_IMPLEMENTATION
        .amount(Cny.parse("100万元"))                  // net licence income
        .proposedReward(Cny.parse("60万元"))
        .mainContributor("张三", 3).member("李四", 2).member("王五", 1)
        .build());
    r.minimumReward();            // 500000.00  the legal minimum: 第四十五条, hard for a state-established university
    r.complies();                 // YES        it complies with the law
    r.policyFloorReward();        // 700000.00  吉政办发〔2015〕31号 二(二): "可以…提高到不低于７０％", permissive
    r.meetsPolicyFloor();         // NO
    r.policyFloorShortfall();     // 100000.00  short of the provincial policy level, which is not unlawful
    r.split();                    // 张三 300000.00, 李四 200000.00, 王五 100000.00 (of the proposed 600,000.00)
    r.mainContributors();         // YES: 张三, marked a main contributor, receives 50% (国发〔2016〕16号 二（六）3)
    r.render(Language.ZH);        // both answers, the steps with their numbers, warnings, citations quoted in full

    assertThat(r.minimumReward()).contains(Cny.parse("500000.00"));
    assertThat(r.statutoryMinimumShare()).contains(Share.percent(50));
    assertThat(r.statutoryMinimumIsHard()).isTrue();
    assertThat(r.complies()).contains(Answer.YES);
    assertThat(r.policyFloorReward()).contains(Cny.parse("700000.00"));
    assertThat(r.meetsPolicyFloor()).contains(Answer.NO);
    assertThat(r.policyFloorShortfall()).contains(Cny.parse("100000.00"));
    assertThat(r.split()).extracting(m -> m.name() + " " + m.amount())
        .containsExactly("张三 300000.00", "李四 200000.00", "王五 100000.00");
    assertThat(r.mainContributors().orElseThrow().answer()).contains(Answer.YES);
    assertThat(r.render(Language.ZH)).contains("符合法律规定").contains("1,000,000.00 × 70% = 700,000.00");
  }
}
