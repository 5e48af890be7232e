package org.zhongchuang.policy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhongchuang.policy.examples.cli.CliRun.objects;
import static org.zhongchuang.policy.examples.cli.CliRun.run;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.catalogue.Catalogue;

class CatalogCommandTest {

  @Test
  void listsEveryBuiltInProvisionAsJsonWithTheContractFields() {
    Map<String, Object> json = run("catalog", "--json").json();
    List<Map<String, Object>> provisions = objects(json.get("provisions"));
    assertThat(provisions).hasSize(Catalogue.builtIn().size());
    for (Map<String, Object> p : provisions) {
      assertThat(p).containsKeys("id", "document", "jurisdiction", "clause", "inForce");
      assertThat(p.get("id")).isInstanceOf(String.class);
      assertThat(p.get("document")).isInstanceOf(String.class);
      assertThat(p.get("jurisdiction")).isInstanceOf(Map.class);
      assertThat(p.get("clause")).isInstanceOf(String.class);
      assertThat(p.get("inForce")).as("no --date: not asked").isNull();
    }
    Map<String, Object> matching = byId(provisions).get("JX-2015-90/5.2");
    assertThat(matching).containsEntry("document", "嘉政办发〔2015〕90号").containsEntry("jurisdiction", Map.of("code", "330400", "name", "嘉兴市"))
        .containsEntry("clause", "五(二)");
    assertThat(byId(provisions).get("GS-2015/2.3").get("document")).asString().startsWith("《甘肃省");
  }

  @Test
  void saysTrueFalseOrUncertainOnADate() {
    Map<String, Map<String, Object>> on2015 =
        byId(objects(run("catalog", "--date", "2015-06-01", "--json").json().get("provisions")));
    assertThat(on2015.get("JL-2015-31/2.2").get("inForce")).isEqualTo("no"); // from 2015-06-08
    assertThat(on2015.get("CN-CS-2015-34").get("inForce")).isEqualTo("yes");
    assertThat(on2015.get("GS-2015/2.3").get("inForce")).isEqualTo("uncertain"); // issued 2015-03-02 ~ 2015-12-31
    assertThat(on2015.get("GS-2015/2.3").get("reason")).asString().contains("2015-03-02");

    Map<String, Map<String, Object>> on2022 =
        byId(objects(run("catalog", "--date", "2022-01-01", "--json").json().get("provisions")));
    assertThat(on2022.get("JX-2015-90/5.2").get("inForce")).isEqualTo("no"); // repealed in 2021
    assertThat(on2022.get("GS-2015/2.3").get("inForce")).isEqualTo("yes");
    assertThat(byId(objects(run("catalog", "--date", "2021-06-01", "--json").json().get("provisions")))
        .get("JX-2015-90/5.2").get("inForce")).isEqualTo("uncertain");
  }

  @Test
  void aJurisdictionSelectsItsOwnProvisionsAndThoseAboveIt() {
    for (String name : List.of("lanbai", "兰白科技创新改革试验区")) {
      Map<String, Object> json = run("catalog", "--jurisdiction", name, "--json").json();
      Map<String, Map<String, Object>> ids = byId(objects(json.get("provisions")));
      assertThat(ids).containsKeys("GS-2015/2.10", "GS-2015/2.3", "N-2015-1").doesNotContainKeys("JX-2015-90/5.2",
          "JL-2015-31/2.2");
      assertThat(json.get("jurisdiction")).isEqualTo(Map.of("code", "lanbai", "name", "兰白科技创新改革试验区"));
    }
    Map<String, Object> jiaxing = run("catalog", "--jurisdiction", "330400", "--json").json();
    assertThat(byId(objects(jiaxing.get("provisions")))).containsKeys("JX-2015-90/5.2", "CN-EIT-4")
        .doesNotContainKeys("GS-2015/2.3");
  }

  @Test
  void textReportIsChineseByDefaultAndEnglishOnRequest() {
    String zh = run("catalog", "--jurisdiction", "jiaxing", "--date", "2021-06-01").assertSucceeded().out();
    assertThat(zh).startsWith("条款目录：嘉兴市 (330400)").contains("JX-2015-90/5.2 | 嘉政办发〔2015〕90号 五(二) | 330400 | 不确定")
        .contains("CN-EIT-4 | ").contains("| 有效 |");
    String en = run("catalog", "--jurisdiction", "jiaxing", "--date", "2022-01-01", "--lang", "en")
        .assertSucceeded().out();
    assertThat(en).startsWith("Catalogue: Jiaxing (330400)").contains("JX-2015-90/5.2 | 嘉政办发〔2015〕90号 五(二) | 330400 | not in force");
  }

  @Test
  void theEarliestAnswerableDateIsTheEarliestProvisionStart() {
    // N-1996 starts 1996-10-01: the day before, the catalogue knows no law at all.
    run("catalog", "--date", "1996-10-01", "--json").assertSucceeded();
    CliRun before = run("catalog", "--date", "1996-09-30").assertRefused("--date");
    assertThat(before.err()).contains("1996-10-01");
    run("catalog", "--date", "1990-01-01", "--json").assertRefused("--date");
  }

  @Test
  void refusesBadInputNamingTheOption() {
    run("catalog", "--jurisdiction", "mars").assertRefused("--jurisdiction");
    run("catalog", "--date", "2016-13-01").assertRefused("--date");
    run("catalog", "--date", "yesterday", "--json").assertRefused("--date");
    run("catalog", "--date").assertRefused("--date");
    run("catalog", "--lang", "fr").assertRefused("--lang");
    run("catalog", "--colour").assertRefused("--colour");
  }

  private static Map<String, Map<String, Object>> byId(List<Map<String, Object>> provisions) {
    return provisions.stream().collect(Collectors.toMap(p -> (String) p.get("id"), p -> p));
  }
}
