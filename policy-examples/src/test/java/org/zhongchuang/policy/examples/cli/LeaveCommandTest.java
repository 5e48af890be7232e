package org.zhongchuang.policy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhongchuang.policy.examples.cli.CliRun.run;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LeaveCommandTest {
  private static Map<String, Object> leave(String start, String... more) {
    String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("leave", "--jurisdiction", "jiaxing",
        "--start", start, "--json"), java.util.stream.Stream.of(more)).toArray(String[]::new);
    return run(args).json();
  }

  @Test
  void threeYearsEndOnTheCorrespondingDayOrTheMonthsLastDay() {
    Map<String, Object> march = leave("2016-03-01");
    assertThat(march.get("firstDayCounted")).isEqualTo("2016-03-02");
    assertThat(march.get("lastDay")).isEqualTo("2019-03-01");
    assertThat(march.get("endsOnCorrespondingDay")).isEqualTo(true);
    assertThat(march.get("maximum")).isEqualTo("P3Y");
    assertThat(march.get("provision")).isEqualTo(Map.of("id", "JX-2015-90/4.4-leave", "document",
        "嘉政办发〔2015〕90号", "clause", "四(四)"));
    // 2019 has no 29 February: the month's last day.
    Map<String, Object> leapDay = leave("2016-02-29");
    assertThat(leapDay.get("lastDay")).isEqualTo("2019-02-28");
    assertThat(leapDay.get("endsOnCorrespondingDay")).isEqualTo(false);
    assertThat(leave("2016-02-28").get("lastDay")).isEqualTo("2019-02-28");
  }

  @Test
  void theOpinionsFirstDayAndItsRepealWindow() {
    assertThat(leave("2015-12-01").get("lastDay")).isEqualTo("2018-12-01");
    assertThat(run("leave", "--jurisdiction", "jiaxing", "--start", "2015-11-30").assertRefused("--start").err())
        .contains("2015-12-01");
    // The opinion ends between 2020-12-31 and 2021-12-30: a last day on 2020-12-31 is within it, one a day later
    // may not be, one after the window is not.
    Map<String, Object> within = leave("2017-12-31");
    assertThat(within.get("lastDay")).isEqualTo("2020-12-31");
    assertThat(within.get("inForceToLastDay")).isEqualTo("yes");
    Map<String, Object> dayAfter = leave("2018-01-01");
    assertThat(dayAfter.get("lastDay")).isEqualTo("2021-01-01");
    assertThat(dayAfter.get("inForceOnStart")).isEqualTo("yes");
    assertThat(dayAfter.get("inForceToLastDay")).isEqualTo("uncertain");
    assertThat(leave("2019-06-01").get("inForceToLastDay")).isEqualTo("no");
    Map<String, Object> repealYear = leave("2021-06-01", "--lang", "en");
    assertThat(repealYear.get("inForceOnStart")).isEqualTo("uncertain");
    assertThat(repealYear.get("lastDay")).isEqualTo("2024-06-01");
    run("leave", "--jurisdiction", "jiaxing", "--start", "2021-12-31").assertRefused("--start");
  }

  @Test
  void theReportIsChineseByDefaultAndEnglishOnRequest() {
    String zh = run("leave", "--jurisdiction", "嘉兴市", "--start", "2016-03-01").assertSucceeded().out();
    assertThat(zh).startsWith("离岗创业期限：嘉兴市 (330400)\n")
        .contains("条款：嘉政办发〔2015〕90号 四(四)，离岗创业保留人事关系，最长 3 年")
        .contains("离岗开始：2016-03-01（当日不计入，自 2016-03-02 起算）").contains("最后一日：2019-03-01")
        .contains("条款在离岗开始日有效：是；至最后一日仍有效：是").contains("民法通则");
    String en = run("leave", "--jurisdiction", "jiaxing", "--start", "2016-02-29", "--lang", "en")
        .assertSucceeded().out();
    assertThat(en).startsWith("Leave to found a company: Jiaxing (330400)").contains("Last day: 2019-02-28")
        .contains("at most 3 years");
  }

  @Test
  void refusesNamingTheOption() {
    run("leave", "--jurisdiction", "jilin", "--start", "2016-03-01").assertRefused("--jurisdiction");
    run("leave", "--start", "2016-03-01").assertRefused("--jurisdiction");
    run("leave", "--jurisdiction", "jiaxing").assertRefused("--start");
    run("leave", "--jurisdiction", "jiaxing", "--start", "2016-02-30").assertRefused("--start");
    run("leave", "--provision", "JX-2015-90/5.1", "--start", "2016-03-01").assertRefused("--provision");
    run("leave", "--jurisdiction", "jiaxing", "--start", "1990-01-01").assertRefused("--start");
  }
}
