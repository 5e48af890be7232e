package org.zhongchuang.policy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.zhongchuang.policy.examples.cli.CliRun.objects;
import static org.zhongchuang.policy.examples.cli.CliRun.run;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.money.Cny;

class MatchCommandTest {

  @Test
  void matchesProvincialAndNationalAwardsOneToOneInTheJsonContract() {
    Map<String, Object> json = run("match", "--jurisdiction", "嘉兴市", "--date", "2016-06-01",
        "--award", "national=50万", "--award", "provincial=300,000.00@浙江省科学技术厅", "--award", "municipal=20万",
        "--json").json();
    assertThat(json.get("matchingAmount")).isEqualTo("800000.00");
    List<Map<String, Object>> lines = objects(json.get("lines"));
    assertThat(lines).extracting(l -> l.get("level")).containsExactly("national", "provincial", "municipal");
    assertThat(lines).extracting(l -> l.get("award")).containsExactly("500000.00", "300000.00", "200000.00");
    assertThat(lines).extracting(l -> l.get("matched")).containsExactly("500000.00", "300000.00", "0.00");
    assertThat(lines).extracting(l -> l.get("reason")).containsExactly("matched", "matched", "level-not-eligible");
    assertThat(lines.get(1).get("awardingBody")).isEqualTo("浙江省科学技术厅");
    for (Map<String, Object> line : lines) {
      assertThat(line.get("reason")).isInstanceOf(String.class);
    }
    assertThat((List<?>) json.get("citations")).singleElement().asString().startsWith("嘉政办发〔2015〕90号 五(二)");
    assertThat((List<?>) json.get("warnings")).isEmpty();
  }

  @Test
  void theRuleStartsOnItsFirstDayAndIsUncertainInTheYearOfItsRepeal() {
    Map<String, Object> before = run("match", "--jurisdiction", "jiaxing", "--date", "2015-11-30",
        "--award", "provincial=1", "--json").json();
    assertThat(before.get("matchingAmount")).isEqualTo("0.00");
    assertThat(objects(before.get("lines")).get(0).get("reason")).isEqualTo("before-in-force");
    Map<String, Object> first = run("match", "--jurisdiction", "jiaxing", "--date", "2015-12-01",
        "--award", "provincial=1", "--json").json();
    assertThat(first.get("matchingAmount")).isEqualTo("1.00");
    Map<String, Object> repealYear = run("match", "--jurisdiction", "jiaxing", "--date", "2021-06-01",
        "--award", "national=50万", "--json", "--lang", "en").json();
    assertThat(repealYear.get("matchingAmount")).isEqualTo("0.00");
    assertThat(repealYear.get("uncertainAmount")).isEqualTo("500000.00");
    assertThat(objects(repealYear.get("lines")).get(0).get("reason")).isEqualTo("in-force-uncertain");
    // The rule is not relied on for that date, and what the award might earn is not in the total.
    assertThat((List<?>) repealYear.get("warnings")).hasSize(2);
    assertThat((List<?>) repealYear.get("warnings")).first().asString().contains("not relied on", "cannot be known");
    assertThat((List<?>) repealYear.get("warnings")).last().asString().contains("500,000.00", "not in the total");
  }

  @Test
  void elsewhereThereIsNoMatchingProvision() {
    Map<String, Object> jilin = run("match", "--jurisdiction", "jilin", "--date", "2016-06-01",
        "--award", "national=1", "--json").json();
    assertThat(jilin.get("matchingAmount")).isEqualTo("0.00");
    assertThat(jilin.get("rule")).isNull();
    assertThat(objects(jilin.get("lines")).get(0).get("reason")).isEqualTo("no-matching-provision");
  }

  @Test
  void textReportGivesTheTotalTheLinesAndTheCitationInEitherLanguage() {
    String zh = run("match", "--jurisdiction", "jiaxing", "--date", "2016-06-01", "--award", "national=50万",
        "--award", "county=1万").assertSucceeded().out();
    assertThat(zh).startsWith("配套支持：嘉兴市 (330400)，2016-06-01").contains("配套合计：500,000.00 元")
        .contains("国家 500,000.00 → 500,000.00").contains("县（市、区） 10,000.00 → 0.00").contains("计算过程：")
        .contains("引用条款：").contains("“对于众创空间获得省和国家资金奖励的，给予1:1地方配套支持。");
    String en = run("match", "--jurisdiction", "jiaxing", "--date", "2016-06-01", "--award", "national=50万",
        "--lang", "en").assertSucceeded().out();
    assertThat(en).startsWith("Matching support: Jiaxing (330400), 2016-06-01")
        .contains("Matching owed: 500,000.00 yuan").contains("Citations:");
  }

  @Test
  void theTotalIsTheSumOfTheMatchedLines() {
    qt().withExamples(40).forAll(longs().between(1, 10_000_000_000L), longs().between(1, 10_000_000_000L),
        integers().between(0, 4)).checkAssert((a, b, level) -> {
          String[] levels = {"national", "provincial", "municipal", "county", "other"};
          Map<String, Object> json = run("match", "--jurisdiction", "jiaxing", "--date", "2016-06-01",
              "--award", "provincial=" + Cny.ofFen(a), "--award", levels[level] + "=" + Cny.ofFen(b), "--json")
              .json();
          BigDecimal sum = objects(json.get("lines")).stream().map(l -> new BigDecimal((String) l.get("matched")))
              .reduce(BigDecimal.ZERO, BigDecimal::add);
          assertThat(new BigDecimal((String) json.get("matchingAmount"))).isEqualByComparingTo(sum);
          BigDecimal expected = BigDecimal.valueOf(a, 2).add(level <= 1 ? BigDecimal.valueOf(b, 2) : BigDecimal.ZERO);
          assertThat(new BigDecimal((String) json.get("matchingAmount"))).isEqualByComparingTo(expected);
        });
  }

  @Test
  void refusesAwardsTheLibraryRefusesAndDatesBeforeAnyLawNamingTheOption() {
    assertThat(run("match", "--jurisdiction", "jiaxing", "--date", "2016-06-01", "--award", "provincial=0")
        .assertRefused("--award").err()).contains("不少于 0.01 元");
    assertThat(run("match", "--jurisdiction", "jiaxing", "--date", "2016-06-01", "--award", "provincial=0", "--lang",
        "en").assertRefused("--award").err()).contains("at least 0.01");
    run("match", "--jurisdiction", "jiaxing", "--date", "2016-06-01", "--award", "provincial=-1")
        .assertRefused("--award");
    run("match", "--jurisdiction", "jiaxing", "--date", "2016-06-01", "--award", "provincial=5@ ")
        .assertRefused("--award");
    run("match", "--jurisdiction", "jiaxing", "--date", "1996-09-30", "--award", "provincial=5")
        .assertRefused("--date");
    run("match", "--jurisdiction", "jiaxing", "--date", "1996-10-01", "--award", "provincial=5", "--json").json();
    // The library's own refusal, named after the option that gave the date.
    assertThat(run("match", "--jurisdiction", "jiaxing", "--date", "1990-01-01", "--award", "provincial=5",
        "--lang", "en").assertRefused("--date").err()).contains("1990-01-01 is before the law applicable in Jiaxing",
            "accepted: from 1996-10-01 on");
    run("match", "--jurisdiction", "liaoning", "--date", "1996-09-30", "--award", "national=5")
        .assertRefused("--date");
    run("match", "--jurisdiction", "火星", "--date", "2016-06-01", "--award", "provincial=5")
        .assertRefused("--jurisdiction");
  }
}
