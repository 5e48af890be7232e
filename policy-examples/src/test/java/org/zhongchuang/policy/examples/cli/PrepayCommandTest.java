package org.zhongchuang.policy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhongchuang.policy.examples.cli.CliRun.run;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code policy prepay} and the averaged size options of {@code policy tax}. */
class PrepayCommandTest {

  @Test
  void theThirdQuarterOf2024() {
    Map<String, Object> json = run("prepay", "--year", "2024", "--quarter", "3", "--jurisdiction", "杭州",
        "--cumulative-profit", "150万", "--prepaid", "3万", "--employees-quarters", "100,110,110,120,120,120",
        "--assets-quarters", "800万;820万;820万;850万;850万;900万", "--json").json();
    assertThat(json).containsEntry("taxDue", "45000.00").containsEntry("cumulativeTax", "75000.00")
        .containsEntry("eligible", true).containsEntry("prepaid", "30000.00").containsEntry("overpaid", "0.00")
        .containsEntry("employees", "340/3").containsEntry("rule", Map.of("id", "CN-SAT-2023-6-4", "document", "国家税务总局公告2023年第6号", "clause", "四"));
    assertThat(json.get("quarter")).hasToString("3");
    assertThat(run("prepay", "--year", "2024", "--quarter", "3", "--jurisdiction", "杭州", "--cumulative-profit",
        "150万", "--prepaid", "3万", "--qualifies").assertSucceeded().out()).contains("本季度应预缴：45,000.00 元");
  }

  @Test
  void refusalsNameTheOption() {
    run("prepay", "--year", "2018", "--quarter", "3", "--jurisdiction", "杭州", "--cumulative-profit", "1",
        "--prepaid", "0", "--qualifies").assertRefused("--year");
    run("prepay", "--year", "2024", "--quarter", "3", "--jurisdiction", "杭州", "--cumulative-profit", "1",
        "--prepaid", "0").assertRefused("--employees");
    run("prepay", "--year", "2024", "--quarter", "2", "--jurisdiction", "杭州", "--cumulative-profit", "1",
        "--prepaid", "0", "--employees-quarters", "1,1,1,1,1,1", "--assets", "1").assertRefused("--employees-quarters")
        .assertErr("第 2 季度");
    run("tax", "--year", "2023", "--jurisdiction", "杭州", "--income", "1", "--employees", "300.5.1",
        "--assets", "1").assertRefused("--employees");
  }

  @Test
  void aTaxYearTakesAveragedHeadcountsAndQuarters() {
    Map<String, Object> over = run("tax", "--year", "2023", "--jurisdiction", "杭州", "--income", "100万",
        "--employees", "300.5", "--assets", "100万", "--json").json();
    assertThat(over).containsEntry("eligible", false).containsEntry("employees", "300.5");
    Map<String, Object> at = run("tax", "--year", "2023", "--jurisdiction", "杭州", "--income", "100万",
        "--employees", "300", "--assets", "100万", "--json").json();
    assertThat(at).containsEntry("eligible", true).containsEntry("taxDue", "50000.00");
    Map<String, Object> quarters = run("tax", "--year", "2023", "--jurisdiction", "杭州", "--income", "100万",
        "--employees-quarters", "300,301,300,300,300,300,300,300", "--assets-quarters", "100万;100万", "--json").json();
    assertThat(quarters).containsEntry("employees", "300.125").containsEntry("eligible", false);
    run("tax", "--year", "2012", "--jurisdiction", "杭州", "--income", "1", "--industry", "other",
        "--employees-quarters", "1,1", "--assets", "1").assertRefused("--employees-quarters");
  }
}
