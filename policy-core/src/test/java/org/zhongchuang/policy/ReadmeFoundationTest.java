package org.zhongchuang.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.RoundingMode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.SmallLowProfitCriteria;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.text.Text;

/** The README's quick start, verbatim, so it cannot rot. */
class ReadmeFoundationTest {

  @Test
  void quickStart() {
    Cny income = Cny.parse("25万元");                    // 250000.00 — also "250,000.00", "２０万元", "0.5亿"
    Cny tax = income.multipliedBy(Share.percent(10), RoundingMode.HALF_UP);   // 25000.00
    Jurisdiction jiaxing = Jurisdiction.parse("嘉兴市");  // or "jiaxing", "330400"; chain: 嘉兴市 → 浙江省 → 中国

    Catalogue catalogue = Catalogue.builtIn();
    Provision matching = catalogue.byId("JX-2015-90/5.2");
    matching.citation().quote();                          // "对于众创空间获得省和国家资金奖励的，给予1:1地方配套支持。…"
    catalogue.inForceOn(LocalDate.of(2016, 1, 1));        // in force, or UNCERTAIN with the reason (GS-2015 is undated)

    // "What if": a derived catalogue with one provision changed; results cite it as modified.
    Catalogue whatIf = catalogue.withReplaced(catalogue.byId("CN-EIT-REG-92").modifiedTerms(
        ((SmallLowProfitCriteria) catalogue.byId("CN-EIT-REG-92").terms()).withIncomeCeiling(Cny.ofYuan(500_000)),
        Text.of("应纳税所得额上限改为50万元", "income ceiling set to 500,000")));

    assertThat(income).isEqualTo(Cny.ofYuan(250_000));
    assertThat(tax).isEqualTo(Cny.ofYuan(25_000));
    assertThat(jiaxing.chain()).extracting(Jurisdiction::chineseName).containsExactly("嘉兴市", "浙江省", "中国");
    assertThat(matching.citation().quote()).startsWith("对于众创空间获得省和国家资金奖励的，给予1:1地方配套支持。");
    assertThat(whatIf.byId("CN-EIT-REG-92").isModified()).isTrue();
  }
}
