package org.zhongchuang.policy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GrantsExamplesTest {

  @Test
  void matchingExampleMatchesNationalAndProvincialAwardsOnly() {
    String out = ExampleRun.output(MatchingExample::run);
    assertThat(out.lines()).first().isEqualTo("matching owed: 800000.00");
    assertThat(out).contains("NATIONAL 500000.00 -> 500000.00 (matched)")
        .contains("PROVINCIAL 300000.00 -> 300000.00 (matched)")
        .contains("MUNICIPAL 200000.00 -> 0.00 (level-not-eligible)")
        .contains("嘉政办发〔2015〕90号 五(二)");
  }

  @Test
  void grantsExampleChecksTheFloorTheTargetsAndTheLeave() {
    String out = ExampleRun.output(GrantsExample::run);
    assertThat(out).contains("start-up support meets the floor of 500000.00: NO, shortfall 1000.00")
        .contains("maker-spaces ≥ 100: MET").contains("incubated-enterprises ≥ 5000: NOT_MET")
        .contains("overall: NOT_MET; all met: NO")
        .contains("leave from 2016-03-01 keeps the personnel relationship until 2019-03-01");
  }
}
