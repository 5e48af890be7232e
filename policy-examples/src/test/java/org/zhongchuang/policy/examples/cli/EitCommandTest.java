package org.zhongchuang.policy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhongchuang.policy.examples.cli.CliRun.objects;
import static org.zhongchuang.policy.examples.cli.CliRun.run;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code policy eit}: the JSON contract, the report, and refusals in the language asked, naming the option typed. */
class EitCommandTest {
  @TempDir Path dir;

  private static Map<String, Object> eit(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "eit";
    System.arraycopy(args, 0, all, 1, args.length);
    all[all.length - 1] = "--json";
    return run(all).json();
  }

  private static CliRun eitRun(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "eit";
    System.arraycopy(args, 0, all, 1, args.length);
    return run(all);
  }

  @Test
  void jsonHasEveryContractFieldWithItsType() {
    Map<String, Object> json = eit("--year", "2022", "--jurisdiction", "嘉兴市", "--profit", "900万", "--adjustments",
        "50万", "--rd-expensed", "200万", "--rd-expensed-q4", "60万", "--rd-amortised", "2020=10万",
        "--rd-amortised-q4", "2.5万", "--tech-transfer-income", "700万", "--tech-transfer-cost", "100万",
        "--high-tech", "--qualified-years", "2019", "--loss", "2013=30万", "--loss", "2019=20万", "--vc-investment",
        "100万@2020-05-01", "--vc-held", "50万@2023-05-01@start-up", "--employees", "120", "--assets", "4000万");
    assertThat(json.get("schemaVersion")).isEqualTo(BigDecimal.ONE);
    assertThat(json.get("taxableIncome")).isEqualTo("1375000.00");
    assertThat(json.get("rdExtraDeduction")).isEqualTo("1725000.00");
    assertThat(json.get("techTransferReduction")).isEqualTo("5500000.00");
    assertThat(json.get("lossesOffset")).isEqualTo("200000.00");
    assertThat(json.get("vcDeduction")).isEqualTo("700000.00");
    assertThat(json.get("vcCarriedForward")).isEqualTo("0.00");
    assertThat(json.get("rate")).isEqualTo("0.25");
    assertThat(json.get("relief")).isEqualTo("196875.00");
    assertThat(json.get("taxDue")).isEqualTo("146875.00");
    assertThat(json.get("chosen")).isEqualTo("small-low-profit");
    assertThat(json.get("taxAsHighTech")).isEqualTo("256250.00");
    assertThat(json.get("taxAsSmallLowProfit")).isEqualTo("146875.00");
    assertThat(json.get("totalBenefit")).isEqualTo("2178125.00");
    assertThat(json.get("taxDueCertain")).isEqualTo("uncertain");
    List<Map<String, Object>> benefits = objects(json.get("benefits"));
    assertThat(benefits).extracting(b -> b.get("preference")).containsExactly("research-deduction",
        "transfer-income", "loss-extension", "venture-capital", "small-low-profit", "high-tech");
    assertThat(benefits.get(0)).containsEntry("worth", "368125.00");
    assertThat(objects(List.of(benefits.get(0).get("provision")))).singleElement()
        .satisfies(p -> assertThat(p).containsEntry("id", "CN-ANN-2021-6-R3"));
    assertThat(objects(json.get("uncertain"))).extracting(u -> u.get("question"), u -> u.get("otherTaxDue"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("fourth-quarter-amortisation", "146718.75"),
            org.assertj.core.groups.Tuple.tuple("halved-transfer-income", "43750.00"));
    @SuppressWarnings("unchecked")
    Map<String, Object> lines = (Map<String, Object>) json.get("lines");
    assertThat(lines).containsEntry("13", "9000000.00").containsEntry("15-16", "500000.00")
        .containsEntry("19", "7775000.00").containsEntry("24", "0.25").containsEntry("28", "146875.00");
    @SuppressWarnings("unchecked")
    Map<String, Object> input = (Map<String, Object>) json.get("input");
    assertThat(input).containsEntry("profit", "9000000.00").containsEntry("highTech", true)
        .containsEntry("techTransferCost", "1000000.00").containsEntry("year", new BigDecimal(2022));
    assertThat(input.get("jurisdiction")).isEqualTo(Map.of("code", "330400", "name", "嘉兴市"));
    assertThat(objects(input.get("vcInvestment"))).singleElement().satisfies(v -> assertThat(v)
        .containsEntry("investee", "sme-high-tech").containsEntry("date", "2020-05-01")
        .containsEntry("amount", "1000000.00"));
    assertThat(objects(input.get("vcHeld"))).extracting(v -> v.get("investee")).containsExactly("start-up");
    assertThat(objects(input.get("loss"))).extracting(v -> v.get("year"), v -> v.get("amount"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple(new BigDecimal(2013), "300000.00"),
            org.assertj.core.groups.Tuple.tuple(new BigDecimal(2019), "200000.00"));
    assertThat(input.get("qualifiedYears")).isEqualTo(List.of(new BigDecimal(2019)));
    assertThat(json.get("ratePercent")).isEqualTo("25%");
    assertThat(objects(json.get("lossesCarriedForward"))).isEmpty();
    assertThat((List<?>) json.get("citations")).anySatisfy(c -> assertThat((String) c).startsWith("国税函〔2010〕157号"));
    assertThat((List<?>) json.get("warnings")).isNotEmpty();
  }

  @Test
  void aLossYearCarriesItsLossAndTheMinimalCallNeedsNoSizeAboveTheCeiling() {
    Map<String, Object> json = eit("--year", "2019", "--jurisdiction", "china", "--profit", "-50万", "--high-tech");
    assertThat(json.get("taxDue")).isEqualTo("0.00");
    assertThat(json.get("lossYear")).isEqualTo(true);
    assertThat(objects(json.get("lossesCarriedForward"))).singleElement().satisfies(l -> assertThat(l)
        .containsEntry("amount", "500000.00").containsEntry("lastYear", new BigDecimal(2029))
        .containsEntry("extensionUnconfirmed", true));
    Map<String, Object> big = eit("--year", "2023", "--jurisdiction", "china", "--profit", "500万");
    assertThat(big.get("taxDue")).isEqualTo("1250000.00");
    assertThat(big.get("chosen")).isEqualTo("none");
    assertThat(big.get("taxAsSmallLowProfit")).isNull();
  }

  @Test
  void theReportReadsInBothLanguages() {
    String zh = eitRun("--year", "2019", "--jurisdiction", "china", "--profit", "200万", "--employees", "50",
        "--assets", "500万", "--high-tech").assertSucceeded().out();
    assertThat(zh).startsWith("企业所得税年度纳税申报（A100000）：2019 年度").contains("应纳税额：150,000.00 元")
        .contains("适用优惠：small-low-profit；小型微利企业：150,000.00；高新技术企业：300,000.00")
        .contains("计算过程：");
    String en = eitRun("--year", "2019", "--jurisdiction", "china", "--profit", "200万", "--employees", "50",
        "--assets", "500万", "--high-tech", "--lang", "en").assertSucceeded().out();
    assertThat(en).contains("tax due: 150,000.00 yuan").contains("Relief taken: small-low-profit")
        .contains("What each preference is worth:").contains("Steps:");
  }

  @Test
  void refusalsAreInChineseUnlessEnglishIsAskedAndNameTheOptionTyped() {
    CliRun zh = eitRun("--year", "2019", "--jurisdiction", "china", "--profit", "abc").assertRefused("--profit");
    assertThat(zh.err()).contains("选项 '--profit' 的值无效").contains("无法读取金额“abc”");
    CliRun en = eitRun("--year", "2019", "--jurisdiction", "china", "--profit", "abc", "--lang", "en")
        .assertRefused("--profit");
    assertThat(en.err()).contains("Invalid value for option '--profit'").contains("cannot read amount 'abc'");
    assertThat(eitRun("--jurisdiction", "china", "--profit", "1").assertRefused("--year").err())
        .contains("缺少必需的选项 '--year=YYYY'");
    assertThat(eitRun("--year", "2007", "--jurisdiction", "china", "--profit", "1").assertRefused("--year").err())
        .contains("2008-01-01");
    assertThat(eitRun("--year", "20x9", "--jurisdiction", "china", "--profit", "1").assertRefused("--year").err())
        .contains("四位数年份");
    assertThat(eitRun("--year", "2019", "--jurisdiction", "atlantis", "--profit", "1").assertRefused("--jurisdiction")
        .err()).contains("选项 '--jurisdiction' 的值无效");
    assertThat(eitRun("--year", "2019", "--jurisdiction", "china", "--profit", "1", "--loss", "2018:5")
        .assertRefused("--loss").err()).contains("YEAR=AMOUNT");
    assertThat(eitRun("--year", "2019", "--jurisdiction", "china", "--profit", "1", "--loss", "2019=5")
        .assertRefused("--loss").err()).contains("选项 '--loss' 的值无效：2019 年度的亏损不早于 2019 纳税年度");
    // Figures that contradict each other name the option to correct.
    assertThat(eitRun("--year", "2019", "--jurisdiction", "china", "--profit", "1", "--qualified-years", "2019")
        .assertRefused("--qualified-years").err()).contains("选项 '--qualified-years' 的值无效");
    assertThat(eitRun("--year", "2023", "--jurisdiction", "china", "--profit", "1", "--rd-expensed", "5",
        "--rd-expensed-q4", "6", "--lang", "en").assertRefused("--rd-expensed-q4").err())
        .contains("Invalid value for option '--rd-expensed-q4'");
    assertThat(eitRun("--year", "2023", "--jurisdiction", "china", "--profit", "1", "--rd-amortised", "2024=5")
        .assertRefused("--rd-amortised").err()).contains("选项 '--rd-amortised' 的值无效");
    assertThat(eitRun("--year", "2023", "--jurisdiction", "china", "--profit", "1", "--rd-amortised", "2022=5",
        "--rd-amortised-q4", "6").assertRefused("--rd-amortised-q4").err()).contains("选项 '--rd-amortised-q4' 的值无效");
    assertThat(eitRun("--year", "2019", "--jurisdiction", "china", "--profit", "1", "--vc-investment", "5@2019")
        .assertRefused("--vc-investment").err()).contains("YYYY-MM-DD");
    assertThat(eitRun("--year", "2019", "--jurisdiction", "china", "--profit", "1", "--vc-investment", "5@x@y")
        .assertRefused("--vc-investment").err()).contains("AMOUNT@YYYY-MM-DD");
    assertThat(eitRun("--year", "2019", "--jurisdiction", "china", "--profit", "1", "--tech-transfer-income", "5")
        .assertRefused("--tech-transfer-cost").err()).contains("一并给出");
    assertThat(eitRun("--year", "2019", "--jurisdiction", "china", "--profit", "1", "--tech-transfer-income", "5",
        "--tech-transfer-cost", "6").assertRefused("--tech-transfer-cost").err()).contains("§15 第10项")
        .contains("选项 '--tech-transfer-cost' 的值无效");
    // The law needs the small low-profit facts: the options that give them are named.
    assertThat(eitRun("--year", "2019", "--jurisdiction", "china", "--profit", "100万").assertRefused("--employees")
        .err()).contains("--assets").contains("--qualifies").contains("小型微利企业");
    assertThat(eitRun("--year", "2022", "--jurisdiction", "china", "--profit", "500万", "--rd-expensed", "10万")
        .assertRefused("--rd-expensed-q4").err()).contains("第四季度");
    assertThat(eitRun("--year", "2022", "--jurisdiction", "china", "--profit", "500万", "--rd-expensed", "10万",
        "--lang", "en").assertRefused("--rd-expensed-q4").err()).contains("fourth quarter");
  }

  @Test
  void picocliRefusalsAreTranslatedToo() {
    assertThat(eitRun("--year", "2019", "--jurisdiction", "china", "--proft", "1").assertRefused("'--proft'").err())
        .contains("无法识别的参数").contains("--profit");
    assertThat(eitRun("--year", "2019", "--jurisdiction", "china", "--profit").assertRefused("--profit").err())
        .contains("--profit=AMOUNT");
    assertThat(eitRun("--year", "2019", "--jurisdiction", "china", "--profit", "1", "--employees", "many")
        .assertRefused("--employees").err()).contains("平均数“many”");
    assertThat(eitRun("--year", "2019", "--jurisdiction", "china", "--profit", "1", "--assets=lots")
        .assertRefused("--assets").err()).contains("lots");
    assertThat(eitRun("--year", "2019", "--jurisdiction", "china", "--proft", "1", "--lang=en")
        .assertRefused("'--proft'").err()).contains("Unknown argument");
    assertThat(eitRun("--year", "2019", "--year", "2020", "--jurisdiction", "china", "--profit", "1")
        .assertRefused("--year").err()).contains("只能给一次");
  }

  @Test
  void helpListsTheContractOptions() {
    assertThat(run("eit", "--help").out()).contains("--year=YYYY", "--jurisdiction=J", "--profit=AMOUNT",
        "--adjustments=AMOUNT", "--rd-expensed=AMOUNT", "--rd-amortised=YEAR=AMOUNT", "--manufacturing", "--tech-sme",
        "--negative-list", "--tech-transfer-income=AMOUNT", "--tech-transfer-cost=AMOUNT",
        "--vc-investment=AMOUNT@DATE[@start-up]", "--vc-carried=AMOUNT", "--loss=YEAR=AMOUNT", "--high-tech",
        "--employees=N", "--assets=AMOUNT", "--qualifies", "--json", "--lang=zh|en");
  }

  private List<CSVRecord> csv(String text, String... args) throws IOException {
    Path in = dir.resolve("eit.csv");
    Files.writeString(in, text, StandardCharsets.UTF_8);
    String[] all = new String[args.length + 3];
    all[0] = "eit";
    all[1] = "--csv";
    all[2] = in.toString();
    System.arraycopy(args, 0, all, 3, args.length);
    CliRun r = run(all);
    assertThat(r.status()).as(r.err()).isIn(PolicyCli.OK, PolicyCli.ROWS_REFUSED);
    return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(r.out()))
        .getRecords();
  }

  @Test
  void oneEnterprisePerCsvRowAsTheSameOptionsGiveIt() throws IOException {
    List<CSVRecord> rows = csv("编号,年度,地区,利润总额,研发费用,以前年度亏损,创业投资,高新技术企业,从业人数,资产总额\n"
        + "A,2019,china,200万,,,,是,50,500万\n"
        + "B,2023,嘉兴市,650万,100万,2020=30万,50万@2021-06-01,yes,80,3000万\n"
        + "C,2019,china,100万,,2018=10万;2017=5万,,no,,\n"
        + "D,2019,china,1x,,,,,,\n"
        + "E,2019,china,1,,2019=5,,,,\n");
    assertThat(rows).extracting(r -> r.get("id")).containsExactly("A", "B", "C", "D", "E");
    assertThat(rows).extracting(r -> r.get("status")).containsExactly("ok", "ok", "refused", "refused", "refused");
    // Each computed row equals the same enterprise given as options.
    Map<String, Object> a = eit("--year", "2019", "--jurisdiction", "china", "--profit", "200万", "--high-tech",
        "--employees", "50", "--assets", "500万");
    Map<String, Object> b = eit("--year", "2023", "--jurisdiction", "嘉兴市", "--profit", "650万", "--rd-expensed",
        "100万", "--loss", "2020=30万", "--vc-investment", "50万@2021-06-01", "--high-tech", "--employees", "80",
        "--assets", "3000万");
    for (int i = 0; i < 2; i++) {
      Map<String, Object> json = i == 0 ? a : b;
      CSVRecord row = rows.get(i);
      for (String field : List.of("taxableIncome", "rdExtraDeduction", "techTransferReduction", "lossesOffset",
          "vcDeduction", "vcCarriedForward", "rate", "relief", "taxDue", "chosen", "totalBenefit")) {
        assertThat(row.get(field)).as("%s of row %s", field, row.get("id")).isEqualTo(json.get(field));
      }
    }
    assertThat(rows.get(0).get("taxDue")).isEqualTo("150000.00");
    assertThat(rows.get(1).get("benefits")).isEqualTo(String.join(";", objects(b.get("benefits")).stream()
        .map(x -> x.get("preference") + "=" + x.get("worth")).toList()));
    assertThat(rows.get(1).get("benefits")).startsWith("research-deduction=").contains(";venture-capital=");
    // Two losses in one cell; the small low-profit facts missing: refused naming the options that give them.
    assertThat(rows.get(2).get("error")).contains("--employees=N").contains("--qualifies");
    assertThat(rows.get(3).get("error")).startsWith("列 '利润总额' 的值无效：无法读取金额“1x”");
    assertThat(rows.get(4).get("error")).isEqualTo("列 '以前年度亏损' 的值无效：2019 年度的亏损不早于 2019 纳税年度；可接受：以前年度的亏损");
  }

  @Test
  void csvInEnglishWithTheOptionsOnTheCommandLineForEveryRow() throws IOException {
    List<CSVRecord> rows = csv("profit,loss\n100万,2018=10万;2017=5万\n-5万,\n", "--year", "2019",
        "--jurisdiction", "china", "--qualifies", "--lang", "en");
    assertThat(rows).extracting(r -> r.get("status")).containsExactly("ok", "ok");
    assertThat(rows.get(0).get("lossesOffset")).isEqualTo("150000.00");
    assertThat(rows.get(0).get("taxableIncome")).isEqualTo("850000.00");
    assertThat(rows.get(0).get("taxDue")).isEqualTo("42500.00");
    assertThat(rows.get(1).get("taxDue")).isEqualTo("0.00");
    assertThat(rows.get(1).get("taxDueCertain")).isEqualTo("yes");
  }
}
