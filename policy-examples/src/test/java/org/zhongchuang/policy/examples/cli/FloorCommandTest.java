package org.zhongchuang.policy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhongchuang.policy.examples.cli.CliRun.run;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FloorCommandTest {
  private static Map<String, Object> floor(String proposed, String date, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("floor", "--jurisdiction", "jiaxing", "--date", date,
        "--proposed", proposed, "--json"));
    args.addAll(List.of(more));
    return run(args.toArray(String[]::new)).json();
  }

  @Test
  void theFloorOf500000IsInclusiveToTheFen() {
    Map<String, Object> below = floor("499,999.99", "2016-06-01");
    assertThat(below.get("floor")).isEqualTo("500000.00");
    assertThat(below.get("meets")).isEqualTo("no");
    assertThat(below.get("shortfall")).isEqualTo("0.01");
    assertThat(below.get("provision")).isEqualTo(Map.of("id", "JX-2015-90/5.1", "document", "嘉政办发〔2015〕90号",
        "clause", "五(一)"));
    Map<String, Object> at = floor("50万", "2016-06-01");
    assertThat(at.get("proposed")).isEqualTo("500000.00");
    assertThat(at.get("meets")).isEqualTo("yes");
    assertThat(at.get("shortfall")).isEqualTo("0.00");
    Map<String, Object> above = floor("500000.01", "2016-06-01");
    assertThat(above.get("meets")).isEqualTo("yes");
    assertThat(above.get("shortfall")).isEqualTo("0.00");
    assertThat(above.get("inForce")).isEqualTo("yes");
    assertThat(floor("0", "2016-06-01").get("shortfall")).isEqualTo("500000.00");
  }

  @Test
  void theInputIsEchoedAndTheClauseIsFoundForAPlaceWithinJiaxing() {
    Map<String, Object> json = run("floor", "--jurisdiction", "海宁市", "--date", "2016-06-01", "--proposed", "60万",
        "--json").json();
    assertThat(json.get("jurisdiction")).isEqualTo(Map.of("code", "330481", "name", "海宁市"));
    Map<?, ?> input = (Map<?, ?>) json.get("input");
    assertThat(input.get("jurisdiction")).isEqualTo(Map.of("code", "330481", "name", "海宁市"));
    assertThat(input.get("date")).isEqualTo("2016-06-01");
    assertThat(input.get("proposed")).isEqualTo("600000.00");
    assertThat(((Map<?, ?>) json.get("input")).get("provision")).isNull();
    Map<String, Object> named = run("floor", "--provision", "JX-2015-90/5.1", "--date", "2016-06-01", "--proposed",
        "60万", "--json").json();
    assertThat(named.get("jurisdiction")).isEqualTo(Map.of("code", "330400", "name", "嘉兴市"));
  }

  @Test
  void inTheYearOfTheRepealTheAnswerIsUncertainWithBothReadings() {
    Map<String, Object> json = floor("499,999.99", "2021-06-01", "--lang", "en");
    assertThat(json.get("inForce")).isEqualTo("uncertain");
    assertThat(json.get("meets")).isEqualTo("uncertain");
    assertThat(json.get("meetsIfInForce")).isEqualTo(false);
    assertThat(json.get("shortfall")).isEqualTo("0.01");
    assertThat((List<?>) json.get("warnings")).anySatisfy(w -> assertThat(w).asString().contains("not relied on"));
  }

  @Test
  void theReportIsChineseByDefaultAndEnglishOnRequest() {
    String zh = run("floor", "--jurisdiction", "jiaxing", "--date", "2016-06-01", "--proposed", "499999.99")
        .assertSucceeded().out();
    assertThat(zh).startsWith("支持金额下限：嘉兴市 (330400)，2016-06-01")
        .contains("条款：嘉政办发〔2015〕90号 五(一)，启动资金支持（一事一议）不少于 500,000.00 元")
        .contains("拟支持金额：499,999.99 元").contains("达到下限：否，差 0.01 元").contains("引用条款：");
    String en = run("floor", "--jurisdiction", "jiaxing", "--date", "2016-06-01", "--proposed", "500000",
        "--lang", "en").assertSucceeded().out();
    assertThat(en).startsWith("Support floor: Jiaxing (330400), 2016-06-01").contains("Meets the floor: yes\n")
        .doesNotContain("short by");
  }

  @Test
  void refusesNamingTheOption() {
    assertThat(run("floor", "--jurisdiction", "hangzhou", "--date", "2016-06-01", "--proposed", "1")
        .assertRefused("--jurisdiction").err()).contains("嘉兴市 (330400)");
    assertThat(run("floor", "--date", "2016-06-01", "--proposed", "1").assertRefused("--jurisdiction").err())
        .contains("--provision");
    assertThat(run("floor", "--provision", "JX-2015-90/5.2", "--date", "2016-06-01", "--proposed", "1")
        .assertRefused("--provision").err()).contains("JX-2015-90/5.1");
    run("floor", "--provision", "JX-2015-90/5.1", "--jurisdiction", "jilin", "--date", "2016-06-01", "--proposed",
        "1").assertRefused("--provision");
    run("floor", "--provision", "nope", "--date", "2016-06-01", "--proposed", "1").assertRefused("--provision");
    // The day before the opinion took effect, and before any law the catalogue knows.
    assertThat(run("floor", "--jurisdiction", "jiaxing", "--date", "2015-11-30", "--proposed", "1")
        .assertRefused("--date").err()).contains("2015-12-01");
    run("floor", "--jurisdiction", "jiaxing", "--date", "2015-12-01", "--proposed", "1", "--json").json();
    run("floor", "--jurisdiction", "jiaxing", "--date", "1990-01-01", "--proposed", "1").assertRefused("--date");
    run("floor", "--jurisdiction", "jiaxing", "--date", "2016-06-01", "--proposed", "-1").assertRefused("--proposed");
    run("floor", "--jurisdiction", "jiaxing", "--date", "2016-06-01", "--proposed", "1.234")
        .assertRefused("--proposed");
    run("floor", "--jurisdiction", "jiaxing", "--date", "2016-06-01").assertRefused("--proposed");
  }
}
