package org.zhongchuang.policy.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.catalogue.UnitKind;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.text.Language;

/** The README's transfer-rewards snippet, verbatim, and every row of its table. */
class ReadmeTransferTest {

  @Test
  void snippet() {
    TransferRewardCalculator calculator = TransferRewardCalculator.builtIn();
    TransferRewardAssessment r = calculator.assess(TransferCase.builder()
        .jurisdiction(Jurisdiction.parse("吉林省"))
        .date(LocalDate.of(2016, 3, 1))
        .unit(UnitKind.UNIVERSITY, true, false)       // kind, set up by the state / public funds, provincially owned
        .mode(TransferMode.TRANSFER_OR_LICENCE)       // or INVESTMENT_AS_EQUITY, OWN_IMPLEMENTATION
        .amount(Cny.parse("100万元"))                  // net licence income
        .proposedReward(Cny.parse("60万元"))
        .member("张三", 3).member("李四", 2).member("王五", 1)
        .build());
    r.statutoryMinimumShare();    // 50%  促进科技成果转化法 第四十五条第一款第（一）项
    r.statutoryMinimumIsHard();   // true 第四十五条第二款: a state-established university may not go below it
    r.policyFloorShare();         // 70%  吉政办发〔2015〕31号 二(二)
    r.minimumReward();            // 700000.00 = 1,000,000.00 × max(50%, 70%), rounded half-up once
    r.complies();                 // false
    r.shortfall();                // 100000.00
    r.split();                    // 张三 300000.00, 李四 200000.00, 王五 100000.00 (of the proposed 600,000.00)
    r.render(Language.ZH);        // the steps with their numbers, warnings, citations quoted in full, side notes

    assertThat(r.statutoryMinimumShare()).contains(Share.percent(50));
    assertThat(r.statutoryMinimumIsHard()).isTrue();
    assertThat(r.policyFloorShare()).contains(Share.percent(70));
    assertThat(r.minimumReward()).contains(Cny.parse("700000.00"));
    assertThat(r.complies()).contains(false);
    assertThat(r.shortfall()).contains(Cny.parse("100000.00"));
    assertThat(r.split()).extracting(m -> m.name() + " " + m.amount())
        .containsExactly("张三 300000.00", "李四 200000.00", "王五 100000.00");
    assertThat(r.citations()).extracting(c -> c.reference()).contains("吉政办发〔2015〕31号 二(二)");
    assertThat(r.render(Language.ZH)).contains("1,000,000.00 × 70% = 700,000.00").contains("引用条款");
  }

  private static Optional<Cny> minimum(Jurisdiction where, String date, UnitKind kind, boolean provincial,
      TransferMode mode, boolean contract) {
    return TransferRewardCalculator.builtIn().assess(TransferCase.builder().jurisdiction(where)
        .date(LocalDate.parse(date)).unit(kind, true, provincial).mode(mode).amount(Cny.ofYuan(1_000_000))
        .contractProvidesOtherwise(contract).build()).minimumReward();
  }

  private static Optional<Cny> minimum(Jurisdiction where, String date, UnitKind kind) {
    return minimum(where, date, kind, false, TransferMode.TRANSFER_OR_LICENCE, false);
  }

  @Test
  void table() {
    UnitKind uni = UnitKind.UNIVERSITY;
    assertThat(minimum(Jurisdiction.LIAONING, "2015-09-30", uni)).contains(Cny.ofYuan(200_000));
    assertThat(minimum(Jurisdiction.CHINA, "2015-09-30", uni)).contains(Cny.ofYuan(200_000));
    assertThat(minimum(Jurisdiction.LIAONING, "2015-10-01", uni)).contains(Cny.ofYuan(500_000));
    assertThat(minimum(Jurisdiction.LIAONING, "2015-10-01", uni, false, TransferMode.INVESTMENT_AS_EQUITY, false))
        .contains(Cny.ofYuan(500_000));
    assertThat(minimum(Jurisdiction.LIAONING, "2015-10-01", uni, false, TransferMode.OWN_IMPLEMENTATION, false))
        .contains(Cny.ofYuan(50_000));
    assertThat(minimum(Jurisdiction.LIAONING, "2015-09-30", uni, false, TransferMode.OWN_IMPLEMENTATION, false))
        .isEmpty();
    assertThat(minimum(Jurisdiction.JILIN, "2015-06-08", UnitKind.ENTERPRISE)).contains(Cny.ofYuan(700_000));
    assertThat(minimum(Jurisdiction.JILIN, "2015-06-07", UnitKind.ENTERPRISE)).contains(Cny.ofYuan(200_000));
    assertThat(minimum(Jurisdiction.GANSU, "2015-12-31", UnitKind.RESEARCH_INSTITUTE)).contains(Cny.ofYuan(500_000));
    assertThat(minimum(Jurisdiction.LANBAI, "2015-12-31", UnitKind.RESEARCH_INSTITUTE))
        .contains(Cny.ofYuan(900_000));
    assertThat(minimum(Jurisdiction.JIAXING, "2015-12-01", UnitKind.OTHER, true, TransferMode.TRANSFER_OR_LICENCE,
        false)).contains(Cny.ofYuan(700_000));
    assertThat(minimum(Jurisdiction.JIAXING, "2020-12-31", uni, true, TransferMode.TRANSFER_OR_LICENCE, false))
        .contains(Cny.ofYuan(700_000));
    assertThat(minimum(Jurisdiction.JIAXING, "2015-12-01", uni, true, TransferMode.TRANSFER_OR_LICENCE, true))
        .contains(Cny.ofYuan(500_000));
  }
}
