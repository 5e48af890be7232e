package org.zhongchuang.policy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhongchuang.policy.examples.cli.CliRun.objects;
import static org.zhongchuang.policy.examples.cli.CliRun.run;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code policy incubator}: the JSON contract, the report in both languages, and refusals in the language asked. */
class IncubatorCommandTest {

  @Test
  void aProvincialIncubatorRecognisedInMarch2020() {
    Map<String, Object> json = run("incubator", "--year", "2020", "--jurisdiction", "嘉兴市", "--kind", "incubator",
        "--level", "provincial", "--recognised", "2020-03-05", "--property-tax",
        "100;100;100;100;100;100;100;100;100;100;100;100", "--land-use-tax", "20;20;20;20;20;20;20;20;20;20;20;20",
        "--vat", "0", "--json").json();
    assertThat(json).containsEntry("schemaVersion", BigDecimal.ONE).containsEntry("exempt", "yes")
        .containsEntry("exemptionKnown", true);
    assertThat(json).containsEntry("taxYear", new BigDecimal("2020")).containsEntry("meetsConditions", "uncertain")
        .containsEntry("jurisdiction", Map.of("code", "330400", "name", "嘉兴市"));
    @SuppressWarnings("unchecked")
    Map<String, Object> input = (Map<String, Object>) json.get("input");
    assertThat(input).containsEntry("year", new BigDecimal("2020")).containsEntry("kind", "incubator")
        .containsEntry("level", "provincial").containsEntry("recognised", "2020-03-05").containsEntry("lost", null)
        .containsEntry("conditionsMet", false).containsEntry("conditionsNotMet", false)
        .containsEntry("jurisdiction", Map.of("code", "330400", "name", "嘉兴市"))
        .containsEntry("propertyTax", Collections.nCopies(12, "100.00"))
        .containsEntry("landUseTax", Collections.nCopies(12, "20.00"))
        .containsEntry("businessTax", null).containsEntry("vat", List.of("0.00")).containsEntry("catalogue", List.of());
    List<Map<String, Object>> taxes = objects(json.get("taxes"));
    assertThat(taxes.get(0)).containsEntry("tax", "property-tax").containsEntry("given", "1200.00")
        .containsEntry("exempt", "900.00").containsEntry("uncertain", "0.00").containsEntry("due", "300.00")
        .containsEntry("dueIfUncertainExempt", "300.00").containsEntry("dueIfUncertainNotExempt", "300.00")
        .containsEntry("answer", "yes");
    assertThat(taxes.get(1)).containsEntry("tax", "urban-land-use-tax").containsEntry("exempt", "180.00");
    assertThat(taxes.get(2)).containsEntry("tax", "vat").containsEntry("answer", "uncertain");
    assertThat(json.get("totals")).isEqualTo(Map.of("given", "1440.00", "exempt", "1080.00", "uncertain", "0.00",
        "due", "360.00"));
    List<Map<String, Object>> coverage = objects(json.get("coverage"));
    assertThat(coverage).extracting(c -> c.get("tax")).containsExactly("property-tax", "urban-land-use-tax",
        "business-tax", "vat");
    List<Map<String, Object>> periods = objects(coverage.get(0).get("periods"));
    assertThat(periods).hasSize(3);
    assertThat(periods.get(0)).containsEntry("from", "2020-01").containsEntry("to", "2020-02")
        .containsEntry("exempt", "no").containsEntry("reasons", List.of("not-yet-recognised"))
        .containsEntry("timing", null);
    assertThat(periods.get(1)).containsEntry("from", "2020-03").containsEntry("reasons",
        List.of("recognition-month")).containsEntry("timing", Map.of("id", "CN-CS-2018-120/timing", "document",
        "财税〔2018〕120号", "clause", "条款未详（起止时点）"));
    assertThat(periods.get(2)).containsEntry("exempt", "yes").containsEntry("provision", Map.of("id",
        "CN-CS-2018-120/premises", "document", "财税〔2018〕120号", "clause", "条款未详（房产税、城镇土地使用税）"));
    assertThat(objects(coverage.get(2).get("periods")).get(0)).containsEntry("reasons", List.of("not-levied"));
    List<Map<String, Object>> waves = objects(json.get("waves"));
    assertThat(waves).singleElement().satisfies(w -> {
      assertThat(w).containsEntry("wave", "W4").containsEntry("known", true)
          .containsEntry("validity", Map.of("from", "2019-01-01", "to", "2023-12-31"));
      assertThat(objects(w.get("provisions"))).extracting(p -> p.get("id")).contains("CN-CS-2018-120/premises",
          "CN-ANN-2022-4/vat");
    });
    assertThat(json).containsEntry("nearestWaveBefore", null).containsEntry("nearestWaveAfter", null);
    assertThat(objects(json.get("localClauses"))).singleElement().satisfies(c -> assertThat(c)
        .containsEntry("inForce", "yes").containsEntry("addsExemption", "no")
        .containsEntry("provision", Map.of("id", "JX-2015-90/5.4-incubator", "document", "嘉政办发〔2015〕90号",
            "clause", "五(四)")));
    assertThat((List<?>) json.get("citations")).isNotEmpty();
    assertThat((List<?>) json.get("warnings")).anySatisfy(w -> assertThat(w.toString()).contains("本结果部分不确定"));
    assertThat((List<?>) json.get("steps")).isNotEmpty();
  }

  @Test
  void theReportInChineseAndInEnglish() {
    String zh = run("incubator", "--year", "2017", "--jurisdiction", "jiaxing", "--kind",
        "maker-space-in-incubator", "--level", "municipal", "--property-tax", "5万").assertSucceeded().out();
    assertThat(zh).startsWith("孵化器、大学科技园、众创空间税收减免：2017 年度，嘉兴市 (330400)\n"
        + "机构：市级科技企业孵化器建设的众创空间\n是否免税：否\n"
        + "房产税：应缴 50,000.00 元；免征 0.00 元；不确定 0.00 元；仍应缴纳 50,000.00 元\n")
        .contains("未在国家政策之外另行减免，以上结果全部来自国家政策");
    String en = run("incubator", "--year", "2011", "--jurisdiction", "china", "--kind", "university-science-park",
        "--level", "national", "--recognised", "2005-01-01", "--property-tax", "1000", "--business-tax", "200",
        "--lang", "en").assertSucceeded().out();
    assertThat(en).startsWith("Incubator, science-park and maker-space tax exemptions: 2011, China (china)\n"
        + "Institution: national-level university science park; recognised: 2005-01-01\n"
        + "Exempt: uncertain (no exemption known for the year; nearest before: W1 (2008-01-01 – 2010-12-31:"
        + " 财税〔2007〕121号, 财税〔2007〕120号); after: W2 (2013-01-01 – 2015-12-31: 财税〔2013〕117号, 财税〔2013〕118号))\n"
        + "Property tax: would be due 1,000.00 yuan; exempt 0.00 yuan; uncertain 1,000.00 yuan; still due 0.00 yuan\n"
        + "Business tax: would be due 200.00 yuan; exempt 0.00 yuan; uncertain 200.00 yuan; still due 0.00 yuan\n"
        + "Total: would be due 1,200.00 yuan; exempt 0.00 yuan; uncertain 1,200.00 yuan; still due 0.00 yuan\n");
    String lost = run("incubator", "--year", "2020", "--jurisdiction", "china", "--kind", "maker-space", "--level",
        "national", "--recognised", "2019-01-01", "--lost", "2020-06-30", "--conditions-met", "--lang", "en")
        .assertSucceeded().out();
    assertThat(lost).contains("Institution: nationally registered maker space; recognised: 2019-01-01; status lost:"
        + " 2020-06-30\nExempt: yes\n");
    Map<String, Object> notMet = run("incubator", "--year", "2017", "--jurisdiction", "china", "--kind", "incubator",
        "--level", "national", "--recognised", "2010-01-01", "--conditions-not-met", "--json").json();
    assertThat(notMet).containsEntry("exempt", "no");
    assertThat(notMet).containsEntry("meetsConditions", "no");
    assertThat(((Map<?, ?>) notMet.get("input")).get("conditionsNotMet")).isEqualTo(true);
    Map<String, Object> none = run("incubator", "--year", "2030", "--jurisdiction", "china", "--kind", "incubator",
        "--level", "national", "--json", "--lang", "en").json();
    assertThat(none).containsEntry("exemptionKnown", false).containsEntry("nearestWaveAfter", null);
    assertThat(((Map<?, ?>) none.get("nearestWaveBefore")).get("wave")).isEqualTo("W5");
    assertThat(((Map<?, ?>) ((Map<?, ?>) none.get("input")).get("jurisdiction")).get("name")).isEqualTo("China");
  }

  private static final String[] CASE = {"incubator", "--year", "2020", "--jurisdiction", "china", "--kind",
      "incubator", "--level", "national"};

  private static CliRun refused(String option, String... more) {
    String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(CASE), java.util.Arrays.stream(more))
        .toArray(String[]::new);
    return run(args).assertRefused(option);
  }

  @Test
  void refusalsAreInChineseByDefaultAndNameTheOption() {
    assertThat(run("incubator", "--year", "2020", "--jurisdiction", "嘉兴市").assertRefused("--kind").err())
        .contains("缺少必需的选项 '--kind=incubator|university-science-park|maker-space|maker-space-in-incubator',"
            + " '--level=national|provincial|municipal'（参见 'policy incubator --help'）");
    assertThat(run("incubator", "--lang", "en").assertRefused("--year").err()).contains("Missing required options"
        + " '--year=YYYY', '--jurisdiction=J', '--kind=");
    assertThat(run("incubator", "--year", "20x0", "--jurisdiction", "cn", "--kind", "incubator", "--level",
        "national").assertRefused("--year").err()).contains("选项 '--year' 的值无效：无法读取年度 '20x0'；可接受：四位数年份");
    assertThat(run("incubator", "--year", "2020", "--jurisdiction", "火星", "--kind", "incubator", "--level",
        "national").assertRefused("--jurisdiction").err()).contains("选项 '--jurisdiction' 的值无效");
    assertThat(run("incubator", "--year", "2020", "--jurisdiction", "china", "--kind", "park", "--level",
        "national", "--lang", "en").assertRefused("--kind").err()).contains("Invalid value for option '--kind':"
        + " unknown kind 'park'; accepted: incubator, university-science-park, maker-space, maker-space-in-incubator");
    assertThat(run("incubator", "--year", "2020", "--jurisdiction", "china", "--kind", "park", "--level",
        "national").assertRefused("--kind").err()).contains("未知的机构类别 'park'；可接受：incubator（科技企业孵化器）");
    assertThat(run("incubator", "--year", "2020", "--jurisdiction", "china", "--kind", "incubator", "--level",
        "county").assertRefused("--level").err()).contains("未知的级别 'county'；可接受：national（国家级、国家备案）、"
        + "provincial（省级）、municipal（市级）");
    assertThat(run("incubator", "--year", "2020", "--jurisdiction", "china", "--kind", "incubator", "--level",
        "county", "--lang", "en").assertRefused("--level").err()).contains("unknown level 'county'; accepted:"
        + " national, provincial, municipal");
    assertThat(refused("--recognised", "--recognised", "2020-02-30").err()).contains("无法读取日期 '2020-02-30'");
    assertThat(refused("--lost", "--recognised", "2020-03-01", "--lost", "2020-01-01").err())
        .contains("取消资格日期 2020-01-01 早于认定日期 2020-03-01");
    assertThat(refused("--conditions-not-met", "--conditions-met", "--conditions-not-met").err())
        .contains("不能与 --conditions-met 同时给出");
    assertThat(refused("--property-tax", "--recognised", "2010-01-01", "--property-tax", "1;2;3").err())
        .contains("按月给出的房产税有 3 个金额；可接受：12 个");
    assertThat(refused("--land-use-tax", "--recognised", "2010-01-01", "--land-use-tax", "1；2", "--lang", "en")
        .err()).contains("urban land-use tax by month has 2 amounts; accepted: 12");
    assertThat(refused("--vat", "--recognised", "2010-01-01", "--vat", "1.001", "--lang", "en").err())
        .contains("Invalid value for option '--vat': cannot read amount '1.001'");
    assertThat(refused("--vat", "--recognised", "2010-01-01", "--vat", "-1").err()).contains("选项 '--vat' 的值无效");
    assertThat(refused("--lang", "--lang", "fr").err()).contains("未知语言“fr”");
  }

  @Test
  void factsTheLawNeedsAreAskedForByTheirOptions() {
    assertThat(refused("--recognised").err()).contains("缺少必需的选项 '--recognised=YYYY-MM-DD'：2020 年度");
    assertThat(run("incubator", "--year", "2020", "--jurisdiction", "china", "--kind", "incubator", "--level",
        "national", "--recognised", "2020-05-05", "--property-tax", "1200", "--lang", "en")
        .assertRefused("--property-tax").err()).contains("Missing required option '--property-tax=M1;…;M12': in 2020"
        + " only some months are exempt (property tax: 2020-01 – 2020-05 not exempt, 2020-06 – 2020-12 exempt);"
        + " accepted: these taxes month by month");
    for (String[] tax : new String[][] {{"--land-use-tax", "--land-use-tax=M1;…;M12"}, {"--vat", "--vat=M1;…;M12"}}) {
      assertThat(refused(tax[0], "--recognised", "2020-05-05", tax[0], "1200").err()).contains("'" + tax[1] + "'");
    }
    assertThat(run("incubator", "--year", "2015", "--jurisdiction", "china", "--kind", "incubator", "--level",
        "national", "--recognised", "2015-05-05", "--business-tax", "1200").assertRefused("--business-tax").err())
        .contains("'--business-tax=M1;…;M12'");
    assertThat(refused("--business-tax", "--recognised", "2010-01-01", "--business-tax", "5", "--lang", "en").err())
        .contains("business tax is not levied on this income in 2020-01");
    assertThat(refused("--business-tax", "--recognised", "2010-01-01", "--business-tax", "5").err())
        .contains("选项 '--business-tax' 的值无效：2020-01 此项收入已不征收营业税");
  }

  @Test
  void picocliRefusalsFollowTheLanguageToo() {
    assertThat(refused("--conditions-mett", "--conditions-mett").err())
        .contains("无法识别的参数 '--conditions-mett'；您是否想输入：--conditions-met, --conditions-not-met？");
    assertThat(refused("--conditions-mett", "--conditions-mett", "--lang", "en").err())
        .contains("Unknown argument '--conditions-mett'; did you mean: --conditions-met")
        .contains("(see 'policy incubator --help')");
    assertThat(run("incubator", "--year").assertRefused("--year").err()).contains("缺少必需的选项 '--year=YYYY'");
    assertThat(refused("--year", "--year", "2021").err()).contains("选项 '--year' 只能给一次");
    assertThat(refused("--catalogue", "--catalogue", "no-such-file.yaml").err()).contains("no-such-file.yaml");
  }

  @Test
  void helpShowsEveryOption() {
    assertThat(run("incubator", "--help").out()).contains("--year=YYYY", "--jurisdiction=J",
        "--kind=incubator|university-science-park|maker-space|ma",
        "--level=national|provincial|municipal", "--recognised=YYYY-MM-DD", "--lost=YYYY-MM-DD", "--conditions-met",
        "--conditions-not-met", "--property-tax=AMOUNT|M1;…;M12", "--land-use-tax", "--business-tax", "--vat",
        "--json", "--lang=zh|en", "--catalogue=FILE");
  }
}
