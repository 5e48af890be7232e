package org.zhongchuang.policy.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.zhongchuang.policy.catalogue.AwardLevel;
import org.zhongchuang.policy.grants.Award;
import org.zhongchuang.policy.grants.MatchingCalculator;
import org.zhongchuang.policy.grants.MatchingLine;
import org.zhongchuang.policy.grants.MatchingAssessment;
import org.zhongchuang.policy.grants.MatchingCase;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.text.Language;

/**
 * The matching calculator: a Jiaxing maker space's awards matched 1:1 where the rule says so (嘉政办发〔2015〕90号
 * 五(二)), line by line. {@code MatchingExampleTest} runs it.
 */
public final class MatchingExample {
  private MatchingExample() {}

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
    LocalDate day = LocalDate.of(2016, 6, 1);
    List<Award> awards = List.of(
        Award.of(AwardLevel.NATIONAL, Cny.parse("50万"), day, "科学技术部"),
        Award.of(AwardLevel.PROVINCIAL, Cny.parse("30万"), day, "浙江省科学技术厅"),
        Award.of(AwardLevel.MUNICIPAL, Cny.parse("20万"), day, "嘉兴市科学技术局"));
    MatchingAssessment result = MatchingCalculator.builtIn()
        .assess(MatchingCase.of(Jurisdiction.parse("嘉兴市"), awards));

    out.println("matching owed: " + result.matchingAmount());
    for (MatchingLine line : result.lines()) {
      out.println(line.award().level() + " " + line.award().amount() + " -> " + line.matched() + " ("
          + line.reason().code() + ")");
    }
    out.println(result.render(Language.ZH));
  }
}
