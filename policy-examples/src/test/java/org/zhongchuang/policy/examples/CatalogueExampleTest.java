package org.zhongchuang.policy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CatalogueExampleTest {

  @Test
  void printsExactAmountsTheCitationTheUncertainDateAndTheModifiedProvision() {
    String out = ExampleRun.output(CatalogueExample::run);
    assertThat(out.lines()).first().isEqualTo("250000.00 × 10% = 25000.00");
    assertThat(out).contains("JX-2015-90/5.2: 对获得").contains("(1.00)")
        .contains("嘉政办发〔2015〕90号 五(二)（嘉兴市人民政府办公室，2015-12-01）：“对于众创空间获得省和国家资金奖励的，给予1:1地方配套支持。")
        .contains("UNCERTAIN: whether 2021-06-01 is in force cannot be known")
        .contains("CN-EIT-REG-92 中华人民共和国国务院令第512号 第九十二条 (modified): income ceiling set to 500,000");
  }
}
