package org.zhongchuang.policy.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;
import org.zhongchuang.policy.Answer;
import org.zhongchuang.policy.MissingFactsException;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.Target;
import org.zhongchuang.policy.explain.Caveat;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.text.Text;

class TargetCalculatorTest {
  private final TargetCalculator calculator = TargetCalculator.builtIn();

  private TargetAssessment assess(Jurisdiction place, Map<String, Long> figures) {
    return calculator.assess(TargetCase.of(place, figures));
  }

  /** Every Jiaxing target exactly at its threshold. */
  private static Map<String, Long> jiaxingAtThreshold() {
    Map<String, Long> figures = new HashMap<>();
    figures.put("maker-spaces", 100L);
    figures.put("vc-institutions", 20L);
    figures.put("vc-funds-yuan", 10_000_000_000L);
    figures.put("innovation-talents", 50_000L);
    figures.put("mentors", 500L);
    figures.put("tech-smes", 3_000L);
    figures.put("high-tech-enterprises", 800L);
    return figures;
  }

  @Test
  void eachJurisdictionHasItsOwnTargets() {
    assertThat(calculator.targetsOf(Jurisdiction.JIAXING)).extracting(Provision::id).containsExactly(
        "JX-2015-90/2.1", "JX-2015-90/2.2-institutions", "JX-2015-90/2.2-funds", "JX-2015-90/2.3-talents",
        "JX-2015-90/2.3-mentors", "JX-2015-90/2.4-smes", "JX-2015-90/2.4-hte");
    assertThat(calculator.targetsOf(Jurisdiction.JILIN)).hasSize(4);
    assertThat(calculator.targetsOf(Jurisdiction.GANSU)).extracting(Provision::id).containsExactly("GS-2015/1.2");
    assertThat(calculator.targetsOf(Jurisdiction.ZHEJIANG)).isEmpty();
    assertThat(calculator.targetsOf(Jurisdiction.JIAXING)).allSatisfy(
        p -> assertThat(((Target) p.terms()).deadline()).isEqualTo(Year.of(2020)));
  }

  @Test
  void everyTargetAtItsThresholdIsMet() {
    TargetAssessment report = assess(Jurisdiction.JIAXING, jiaxingAtThreshold());
    assertThat(report.attainments()).hasSize(7).allSatisfy(a -> {
      assertThat(a.status()).isEqualTo(TargetStatus.MET);
      assertThat(a.ratio()).contains(Share.ONE);
    });
    assertThat(report.overall()).isEqualTo(TargetOverall.ALL_MET);
    assertThat(report.allMet()).isEqualTo(Answer.YES);
    assertThat(report.warnings()).isEmpty();
    // One citation per target (each with its own gloss), from the four clauses 二(一) to 二(四).
    assertThat(report.citations()).hasSize(7).extracting(c -> c.reference()).containsOnly(
        "嘉政办发〔2015〕90号 二(一)", "嘉政办发〔2015〕90号 二(二)", "嘉政办发〔2015〕90号 二(三)", "嘉政办发〔2015〕90号 二(四)");
  }

  @Test
  void oneBelowAThresholdMissesItAndTheWhole() {
    Map<String, Long> figures = jiaxingAtThreshold();
    figures.put("vc-funds-yuan", 9_999_999_999L);
    TargetAssessment report = assess(Jurisdiction.JIAXING, figures);

    TargetAttainment funds = report.attainments().get(2);
    assertThat(funds.provision().id()).isEqualTo("JX-2015-90/2.2-funds");
    assertThat(funds.status()).isEqualTo(TargetStatus.NOT_MET);
    assertThat(funds.ratio()).contains(Share.ofFraction(9_999_999_999L, 10_000_000_000L));
    assertThat(report.overall()).isEqualTo(TargetOverall.NOT_MET);
    // The exact ratio, every digit: a target missed by one yuan is not shown as 100%.
    assertThat(report.render(Language.EN)).contains("9999999999 < 10000000000 yuan; 9999999999 / 10000000000 ="
        + " 99.99999999%", "1 not met");
  }

  @Test
  void oneAboveAThresholdMeetsIt() {
    Map<String, Long> figures = jiaxingAtThreshold();
    figures.put("mentors", 501L);
    TargetAssessment report = assess(Jurisdiction.JIAXING, figures);
    assertThat(report.attainments().get(4).ratio()).contains(Share.ofFraction(501, 500));
    assertThat(report.render(Language.ZH)).contains("501 ≥ 500 人；501 / 500 = 100.2%");
    assertThat(report.render(Language.EN)).contains("501 ≥ 500 people; 501 / 500 = 100.2%");
    assertThat(report.allMet()).isEqualTo(Answer.YES);
  }

  @Test
  void aMissingFigureIsReportedNotAssumedAndLeavesTheWholeUnknown() {
    Map<String, Long> figures = jiaxingAtThreshold();
    figures.remove("tech-smes");
    TargetAssessment report = assess(Jurisdiction.JIAXING, figures);

    TargetAttainment smes = report.attainments().get(5);
    assertThat(smes.status()).isEqualTo(TargetStatus.NO_FIGURE);
    assertThat(smes.isMet()).isFalse();
    assertThat(smes.actual()).isEmpty();
    assertThat(smes.ratio()).isEmpty();
    assertThat(report.overall()).isEqualTo(TargetOverall.INCOMPLETE);
    assertThat(report.allMet()).isEqualTo(Answer.UNCERTAIN);
    assertThat(report.warnings()).singleElement().satisfies(w -> assertThat(w.description(Language.EN)).contains("tech-smes",
        "not assumed met"));
  }

  @Test
  void aMissedTargetOutweighsAMissingFigure() {
    TargetAssessment report = assess(Jurisdiction.JILIN, Map.of("maker-spaces", 87L));
    assertThat(report.attainments()).extracting(TargetAttainment::status)
        .containsExactly(TargetStatus.NOT_MET, TargetStatus.NO_FIGURE, TargetStatus.NO_FIGURE, TargetStatus.NO_FIGURE);
    assertThat(report.attainments().get(0).ratio()).contains(Share.percent(87));
    assertThat(report.overall()).isEqualTo(TargetOverall.NOT_MET);
    assertThat(report.allMet()).isEqualTo(Answer.NO);
  }

  @Test
  void gansusSingleTargetRatioIsExact() {
    TargetAssessment report = assess(Jurisdiction.GANSU, Map.of("incubators", 61L));
    assertThat(report.attainments().get(0).ratio()).contains(Share.ofFraction(61, 50));
    assertThat(report.render(Language.EN)).contains("61 / 50 = 122%");
    assertThat(report.allMet()).isEqualTo(Answer.YES);
  }

  @Test
  void aModifiedTargetIsUsedAndCitedAsModified() {
    Provision p = Catalogue.builtIn().byId("GS-2015/1.2");
    Target t = (Target) p.terms();
    Catalogue whatIf = Catalogue.builtIn().withReplaced(p.modifiedTerms(
        new Target(t.metric(), t.description(), 70, t.unit(), t.deadline()), Text.of("改为70家", "set to 70")));
    TargetAssessment report = TargetCalculator.of(whatIf).assess(TargetCase.of(Jurisdiction.GANSU, Map.of("incubators", 61L)));

    assertThat(report.overall()).isEqualTo(TargetOverall.NOT_MET);
    // Cited as modified; and, as every result resting on GS-2015, with the window its undated issue lies in.
    assertThat(report.warnings()).extracting(w -> w.kind()).containsExactly(Caveat.MODIFIED, Caveat.ISSUE_WINDOW);
    assertThat(report.warnings().get(0).description(Language.EN)).contains("set to 70");
  }

  @Test
  void metExactlyWhenTheFigureReachesTheThresholdAndTheRatioIsExact() {
    qt().forAll(SourceDSL.longs().between(0, 20_000_000_000L)).checkAssert(actual -> {
      TargetAssessment report = assess(Jurisdiction.JIAXING, Map.of("vc-funds-yuan", actual));
      TargetAttainment funds = report.attainments().get(2);
      assertThat(funds.isMet()).isEqualTo(actual >= 10_000_000_000L);
      assertThat(funds.ratio().orElseThrow().compareTo(Share.ONE) >= 0).isEqualTo(funds.isMet());
      assertThat(funds.ratio().orElseThrow()).isEqualTo(Share.ofFraction(actual, 10_000_000_000L));
      assertThat(report.overall()).isEqualTo(funds.isMet() ? TargetOverall.INCOMPLETE : TargetOverall.NOT_MET);
    });
  }

  @Test
  void refusesUnknownMetricsNegativeFiguresAndPlacesWithoutTargets() {
    assertThatThrownBy(() -> assess(Jurisdiction.JIAXING, Map.of("makerspaces", 1L)))
        .isInstanceOf(PolicyInputException.class).hasMessageContaining("'makerspaces'")
        .hasMessageContaining("accepted: maker-spaces, vc-institutions");
    assertThatThrownBy(() -> assess(Jurisdiction.JIAXING, Map.of("mentors", -1L)))
        .isInstanceOf(PolicyInputException.class).hasMessageContaining("negative");
    assertThatThrownBy(() -> assess(Jurisdiction.LIAONING, Map.of()))
        .isInstanceOf(PolicyInputException.class).hasMessageContaining("no targets")
        // The ids of coded places are their codes since every place is data (they were jilin, jiaxing, gansu).
        .hasMessageContaining("220000, 330400, 620000");
    assertThatThrownBy(() -> assess(Jurisdiction.JIAXING, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> TargetCase.builder().actual("mentors", 1).build())
        .isInstanceOfSatisfying(MissingFactsException.class, e -> assertThat(e.facts()).containsExactly("jurisdiction"));
  }

  @Test
  void theReportListsEveryTargetWithItsClause() {
    String zh = assess(Jurisdiction.JIAXING, Map.of()).render(Language.ZH);
    assertThat(zh).contains("到2020年，创业投资机构管理资金规模 10000000000 元以上", "7 项目标：达到 0 项，未达到 0 项，未提供实际数 7 项",
        "嘉政办发〔2015〕90号 二(三)");
    assertThat(List.of(zh.split("\n"))).filteredOn(l -> l.contains("未提供实际数")).isNotEmpty();
  }
}
