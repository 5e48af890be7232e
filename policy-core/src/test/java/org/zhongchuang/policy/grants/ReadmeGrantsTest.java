package org.zhongchuang.policy.grants;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.Answer;
import org.zhongchuang.policy.catalogue.AwardLevel;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.text.Language;

/**
 * The grants snippets, verbatim between the markers, so that they cannot rot: the matching one in the README, the
 * targets and the floor and leave ones in policy-examples/COMMANDS.md ("How the calculators decide").
 */
class ReadmeGrantsTest {

  @Test
  void matchingSnippet() {
    // README: matching
    MatchingAssessment result = MatchingCalculator.builtIn().assess(MatchingCase.builder()
        .makerSpace(Jurisdiction.JIAXING)
        .award(AwardLevel.NATIONAL, Cny.parse("30万元"), LocalDate.of(2016, 3, 1), "科学技术部")
        .award(AwardLevel.PROVINCIAL, Cny.parse("12.5万元"), LocalDate.of(2017, 7, 15), "浙江省科学技术厅")
        .award(AwardLevel.MUNICIPAL, Cny.parse("5万元"), LocalDate.of(2017, 8, 1), "嘉兴市科学技术局")
        .award(AwardLevel.NATIONAL, Cny.parse("10万元"), LocalDate.of(2021, 6, 1), "科学技术部")
        .build());
    result.matchingAmount();            // 425000.00 — 1:1 on the national and provincial awards
    result.uncertainAmount();           // 100000.00 — dated in 2021, when the repeal date is unknown: not in the total
    result.lines().get(2).reason();     // LEVEL_NOT_ELIGIBLE ("level-not-eligible")
    String zh = result.render(Language.ZH);  // steps, warnings and 嘉政办发〔2015〕90号 五(二) quoted
    // README: end

    assertThat(result.matchingAmount()).isEqualTo(Cny.parse("425000.00"));
    assertThat(result.uncertainAmount()).isEqualTo(Cny.parse("100000.00"));
    assertThat(result.lines().get(2).reason()).isEqualTo(MatchingReason.LEVEL_NOT_ELIGIBLE);
    assertThat(result.lines().get(2).reason().code()).isEqualTo("level-not-eligible");
    assertThat(zh).contains("嘉政办发〔2015〕90号 五(二)", "对于众创空间获得省和国家资金奖励的，给予1:1地方配套支持");
  }

  @Test
  void targetsSnippet() {
    // README: targets
    TargetAssessment report = TargetCalculator.builtIn().assess(TargetCase.of(Jurisdiction.JIAXING,
        Map.of("maker-spaces", 112L, "vc-institutions", 18L)));
    report.attainments().get(0).status();   // MET      (112 ≥ 100, ratio 112/100)
    report.attainments().get(1).status();   // NOT_MET  (18 < 20)
    report.attainments().get(2).status();   // NO_FIGURE — never assumed met
    report.allMet();                        // NO (UNCERTAIN when nothing is missed but a figure is missing)
    // README: end

    assertThat(report.attainments()).extracting(TargetAttainment::status).startsWith(
        TargetStatus.MET, TargetStatus.NOT_MET, TargetStatus.NO_FIGURE);
    assertThat(report.allMet()).isEqualTo(Answer.NO);
    assertThat(report.overall()).isEqualTo(TargetOverall.NOT_MET);
  }

  @Test
  void floorAndLeaveSnippet() {
    // README: floor and leave
    SupportAssessment floor = SupportFloorCalculator.builtIn()
        .assess(SupportCase.of("JX-2015-90/5.1", Cny.parse("48万元"), LocalDate.of(2017, 5, 1)));
    floor.meets();                      // NO (UNCERTAIN when nobody can know whether the clause is in force then)
    floor.shortfall();                  // 20000.00 — "50万元以上" includes 500,000 itself
    LeaveAssessment leave = LeaveCalculator.builtIn()
        .assess(LeaveCase.of(LeaveCalculator.JIAXING_LEAVE, LocalDate.of(2016, 2, 29)));
    leave.lastDay();                    // 2019-02-28 — no 29 February in 2019: the month's last day
    // README: end

    assertThat(floor.meets()).isEqualTo(Answer.NO);
    assertThat(floor.shortfall()).isEqualTo(Cny.ofYuan(20_000));
    assertThat(leave.lastDay()).isEqualTo(LocalDate.of(2019, 2, 28));
  }

  @Test
  void theDocumentsShowExactlyTheseSnippets() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    String reference = Files.readString(Path.of("..", "policy-examples", "COMMANDS.md"));
    List<String> source = Files.readAllLines(
        Path.of("src", "test", "java", "org", "zhongchuang", "policy", "grants", "ReadmeGrantsTest.java"));
    List<String> snippets = new ArrayList<>();
    List<String> current = null;
    for (String line : source) {
      String trimmed = line.strip();
      if (trimmed.equals("// README: end")) {
        snippets.add(String.join("\n", current));
        current = null;
      } else if (current != null) {
        current.add(line.substring(Math.min(4, line.length()))); // the method body's indentation
      } else if (trimmed.startsWith("// README: ")) {
        current = new ArrayList<>();
      }
    }
    assertThat(snippets).hasSize(3);
    assertThat(readme).contains("```java\n" + snippets.get(0) + "\n```");
    for (String snippet : snippets.subList(1, 3)) {
      assertThat(reference).contains("```java\n" + snippet + "\n```");
    }
  }
}
