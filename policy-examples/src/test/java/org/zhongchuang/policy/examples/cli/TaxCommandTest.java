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

class TaxCommandTest {

  private static Map<String, Object> tax(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "tax";
    System.arraycopy(args, 0, all, 1, args.length);
    all[all.length - 1] = "--json";
    return run(all).json();
  }

  @Test
  void jsonHasEveryContractFieldWithItsType() {
    Map<String, Object> json = tax("--jurisdiction", "嘉兴市", "--year", "2015", "--income", "25万", "--established",
        "2014-05-01", "--industry", "other", "--employees", "50", "--assets", "800万");
    assertThat(json.get("taxYear")).isEqualTo(new BigDecimal(2015));
    assertThat(json.get("jurisdiction")).isEqualTo(Map.of("code", "330400", "name", "嘉兴市"));
    assertThat(json.get("taxableIncome")).isEqualTo("250000.00");
    assertThat(json.get("eligible")).isEqualTo(true);
    assertThat(json.get("taxDue")).isEqualTo("43750.00");
    assertThat(json.get("standardTax")).isEqualTo("62500.00");
    assertThat(json.get("relief")).isEqualTo("18750.00");
    assertThat(json.get("effectiveRate")).isEqualTo("0.175");
    List<Map<String, Object>> bands = objects(json.get("bands"));
    assertThat(bands).hasSize(2);
    assertThat(bands.get(0)).containsEntry("amount", "62500.00").containsEntry("inclusion", "0.50")
        .containsEntry("rate", "0.20").containsEntry("tax", "6250.00").containsEntry("provision", Map.of("id", "CN-CS-2015-99", "document", "财税〔2015〕99号", "clause", "第一条"));
    assertThat(bands.get(1)).containsEntry("amount", "187500.00").containsEntry("inclusion", "1.00")
        .containsEntry("rate", "0.20").containsEntry("tax", "37500.00").containsEntry("provision", Map.of("id", "CN-EIT-28-1", "document", "《中华人民共和国企业所得税法》", "clause", "第二十八条第一款"));
    List<?> citations = (List<?>) json.get("citations");
    assertThat(citations).isNotEmpty().allSatisfy(c -> assertThat(c).isInstanceOf(String.class));
    assertThat(citations).anySatisfy(c -> assertThat((String) c).startsWith("嘉政办发〔2015〕90号 五(四)"))
        .anySatisfy(c -> assertThat((String) c).startsWith("国家税务总局公告2015年第61号 第五条（二）"))
        .anySatisfy(c -> assertThat((String) c).startsWith("财税〔2015〕99号 第一条"));
    assertThat(json.get("warnings")).isInstanceOf(List.class);
  }

  @Test
  void reproducesTheSpecificationsWorkedFigures() {
    Map<String, String> expected = Map.of("2019", "150000.00", "2021", "125000.00", "2022", "75000.00",
        "2023", "100000.00");
    expected.forEach((year, due) -> assertThat(tax("--jurisdiction", "china", "--year", year, "--income", "200万",
        "--employees", "100", "--assets", "1000万").get("taxDue")).as(year).isEqualTo(due));
  }

  @Test
  void theCeilingIsInclusiveAndTheCliffAboveItIsReal() {
    Map<String, Object> below = tax("--jurisdiction", "330400", "--year", "2016", "--income", "299999.99",
        "--qualifies");
    Map<String, Object> at = tax("--jurisdiction", "330400", "--year", "2016", "--income", "300000.00",
        "--qualifies");
    Map<String, Object> above = tax("--jurisdiction", "330400", "--year", "2016", "--income", "300000.01",
        "--qualifies");
    assertThat(below).containsEntry("eligible", true).containsEntry("taxDue", "30000.00");
    assertThat(at).containsEntry("eligible", true).containsEntry("taxDue", "30000.00");
    assertThat(above).containsEntry("eligible", false).containsEntry("taxDue", "75000.00")
        .containsEntry("relief", "0.00");
  }

  @Test
  void theSplitYearTurnsOnTheEstablishmentDate() {
    assertThat(tax("--jurisdiction", "jiaxing", "--year", "2015", "--income", "25万", "--established", "2015-09-30",
        "--qualifies").get("taxDue")).isEqualTo("31250.00");
    assertThat(tax("--jurisdiction", "jiaxing", "--year", "2015", "--income", "25万", "--established", "2015-10-01",
        "--qualifies").get("taxDue")).isEqualTo("25000.00");
  }

  @Test
  void aJilinIncubatedStartUpCitesJilinBesideTheNationalNotice() {
    Map<String, Object> json = tax("--jurisdiction", "吉林省", "--year", "2015", "--income", "２０万元", "--incubated",
        "--qualifies");
    assertThat(json.get("taxDue")).isEqualTo("20000.00");
    assertThat((List<?>) json.get("citations")).anySatisfy(c -> assertThat((String) c).startsWith("吉政办发〔2015〕31号 二(六)"))
        .anySatisfy(c -> assertThat((String) c).startsWith("财税〔2015〕34号"));
  }

  @Test
  void notEligibleIsAnAnswerWithStatusZero() {
    CliRun restricted = run("tax", "--jurisdiction", "jilin", "--year", "2016", "--income", "10万", "--qualifies",
        "--restricted");
    restricted.assertSucceeded();
    assertThat(restricted.out()).contains("小型微利企业：否").contains("应纳税额：25,000.00 元");
  }

  @Test
  void textReportInChineseAndEnglish() {
    String zh = run("tax", "--jurisdiction", "jiaxing", "--year", "2016", "--income", "30万", "--qualifies")
        .assertSucceeded().out();
    assertThat(zh).startsWith("企业所得税（小型微利企业）：2016 年度，嘉兴市 (330400)").contains("应纳税额：30,000.00 元")
        .contains("计算过程：").contains("引用条款：");
    String en = run("tax", "--jurisdiction", "jiaxing", "--year", "2016", "--income", "30万", "--qualifies", "--lang",
        "en").assertSucceeded().out();
    assertThat(en).startsWith("Enterprise income tax (small low-profit enterprise): 2016, Jiaxing (330400)")
        .contains("Tax due: 30,000.00 yuan").contains("Steps:").contains("Citations:");
  }

  @Test
  void bandsAddUpToTheTaxDueAndReliefReconciles() {
    qt().withExamples(60).forAll(longs().between(0, 500_000_000L), integers().between(2008, 2030))
        .checkAssert((fen, year) -> {
          Map<String, Object> json = tax("--jurisdiction", "jiaxing", "--year", String.valueOf(year), "--income",
              Cny.ofFen(fen).toPlainString(), "--qualifies", "--established", "2008-01-01");
          BigDecimal bands = objects(json.get("bands")).stream().map(b -> new BigDecimal((String) b.get("tax")))
              .reduce(BigDecimal.ZERO, BigDecimal::add);
          BigDecimal due = new BigDecimal((String) json.get("taxDue"));
          assertThat(due).isEqualByComparingTo(bands);
          assertThat(due.add(new BigDecimal((String) json.get("relief"))))
              .isEqualByComparingTo(new BigDecimal((String) json.get("standardTax")));
        });
  }

  @Test
  void refusesWhatItCannotAnswerNamingTheOption() {
    assertThat(run("tax", "--jurisdiction", "jilin", "--year", "2007", "--income", "1", "--qualifies")
        .assertRefused("--year").err()).contains("2008-01-01");
    run("tax", "--jurisdiction", "jilin", "--year", "2008", "--income", "1", "--qualifies", "--json").json();
    assertThat(run("tax", "--jurisdiction", "jilin", "--year", "2016", "--income", "25万").assertRefused("--employees")
        .err()).contains("--assets").contains("--qualifies");
    run("tax", "--jurisdiction", "jilin", "--year", "2016", "--income", "25万", "--employees", "10", "--assets", "1")
        .assertRefused("--industry");
    run("tax", "--jurisdiction", "jilin", "--year", "2019", "--income", "25万", "--employees", "10", "--assets", "1",
        "--json").json();
    run("tax", "--jurisdiction", "jiaxing", "--year", "2015", "--income", "25万", "--qualifies")
        .assertRefused("--established");
    run("tax", "--jurisdiction", "jiaxing", "--year", "2015", "--income", "20万", "--qualifies", "--json").json();
    run("tax", "--jurisdiction", "jilin", "--year", "2016", "--income", "1", "--qualifies", "--employees", "3")
        .assertRefused("--qualifies");
    run("tax", "--jurisdiction", "jilin", "--year", "2016", "--income", "1", "--employees", "-1", "--assets", "1",
        "--industry", "other").assertRefused("--employees");
    run("tax", "--jurisdiction", "jilin", "--year", "2016", "--income", "1", "--employees", "1", "--assets", "-1",
        "--industry", "other").assertRefused("--assets");
    run("tax", "--jurisdiction", "jilin", "--year", "2016", "--income", "1", "--qualifies", "--established",
        "2017-01-01").assertRefused("--established");
    run("tax", "--jurisdiction", "jilin", "--year", "2016", "--income", "1", "--qualifies", "--established",
        "2016-12-31", "--json").json();
  }
}
