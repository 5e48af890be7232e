package org.zhongchuang.policy.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.law.Citation;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.text.Text;

class ExplanationTest {
  private final Citation matching = Catalogue.builtIn().byId("JX-2015-90/5.2").citation();
  private final Citation law = Catalogue.builtIn().byId("CN-EIT-4").citation();
  private final Citation spec = Catalogue.builtIn().byId("CN-CS-2019-13-1").citation();

  private final Explanation explanation = new Explanation(List.of(
      Step.decision(Text.of("省级奖励可获配套", "provincial awards are matched"), matching),
      Step.computation(Text.of("配套金额", "matching"), "200,000.00 × 1 = 200,000.00", Cny.ofYuan(200_000),
          List.of(matching, law)),
      Step.computation(Text.of("合计", "total"), "", Cny.ofYuan(200_000), List.of(spec))),
      List.of(Text.of("废止日期不详", "repeal date unknown")));

  @Test
  void rendersChineseByStepWithCitationsQuoted() {
    String zh = explanation.render(Language.ZH);
    assertThat(zh).contains("计算过程").contains(" 1. 省级奖励可获配套").contains(" 2. 配套金额")
        .contains("200,000.00 × 1 = 200,000.00").contains("依据：嘉政办发〔2015〕90号 五(二)")
        .contains("注意：").contains("废止日期不详")
        .contains("嘉政办发〔2015〕90号 五(二)（嘉兴市人民政府办公室，2015-12-01）：“对于众创空间获得省和国家资金奖励的")
        .contains("（要旨，非原文）");
    assertThat(zh.indexOf("省级奖励可获配套")).isLessThan(zh.indexOf("配套金额"));
  }

  @Test
  void chineseIsTheDefault() {
    assertThat(explanation.render()).isEqualTo(explanation.render(Language.ZH));
  }

  @Test
  void rendersEnglishWithGloss() {
    String en = explanation.render(Language.EN);
    assertThat(en).contains("Steps:").contains("provincial awards are matched").contains("Warnings:")
        .contains("repeal date unknown").contains("— Provincial and national awards to a maker space are matched 1:1")
        .contains("(operative wording, not verbatim)");
  }

  @Test
  void citationsAreListedOnceInOrderOfFirstUse() {
    assertThat(explanation.citations()).containsExactly(matching, law, spec);
  }

  @Test
  void stepsWithoutFormulaCitationsOrWarningsRenderWithoutThoseParts() {
    Explanation bare = new Explanation(List.of(Step.decision(Text.of("不是小型微利企业", "not a small low-profit enterprise"))),
        List.of());
    assertThat(bare.render(Language.ZH)).isEqualTo("计算过程：\n 1. 不是小型微利企业\n");
    assertThat(bare.render(Language.EN)).isEqualTo("Steps:\n 1. not a small low-profit enterprise\n");
    assertThat(bare.citations()).isEmpty();
  }

  @Test
  void verbatimCitationsAreNotMarkedAsSummaries() {
    assertThat(Citations.render(matching, Language.ZH)).doesNotContain("要旨");
    assertThat(Citations.render(matching, Language.EN)).doesNotContain("not verbatim");
    assertThat(Citations.render(spec, Language.EN)).contains("not verbatim");
  }
}
