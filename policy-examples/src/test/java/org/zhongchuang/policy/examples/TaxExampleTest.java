package org.zhongchuang.policy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TaxExampleTest {

  @Test
  void splitsJiaxings2015AndAnswersTheWhatIf() {
    String out = ExampleRun.output(TaxExample::run);
    assertThat(out.lines()).first().isEqualTo("eligible: true, tax due: 43750.00, relief: 18750.00");
    assertThat(out).contains("62500.00 × 50% × 20% = 6250.00  CN-CS-2015-99")
        .contains("187500.00 × 100% × 20% = 37500.00  CN-EIT-28-1")
        .contains("Steps:").contains("国家税务总局公告2015年第61号 第五条（二）")
        .contains("what if: eligible: false, tax due: 62500.00")
        .contains("warning: 中华人民共和国国务院令第512号 第九十二条 is modified: income ceiling set to 200,000");
  }
}
