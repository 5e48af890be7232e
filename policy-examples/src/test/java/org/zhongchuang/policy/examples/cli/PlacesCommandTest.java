package org.zhongchuang.policy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhongchuang.policy.examples.cli.CliRun.objects;
import static org.zhongchuang.policy.examples.cli.CliRun.run;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlacesCommandTest {

  @Test
  void aCodeGivesThePlaceItsLevelAndThePlacesItLiesWithin() {
    Map<String, Object> json = run("places", "330481", "--json").json();
    assertThat(json.get("count")).asString().isEqualTo("1");
    assertThat(json.get("chosen")).isEqualTo(Map.of("code", "330481", "name", "海宁市"));
    Map<String, Object> haining = objects(json.get("places")).get(0);
    assertThat(haining).containsEntry("code", "330481").containsEntry("chineseName", "海宁市")
        .containsEntry("shortName", "海宁").containsEntry("pinyin", "haining").containsEntry("level", "county");
    assertThat(haining.get("within")).isEqualTo(List.of(Map.of("code", "330400", "name", "嘉兴市"),
        Map.of("code", "330000", "name", "浙江省"), Map.of("code", "china", "name", "中国")));
    assertThat(((Map<?, ?>) json.get("input")).get("query")).isEqualTo("330481");
  }

  @Test
  void aSharedNameListsEveryPlaceAndWhichOneJurisdictionTakes() {
    String zh = run("places", "吉林").assertSucceeded().out();
    assertThat(zh).startsWith("“吉林”：2 个地区；--jurisdiction 吉林 即 吉林省 (220000)\n")
        .contains("220000  吉林省  Jilin  省级  中国\n").contains("220200  吉林市  Jilin  地级  吉林省 › 中国\n");
    Map<String, Object> chaoyang = run("places", "朝阳", "--json", "--lang", "en").json();
    assertThat(chaoyang.get("chosen")).isNull();
    assertThat(objects(chaoyang.get("places"))).extracting(p -> p.get("code"))
        .containsExactly("110105", "211300", "211321", "220104");
    assertThat(run("places", "朝阳", "--lang", "en").assertSucceeded().out())
        .startsWith("'朝阳': 4 places; --jurisdiction refuses this ambiguous name");
  }

  @Test
  void pinyinInSeveralWordsAndZones() {
    assertThat(run("places", "nei", "menggu").assertSucceeded().out()).contains("150000  内蒙古自治区");
    Map<String, Object> lanbai = run("places", "兰白试验区", "--json").json();
    assertThat(objects(lanbai.get("places")).get(0)).containsEntry("level", "zone").containsEntry("code", "lanbai");
  }

  @Test
  void aTextNamingNoPlaceIsRefusedWithNearPlaces() {
    run("places", "mars").assertRefused("mars");
    assertThat(run("places", "嘉").assertRefused("嘉").err()).contains("嘉兴市");
    run("places").assertRefused("QUERY");
  }
}
