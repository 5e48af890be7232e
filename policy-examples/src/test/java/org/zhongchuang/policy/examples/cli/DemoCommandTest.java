package org.zhongchuang.policy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhongchuang.policy.examples.cli.CliRun.run;

import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.explain.Citations;
import org.zhongchuang.policy.law.QuoteKind;
import org.zhongchuang.policy.text.Language;

class DemoCommandTest {

  @Test
  void citesEveryClauseOfTheFiveSeedDocumentsInFullInBothLanguages() {
    for (Language language : Language.shipped()) {
      String out = run("demo", "--lang", language.code()).assertSucceeded().out();
      for (Provision p : Catalogue.builtIn().all()) {
        if (p.citation().quoteKind() == QuoteKind.SEED_VERBATIM) {
          // A clause cited by several provisions is quoted once, with each English gloss.
          String line = Citations.render(p.citation(), language);
          String quoted = language == Language.EN ? line.substring(0, line.lastIndexOf(" — ")) : line;
          assertThat(out).as("%s cited in the %s demo", p.id(), language).contains(quoted);
          if (language == Language.EN) {
            assertThat(out).as("%s glossed in the EN demo", p.id()).contains(p.citation().gloss());
          }
        }
      }
    }
  }

  @Test
  void showsEachWorkedCaseWithItsAmount() {
    String out = run("demo").assertSucceeded().out();
    assertThat(out).startsWith("众创空间政策计算演示")
        // Jilin incubated start-up, 2015: 200,000 × 50% × 20%
        .contains("$ policy tax --jurisdiction jilin --year 2015 --income 20万 --incubated")
        .contains("应纳税额：20,000.00 元")
        // Jiaxing 2015 split year and a new enterprise
        .contains("应纳税额：43,750.00 元").contains("应纳税额：25,000.00 元")
        // the 2016 ceiling and the cliff one fen above it
        .contains("应纳税额：30,000.00 元").contains("应纳税额：75,000.00 元")
        // the four reward floors: Jilin 70%, Gansu 50%, Lanbai 90% split 3:2:2, Jiaxing 70%
        // (the Jilin university complies with the law's 50% and is 100,000 short of the province's permissive 70%)
        .contains("法定最低奖励：500,000.00 元").contains("地方政策水平：700,000.00 元")
        .contains("建议奖励 600,000.00 符合法律规定").contains("比地方政策水平 700,000.00（70%，吉政办发〔2015〕31号 二(二)）少 100,000.00")
        .contains("地方政策水平：500,000.00 元")
        .contains("地方政策水平：900,000.00 元").contains("  张三 (3) 385,714.28 元").contains("  李四 (2) 257,142.86 元")
        .contains("建议奖励 700,000.00 达到地方政策水平 700,000.00")
        // 1:1 matching, start-up floor, leave
        .contains("配套合计：800,000.00 元")
        .contains("拟支持 600,000.00 元：达到下限 500,000.00 元").contains("拟支持 499,999.99 元：低于下限，差 0.01 元")
        .contains("2016-03-01 离岗，最迟 2019-03-01")
        .contains("以下实际数为演示用的假设数字，并非统计数据。")
        .contains("1,000,000.00 × 50% = 500,000.00 元").contains("1,000,000.00 × 15% = 150,000.00 元");
  }
}
