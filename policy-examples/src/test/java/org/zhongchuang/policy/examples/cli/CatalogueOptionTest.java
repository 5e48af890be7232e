package org.zhongchuang.policy.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.zhongchuang.policy.examples.cli.CliRun.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --catalogue FILE} on every subcommand, with the two example files shipped in {@code policy-examples/catalogue}
 * (a reform and a made-up county opinion), and a place anywhere in China.
 */
class CatalogueOptionTest {
  static final String REFORM = Path.of("catalogue/reform-2030.yaml").toString();
  static final String HAINING = Path.of("catalogue/haining-example.yaml").toString();

  @TempDir Path dir;

  @Test
  void aPlaceAnywhereInChinaGetsTheProvisionsOfEveryPlaceItLiesWithin() {
    Map<String, Object> hangzhou = run("tax", "--jurisdiction", "杭州", "--year", "2024", "--income", "200万",
        "--employees", "45", "--assets", "800万", "--json").json();
    assertThat(hangzhou).containsEntry("jurisdiction", Map.of("code", "330100", "name", "杭州市")).containsEntry("taxDue", "100000.00");
    Map<String, Object> haining = run("transfer", "--jurisdiction", "海宁市", "--date", "2016-06-01", "--net-income",
        "100万", "--unit", "university", "--public", "--provincial", "--json").json();
    // 海宁市 lies within 嘉兴市: Jiaxing's 70% for provincial universities reaches it.
    assertThat(haining).containsEntry("jurisdiction", Map.of("code", "330481", "name", "海宁市")).containsEntry("policyFloorShare", "0.70");
  }

  @Test
  void theReformExtendsTheReliefTo2030WithACeilingOfFiveMillion() {
    String[] args = {"tax", "--jurisdiction", "杭州市", "--year", "2029", "--income", "400万", "--employees", "45",
        "--assets", "800万", "--industry", "other", "--json"};
    Map<String, Object> law = run(args).json();
    assertThat(law).containsEntry("eligible", false).containsEntry("taxDue", "1000000.00");
    Map<String, Object> whatIf = run(with(args, "--catalogue", REFORM)).json();
    assertThat(whatIf).containsEntry("eligible", true).containsEntry("taxDue", "200000.00");
    assertThat((List<?>) whatIf.get("warnings")).anySatisfy(w -> assertThat((String) w)
        .contains("公告2023年第12号").contains("上限由300万元提高至500万元"));
  }

  @Test
  void theCountyOpinionChangesTheTransferResult() {
    String[] args = {"transfer", "--jurisdiction", "海宁市", "--date", "2024-06-01", "--net-income", "100万",
        "--unit", "university", "--public", "--proposed", "60万", "--json"};
    Map<String, Object> law = run(args).json();
    assertThat(law).containsEntry("policyFloorShare", null).containsEntry("minimumReward", "500000.00");
    Map<String, Object> county = run(with(args, "--catalogue", HAINING)).json();
    assertThat(county).containsEntry("policyFloorShare", "0.80");
    assertThat((List<?>) county.get("citations")).anySatisfy(c -> assertThat((String) c)
        .startsWith("海政办发〔2024〕示例号 三"));
  }

  @Test
  void everySubcommandTakesTheOption() {
    run("catalog", "--jurisdiction", "海宁市", "--catalogue", HAINING).assertSucceeded();
    assertThat(run("catalog", "--jurisdiction", "海宁市", "--catalogue", HAINING).out())
        .contains("HN-EXAMPLE-2024/3");
    run("match", "--jurisdiction", "jiaxing", "--date", "2016-06-01", "--award", "provincial=5",
        "--catalogue", REFORM).assertSucceeded();
    assertThat(run("demo", "--catalogue", REFORM).assertSucceeded().out()).contains("policy tax");
  }

  @Test
  void aMalformedFileIsRefusedOnOneLineNamingTheFileLineAndField() throws IOException {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, Files.readString(Path.of(HAINING), UTF_8).replace("minimum: 80%", "minimum: 80.5.%"), UTF_8);
    CliRun r = run("transfer", "--catalogue", bad.toString(), "--jurisdiction", "海宁市", "--date", "2024-06-01",
        "--net-income", "100万", "--unit", "university", "--public");
    r.assertRefused("--catalogue");
    assertThat(r.err()).contains(bad + ":35：provisions[HN-EXAMPLE-2024/3].terms.minimum：无法读取比例“80.5.%”");
    CliRun english = run("transfer", "--catalogue", bad.toString(), "--jurisdiction", "海宁市", "--date", "2024-06-01",
        "--net-income", "100万", "--unit", "university", "--public", "--lang", "en");
    assertThat(english.err()).contains(bad + ":35: provisions[HN-EXAMPLE-2024/3].terms.minimum: cannot read share"
        + " '80.5.%'");
    CliRun missing = run("tax", "--catalogue", dir.resolve("nope.yaml").toString(), "--jurisdiction", "china",
        "--year", "2020", "--income", "1", "--qualifies", "--lang", "en");
    missing.assertRefused("--catalogue");
    assertThat(missing.err()).contains("nope.yaml: cannot read the file (there is no such file)");
  }

  private static String[] with(String[] args, String... more) {
    String[] all = new String[args.length + more.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return all;
  }
}
