package org.zhongchuang.policy.grants;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhongchuang.policy.catalogue.AwardLevel.MUNICIPAL;
import static org.zhongchuang.policy.catalogue.AwardLevel.NATIONAL;
import static org.zhongchuang.policy.catalogue.AwardLevel.PROVINCIAL;
import static org.zhongchuang.policy.grants.MatchingCalculatorTest.award;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhongchuang.policy.DateNotCoveredException;
import org.zhongchuang.policy.JavaSerialization;
import org.zhongchuang.policy.MissingFactsException;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.batch.CaseOutcome;
import org.zhongchuang.policy.catalogue.AwardLevel;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.MatchingRule;
import org.zhongchuang.policy.explain.Explained;
import org.zhongchuang.policy.explain.Explanation;
import org.zhongchuang.policy.explain.Step;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.text.Text;

/** The engine contract of the four grants calculators (policy-core/ENGINE.md). */
class GrantsContractTest {
  private static final LocalDate DAY = LocalDate.of(2016, 6, 1);

  private static MatchingCase jiaxing(Award... awards) {
    return MatchingCase.of(Jurisdiction.JIAXING, List.of(awards));
  }

  // ---------------------------------------------------------------- refusals: a date before any law known

  @Test
  void anAwardDatedBeforeAnyLawTheCatalogueKnowsForThePlaceIsRefusedNotMatchedAtZero() {
    MatchingCalculator calculator = MatchingCalculator.builtIn();
    // The oldest provision for Jiaxing's chain is the 1996 results-transfer law, in force from 1996-10-01.
    assertThatThrownBy(() -> calculator.assess(jiaxing(award(PROVINCIAL, "5", "1996-09-30"))))
        .isInstanceOfSatisfying(DateNotCoveredException.class, e -> {
          assertThat(e.firstKnown()).isEqualTo(LocalDate.of(1996, 10, 1));
          assertThat(e.message(Language.EN)).startsWith("1996-09-30 is before the law applicable in Jiaxing")
              .contains("from 1996-10-01", "accepted: from 1996-10-01 on");
          assertThat(e.message(Language.ZH)).contains("1996-09-30", "嘉兴市适用的规定", "1996-10-01");
        });
    MatchingAssessment first = calculator.assess(jiaxing(award(PROVINCIAL, "5", "1996-10-01")));
    assertThat(first.lines().get(0).reason()).isEqualTo(MatchingReason.BEFORE_IN_FORCE);
    assertThat(first.matchingAmount()).isEqualTo(Cny.ZERO);
    // One award out of range refuses the whole case, whichever place it has in the list.
    assertThatThrownBy(() -> calculator.assess(jiaxing(award(NATIONAL, "5", "2016-01-01"),
        award(MUNICIPAL, "5", "1990-01-01")))).isInstanceOf(DateNotCoveredException.class)
        .hasMessageContaining("1990-01-01");
    // Where no place of the chain has a rule, the date is still refused rather than answered with zero.
    assertThatThrownBy(() -> calculator.assess(MatchingCase.of(Jurisdiction.LIAONING,
        List.of(award(NATIONAL, "5", "1990-01-01"))))).isInstanceOf(DateNotCoveredException.class);
    // A rule named by id: the places of the rule's jurisdiction.
    assertThatThrownBy(() -> calculator.assess(MatchingCase.builder().rule("JX-2015-90/5.2")
        .award(award(NATIONAL, "5", "1990-01-01")).build())).isInstanceOf(DateNotCoveredException.class);
  }

  @Test
  void aMatchingCaseNeedsAPlaceOrARuleAndItsAwardsButNotBoth() {
    assertThatThrownBy(() -> MatchingCase.builder().build()).isInstanceOfSatisfying(MissingFactsException.class,
        e -> assertThat(e.facts()).containsExactly("makerSpace", "awards"));
    assertThatThrownBy(() -> MatchingCase.builder().makerSpace(Jurisdiction.JIAXING).build())
        .isInstanceOfSatisfying(MissingFactsException.class, e -> assertThat(e.facts()).containsExactly("awards"));
    assertThatThrownBy(() -> MatchingCase.builder().makerSpace(Jurisdiction.JIAXING).rule("JX-2015-90/5.2")
        .awards(List.of()).build()).isInstanceOf(PolicyInputException.class)
        .hasMessageContaining("accepted: one of them");
    assertThat(MatchingCase.builder().makerSpace(Jurisdiction.JIAXING).awards(List.of()).build())
        .isEqualTo(MatchingCase.of(Jurisdiction.JIAXING, List.of()));
  }

  @Test
  void everyRefusalHasItsWordsInBothLanguages() {
    List<PolicyInputException> refusals = new ArrayList<>();
    refusals.add(catchRefusal(() -> Award.of(NATIONAL, Cny.ZERO, DAY, "科技部")));
    refusals.add(catchRefusal(() -> Award.of(NATIONAL, Cny.ofFen(1), DAY, " ")));
    refusals.add(catchRefusal(() -> SupportCase.of("JX-2015-90/5.1", Cny.parse("-1"), DAY)));
    refusals.add(catchRefusal(() -> TargetCase.of(Jurisdiction.JIAXING, Map.of("mentors", -1L))));
    refusals.add(catchRefusal(() -> TargetCalculator.builtIn().assess(TargetCase.of(Jurisdiction.LIAONING, Map.of()))));
    refusals.add(catchRefusal(() -> TargetCalculator.builtIn().assess(TargetCase.of(Jurisdiction.JIAXING,
        Map.of("x", 1L)))));
    refusals.add(catchRefusal(() -> LeaveCalculator.builtIn().assess(LeaveCase.of(LeaveCalculator.JIAXING_LEAVE,
        LocalDate.of(2015, 11, 30)))));
    refusals.add(catchRefusal(() -> MatchingCalculator.builtIn().assess(jiaxing(award(NATIONAL, "1", "1990-01-01")))));
    refusals.add(catchRefusal(() -> MatchingCase.builder().build()));
    for (PolicyInputException e : refusals) {
      String zh = e.message(Language.ZH);
      String en = e.message(Language.EN);
      assertThat(en).as("English message").isEqualTo(e.getMessage()).containsAnyOf("accepted", "missing");
      assertThat(zh).as("Chinese message of '%s'", en).isNotEqualTo(en).containsAnyOf("可接受", "缺少");
    }
  }

  private static PolicyInputException catchRefusal(Runnable r) {
    try {
      r.run();
    } catch (PolicyInputException e) {
      return e;
    }
    throw new AssertionError("not refused");
  }

  // ---------------------------------------------------------------- assessAll

  @Test
  void assessAllKeepsARefusedCaseInItsPlaceAndGoesOn() {
    MatchingCalculator matching = MatchingCalculator.builtIn();
    List<MatchingCase> cases = List.of(jiaxing(award(NATIONAL, "100", "2016-03-01")),
        jiaxing(award(NATIONAL, "100", "1990-01-01")), jiaxing(award(PROVINCIAL, "7", "2017-03-01")));
    for (Stream<MatchingCase> stream : List.of(cases.stream(), cases.parallelStream())) {
      List<CaseOutcome<MatchingCase, MatchingAssessment>> outcomes = matching.assessAll(stream)
          .collect(Collectors.toList());
      assertThat(outcomes).extracting(CaseOutcome::input).isEqualTo(cases);
      assertThat(outcomes).extracting(CaseOutcome::isAssessed).containsExactly(true, false, true);
      assertThat(outcomes.get(1).refusal().orElseThrow()).isInstanceOf(DateNotCoveredException.class);
      assertThat(outcomes.get(2).result().orElseThrow().matchingAmount()).isEqualTo(Cny.ofYuan(7));
    }

    List<CaseOutcome<SupportCase, SupportAssessment>> floors = SupportFloorCalculator.builtIn().assessAll(Stream.of(
        SupportCase.of("JX-2015-90/5.1", Cny.ofYuan(1), DAY), SupportCase.of("JX-2015-90/5.3", Cny.ofYuan(1), DAY)))
        .collect(Collectors.toList());
    assertThat(floors).extracting(CaseOutcome::isAssessed).containsExactly(true, false);

    List<CaseOutcome<TargetCase, TargetAssessment>> targets = TargetCalculator.builtIn().assessAll(Stream.of(
        TargetCase.of(Jurisdiction.ZHEJIANG, Map.of()), TargetCase.of(Jurisdiction.GANSU, Map.of("incubators", 50L))))
        .collect(Collectors.toList());
    assertThat(targets).extracting(CaseOutcome::isAssessed).containsExactly(false, true);

    List<CaseOutcome<LeaveCase, LeaveAssessment>> leaves = LeaveCalculator.builtIn().assessAll(Stream.of(
        LeaveCase.of(LeaveCalculator.JIAXING_LEAVE, DAY), LeaveCase.of("JX-2015-90/6.2", DAY)))
        .collect(Collectors.toList());
    assertThat(leaves).extracting(CaseOutcome::isAssessed).containsExactly(true, false);
    assertThat(leaves.get(0).result().orElseThrow().lastDay()).isEqualTo(LocalDate.of(2019, 6, 1));
  }

  // ---------------------------------------------------------------- values

  @Test
  void assessmentsAreValuesOfTheirCaseResultsAndCatalogue() throws Exception {
    MatchingCase c = jiaxing(award(NATIONAL, "300000", "2016-03-01"), award(MUNICIPAL, "5", "2016-04-01"),
        award(NATIONAL, "10", "2021-06-01"));
    MatchingAssessment a = MatchingCalculator.builtIn().assess(c);
    MatchingAssessment b = MatchingCalculator.of(Catalogue.builtIn()).assess(
        jiaxing(award(NATIONAL, "300000", "2016-03-01"), award(MUNICIPAL, "5", "2016-04-01"),
            award(NATIONAL, "10", "2021-06-01")));
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotSameAs(b);
    assertThat(a).isNotEqualTo(MatchingCalculator.builtIn().assess(jiaxing(award(NATIONAL, "300000", "2016-03-01"))));
    // The same numbers from another catalogue (a rule changed in a way that does not touch these awards).
    Catalogue capped = Catalogue.builtIn().withModified("JX-2015-90/5.2", MatchingRule.class,
        r -> r.withCapPerAward(Cny.ofYuan(1_000_000)), Text.of("每笔上限100万元", "capped at 1,000,000 per award"));
    MatchingAssessment other = MatchingCalculator.of(capped).assess(c);
    assertThat(other.matchingAmount()).isEqualTo(a.matchingAmount());
    assertThat(other.lines()).isEqualTo(a.lines());
    assertThat(other).isNotEqualTo(a);
    assertThat(a.toString()).isEqualTo("MatchingAssessment[330400, rule JX-2015-90/5.2, 3 awards, matching"
        + " 300000.00, uncertain 10.00]");
    assertThat(a.explanation()).isEqualTo(b.explanation());
    MatchingAssessment back = JavaSerialization.roundTrip(a);
    assertThat(back).isEqualTo(a);
    assertThat(back.explanation()).isEqualTo(a.explanation());

    SupportAssessment s = SupportFloorCalculator.builtIn().assess(SupportCase.of("JX-2015-90/5.1", Cny.ofYuan(1), DAY));
    assertThat(s).isEqualTo(SupportFloorCalculator.builtIn().assess(SupportCase.of("JX-2015-90/5.1", Cny.ofYuan(1),
        DAY))).hasSameHashCodeAs(SupportFloorCalculator.builtIn().assess(SupportCase.of("JX-2015-90/5.1",
        Cny.ofYuan(1), DAY)));
    assertThat(s).isNotEqualTo(SupportFloorCalculator.builtIn().assess(SupportCase.of("JX-2015-90/5.1",
        Cny.ofYuan(2), DAY)));
    assertThat(s.toString()).contains("proposed 1.00", "floor 500000.00", "meets NO", "shortfall 499999.00");
    assertThat(JavaSerialization.roundTrip(s)).isEqualTo(s);

    TargetAssessment t = TargetCalculator.builtIn().assess(TargetCase.of(Jurisdiction.GANSU, Map.of("incubators", 50L)));
    assertThat(t).isEqualTo(TargetCalculator.builtIn().assess(TargetCase.of(Jurisdiction.GANSU,
        Map.of("incubators", 50L)))).hasSameHashCodeAs(TargetCalculator.builtIn().assess(
        TargetCase.of(Jurisdiction.GANSU, Map.of("incubators", 50L))));
    assertThat(t).isNotEqualTo(TargetCalculator.builtIn().assess(TargetCase.of(Jurisdiction.GANSU,
        Map.of("incubators", 49L))));
    assertThat(t.toString()).isEqualTo("TargetAssessment[620000, incubators MET, ALL_MET]");
    assertThat(JavaSerialization.roundTrip(t)).isEqualTo(t);

    LeaveAssessment l = LeaveCalculator.builtIn().assess(LeaveCase.of(LeaveCalculator.JIAXING_LEAVE, DAY));
    assertThat(l).isEqualTo(LeaveCalculator.builtIn().assess(LeaveCase.of(LeaveCalculator.JIAXING_LEAVE, DAY)))
        .hasSameHashCodeAs(LeaveCalculator.builtIn().assess(LeaveCase.of(LeaveCalculator.JIAXING_LEAVE, DAY)));
    assertThat(l).isNotEqualTo(LeaveCalculator.builtIn().assess(LeaveCase.of(LeaveCalculator.JIAXING_LEAVE,
        DAY.plusDays(1))));
    assertThat(l.toString()).contains("last day 2019-06-01");
    assertThat(JavaSerialization.roundTrip(l)).isEqualTo(l);
  }

  @Test
  void twoThreadsBuildingOneExplanationBuildEqualValues() throws Exception {
    MatchingAssessment a = MatchingCalculator.builtIn().assess(jiaxing(award(NATIONAL, "1", "2016-03-01"),
        award(PROVINCIAL, "2", "2021-03-01"), award(MUNICIPAL, "3", "2016-03-01")));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Callable<Explanation> read = a::explanation;
      List<Future<Explanation>> built = pool.invokeAll(List.of(read, read, read, read));
      for (Future<Explanation> e : built) {
        assertThat(e.get()).isEqualTo(built.get(0).get());
      }
    } finally {
      pool.shutdown();
    }
  }

  // ---------------------------------------------------------------- templates

  private static Properties templates(String file) throws IOException {
    Properties p = new Properties();
    try (InputStream in = GrantsContractTest.class.getResourceAsStream("/org/zhongchuang/policy/text/" + file)) {
      assertThat(in).as(file).isNotNull();
      p.load(new InputStreamReader(in, UTF_8));
    }
    return p;
  }

  @ParameterizedTest
  @ValueSource(strings = {"grants.properties", "grants_zh.properties"})
  void everyStepKindAndEveryEnumOfTheResultsHasATemplateInEachShippedLanguage(String file) throws IOException {
    Properties own = templates(file);
    for (GrantsStep kind : GrantsStep.values()) {
      assertThat(own.getProperty(kind.key())).as("%s in %s", kind.key(), file).isNotBlank();
    }
    List<Class<? extends Enum<?>>> enums = List.of(MatchingReason.class, TargetStatus.class, TargetOverall.class,
        AwardLevel.class, HolidayRule.class);
    for (Class<? extends Enum<?>> type : enums) {
      for (Enum<?> constant : type.getEnumConstants()) {
        String key = "enum." + type.getSimpleName() + "." + constant.name();
        assertThat(own.getProperty(key)).as("%s in %s", key, file).isNotBlank();
      }
    }
  }

  @Test
  void bothLanguagesHaveTheSameKeysAndTheSameHoles() throws IOException {
    Properties en = templates("grants.properties");
    Properties zh = templates("grants_zh.properties");
    assertThat(new TreeMap<>(zh).keySet()).isEqualTo(new TreeMap<>(en).keySet());
    Pattern hole = Pattern.compile("\\{(\\d+)}");
    for (String key : en.stringPropertyNames()) {
      assertThat(holes(hole, zh.getProperty(key))).as(key).isEqualTo(holes(hole, en.getProperty(key)));
    }
    // Every formula template belongs to a step kind.
    for (String key : en.stringPropertyNames()) {
      if (key.endsWith(".formula")) {
        String kind = key.substring(0, key.length() - ".formula".length());
        assertThat(EnumSet.allOf(GrantsStep.class)).extracting(GrantsStep::key).as(key).contains(kind);
      }
    }
  }

  private static List<String> holes(Pattern hole, String template) {
    List<String> out = new ArrayList<>();
    Matcher m = hole.matcher(template);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out.stream().distinct().sorted().collect(Collectors.toList());
  }

  // ---------------------------------------------------------------- the same numbers in both languages

  /** Every run of digits in the steps (descriptions and formulas) and the warnings, sorted. */
  private static List<String> digits(Explained result, Language language) {
    Explanation e = result.explanation();
    List<String> texts = new ArrayList<>();
    for (Step s : e.steps()) {
      texts.add(s.description(language));
      texts.add(s.formula(language));
    }
    e.warnings().forEach(w -> texts.add(w.description(language)));
    List<String> runs = new ArrayList<>();
    Matcher m = Pattern.compile("\\d+").matcher(String.join("\n", texts));
    while (m.find()) {
      runs.add(m.group());
    }
    runs.sort(null);
    return runs;
  }

  @Test
  void renderingInChineseAndInEnglishGivesTheSameNumbers() {
    Catalogue capped = Catalogue.builtIn().withModified("JX-2015-90/5.2", MatchingRule.class,
        r -> r.withRatio(Share.percent(50)).withCapPerAward(Cny.ofYuan(100_000)).withCapPerYear(Cny.ofYuan(150_000))
            .withEligibleLevels(EnumSet.of(NATIONAL, PROVINCIAL)),
        Text.of("比例改为50%，每笔上限100,000元，每年上限150,000元", "50%, at most 100,000 per award and 150,000 per year"));
    List<Explained> results = List.of(
        MatchingCalculator.builtIn().assess(jiaxing(award(NATIONAL, "300000", "2016-03-01"),
            award(MUNICIPAL, "5", "2016-04-01"), award(NATIONAL, "10", "2015-11-30"),
            award(PROVINCIAL, "2000.5", "2021-06-01"), award(NATIONAL, "7", "2022-01-01"))),
        MatchingCalculator.of(capped).assess(jiaxing(award(NATIONAL, "300000", "2017-03-01"),
            award(PROVINCIAL, "120000.01", "2017-05-01"), award(NATIONAL, "9", "2021-02-01"))),
        MatchingCalculator.builtIn().assess(MatchingCase.of(Jurisdiction.ZHEJIANG,
            List.of(award(NATIONAL, "5", "2016-01-01")))),
        SupportFloorCalculator.builtIn().assess(SupportCase.of("JX-2015-90/5.1", Cny.parse("499999.99"), DAY)),
        SupportFloorCalculator.builtIn().assess(SupportCase.of("JX-2015-90/5.1", Cny.parse("600000"),
            LocalDate.of(2021, 6, 1))),
        TargetCalculator.builtIn().assess(TargetCase.of(Jurisdiction.JIAXING, Map.of("maker-spaces", 99L,
            "vc-funds-yuan", 12_345_678_901L))),
        TargetCalculator.builtIn().assess(TargetCase.of(Jurisdiction.JILIN, Map.of("makers", 10_001L))),
        LeaveCalculator.builtIn().assess(LeaveCase.of(LeaveCalculator.JIAXING_LEAVE, LocalDate.of(2016, 2, 29))),
        LeaveCalculator.builtIn().assess(LeaveCase.of(LeaveCalculator.JIAXING_LEAVE, LocalDate.of(2019, 3, 2))),
        LeaveCalculator.builtIn().assess(LeaveCase.of(LeaveCalculator.JIAXING_LEAVE, LocalDate.of(2021, 3, 1))));
    for (Explained result : results) {
      assertThat(digits(result, Language.ZH)).as("%s", result).isEqualTo(digits(result, Language.EN))
          .isNotEmpty();
      assertThat(result.render(Language.EN)).doesNotContain("{", "}");
      assertThat(result.render(Language.ZH)).doesNotContain("{", "}");
    }
  }
}
