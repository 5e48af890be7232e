package org.zhongchuang.policy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TransferExampleTest {

  @Test
  void findsTheLanbaiFloorChecksTheProposalAndSplitsItToTheFen() {
    String out = ExampleRun.output(TransferExample::run);
    assertThat(out).startsWith("statutory minimum: 50% (hard)\npolicy floor: 90%\nminimum reward: 900000.00\n"
        + "complies: false, shortfall: 100000.00\n张三: 342857.14\n李四: 228571.43\n王五: 228571.43\n");
    assertThat(out).contains("甘肃省发展众创空间推进大众创新创业实施方案》 二(十)");
  }
}
