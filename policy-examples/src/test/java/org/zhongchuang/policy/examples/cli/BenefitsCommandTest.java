package org.zhongchuang.policy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhongchuang.policy.examples.cli.CliRun.objects;
import static org.zhongchuang.policy.examples.cli.CliRun.run;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code policy benefits}: the example profiles end to end, the JSON contract, both languages, and refusals. */
class BenefitsCommandTest {

  private static Map<String, Object> entitlement(Map<String, Object> json, String item) {
    for (Map<String, Object> group : objects(json.get("groups"))) {
      for (Map<String, Object> e : objects(group.get("entitlements"))) {
        if (e.get("item").equals(item)) {
          return e;
        }
      }
    }
    throw new AssertionError("no " + item);
  }

  private static Map<String, Object> group(Map<String, Object> json, String code) {
    return objects(json.get("groups")).stream().filter(g -> g.get("group").equals(code)).findFirst().orElseThrow();
  }

  @Test
  void theExampleEnterprise() {
    Map<String, Object> json = run("benefits", "--profile", "profiles/enterprise.yaml", "--json").json();
    assertThat(json).containsEntry("schemaVersion", BigDecimal.ONE);
    assertThat(json.get("input")).isEqualTo(Map.of("profile", "profiles/enterprise.yaml", "catalogue", List.of()));
    Map<?, ?> profile = (Map<?, ?>) json.get("profile");
    assertThat(profile.get("audience")).isEqualTo("enterprise");
    assertThat(profile.get("jurisdiction")).isEqualTo(Map.of("code", "330400", "name", "嘉兴市"));
    assertThat(profile.get("taxYear")).isEqualTo(new BigDecimal("2023"));
    assertThat(profile.get("facts")).isEqualTo(List.of("eit"));
    assertThat(profile.containsKey("day")).isTrue();
    assertThat(profile.get("day")).isNull();
    // The hand-computed figures of BenefitsFinderTest: 30,000 + 60,000 + 160,000 of parts, 610,000 in all.
    assertThat(entitlement(json, "research-deduction")).containsEntry("applies", "yes")
        .containsEntry("worth", "30000.00").containsEntry("worthKind", "tax-saved")
        .containsEntry("worthIfUncertain", null).containsEntry("askWhom", null)
        .containsEntry("title", "研发费用加计扣除")
        .containsEntry("why", "不享受研发费用加计扣除时，应纳税额为70,000.00，而非40,000.00")
        .containsEntry("provisions", List.of(Map.of("id", "CN-ANN-2023-7-1", "document", "财政部 税务总局公告2023年第7号",
            "clause", "一")));
    assertThat(entitlement(json, "transfer-income")).containsEntry("worth", "60000.00");
    assertThat(entitlement(json, "small-low-profit")).containsEntry("worth", "160000.00");
    assertThat(group(json, "income-tax")).containsEntry("total", "610000.00").containsEntry("totalIfUncertain", null)
        .containsEntry("title", "企业所得税");
    assertThat(entitlement(json, "CN-GBF-2015-9/2.2")).containsEntry("applies", "uncertain")
        .containsEntry("askWhom", "国务院办公厅").containsEntry("worth", null).containsEntry("worthKind", null)
        .containsEntry("quote", "有条件的地方政府可对众创空间等新型孵化机构的房租、宽带接入费用和用于创业服务的公共软件、开发工具给予适当财政补贴");
    assertThat(entitlement(json, "research-deduction")).containsEntry("quote", null);
    assertThat(group(json, "subsidies")).containsEntry("total", null);
    assertThat(json.get("leftOut")).isEqualTo(Map.of("elsewhere", new BigDecimal("6"), "otherTimes",
        new BigDecimal("33"), "addressedToOthers", new BigDecimal("56")));
    assertThat((List<?>) json.get("citations")).isNotEmpty();
    // The annual return's warnings: a clause number from a secondary source, and why the parts need not add up.
    assertThat((List<?>) json.get("warnings")).hasSize(2).last().asString()
        .startsWith("各项优惠价值之和不必等于全部优惠合计的价值（此处为 250,000.00 与 610,000.00）");
  }

  @Test
  void theExampleMakerSpaceInJson() {
    Map<String, Object> json = run("benefits", "--profile", "profiles/maker-space.json", "--json", "--lang", "en")
        .json();
    assertThat(((Map<?, ?>) json.get("profile")).get("day")).isEqualTo("2020-06-30");
    assertThat(((Map<?, ?>) json.get("profile")).get("facts")).isEqualTo(List.of("incubator", "awards"));
    assertThat(entitlement(json, "property-tax")).containsEntry("worth", "80000.00")
        .containsEntry("worthKind", "tax-exempted").containsEntry("title", "property tax");
    assertThat(entitlement(json, "urban-land-use-tax")).containsEntry("worth", "12000.00");
    assertThat(entitlement(json, "vat")).containsEntry("worth", "45000.00");
    assertThat(group(json, "incubator-taxes")).containsEntry("total", "137000.00");
    assertThat(entitlement(json, "JX-2015-90/5.2")).containsEntry("worth", "400000.00")
        .containsEntry("worthKind", "matched");
    assertThat(entitlement(json, "JX-2015-90/5.1")).containsEntry("worth", null)
        .containsEntry("worthIfUncertain", "500000.00").containsEntry("worthKind", "at-least-if-granted")
        .containsEntry("applies", "uncertain");
    assertThat(group(json, "grants")).containsEntry("total", "400000.00").containsEntry("title",
        "Matching of awards and start-up support");
  }

  @Test
  void theExampleResearcherAsText() {
    String en = run("benefits", "--profile", "profiles/researcher.yaml", "--lang", "en").assertSucceeded().out();
    assertThat(en).startsWith("What a researcher in Jilin may be owed, tax year 2019: 8 provisions could concern it\n"
        + "\n== Rewards for results-transfer, and leave ==\n"
        + "[yes] at least 50% of net transfer or licence income as reward: 500,000.00 (the least reward)\n"
        + "    why: the statute's standard of 50% of the income: it binds this unit; the reward proposed, 600,000.00,"
        + " reaches it\n");
    assertThat(en).contains("[yes] at least 70% of net transfer or licence income as reward: 700,000.00 (the local"
        + " policy level, which does not bind)\n    why: the local policy level of 70% of the income (permitted, not"
        + " required); the reward proposed, 600,000.00, falls short of it by 100,000.00\n");
    String zh = run("benefits", "--profile", "profiles/researcher.yaml").assertSucceeded().out();
    assertThat(zh).startsWith("吉林省的科研人员在2019纳税年度可享受的政策：8条规定可能与之有关\n");
    assertThat(zh).contains("[是] ").doesNotContain("[yes]");
  }

  @Test
  void sectionsAreReadByTheSubcommandsOwnOptions(@TempDir Path dir) throws IOException {
    Path p = dir.resolve("p.yaml");
    Files.writeString(p, "profile: enterprise\nplace: 吉林\nyear: 2019\neit:\n  profit: 200万\n  high-tech: true\n"
        + "  tech-sme: false\n  employees: 50\n  assets: 500万\n", StandardCharsets.UTF_8);
    Map<String, Object> json = run("benefits", "--profile", p.toString(), "--json").json();
    // 2,000,000 in 2019: small low-profit 150,000 beats high-tech 300,000; false leaves a flag out.
    assertThat(entitlement(json, "small-low-profit")).containsEntry("applies", "yes");
    assertThat(entitlement(json, "high-tech")).containsEntry("applies", "no");
    // A transfer takes the profile's day when the section has no date.
    Path t = dir.resolve("t.yaml");
    Files.writeString(t, "profile: research-unit\nplace: 吉林\nday: 2019-06-01\ntransfer:\n  unit: university\n"
        + "  public: yes\n  net-income: 100万\n", StandardCharsets.UTF_8);
    Map<String, Object> unit = run("benefits", "--profile", t.toString(), "--json").json();
    assertThat(entitlement(unit, "N-2015-1")).containsEntry("worth", "500000.00");
    assertThat(((Map<?, ?>) unit.get("profile")).get("taxYear")).isEqualTo(new BigDecimal("2019"));
  }

  @Test
  void aWhatIfCatalogueChangesTheAnswerAndIsCitedAsModified(@TempDir Path dir) throws IOException {
    Path p = dir.resolve("p.yaml");
    Files.writeString(p, "profile: enterprise\nplace: 杭州市\nyear: 2029\neit:\n  profit: 400万\n  employees: 45\n"
        + "  assets: 800万\n  industry: other\n", StandardCharsets.UTF_8);
    // The law as it is: nothing past 2027, so no small low-profit relief in 2029.
    Map<String, Object> law = run("benefits", "--profile", p.toString(), "--json", "--lang", "en").json();
    assertThat(group(law, "income-tax")).containsEntry("total", "0.00");
    // The reform: 4,000,000 × 25% × 20% = 200,000 due instead of 1,000,000.
    Map<String, Object> reform = run("benefits", "--profile", p.toString(), "--json", "--lang", "en", "--catalogue",
        "catalogue/reform-2030.yaml").json();
    assertThat(entitlement(reform, "small-low-profit")).containsEntry("applies", "yes")
        .containsEntry("worth", "800000.00");
    assertThat(group(reform, "income-tax")).containsEntry("total", "800000.00");
    assertThat(((Map<?, ?>) reform.get("input")).get("catalogue")).isEqualTo(List.of("catalogue/reform-2030.yaml"));
    String text = run("benefits", "--profile", p.toString(), "--lang", "en", "--catalogue",
        "catalogue/reform-2030.yaml").assertSucceeded().out();
    assertThat(text).contains("modified");
  }

  @Test
  void refusalsNameTheKeyAndWhatIsAccepted() {
    run("benefits", "--profile", "src/test/resources/profiles/no-year.yaml").assertRefused("year")
        .assertErr("档案“src/test/resources/profiles/no-year.yaml”的“year”：缺少；可接受：纳税年度（如 2023），或给出 day");
    run("benefits", "--profile", "src/test/resources/profiles/government.yaml", "--lang", "en")
        .assertRefused("profile").assertErr("profile 'src/test/resources/profiles/government.yaml' key 'profile':"
            + " 'government' is not a profile; accepted: enterprise, maker-space, research-unit, researcher");
    run("benefits", "--profile", "src/test/resources/profiles/unknown-key.yaml", "--lang", "en")
        .assertRefused("budget").assertErr("key 'budget': unknown key; accepted: profile, place, year, day, eit");
    run("benefits", "--profile", "src/test/resources/profiles/bad-amount.yaml", "--lang", "en")
        .assertRefused("--profit").assertErr("key 'eit': ").assertErr("1.234")
        .assertErr("(the section's keys are the options of policy eit, without the leading --)");
    run("benefits", "--profile", "src/test/resources/profiles/transfer-no-date.yaml", "--lang", "en")
        .assertRefused("transfer.date").assertErr("missing; accepted: the section's date (YYYY-MM-DD), or the"
            + " profile's day");
    run("benefits", "--profile", "src/test/resources/profiles/broken.yaml", "--lang", "en")
        .assertRefused("--profile").assertErr("is not valid YAML or JSON (line ");
    run("benefits", "--profile", "src/test/resources/profiles/broken.yaml").assertErr("不是有效的 YAML 或 JSON（第 ");
    run("benefits", "--profile", "src/test/resources/profiles/eit-no-profit.yaml", "--lang", "en")
        .assertRefused("--profit");
    run("benefits", "--profile", "src/test/resources/profiles/eit-year.yaml", "--lang", "en")
        .assertRefused("eit.year").assertErr("given by the profile's year and place; not repeated in a section");
    run("benefits", "--profile", "src/test/resources/profiles/day-other-year.yaml", "--lang", "en")
        .assertRefused("2022-05-01").assertErr("the day 2022-05-01 is not in the tax year 2023");
    run("benefits", "--profile", "src/test/resources/profiles/eit-unknown-option.yaml", "--lang", "en")
        .assertRefused("--colour");
    run("benefits", "--profile", "src/test/resources/profiles/absent.yaml", "--lang", "en")
        .assertRefused("--profile").assertErr("cannot read 'src/test/resources/profiles/absent.yaml'");
  }

  @Test
  void aListOrMappingWhereAValueBelongs(@TempDir Path dir) throws IOException {
    Path p = dir.resolve("p.json");
    Files.writeString(p, "{\"profile\": \"enterprise\", \"place\": {\"a\": 1}, \"year\": 2020}",
        StandardCharsets.UTF_8);
    run("benefits", "--profile", p.toString(), "--lang", "en").assertRefused("place")
        .assertErr("must be a value or a list of values");
    Files.writeString(p, "[1, 2]", StandardCharsets.UTF_8);
    run("benefits", "--profile", p.toString(), "--lang", "en").assertRefused("--profile")
        .assertErr("must be a mapping (profile, place, year…)");
    Files.writeString(p, "{\"profile\": \"enterprise\", \"place\": \"嘉兴\", \"year\": 2020, \"eit\": [1]}",
        StandardCharsets.UTF_8);
    run("benefits", "--profile", p.toString(), "--lang", "en").assertRefused("eit")
        .assertErr("must be a mapping (option: value)");
    Files.writeString(p, "{\"profile\": \"enterprise\", \"place\": \"火星\", \"year\": 2020}", StandardCharsets.UTF_8);
    run("benefits", "--profile", p.toString(), "--lang", "en").assertRefused("place");
    Files.writeString(p, "{\"profile\": \"enterprise\", \"place\": \"嘉兴\", \"year\": \"20x0\"}",
        StandardCharsets.UTF_8);
    run("benefits", "--profile", p.toString(), "--lang", "en").assertRefused("year")
        .assertErr("'20x0' is not a year; accepted: four digits, e.g. 2023");
    Files.writeString(p, "{\"profile\": \"enterprise\", \"place\": \"嘉兴\", \"day\": \"2020-02-30\"}",
        StandardCharsets.UTF_8);
    run("benefits", "--profile", p.toString(), "--lang", "en").assertRefused("day")
        .assertErr("'2020-02-30' is not a date; accepted: YYYY-MM-DD, e.g. 2023-06-30");
    Files.writeString(p, "{\"place\": \"嘉兴\", \"year\": 2020}", StandardCharsets.UTF_8);
    run("benefits", "--profile", p.toString(), "--lang", "en").assertRefused("profile")
        .assertErr("missing; accepted: enterprise, maker-space, research-unit, researcher");
    Files.writeString(p, "{\"profile\": \"enterprise\", \"year\": 2020}", StandardCharsets.UTF_8);
    run("benefits", "--profile", p.toString(), "--lang", "en").assertRefused("place")
        .assertErr("missing; accepted: a code (330400), pinyin (jiaxing) or Chinese name (嘉兴市)");
  }
}
