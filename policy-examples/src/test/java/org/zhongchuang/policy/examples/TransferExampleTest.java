package org.zhongchuang.policy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TransferExampleTest {

  @Test
  void findsTheLanbaiFloorChecksTheProposalAndSplitsItToTheFen() {
    String out = ExampleRun.output(TransferExample::run);
    // The Lanbai 90% is "可按不少于90%": a policy level, not the law's minimum (50%, hard for a state institute).
    assertThat(out).startsWith("legal minimum: 500000.00 (hard)\ncomplies with the law: YES\n"
        + "policy level: 900000.00 (GS-2015/2.10, PERMISSIVE)\nmeets the policy level: NO, short by 100000.00\n"
        + "张三: 342857.14\n李四: 228571.43\n王五: 228571.43\n");
    assertThat(out).contains("甘肃省发展众创空间推进大众创新创业实施方案》 二(十)");
  }
}
