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
  void jsonHasEveryContractFieldWithItsType() {
    Map<String, Object> json = transfer("--jurisdiction", "吉林省", "--date", "2016-06-01", "--net-income", "100万",
        "--unit", "university", "--public", "--proposed", "60万", "--split", "甲=1,乙=1,丙=1");
    assertThat(json).containsEntry("netIncome", "1000000.00").containsEntry("statutoryMinimumShare", "0.50")
        .containsEntry("statutoryMinimumIsHard", true).containsEntry("policyFloorShare", "0.70")
        .containsEntry("minimumReward", "700000.00").containsEntry("complies", false)
        .containsEntry("shortfall", "100000.00");
    List<Map<String, Object>> split = objects(json.get("split"));
    assertThat(split).extracting(m -> m.get("name")).containsExactly("甲", "乙", "丙");
    // 600,000 ÷ 3 to the fen: the parts add up to the proposal exactly.
    assertThat(split).extracting(m -> m.get("amount")).containsExactly("200000.00", "200000.00", "200000.00");
    assertThat((List<?>) json.get("citations")).anySatisfy(c -> assertThat((String) c).startsWith("吉政办发〔2015〕31号 二(二)"))
        .anySatisfy(c -> assertThat((String) c).startsWith("《中华人民共和国促进科技成果转化法（2015年修正）》 第四十五条第一款"));
    assertThat(json.get("warnings")).isInstanceOf(List.class);
  }

  @Test
  void nullsWhereNothingIsProposedOrNoFloorApplies() {
    Map<String, Object> json = transfer("--jurisdiction", "liaoning", "--date", "2016-06-01", "--net-income", "100万");
    assertThat(json).containsEntry("policyFloorShare", null).containsEntry("complies", null)
        .containsEntry("shortfall", null).containsEntry("statutoryMinimumIsHard", false)
        .containsEntry("minimumReward", "500000.00");
    assertThat((List<?>) json.get("split")).isEmpty();
  }

  @Test
  void theFourLocalFloors() {
    assertThat(transfer("--jurisdiction", "gansu", "--date", "2016-06-01", "--net-income", "100万", "--unit",
        "university", "--public").get("policyFloorShare")).isEqualTo("0.50");
    assertThat(transfer("--jurisdiction", "lanbai", "--date", "2016-06-01", "--net-income", "100万", "--unit",
        "research-institute").get("minimumReward")).isEqualTo("900000.00");
    Map<String, Object> jiaxing = transfer("--jurisdiction", "jiaxing", "--date", "2016-06-01", "--net-income",
        "100万", "--unit", "university", "--public", "--provincial", "--proposed", "70万");
    assertThat(jiaxing).containsEntry("policyFloorShare", "0.70").containsEntry("complies", true)
        .containsEntry("shortfall", "0.00");
    // 除合同另有约定外: a contract that provides otherwise displaces Jiaxing's floor.
    assertThat(transfer("--jurisdiction", "jiaxing", "--date", "2016-06-01", "--net-income", "100万", "--unit",
        "university", "--public", "--provincial", "--contract-otherwise").get("policyFloorShare")).isNull();
  }

  @Test
  void theStatuteChangesOnItsFirstDayAndUncertainFloorsAreReportedApart() {
    assertThat(transfer("--jurisdiction", "liaoning", "--date", "2015-09-30", "--net-income", "100万")
        .get("statutoryMinimumShare")).isEqualTo("0.20");
    assertThat(transfer("--jurisdiction", "liaoning", "--date", "2015-10-01", "--net-income", "100万")
        .get("statutoryMinimumShare")).isEqualTo("0.50");
    Map<String, Object> gansu = transfer("--jurisdiction", "gansu", "--date", "2015-06-01", "--net-income", "100万",
        "--unit", "university", "--public");
    assertThat(gansu).containsEntry("policyFloorShare", null).containsEntry("minimumReward", "200000.00");
    Map<?, ?> ifInForce = (Map<?, ?>) gansu.get("ifUncertainFloorInForce");
    assertThat(ifInForce.get("provision")).isEqualTo("GS-2015/2.3");
    assertThat(ifInForce.get("minimumReward")).isEqualTo("500000.00");
    assertThat((List<?>) gansu.get("warnings")).isNotEmpty();
  }

  @Test
  void textReportInChineseAndEnglish() {
    String zh = run("transfer", "--jurisdiction", "lanbai", "--date", "2016-06-01", "--net-income", "100万", "--unit",
        "research-institute", "--split", "张三=3,李四=2,王五=2", "--proposed", "80万").assertSucceeded().out();
    assertThat(zh).startsWith("科技成果转化收益奖励：兰白科技创新改革试验区 (lanbai)，2016-06-01").contains("最低奖励：900,000.00 元")
        .contains("拟奖励 800,000.00 元：不足 100,000.00 元").contains("  张三 (3) 342,857.14 元")
        .contains("  李四 (2) 228,571.43 元").contains("引用条款：");
    String en = run("transfer", "--jurisdiction", "lanbai", "--date", "2016-06-01", "--net-income", "100万",
        "--unit", "research-institute", "--lang", "en").assertSucceeded().out();
    assertThat(en).startsWith("Results-transfer reward: Lanzhou–Baiyin pilot zone (lanbai), 2016-06-01")
        .contains("Minimum reward: 900,000.00 yuan").contains("Citations:");
  }

  @Test
  void theSplitAddsUpExactlyToTheReward() {
    qt().withExamples(40).forAll(longs().between(0, 100_000_000_000L), integers().between(1, 9),
        integers().between(1, 9), integers().between(1, 9)).checkAssert((fen, a, b, c) -> {
          Map<String, Object> json = transfer("--jurisdiction", "jilin", "--date", "2016-06-01", "--net-income",
              "1000万", "--proposed", Cny.ofFen(fen).toPlainString(), "--split", "a=" + a + ",b=" + b + ",c=" + c);
          BigDecimal total = objects(json.get("split")).stream().map(m -> new BigDecimal((String) m.get("amount")))
              .reduce(BigDecimal.ZERO, BigDecimal::add);
          assertThat(total).isEqualByComparingTo(BigDecimal.valueOf(fen, 2));
        });
  }

  @Test
  void refusesBadInputNamingTheOption() {
    assertThat(run("transfer", "--jurisdiction", "jilin", "--date", "1996-09-30", "--net-income", "1")
        .assertRefused("--date").err()).contains("1996-10-01");
    transfer("--jurisdiction", "jilin", "--date", "1996-10-01", "--net-income", "1");
    run("transfer", "--jurisdiction", "jilin", "--date", "1990-01-01", "--net-income", "1").assertRefused("--date");
    run("transfer", "--jurisdiction", "jilin", "--date", "2016-01-01", "--net-income", "-1")
        .assertRefused("--net-income");
    run("transfer", "--jurisdiction", "jilin", "--date", "2016-01-01", "--net-income", "1", "--proposed", "-0.01")
        .assertRefused("--proposed");
    run("transfer", "--jurisdiction", "jilin", "--date", "2016-01-01", "--net-income", "1", "--split", "a=1,a=2")
        .assertRefused("--split");
    run("transfer", "--jurisdiction", "jilin", "--date", "2016-01-01", "--net-income", "1", "--split", "a=0")
        .assertRefused("--split");
    run("transfer", "--jurisdiction", "jilin", "--date", "2016-01-01", "--net-income", "1", "--split", "a")
        .assertRefused("--split");
    run("transfer", "--jurisdiction", "jilin", "--date", "2016-01-01", "--net-income", "1", "--split", "a=x")
        .assertRefused("--split");
    run("transfer", "--jurisdiction", "jilin", "--date", "2016-01-01", "--net-income", "1", "--split", "=1")
        .assertRefused("--split");
  }
}
