package org.zhongchuang.policy.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.zhongchuang.policy.catalogue.UnitKind;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.transfer.MemberReward;
import org.zhongchuang.policy.transfer.TransferCase;
import org.zhongchuang.policy.transfer.TransferMode;
import org.zhongchuang.policy.transfer.TransferRewardAssessment;
import org.zhongchuang.policy.transfer.TransferRewardCalculator;

/**
 * The results-transfer reward calculator: a Lanbai research institute's minimum reward (甘肃省实施方案 二(十)), a
 * proposal checked against it, and the reward split among a team to the fen. {@code TransferExampleTest} runs it.
 */
public final class TransferExample {
  private TransferExample() {}

  /** Prints the example to standard output, as UTF-8. */
  public static void main(String[] args) {
    run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /**
   * Runs the example.
   *
   * @param out where to print, not null
   */
  public static void run(PrintStream out) {
    TransferCase transfer = TransferCase.builder()
        .jurisdiction(Jurisdiction.parse("lanbai"))
        .date(LocalDate.of(2016, 6, 1))
        .unit(UnitKind.RESEARCH_INSTITUTE, true, false)
        .mode(TransferMode.TRANSFER_OR_LICENCE)
        .amount(Cny.parse("100万"))
        .proposedReward(Cny.parse("80万"))
        .member("张三", 3)
        .member("李四", 2)
        .member("王五", 2)
        .build();
    TransferRewardAssessment reward = TransferRewardCalculator.builtIn().assess(transfer);

    out.println("legal minimum: " + reward.minimumReward().orElseThrow()
        + (reward.statutoryMinimumIsHard() ? " (hard)" : ""));
    out.println("complies with the law: " + reward.complies().orElseThrow());
    out.println("policy level: " + reward.policyFloorReward().orElseThrow() + " ("
        + reward.policyFloor().orElseThrow().provision().id() + ", " + reward.policyFloorForce().orElseThrow() + ")");
    out.println("meets the policy level: " + reward.meetsPolicyFloor().orElseThrow() + ", short by "
        + reward.policyFloorShortfall().orElseThrow());
    for (MemberReward member : reward.split()) {
      out.println(member.name() + ": " + member.amount());
    }
    out.println(reward.render(Language.EN));
  }
}
