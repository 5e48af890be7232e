package org.zhongchuang.policy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IncubatorExampleTest {

  @Test
  void exemptFromTheMonthAfterRecognitionAndTheVatUncertain() {
    String out = ExampleRun.output(IncubatorExample::run);
    assertThat(out.lines()).startsWith("exempt: yes",
        "property-tax: given 120000.00, exempt 90000.00, uncertain 0.00, due 30000.00 (at most 30000.00)",
        "vat: given 24000.00, exempt 0.00, uncertain 18000.00, due 6000.00 (at most 24000.00)",
        "VAT 2020-01..2020-02: no [NOT_YET_RECOGNISED]",
        "VAT 2020-03..2020-03: no [RECOGNITION_MONTH]",
        "VAT 2020-04..2020-12: uncertain [CONDITIONS_NOT_STATED]");
    assertThat(out).contains("《甘肃省发展众创空间推进大众创新创业实施方案》 二(四) says");
  }
}
