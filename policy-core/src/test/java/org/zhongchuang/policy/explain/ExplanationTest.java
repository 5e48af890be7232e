package org.zhongchuang.policy.explain;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

  private final Explanation explanation = LegacyText.explanation(List.of(
      LegacyText.decision(Text.of("省级奖励可获配套", "provincial awards are matched"), matching),
      LegacyText.computation(Text.of("配套金额", "matching"), "200,000.00 × 1 = 200,000.00", Cny.ofYuan(200_000),
          List.of(matching, law)),
      LegacyText.computation(Text.of("合计", "total"), "", Cny.ofYuan(200_000), List.of(spec))),
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
  void aClauseCitedByManyProvisionsIsQuotedOnce() {
    Catalogue catalogue = Catalogue.builtIn();
    Citation spaces = catalogue.byId("JL-2015-31/1.3-spaces").citation();
    Citation makers = catalogue.byId("JL-2015-31/1.3-makers").citation();
    Explanation targets = LegacyText.explanation(List.of(LegacyText.decision(Text.of("空间", "spaces"), spaces),
        LegacyText.decision(Text.of("创客", "makers"), makers), LegacyText.decision(Text.of("配套", "matching"), matching)),
        List.of());
    String zh = targets.render(Language.ZH);
    assertThat(zh.split("到２０２０年，形成完善", -1)).hasSize(2);
    assertThat(zh).contains("嘉政办发〔2015〕90号 五(二)（");
    String en = targets.render(Language.EN);
    assertThat(en.split("到２０２０年，形成完善", -1)).hasSize(2);
    assertThat(en).contains("— " + spaces.gloss() + " | " + makers.gloss() + "\n");
    assertThat(targets.citations()).containsExactly(spaces, makers, matching);
  }

  @Test
  void aDocumentDatedOnlyToAWindowSaysSoInEachLanguage() {
    Citation gansu = Catalogue.builtIn().byId("GS-2015/2.3").citation();
    assertThat(Citations.render(gansu, Language.ZH)).startsWith(
        "《甘肃省发展众创空间推进大众创新创业实施方案》 二(三)（甘肃省人民政府办公厅，2015-03-02 至 2015-12-31 之间）：“");
    assertThat(Citations.render(gansu, Language.EN)).startsWith(
        "《甘肃省发展众创空间推进大众创新创业实施方案》 二(三) (甘肃省人民政府办公厅, between 2015-03-02 and 2015-12-31): \"");
    Citation march2015 = Catalogue.builtIn().byId("CN-CS-2015-34").citation();
    assertThat(Citations.render(march2015, Language.ZH)).startsWith(
        "财税〔2015〕34号 第一条（财政部 国家税务总局，2015-03-13）：“");
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
    Explanation bare = LegacyText.explanation(List.of(LegacyText.decision(Text.of("不是小型微利企业", "not a small low-profit enterprise"))),
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

  @Test
  void rendersEveryPartInItsPlaceAndNumbersTheSteps() {
    Explanation two = LegacyText.explanation(List.of(
        LegacyText.computation(Text.of("配套", "matching"), "1.00 × 1 = 1.00", Cny.ofYuan(1), List.of(matching, law)),
        LegacyText.decision(Text.of("结论", "conclusion"))), List.of(Text.of("甲", "a"), Text.of("乙", "b")));
    assertThat(two.render(Language.ZH)).isEqualTo("计算过程：\n"
        + " 1. 配套\n    1.00 × 1 = 1.00\n    依据：嘉政办发〔2015〕90号 五(二)；" + law.reference() + "\n"
        + " 2. 结论\n"
        + "注意：\n ! 甲\n ! 乙\n"
        + "引用条款：\n - " + Citations.render(matching, Language.ZH) + "\n - " + Citations.render(law, Language.ZH)
        + "\n");
    assertThat(two.render(Language.EN)).isEqualTo("Steps:\n"
        + " 1. matching\n    1.00 × 1 = 1.00\n    Per: 嘉政办发〔2015〕90号 五(二); " + law.reference() + "\n"
        + " 2. conclusion\n"
        + "Warnings:\n ! a\n ! b\n"
        + "Citations:\n - " + Citations.render(matching, Language.EN) + "\n - " + Citations.render(law, Language.EN)
        + "\n");
  }

  @Test
  void citationsRenderWithIssuerDateQuoteAndGloss() {
    assertThat(Citations.render(matching, Language.ZH)).isEqualTo(matching.reference() + "（"
        + matching.document().issuer() + "，" + matching.document().issued() + "）：“" + matching.quote() + "”");
    assertThat(Citations.render(spec, Language.ZH)).endsWith("”（要旨，非原文）");
    assertThat(Citations.render(spec, Language.EN)).endsWith("\" (operative wording, not verbatim) — " + spec.gloss());
    assertThat(Citations.render(law, Language.EN)).isEqualTo(law.reference() + " (" + law.document().issuer() + ", "
        + law.document().issued() + "): \"" + law.quote() + "\" — " + law.gloss());
    assertThatThrownBy(() -> Citations.render(null, Language.ZH)).hasMessage("citation");
    assertThatThrownBy(() -> Citations.render(law, null)).hasMessage("language");
    assertThatThrownBy(() -> explanation.render(null)).hasMessage("language");
  }

  @Test
  void stepsAreValues() {
    Step step = Step.computed(LegacyText.Kind.TEXT, Cny.ofYuan(1), List.of(law), Text.of("配套", "matching"), "1 × 1 = 1");
    Step same = LegacyText.computation(Text.of("配套", "matching"), "1 × 1 = 1", Cny.ofYuan(1), List.of(law));
    assertThat(step).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo("matching: 1 × 1 = 1");
    assertThat(step.amount()).contains(Cny.ofYuan(1));
    assertThat(step.kind()).isEqualTo(LegacyText.Kind.TEXT);
    assertThat(step.args()).containsExactly(Text.of("配套", "matching"), "1 × 1 = 1");
    assertThat(step.description(Language.EN)).isEqualTo("matching");
    assertThat(step.description(Language.ZH)).isEqualTo("配套");
    assertThat(step.formula(Language.EN)).isEqualTo("1 × 1 = 1");
    assertThat(step.citations()).containsExactly(law);
    assertThat(step).isNotEqualTo(LegacyText.computation(Text.of("配套", "other"), "1 × 1 = 1", Cny.ofYuan(1), List.of(law)))
        .isNotEqualTo(LegacyText.computation(Text.of("配套", "matching"), "1 × 1 = 2", Cny.ofYuan(1), List.of(law)))
        .isNotEqualTo(LegacyText.computation(Text.of("配套", "matching"), "1 × 1 = 1", Cny.ofYuan(2), List.of(law)))
        .isNotEqualTo(LegacyText.computation(Text.of("配套", "matching"), "1 × 1 = 1", Cny.ofYuan(1), List.of(spec)))
        .isNotEqualTo(Step.of(LegacyText.Kind.TEXT, List.of(law), Text.of("配套", "matching"), "1 × 1 = 1"));
    assertThat(step.hashCode()).isNotEqualTo(LegacyText.decision(Text.of("配套", "matching"), law).hashCode());
    assertThat(step).hasToString("explain.text[matching, 1 × 1 = 1] = 1.00");
    Step decision = LegacyText.decision(Text.of("结论", "conclusion"), law, spec);
    assertThat(decision.amount()).isEmpty();
    assertThat(decision.formula(Language.EN)).isEmpty();
    assertThat(decision.citations()).containsExactly(law, spec);
  }

  @Test
  void refusesNullParts() {
    assertThatThrownBy(() -> Step.of(null, List.of())).hasMessage("kind");
    assertThatThrownBy(() -> Step.of(LegacyText.Kind.TEXT, (List<Citation>) null)).hasMessage("citations");
    assertThatThrownBy(() -> Step.computed(LegacyText.Kind.TEXT, null, List.of())).hasMessage("amount");
    assertThatThrownBy(() -> new Explanation(null, List.of())).hasMessage("steps");
    assertThatThrownBy(() -> new Explanation(List.of(), null)).hasMessage("warnings");
  }
}
