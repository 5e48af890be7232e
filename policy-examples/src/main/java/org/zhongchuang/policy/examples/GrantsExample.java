package org.zhongchuang.policy.examples;

import com.google.common.collect.ImmutableMap;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.zhongchuang.policy.grants.LeaveAssessment;
import org.zhongchuang.policy.grants.LeaveCalculator;
import org.zhongchuang.policy.grants.LeaveCase;
import org.zhongchuang.policy.grants.SupportAssessment;
import org.zhongchuang.policy.grants.SupportCase;
import org.zhongchuang.policy.grants.SupportFloorCalculator;
import org.zhongchuang.policy.grants.TargetAssessment;
import org.zhongchuang.policy.grants.TargetAttainment;
import org.zhongchuang.policy.grants.TargetCalculator;
import org.zhongchuang.policy.grants.TargetCase;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.text.Language;

/**
 * The other grants calculators: Jiaxing's start-up support floor (五(一)), Jilin's 2020 targets (一(三)) against
 * figures, and the last day of Jiaxing's leave to found a company (四(四)). {@code GrantsExampleTest} runs it.
 */
public final class GrantsExample {
  private GrantsExample() {}

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
    SupportAssessment startUp = SupportFloorCalculator.builtIn()
        .assess(SupportCase.of("JX-2015-90/5.1", Cny.parse("49.9万"), LocalDate.of(2016, 6, 1)));
    out.println("start-up support meets the floor of " + startUp.floor() + ": " + startUp.meets()
        + ", shortfall " + startUp.shortfall());

    // Figures invented for the example.
    TargetAssessment targets = TargetCalculator.builtIn().assess(TargetCase.of(Jurisdiction.parse("吉林省"),
        ImmutableMap.of("maker-spaces", 120L, "incubated-enterprises", 4_800L)));
    for (TargetAttainment t : targets.attainments()) {
      out.println(t.target().metric() + " ≥ " + t.target().threshold() + ": " + t.status());
    }
    out.println("overall: " + targets.overall() + "; all met: " + targets.allMet());

    LeaveAssessment leave = LeaveCalculator.builtIn()
        .assess(LeaveCase.of(LeaveCalculator.JIAXING_LEAVE, LocalDate.of(2016, 3, 1)));
    out.println("leave from 2016-03-01 keeps the personnel relationship until " + leave.lastDay());
    out.println(leave.render(Language.EN));
  }
}
