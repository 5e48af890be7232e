package org.zhongchuang.policy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhongchuang.policy.examples.cli.CliRun.objects;
import static org.zhongchuang.policy.examples.cli.CliRun.run;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TargetsCommandTest {
  private static long number(Object json) {
    return ((java.math.BigDecimal) json).longValueExact();
  }

  private static Map<String, Object> target(List<Map<String, Object>> targets, String metric) {
    return targets.stream().filter(t -> metric.equals(t.get("metric"))).findFirst().orElseThrow();
  }

  @Test
  void withoutFiguresItListsThePlacesTargetsWithTheirMetricNames() {
    String zh = run("targets", "--jurisdiction", "嘉兴").assertSucceeded().out();
    assertThat(zh).startsWith("发展目标：嘉兴市 (330400)，共 7 项")
        .contains("  maker-spaces  众创空间等新型创业服务平台 ≥ 100 家（到 2020 年）  嘉政办发〔2015〕90号 二(一)")
        .contains("  vc-funds-yuan  创业投资机构管理资金规模 ≥ 10,000,000,000 元")
        .contains("--actual maker-spaces=120");
    Map<String, Object> json = run("targets", "--jurisdiction", "jiaxing", "--json").json();
    assertThat(json.get("overall")).isEqualTo("incomplete");
    assertThat(json.get("allMet")).isEqualTo("uncertain");
    List<Map<String, Object>> targets = objects(json.get("targets"));
    assertThat(targets).hasSize(7).allSatisfy(t -> {
      assertThat(t.get("status")).isEqualTo("no-figure");
      assertThat(t.get("actual")).isNull();
      assertThat(t.get("ratio")).isNull();
    });
    assertThat(number(target(targets, "mentors").get("threshold"))).isEqualTo(500);
    assertThat(number(target(targets, "mentors").get("deadline"))).isEqualTo(2020);
    assertThat(target(targets, "mentors").get("unit")).isEqualTo("人");
  }

  @Test
  void aTargetIsMetFromItsThresholdOn() {
    for (String[] c : new String[][] {{"99", "not-met", "0.99", "99%"}, {"100", "met", "1.00", "100%"},
        {"101", "met", "1.01", "101%"}}) {
      Map<String, Object> json = run("targets", "--jurisdiction", "jiaxing", "--actual", "maker-spaces=" + c[0],
          "--json").json();
      Map<String, Object> spaces = target(objects(json.get("targets")), "maker-spaces");
      assertThat(number(spaces.get("actual"))).isEqualTo(Long.parseLong(c[0]));
      assertThat(spaces.get("status")).as(c[0]).isEqualTo(c[1]);
      assertThat(spaces.get("ratio")).isEqualTo(c[2]);
      assertThat(spaces.get("ratioPercent")).isEqualTo(c[3]);
      // Six targets have no figure: a miss is certain, a meeting of all is not.
      assertThat(json.get("overall")).isEqualTo(c[1].equals("met") ? "incomplete" : "not-met");
    }
  }

  @Test
  void allFiguresAtTheirThresholdsMeetEveryTarget() {
    Map<String, Object> json = run("targets", "--jurisdiction", "吉林省", "--actual", "maker-spaces=100",
        "--actual", "incubated-enterprises=5,000", "--actual", "makers=1万", "--actual", "graduated-enterprises=1000",
        "--json", "--lang", "en").json();
    assertThat(json.get("overall")).isEqualTo("all-met");
    assertThat(json.get("allMet")).isEqualTo("yes");
    assertThat(json.get("overallText")).asString().isNotBlank();
    Map<?, ?> input = (Map<?, ?>) json.get("input");
    assertThat(objects(input.get("actual")).get(2).get("metric")).isEqualTo("makers");
    assertThat(number(objects(input.get("actual")).get(2).get("value"))).isEqualTo(10_000);
  }

  @Test
  void metricsMayBeNamedInChineseAndLargeFiguresWrittenWithWanAndYi() {
    Map<String, Object> json = run("targets", "--jurisdiction", "jiaxing", "--actual", "创业导师=499",
        "--actual", "vc-funds-yuan=100亿", "--actual", "innovation-talents=５万", "--json").json();
    List<Map<String, Object>> targets = objects(json.get("targets"));
    assertThat(target(targets, "mentors").get("status")).isEqualTo("not-met");
    assertThat(target(targets, "mentors").get("ratio")).isEqualTo("0.998");
    assertThat(number(target(targets, "vc-funds-yuan").get("actual"))).isEqualTo(10_000_000_000L);
    assertThat(target(targets, "vc-funds-yuan").get("status")).isEqualTo("met");
    assertThat(number(target(targets, "innovation-talents").get("actual"))).isEqualTo(50_000);
    String text = run("targets", "--jurisdiction", "jiaxing", "--actual", "mentors=499").assertSucceeded().out();
    assertThat(text).contains("创业导师 ≥ 500 人（到 2020 年）：实际 499，为目标的 99.8%，未达到").contains("总体：");
  }

  @Test
  void aRatioThatDoesNotEndIsAFraction() {
    Map<String, Object> json = run("targets", "--jurisdiction", "jiaxing", "--actual", "vc-institutions=7",
        "--json").json();
    Map<String, Object> vc = target(objects(json.get("targets")), "vc-institutions");
    assertThat(vc.get("ratio")).isEqualTo("0.35");
    assertThat(vc.get("ratioPercent")).isEqualTo("35%");
    // 1 of 3,000 technology SMEs: 1/3000, no decimal ends.
    json = run("targets", "--jurisdiction", "jiaxing", "--actual", "tech-smes=1", "--json").json();
    Map<String, Object> smes = target(objects(json.get("targets")), "tech-smes");
    assertThat(smes.get("ratio")).isEqualTo("1/3000");
    assertThat(smes.get("ratioPercent")).isEqualTo("0.03333…%");
    json = run("targets", "--jurisdiction", "jilin", "--actual", "makers=1", "--json").json();
    assertThat(target(objects(json.get("targets")), "makers").get("ratio")).isEqualTo("0.0001");
  }

  @Test
  void refusesNamingTheOption() {
    assertThat(run("targets", "--jurisdiction", "haining").assertRefused("--jurisdiction").err())
        .contains("330400");
    assertThat(run("targets", "--jurisdiction", "jiaxing", "--actual", "makers=1").assertRefused("--actual").err())
        .contains("maker-spaces");
    run("targets", "--jurisdiction", "jiaxing", "--actual", "mentors=1", "--actual", "创业导师=2")
        .assertRefused("--actual");
    run("targets", "--jurisdiction", "jiaxing", "--actual", "mentors=1.5").assertRefused("--actual");
    run("targets", "--jurisdiction", "jiaxing", "--actual", "mentors=-1").assertRefused("--actual");
    run("targets", "--jurisdiction", "jiaxing", "--actual", "mentors").assertRefused("--actual");
    run("targets", "--jurisdiction", "jiaxing", "--actual", "mentors=99999999999999999999")
        .assertRefused("--actual");
    run("targets").assertRefused("--jurisdiction");
  }
}
