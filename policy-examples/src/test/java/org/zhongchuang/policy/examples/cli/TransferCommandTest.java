package org.zhongchuang.policy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.zhongchuang.policy.examples.cli.CliRun.objects;
import static org.zhongchuang.policy.examples.cli.CliRun.run;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.money.Cny;

class TransferCommandTest {

  private static Map<String, Object> transfer(String... args) {
    List<String> all = new ArrayList<>(List.of("transfer"));
    all.addAll(List.of(args));
    all.add("--json");
    return run(all.toArray(String[]::new)).json();
  }

  @Test
  void theJilinUniversityCompliesWithTheLawAndIsShortOfTheProvincialLevel() {
    Map<String, Object> json = transfer("--jurisdiction", "吉林省", "--date", "2016-06-01", "--net-income", "100万",
        "--unit", "university", "--public", "--proposed", "60万", "--split", "甲=1,乙=1,丙=1", "--main", "甲,乙");
    // Before: minimumReward 700000.00, complies false, shortfall 100000.00. The 70% of 吉政办发〔2015〕31号 is a
    // permission ("可以…提高到不低于"): the law's 50% (hard for a state-established university) decides compliance.
    assertThat(json).containsEntry("netIncome", "1000000.00").containsEntry("statutoryMinimumShare", "0.50")
        .containsEntry("statutoryMinimumIsHard", true).containsEntry("minimumReward", "500000.00")
        .containsEntry("complies", "yes").containsEntry("shortfall", "0.00")
        .containsEntry("policyFloorShare", "0.70").containsEntry("policyFloorForce", "permissive")
        .containsEntry("policyFloorReward", "700000.00").containsEntry("policyFloorShortfall", "100000.00")
        .containsEntry("meetsPolicyFloor", "no").containsEntry("bindingShare", "0.50")
        .containsEntry("mode", "transfer").containsEntry("mainContributorsRule", "yes")
        .containsEntry("wageIncomeRule", "no");
    // Two thirds has no decimal that ends: a share is written as the fraction then.
    assertThat(json).containsEntry("mainContributorsShare", "2/3");
    List<Map<String, Object>> split = objects(json.get("split"));
    assertThat(split).extracting(m -> m.get("name")).containsExactly("甲", "乙", "丙");
    assertThat(split).extracting(m -> m.get("amount")).containsExactly("200000.00", "200000.00", "200000.00");
    assertThat(split).extracting(m -> m.get("mainContributor")).containsExactly(true, true, false);
    assertThat(split).allSatisfy(m -> assertThat(m).doesNotContainKey("wageIncomeCounted"));
    assertThat((List<?>) json.get("citations")).anySatisfy(c -> assertThat((String) c).startsWith("吉政办发〔2015〕31号 二(二)"))
        .anySatisfy(c -> assertThat((String) c).startsWith("《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款"));
    String text = run("transfer", "--jurisdiction", "jilin", "--date", "2016-06-01", "--net-income", "100万",
        "--unit", "university", "--public", "--proposed", "60万", "--lang", "en").assertSucceeded().out();
    assertThat(text).contains("complies with the law").contains("is 100,000.00 short of the local policy level");
  }

  @Test
  void mainContributorsAndWageIncome() {
    Map<String, Object> below = transfer("--jurisdiction", "liaoning", "--date", "2019-01-01", "--net-income",
        "100万", "--unit", "research-institute", "--public", "--proposed", "100万", "--split", "甲=4999,乙=5001",
        "--main", "甲");
    assertThat(below).containsEntry("mainContributorsRule", "no").containsEntry("mainContributorsShare", "0.4999")
        .containsEntry("wageIncomeRule", "yes");
    assertThat(objects(below.get("split"))).extracting(m -> m.get("wageIncomeCounted"))
        .containsExactly("249950.00", "250050.00");
    assertThat(transfer("--jurisdiction", "liaoning", "--date", "2019-01-01", "--net-income", "100万", "--unit",
        "research-institute", "--public", "--proposed", "100万", "--split", "甲=1,乙=1", "--main", "甲")
        .get("mainContributorsRule")).isEqualTo("yes");
    assertThat(transfer("--jurisdiction", "liaoning", "--date", "2019-01-01", "--net-income", "100万", "--unit",
        "enterprise", "--no-own-rule", "--proposed", "100万", "--split", "甲=1").get("mainContributorsRule"))
        .isEqualTo("not-applicable");
    run("transfer", "--jurisdiction", "liaoning", "--date", "2019-01-01", "--net-income", "100万", "--unit",
        "enterprise", "--proposed", "1", "--split", "甲=1", "--main", "乙").assertRefused("--main");
  }

  @Test
  void theOwnRuleDecidesWhetherTheDefaultBindsAndUnsaidGivesBothReadings() {
    String[] base = {"--jurisdiction", "liaoning", "--date", "2016-06-01", "--net-income", "100万", "--unit",
        "enterprise", "--proposed", "60万"};
    Map<String, Object> unsaid = transfer(base);
    assertThat(unsaid).containsEntry("complies", "uncertain").containsEntry("minimumReward", null)
        .containsEntry("minimumRewardReason", "own-rule-unknown")
        .containsEntry("minimumRewardIfUncertainBinds", "500000.00").containsEntry("statutoryMinimumBinds", "uncertain");
    List<String> none = new ArrayList<>(List.of(base));
    none.add("--no-own-rule");
    assertThat(transfer(none.toArray(String[]::new))).containsEntry("complies", "yes")
        .containsEntry("minimumReward", "500000.00");
    List<String> own = new ArrayList<>(List.of(base));
    own.add("--own-rule");
    assertThat(transfer(own.toArray(String[]::new))).containsEntry("minimumReward", null)
        .containsEntry("minimumRewardReason", "own-rule-governs").containsEntry("complies", "uncertain");
  }

  @Test
  void modesAndTheStatuteOnItsFirstDay() {
    assertThat(transfer("--jurisdiction", "liaoning", "--date", "2015-09-30", "--net-income", "100万", "--unit",
        "enterprise").get("minimumReward")).isEqualTo("200000.00");
    assertThat(transfer("--jurisdiction", "liaoning", "--date", "2015-10-01", "--net-income", "100万", "--unit",
        "university", "--public").get("minimumReward")).isEqualTo("500000.00");
    assertThat(transfer("--jurisdiction", "liaoning", "--date", "2015-10-01", "--amount", "100万", "--unit",
        "university", "--public", "--mode", "own-implementation").get("minimumReward")).isEqualTo("50000.00");
    assertThat(transfer("--jurisdiction", "liaoning", "--date", "2015-10-01", "--unit", "university", "--public",
        "--mode", "equity")).containsEntry("minimumReward", null).containsEntry("bindingShare", "0.50");
    run("transfer", "--jurisdiction", "liaoning", "--date", "2015-10-01", "--unit", "university", "--public",
        "--mode", "bonus").assertRefused("--mode");
  }

  @Test
  void uncertainFloorsAreReportedBothWays() {
    Map<String, Object> gansu = transfer("--jurisdiction", "gansu", "--date", "2015-06-01", "--net-income", "100万",
        "--unit", "university", "--public", "--proposed", "60万");
    assertThat(gansu).containsEntry("policyFloorShare", null).containsEntry("minimumReward", "200000.00")
        .containsEntry("complies", "yes").containsEntry("meetsPolicyFloor", "uncertain");
    Map<?, ?> ifInForce = (Map<?, ?>) gansu.get("ifUncertainFloorInForce");
    assertThat(ifInForce.get("provision")).isEqualTo(Map.of("id", "GS-2015/2.3", "document", "《甘肃省发展众创空间推进大众创新创业实施方案》", "clause", "二(三)"));
    assertThat(ifInForce.get("policyFloorReward")).isEqualTo("500000.00");
    assertThat(ifInForce.get("policyFloorShortfall")).isEqualTo("0.00");
  }

  @Test
  void theRequiredFactsAreNamedAsOptions() {
    run("transfer", "--jurisdiction", "jilin", "--date", "2016-01-01", "--net-income", "1")
        .assertRefused("--unit");
    assertThat(run("transfer", "--jurisdiction", "jilin", "--date", "2016-01-01", "--net-income", "1", "--unit",
        "university").err()).contains("--public | --not-public").contains("第四十五条第二款");
    assertThat(run("transfer", "--jurisdiction", "jilin", "--date", "2016-01-01", "--unit", "enterprise").err())
        .contains("--net-income");
  }

  @Test
  void theSplitAddsUpExactlyToTheReward() {
    qt().withExamples(40).forAll(longs().between(0, 100_000_000_000L), integers().between(1, 9),
        integers().between(1, 9), integers().between(1, 9)).checkAssert((fen, a, b, c) -> {
          Map<String, Object> json = transfer("--jurisdiction", "jilin", "--date", "2016-06-01", "--net-income",
              "1000万", "--unit", "enterprise", "--proposed", Cny.ofFen(fen).toPlainString(), "--split",
              "a=" + a + ",b=" + b + ",c=" + c);
          BigDecimal total = objects(json.get("split")).stream().map(m -> new BigDecimal((String) m.get("amount")))
              .reduce(BigDecimal.ZERO, BigDecimal::add);
          assertThat(total).isEqualByComparingTo(BigDecimal.valueOf(fen, 2));
        });
  }

  @Test
  void refusesBadInputNamingTheOption() {
    assertThat(run("transfer", "--jurisdiction", "jilin", "--date", "1996-09-30", "--net-income", "1", "--unit", "enterprise")
        .assertRefused("--date").err()).contains("1996-10-01");
    transfer("--jurisdiction", "jilin", "--date", "1996-10-01", "--net-income", "1", "--unit", "enterprise");
    run("transfer", "--jurisdiction", "jilin", "--date", "1990-01-01", "--net-income", "1", "--unit", "enterprise").assertRefused("--date");
    run("transfer", "--jurisdiction", "jilin", "--date", "2016-01-01", "--net-income", "-1", "--unit", "enterprise")
        .assertRefused("--net-income");
    run("transfer", "--jurisdiction", "jilin", "--date", "2016-01-01", "--net-income", "1", "--unit", "enterprise", "--proposed", "-0.01")
        .assertRefused("--proposed");
    run("transfer", "--jurisdiction", "jilin", "--date", "2016-01-01", "--net-income", "1", "--unit", "enterprise", "--split", "a=1,a=2")
        .assertRefused("--split");
    run("transfer", "--jurisdiction", "jilin", "--date", "2016-01-01", "--net-income", "1", "--unit", "enterprise", "--split", "a=0")
        .assertRefused("--split");
    run("transfer", "--jurisdiction", "jilin", "--date", "2016-01-01", "--net-income", "1", "--unit", "enterprise", "--split", "a")
        .assertRefused("--split");
    run("transfer", "--jurisdiction", "jilin", "--date", "2016-01-01", "--net-income", "1", "--unit", "enterprise", "--split", "a=x")
        .assertRefused("--split");
    run("transfer", "--jurisdiction", "jilin", "--date", "2016-01-01", "--net-income", "1", "--unit", "enterprise", "--split", "=1")
        .assertRefused("--split");
  }
}
