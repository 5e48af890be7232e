package org.zhongchuang.policy.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.zhongchuang.policy.examples.cli.CliRun.run;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --csv}: one case per row, computed exactly as the same case given as options. */
class CsvCommandTest {
  @TempDir Path dir;

  private Path file(String name, String text) throws IOException {
    Path path = dir.resolve(name);
    Files.writeString(path, text, UTF_8);
    return path;
  }

  private static List<CSVRecord> records(String csv) throws IOException {
    return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))
        .getRecords();
  }

  @Test
  void oneResultRowPerInputRowInOrderWithRefusedRowsInChinese() throws IOException {
    Path in = file("e.csv", "编号,年度,地区,应纳税所得额,从业人数,资产总额,行业\n"
        + "A1,2016,嘉兴,30万,50,1000万,other\n"
        + "A2,2019,330400,280万,100,2000万,\n"
        + "A3,2024,jilin,12x,3,1,\n"
        + "A4,2024,jilin,,3,1,\n"
        + "A5,2006,jilin,1,3,1,\n"
        + ",2023,杭州,100万,300.5,100万,\n");
    CliRun r = run("tax", "--csv", in.toString());
    assertThat(r.status()).isEqualTo(PolicyCli.ROWS_REFUSED);
    assertThat(r.err()).isEqualTo("已处理 6 行：3 行完成，3 行被拒绝（见 status 和 error 列）\n");
    List<CSVRecord> out = records(r.out());
    assertThat(out).extracting(x -> x.get("id")).containsExactly("A1", "A2", "A3", "A4", "A5", "6");
    assertThat(out).extracting(x -> x.get("status")).containsExactly("ok", "ok", "refused", "refused", "refused",
        "ok");
    assertThat(out.get(0).toMap()).containsEntry("taxDue", "30000.00").containsEntry("eligible", "yes")
        .containsEntry("relief", "45000.00").containsEntry("provisions", "CN-CS-2015-99").containsEntry("error", "");
    assertThat(out.get(1).get("taxDue")).isEqualTo("230000.00");
    assertThat(out.get(2).get("error")).startsWith("列 '应纳税所得额' 的值无效：无法读取金额“12x”");
    assertThat(out.get(2).get("taxDue")).isEmpty();
    assertThat(out).allSatisfy(row -> assertThat(row.size()).isEqualTo(13));
    assertThat(out.get(3).get("error")).isEqualTo("此行缺少 '应纳税所得额'");
    assertThat(out.get(4).get("error")).startsWith("列 '年度' 的值无效：2006 纳税年度早于");
    assertThat(out.get(5).toMap()).containsEntry("eligible", "no").containsEntry("taxDue", "250000.00")
        .containsEntry("effectiveRate", "0.25");
    assertThat(r.out()).startsWith("id,status,error,year,jurisdiction,income,eligible,taxDue,standardTax,relief,"
        + "effectiveRate,provisions,warnings\r\n");
  }

  @Test
  void inEnglishWithLangEnAndAllRowsComputedIsStatusZero() throws IOException {
    Path in = file("e.csv", "id,year,jurisdiction,income,qualifies\nx,2020,china,100万,yes\ny,2020,china,1,是\n");
    CliRun r = run("tax", "--csv", in.toString(), "--lang", "en");
    assertThat(r.status()).isZero();
    assertThat(r.err()).isEqualTo("2 rows: 2 computed, 0 refused\n");
    assertThat(records(r.out())).extracting(x -> x.get("taxDue")).containsExactly("50000.00", "0.05");
    CliRun bad = run("tax", "--csv", file("b.csv", "year,jurisdiction,income,qualifies\n2020,china,1x,yes\n")
        .toString(), "--lang", "en");
    assertThat(records(bad.out()).get(0).get("error")).startsWith("Invalid value in column 'income': cannot read "
        + "amount '1x'");
  }

  @Test
  void anOptionOnTheCommandLineAppliesToEveryRow() throws IOException {
    Path in = file("e.csv", "jurisdiction,income\nchina,100万\njilin,300万\n");
    CliRun r = run("tax", "--csv", in.toString(), "--year", "2022", "--qualifies");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(records(r.out())).extracting(x -> x.get("taxDue")).containsExactly("25000.00", "125000.00");
  }

  @Test
  void theFileIsRefusedAsAWholeForAnUnknownMissingOrRepeatedColumn() throws IOException {
    run("tax", "--csv", file("a.csv", "year,place,income\n").toString()).assertRefused("--csv")
        .assertErr("未知的列 'place'").assertErr("jurisdiction");
    run("tax", "--csv", file("b.csv", "year,income\n2020,1\n").toString()).assertRefused("--csv")
        .assertErr("缺少列 'jurisdiction'（或命令行选项 --jurisdiction）");
    run("tax", "--csv", file("c.csv", "year,年度,jurisdiction,income\n").toString()).assertRefused("--csv")
        .assertErr("列 'year' 和 '年度' 是同一列");
    run("tax", "--csv", file("d.csv", "year,jurisdiction,income\n").toString(), "--year", "2020")
        .assertRefused("--csv").assertErr("与命令行选项 --year 重复");
    run("tax", "--csv", dir.resolve("none.csv").toString()).assertRefused("--csv").assertErr("文件不存在");
    run("tax", "--csv", file("e.csv", "year\n").toString(), "--json").assertRefused("--json");
    run("tax", "--csv", file("f.csv", "year\n").toString(), "--encoding", "EBCDIC-X").assertRefused("--encoding");
  }

  @Test
  void excelFilesWithAByteOrderMarkOrInGbkAreRead() throws IOException {
    String text = "年度,地区,应纳税所得额,符合规模条件\n2020,嘉兴市,100万,是\n";
    Path bom = file("bom.csv", "\uFEFF" + text);
    assertThat(records(run("tax", "--csv", bom.toString()).out()).get(0).get("taxDue")).isEqualTo("50000.00");
    Path gbk = dir.resolve("gbk.csv");
    Files.writeString(gbk, text, Charset.forName("GB18030"));
    run("tax", "--csv", gbk.toString()).assertRefused("--csv").assertErr("--encoding GB18030");
    CliRun r = run("tax", "--csv", gbk.toString(), "--encoding", "GB18030");
    assertThat(r.status()).isZero();
    assertThat(records(r.out()).get(0).get("taxDue")).isEqualTo("50000.00");
  }

  @Test
  void outWritesTheFileAndBomStartsItWithAByteOrderMark() throws IOException {
    Path in = file("e.csv", "year,jurisdiction,income,qualifies\n2020,china,100万,yes\n");
    Path out = dir.resolve("out.csv");
    CliRun r = run("tax", "--csv", in.toString(), "--out", out.toString(), "--bom");
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEmpty();
    String written = Files.readString(out, UTF_8);
    assertThat(written).startsWith("\uFEFFid,status,error,");
    assertThat(records(written.substring(1)).get(0).get("taxDue")).isEqualTo("50000.00");
  }

  /** An oracle independent of the CSV path: the same case given as options, one command per row. */
  @Test
  void everyRowEqualsTheSameCaseGivenAsOptions() throws IOException {
    SplittableRandom random = new SplittableRandom(20261129);
    String[] places = {"嘉兴", "330400", "jilin", "杭州", "china", "兰州"};
    StringBuilder csv = new StringBuilder("id,year,jurisdiction,income,employees,assets,industry\n");
    List<String[]> cases = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      String[] c = {Integer.toString(2008 + random.nextInt(20)), places[random.nextInt(places.length)],
          random.nextInt(0, 60_000_000) / 10 + "." + random.nextInt(10) + random.nextInt(10),
          Integer.toString(1 + random.nextInt(400)), Integer.toString(1 + random.nextInt(60_000_000)),
          random.nextBoolean() ? "industrial" : "other"};
      cases.add(c);
      csv.append('r').append(i).append(',').append(String.join(",", c)).append('\n');
    }
    CliRun r = run("tax", "--csv", file("many.csv", csv.toString()).toString(), "--lang", "en");
    List<CSVRecord> out = records(r.out());
    assertThat(out).hasSize(cases.size());
    for (int i = 0; i < cases.size(); i += 97) {
      String[] c = cases.get(i);
      assertThat(out.get(i).get("id")).isEqualTo("r" + i);
      CliRun one = run("tax", "--year", c[0], "--jurisdiction", c[1], "--income", c[2], "--employees", c[3],
          "--assets", c[4], "--industry", c[5], "--json", "--lang", "en");
      if (one.status() == PolicyCli.OK) {
        Map<String, Object> json = one.json();
        assertThat(out.get(i).get("status")).isEqualTo("ok");
        assertThat(out.get(i).get("taxDue")).isEqualTo(json.get("taxDue"));
        assertThat(out.get(i).get("relief")).isEqualTo(json.get("relief"));
        assertThat(out.get(i).get("eligible")).isEqualTo((Boolean) json.get("eligible") ? "yes" : "no");
      } else {
        assertThat(out.get(i).get("status")).isEqualTo("refused");
        assertThat(one.err()).contains(out.get(i).get("error").replaceFirst("^Invalid value in column '(\\w+)'",
            "Invalid value for option '--$1'"));
      }
    }
  }

  @Test
  void prepaymentAndTransferTakeCsvToo() throws IOException {
    Path prepay = file("p.csv", "年度,季度,地区,累计利润,已预缴,符合规模条件\n2024,2,杭州,100万,0,是\n2024,5,杭州,1,0,是\n");
    CliRun p = run("prepay", "--csv", prepay.toString());
    List<CSVRecord> rows = records(p.out());
    assertThat(rows.get(0).toMap()).containsEntry("taxDue", "50000.00").containsEntry("status", "ok");
    assertThat(rows.get(1).get("error")).startsWith("列 '季度' 的值无效：无法读取季度 '5'");
    Path transfer = file("t.csv", "id,jurisdiction,date,unit,public,net-income,split\n"
        + "u1,嘉兴,2016-06-01,university,yes,100万,\"张三=3,李四=1\"\n"
        + "u2,嘉兴,2016-06-01,university,maybe,100万,\n");
    CliRun t = run("transfer", "--csv", transfer.toString());
    List<CSVRecord> tr = records(t.out());
    CliRun single = run("transfer", "--jurisdiction", "嘉兴", "--date", "2016-06-01", "--unit", "university",
        "--public", "--net-income", "100万", "--split", "张三=3,李四=1", "--json");
    assertThat(tr.get(0).get("minimumReward")).isEqualTo(single.json().get("minimumReward"));
    assertThat(tr.get(0).get("split")).startsWith("张三=");
    assertThat(tr.get(1).get("error")).startsWith("列 'public' 的值无效：无法读取“maybe”");
  }
}
