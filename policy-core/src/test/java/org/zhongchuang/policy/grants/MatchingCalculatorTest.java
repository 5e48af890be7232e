package org.zhongchuang.policy.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.zhongchuang.policy.catalogue.AwardLevel.COUNTY;
import static org.zhongchuang.policy.catalogue.AwardLevel.MUNICIPAL;
import static org.zhongchuang.policy.catalogue.AwardLevel.NATIONAL;
import static org.zhongchuang.policy.catalogue.AwardLevel.OTHER;
import static org.zhongchuang.policy.catalogue.AwardLevel.PROVINCIAL;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.catalogue.AwardLevel;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.WrongTermsException;
import org.zhongchuang.policy.catalogue.Confidence;
import org.zhongchuang.policy.catalogue.MatchingRule;
import org.zhongchuang.policy.catalogue.NoFormula;
import org.zhongchuang.policy.catalogue.NoFormulaException;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.explain.Caveat;
import org.zhongchuang.policy.law.Citation;
import org.zhongchuang.policy.law.IssueDate;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.law.PolicyDocument;
import org.zhongchuang.policy.law.QuoteKind;
import org.zhongchuang.policy.law.ValidityPeriod;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.text.Text;

class MatchingCalculatorTest {
  private static final Catalogue BUILT_IN = Catalogue.builtIn();
  private static final MatchingCalculator JX = MatchingCalculator.builtIn();

  static Award award(AwardLevel level, String amount, LocalDate date) {
    return Award.of(level, Cny.parse(amount), date, "awarding body");
  }

  static Award award(AwardLevel level, String amount, String date) {
    return award(level, amount, LocalDate.parse(date));
  }

  private static MatchingLine only(MatchingAssessment result) {
    assertThat(result.lines()).hasSize(1);
    return result.lines().get(0);
  }

  static MatchingAssessment match(Jurisdiction place, List<Award> awards) {
    return JX.assess(MatchingCase.of(place, awards));
  }

  /** A rule the built-in catalogue lacks, added to it and named by id in the case. */
  static MatchingAssessment match(Provision rule, List<Award> awards) {
    return WITH_RULE.computeIfAbsent(rule, r -> MatchingCalculator.of(BUILT_IN.withAdded(r)))
        .assess(MatchingCase.builder().rule(rule.id()).awards(awards).build());
  }

  private static final Map<Provision, MatchingCalculator> WITH_RULE = new java.util.concurrent.ConcurrentHashMap<>();

  /** The description of a line's step, in English. */
  private static String detail(MatchingAssessment result, int line) {
    return result.lineSteps().get(line).description(Language.EN);
  }

  @Nested
  class JiaxingOneToOne {
    @Test
    void matchesNationalAndProvincialAwardsOneToOneAndSumsThemExactly() {
      MatchingAssessment result = match(Jurisdiction.JIAXING, List.of(
          award(NATIONAL, "300000", "2016-03-01"),
          award(PROVINCIAL, "123456.78", "2017-07-15"),
          award(MUNICIPAL, "50000", "2017-08-01")));

      assertThat(result.rule()).map(Provision::id).contains("JX-2015-90/5.2");
      assertThat(result.lines()).extracting(MatchingLine::reason)
          .containsExactly(MatchingReason.MATCHED, MatchingReason.MATCHED, MatchingReason.LEVEL_NOT_ELIGIBLE);
      assertThat(result.lines()).extracting(MatchingLine::matched)
          .containsExactly(Cny.parse("300000"), Cny.parse("123456.78"), Cny.ZERO);
      assertThat(result.matchingAmount()).isEqualTo(Cny.parse("423456.78"));
      assertThat(result.uncertainAmount()).isEqualTo(Cny.ZERO);
      assertThat(result.citations()).extracting(Citation::reference).containsExactly("嘉政办发〔2015〕90号 五(二)");
      assertThat(result.warnings()).isEmpty();
    }

    @Test
    void municipalCountyAndOtherLevelsAreNotEligible() {
      for (AwardLevel level : List.of(MUNICIPAL, COUNTY, OTHER)) {
        MatchingAssessment result = match(Jurisdiction.JIAXING, List.of(award(level, "10000", "2017-01-01")));
        MatchingLine line = only(result);
        assertThat(line.reason()).isEqualTo(MatchingReason.LEVEL_NOT_ELIGIBLE);
        assertThat(line.matched()).isEqualTo(Cny.ZERO);
        assertThat(line.product()).isEqualTo(Cny.ZERO);
        assertThat(line.capApplied()).isEmpty();
        assertThat(detail(result, 0)).contains("matched levels: national, provincial");
      }
    }

    @Test
    void anAwardDatedBeforeTheFirstDayInForceIsNotMatchedAndOneOnThatDayIs() {
      MatchingAssessment result = match(Jurisdiction.JIAXING, List.of(
          award(NATIONAL, "1000", "2015-11-30"), award(NATIONAL, "1000", "2015-12-01")));

      assertThat(result.lines()).extracting(MatchingLine::reason)
          .containsExactly(MatchingReason.BEFORE_IN_FORCE, MatchingReason.MATCHED);
      assertThat(detail(result, 0)).contains("2015-11-30 is before the start (2015-12-01)");
      assertThat(result.matchingAmount()).isEqualTo(Cny.ofYuan(1000));
    }

    @Test
    void theRepealYearIsUncertainAndReportedApartNeverInTheTotal() {
      // Repeal effective some day of 2021: last day in force between 2020-12-31 and 2021-12-30.
      MatchingAssessment result = match(Jurisdiction.JIAXING, List.of(
          award(NATIONAL, "1000", "2020-12-31"),
          award(PROVINCIAL, "2000", "2021-01-01"),
          award(NATIONAL, "4000.50", "2021-12-30"),
          award(NATIONAL, "8000", "2021-12-31"),
          award(PROVINCIAL, "16000", "2022-01-01")));

      assertThat(result.lines()).extracting(MatchingLine::reason).containsExactly(MatchingReason.MATCHED,
          MatchingReason.IN_FORCE_UNCERTAIN, MatchingReason.IN_FORCE_UNCERTAIN, MatchingReason.AFTER_END,
          MatchingReason.AFTER_END);
      assertThat(result.lines()).extracting(MatchingLine::uncertain).containsExactly(Cny.ZERO, Cny.ofYuan(2000),
          Cny.parse("4000.50"), Cny.ZERO, Cny.ZERO);
      assertThat(result.matchingAmount()).isEqualTo(Cny.ofYuan(1000));
      assertThat(result.uncertainAmount()).isEqualTo(Cny.parse("6000.50"));
      // The rule is not relied on for the uncertain dates (one caveat for the repeal's window), and the summary.
      assertThat(result.warnings()).hasSize(2);
      assertThat(result.warnings().get(0).kind()).isEqualTo(Caveat.NOT_RELIED_ON);
      assertThat(result.warnings().get(0).description(Language.EN)).contains("is not relied on",
          "2021-01-01 – 2021-12-30", "嘉政发〔2021〕34号");
      assertThat(result.warnings().get(1)).satisfies(w -> {
        assertThat(w.kind()).isEqualTo(GrantsStep.MATCHING_UNCERTAIN_AWARDS);
        assertThat(w.description(Language.EN)).contains("2 award(s)", "6,000.50");
        assertThat(w.description(Language.ZH)).contains("6,000.50", "未计入合计");
      });
    }

    @Test
    void aMakerSpaceInsideJiaxingIsBoundByJiaxingsRuleButZhejiangHasNone() {
      Jurisdiction nanhu = Jurisdiction.define("nanhu-test", null, "南湖区", "Nanhu", Jurisdiction.JIAXING);
      List<Award> awards = List.of(award(NATIONAL, "5000", "2018-01-01"));

      assertThat(match(nanhu, awards).matchingAmount()).isEqualTo(Cny.ofYuan(5000));
      MatchingAssessment zhejiang = match(Jurisdiction.ZHEJIANG, awards);
      assertThat(zhejiang.rule()).isEmpty();
      assertThat(only(zhejiang).reason()).isEqualTo(MatchingReason.NO_MATCHING_PROVISION);
    }

    @Test
    void aJurisdictionWithNoMatchingProvisionOwesZeroAndSaysWhy() {
      MatchingAssessment result = match(Jurisdiction.LIAONING, List.of(
          award(NATIONAL, "5000", "2018-01-01"), award(PROVINCIAL, "7000", "2019-01-01")));

      assertThat(result.rule()).isEmpty();
      assertThat(result.lines()).extracting(MatchingLine::reason)
          .containsOnly(MatchingReason.NO_MATCHING_PROVISION);
      assertThat(result.matchingAmount()).isEqualTo(Cny.ZERO);
      assertThat(result.citations()).isEmpty();
      assertThat(result.warnings()).singleElement()
          .satisfies(w -> assertThat(w.description(Language.EN)).contains("Liaoning, China", "no provision promises any matching"));
    }

    @Test
    void noAwardsOweNothing() {
      MatchingAssessment result = match(Jurisdiction.JIAXING, List.of());
      assertThat(result.lines()).isEmpty();
      assertThat(result.matchingAmount()).isEqualTo(Cny.ZERO);
    }

    @Test
    void rendersBothLanguagesWithTheNumbersAndTheClause() {
      MatchingAssessment result = match(Jurisdiction.JIAXING, List.of(
          award(NATIONAL, "300000", "2016-03-01"), award(PROVINCIAL, "2000", "2021-06-01")));

      assertThat(result.render(Language.ZH)).contains("国家级奖励 300,000.00 元", "300,000.00 × 100% = 300,000.00",
          "给予1:1地方配套支持", "配套合计", "效力不确定");
      assertThat(result.render(Language.EN)).contains("national award of 300,000.00", "Matching owed",
          "2,000.00", "嘉政办发〔2015〕90号 五(二)");
    }
  }

  @Nested
  class RulesAreData {
    @Test
    void aReplacedRuleChangesTheResultAndIsCitedAsModified() {
      Provision jx = BUILT_IN.byId("JX-2015-90/5.2");
      MatchingRule half = new MatchingRule(Share.percent(50), ImmutableSet.of(NATIONAL), Optional.empty(),
          Optional.empty());
      Catalogue whatIf = BUILT_IN.withReplaced(jx.modifiedTerms(half, Text.of("配套比例改为50%", "ratio set to 50%")));

      MatchingAssessment result = MatchingCalculator.of(whatIf).assess(MatchingCase.of(Jurisdiction.JIAXING, List.of(
          award(NATIONAL, "0.03", "2016-03-01"), award(PROVINCIAL, "100", "2016-03-01"))));

      // 0.03 × 50% = 0.015, rounded half-up once: 0.02.
      assertThat(result.lines()).extracting(MatchingLine::matched).containsExactly(Cny.parse("0.02"), Cny.ZERO);
      assertThat(result.lines().get(1).reason()).isEqualTo(MatchingReason.LEVEL_NOT_ELIGIBLE);
      assertThat(result.warnings()).anySatisfy(w -> {
        assertThat(w.kind()).isEqualTo(Caveat.MODIFIED);
        assertThat(w.description(Language.EN)).contains("is modified", "ratio set to 50%");
      });
      assertThat(result.explanation().steps().get(0).description(Language.EN))
          .contains("嘉政办发〔2015〕90号 五(二) (modified: ratio set to 50%)");
    }

    @Test
    void twoRulesForOneJurisdictionAreRefusedAsAmbiguous() {
      Provision second = rule("JX-extra", Jurisdiction.JIAXING, Share.ONE, Optional.empty(), Optional.empty(),
          ValidityPeriod.from(LocalDate.of(2016, 1, 1)));
      MatchingCalculator calculator = MatchingCalculator.of(BUILT_IN.withAdded(second));

      assertThatThrownBy(() -> calculator.assess(MatchingCase.of(Jurisdiction.JIAXING, List.of())))
          .isInstanceOf(PolicyInputException.class)
          .hasMessageContaining("2 matching rules").hasMessageContaining("JX-2015-90/5.2, JX-extra");
    }

    @Test
    void everyNoFormulaProvisionIsRefusedAsARuleNeverMatchedAtZero() {
      List<Provision> noFormula = BUILT_IN.withTerms(NoFormula.class);
      assertThat(noFormula).extracting(Provision::id).containsAll(SupportFloorCalculatorTest.NO_FORMULA_SUPPORT);
      for (Provision p : noFormula) {
        assertThatThrownBy(() -> JX.assess(MatchingCase.builder().rule(p.id())
            .award(award(NATIONAL, "1", "2016-03-01")).build()))
            .isInstanceOf(NoFormulaException.class).hasMessageContaining(p.id())
            .hasMessageContaining("states no amount or rate");
      }
    }

    @Test
    void aProvisionOfAnotherKindIsRefusedNamingTheRulesAccepted() {
      assertThatThrownBy(() -> JX.assess(MatchingCase.builder().rule("JX-2015-90/5.1").awards(List.of()).build()))
          .isInstanceOf(WrongTermsException.class).hasMessageContaining("support floor")
          .hasMessageContaining("JX-2015-90/5.2");
    }
  }

  @Nested
  class UserDefinedRuleWithCaps {
    final Jurisdiction huzhou = Jurisdiction.define("huzhou-test", null, "湖州市", "Huzhou", Jurisdiction.ZHEJIANG);
    // 50% of national, provincial and municipal awards; at most 100,000 per award and 150,000 per calendar year.
    final Provision rule = rule("HZ-TEST/1", huzhou, Share.percent(50), Optional.of(Cny.ofYuan(100_000)),
        Optional.of(Cny.ofYuan(150_000)), ValidityPeriod.from(LocalDate.of(2016, 1, 1)));

    @Test
    void appliesRatioThenCapPerAwardThenCapPerYearInDateOrder() {
      List<Award> awards = List.of(
          award(NATIONAL, "300000", "2017-05-01"),     // 150,000 → cap per award 100,000
          award(PROVINCIAL, "80000", "2017-02-01"),    // earliest in 2017: 40,000
          award(MUNICIPAL, "50000.01", "2017-08-01"),  // 25,000.005 → 25,000.01 → what is left of 2017: 10,000
          award(COUNTY, "90000", "2017-09-01"),        // not eligible
          award(MUNICIPAL, "20000", "2018-01-02"),     // a new year: 10,000
          award(NATIONAL, "1000", "2015-12-31"));      // before the rule

      MatchingAssessment viaCatalogue = MatchingCalculator.of(BUILT_IN.withAdded(rule))
          .assess(MatchingCase.of(huzhou, awards));
      MatchingAssessment direct = match(rule, awards);

      for (MatchingAssessment result : List.of(viaCatalogue, direct)) {
        assertThat(result.lines()).extracting(MatchingLine::reason).containsExactly(
            MatchingReason.CAPPED_PER_AWARD, MatchingReason.MATCHED, MatchingReason.CAPPED_PER_YEAR,
            MatchingReason.LEVEL_NOT_ELIGIBLE, MatchingReason.MATCHED, MatchingReason.BEFORE_IN_FORCE);
        assertThat(result.lines()).extracting(MatchingLine::matched).containsExactly(Cny.ofYuan(100_000),
            Cny.ofYuan(40_000), Cny.ofYuan(10_000), Cny.ZERO, Cny.ofYuan(10_000), Cny.ZERO);
        assertThat(result.matchingAmount()).isEqualTo(Cny.ofYuan(160_000));
        assertThat(result.rule()).contains(rule);
        // The cap that bound each line: the cap per award, what was left of 2017's cap, none.
        assertThat(result.lines()).extracting(MatchingLine::capApplied).containsExactly(
            Optional.of(Cny.ofYuan(100_000)), Optional.empty(), Optional.of(Cny.ofYuan(10_000)), Optional.empty(),
            Optional.empty(), Optional.empty());
        assertThat(result.lines().get(2).product()).isEqualTo(Cny.parse("25000.01"));
      }
      assertThat(direct.explanation().steps()).anySatisfy(s -> assertThat(s.formula(Language.EN))
          .isEqualTo("50,000.01 × 50% = 25,000.01; min(25,000.01, cap/2017 150,000.00 − used 140,000.00) = 10,000.00"));
    }

    @Test
    void capPerAwardOneFenBelowAtAndAbove() {
      // Products 99,999.99, 100,000.00 and 100,000.01 against the cap of 100,000.00.
      assertThat(matchedAlone("199999.98")).isEqualTo(new Object[] {MatchingReason.MATCHED, Cny.parse("99999.99")});
      assertThat(matchedAlone("200000.00")).isEqualTo(new Object[] {MatchingReason.MATCHED, Cny.ofYuan(100_000)});
      assertThat(matchedAlone("200000.02"))
          .isEqualTo(new Object[] {MatchingReason.CAPPED_PER_AWARD, Cny.ofYuan(100_000)});
    }

    private Object[] matchedAlone(String amount) {
      MatchingLine line = only(match(rule, List.of(award(NATIONAL, amount, "2017-01-01"))));
      return new Object[] {line.reason(), line.matched()};
    }

    @Test
    void capPerYearOneFenBelowAtAndAbove() {
      // 100,000 then a second award in the same year whose product leaves the year total at cap − 0.01, cap, cap + 0.01.
      assertThat(secondOfYear("99999.98")).isEqualTo(new Object[] {MatchingReason.MATCHED, Cny.parse("49999.99")});
      assertThat(secondOfYear("100000.00")).isEqualTo(new Object[] {MatchingReason.MATCHED, Cny.ofYuan(50_000)});
      assertThat(secondOfYear("100000.02"))
          .isEqualTo(new Object[] {MatchingReason.CAPPED_PER_YEAR, Cny.ofYuan(50_000)});
    }

    private Object[] secondOfYear(String amount) {
      MatchingAssessment result = match(rule, List.of(award(NATIONAL, "200000", "2017-01-01"),
          award(NATIONAL, amount, "2017-12-31")));
      MatchingLine line = result.lines().get(1);
      return new Object[] {line.reason(), line.matched()};
    }

    @Test
    void anExhaustedYearCapMatchesNothingMore() {
      MatchingAssessment result = match(rule, List.of(award(NATIONAL, "200000", "2017-01-01"),
          award(NATIONAL, "200000", "2017-02-01"), award(NATIONAL, "200000", "2017-03-01")));
      assertThat(result.lines()).extracting(MatchingLine::matched)
          .containsExactly(Cny.ofYuan(100_000), Cny.ofYuan(50_000), Cny.ZERO);
      assertThat(result.lines().get(2).reason()).isEqualTo(MatchingReason.CAPPED_PER_YEAR);
    }

    @Test
    void anUncertainAwardNeverTakesTheYearCapFromACertainOne() {
      // In force from a day known only to lie in [2017-03-01, 2017-06-30]: an award of 2017-04-01 is uncertain.
      Provision uncertainStart = rule("HZ-TEST/2", huzhou, Share.ONE, Optional.empty(),
          Optional.of(Cny.ofYuan(100_000)), new ValidityPeriod(new ValidityPeriod.Within(LocalDate.of(2017, 3, 1),
              LocalDate.of(2017, 6, 30), Text.of("施行日期不详", "start date unknown")), new ValidityPeriod.Open()));
      MatchingAssessment result = match(uncertainStart, List.of(
          award(NATIONAL, "80000", "2017-04-01"), award(NATIONAL, "70000", "2017-09-01")));

      assertThat(result.lines()).extracting(MatchingLine::reason)
          .containsExactly(MatchingReason.IN_FORCE_UNCERTAIN, MatchingReason.MATCHED);
      assertThat(result.matchingAmount()).isEqualTo(Cny.ofYuan(70_000));
      assertThat(result.uncertainAmount()).isEqualTo(Cny.ofYuan(30_000));
      assertThat(result.warnings()).anySatisfy(w -> assertThat(w.description(Language.EN)).contains("start date unknown"));
    }

    @Test
    void theTotalIsTheSameWhateverTheOrderTheAwardsAreGivenIn() {
      qt().forAll(awardLists(), SourceDSL.longs().all()).checkAssert((awards, seed) -> {
        List<Award> shuffled = new ArrayList<>(awards);
        Collections.shuffle(shuffled, new Random(seed));
        MatchingAssessment a = match(rule, awards);
        MatchingAssessment b = match(rule, shuffled);
        assertThat(b.matchingAmount()).isEqualTo(a.matchingAmount());
        assertThat(b.uncertainAmount()).isEqualTo(a.uncertainAmount());
      });
    }

    @Test
    void noLineExceedsItsCapsOrItsRoundedProductAndNoYearExceedsItsCap() {
      MatchingRule terms = (MatchingRule) rule.terms();
      qt().forAll(awardLists()).checkAssert(awards -> {
        MatchingAssessment result = match(rule, awards);
        Map<Year, Cny> perYear = new TreeMap<>();
        for (MatchingLine line : result.lines()) {
          Cny product = line.award().amount().multipliedBy(terms.ratio(), java.math.RoundingMode.HALF_UP);
          assertThat(line.matched()).isLessThanOrEqualTo(product).isLessThanOrEqualTo(terms.capPerAward().get());
          if (line.reason() == MatchingReason.MATCHED) {
            assertThat(line.matched()).isEqualTo(product);
          }
          perYear.merge(Year.from(line.award().date()), line.matched(), Cny::plus);
        }
        assertThat(perYear.values()).allSatisfy(sum -> assertThat(sum).isLessThanOrEqualTo(terms.capPerYear().get()));
        assertThat(result.matchingAmount()).isEqualTo(Cny.total(perYear.values()));
      });
    }
  }

  @Test
  void underJiaxingsRuleEveryMatchedLineEqualsItsAwardAndOnlyTheRepealYearIsUncertain() {
    qt().forAll(awardLists()).checkAssert(awards -> {
      MatchingAssessment result = match(Jurisdiction.JIAXING, awards);
      assertThat(result.lines()).hasSameSizeAs(awards);
      Cny total = Cny.ZERO;
      for (int i = 0; i < awards.size(); i++) {
        MatchingLine line = result.lines().get(i);
        Award award = awards.get(i);
        assertThat(line.award()).isSameAs(award);
        boolean eligible = award.level() == NATIONAL || award.level() == PROVINCIAL;
        boolean inForce = !award.date().isBefore(LocalDate.of(2015, 12, 1))
            && !award.date().isAfter(LocalDate.of(2020, 12, 31));
        boolean uncertain = award.date().getYear() == 2021 && !award.date().equals(LocalDate.of(2021, 12, 31));
        assertThat(line.matched()).isEqualTo(eligible && inForce ? award.amount() : Cny.ZERO);
        assertThat(line.uncertain()).isEqualTo(eligible && uncertain ? award.amount() : Cny.ZERO);
        total = total.plus(line.matched());
      }
      assertThat(result.matchingAmount()).isEqualTo(total);
    });
  }

  @Test
  void awardsMustBePositiveAndNamed() {
    LocalDate day = LocalDate.of(2016, 3, 1);
    assertThatThrownBy(() -> Award.of(NATIONAL, Cny.ZERO, day, "科技部")).isInstanceOf(PolicyInputException.class)
        .hasMessageContaining("must be positive").hasMessageContaining("at least 0.01");
    assertThatThrownBy(() -> Award.of(NATIONAL, Cny.parse("-1"), day, "科技部"))
        .isInstanceOf(PolicyInputException.class);
    assertThatThrownBy(() -> Award.of(NATIONAL, Cny.ofFen(1), day, " ")).isInstanceOf(PolicyInputException.class)
        .hasMessageContaining("blank awarding body");
    assertThatThrownBy(() -> Award.of(NATIONAL, Cny.ofYuan(1), null, "科技部")).isInstanceOf(NullPointerException.class)
        .hasMessage("date");
    assertThatThrownBy(() -> match(Jurisdiction.JIAXING, null)).isInstanceOf(NullPointerException.class);
  }

  static Gen<List<Award>> awardLists() {
    Gen<AwardLevel> levels = SourceDSL.integers().between(0, AwardLevel.values().length - 1)
        .map(i -> AwardLevel.values()[i]);
    Gen<Cny> amounts = SourceDSL.longs().between(1, 50_000_000_00L).map(Cny::ofFen);
    Gen<LocalDate> dates = SourceDSL.integers().between(0, 365 * 9)
        .map(d -> LocalDate.of(2014, 6, 1).plusDays(d));
    Gen<Award> awards = levels.zip(amounts, dates, (l, a, d) -> Award.of(l, a, d, "body"));
    return SourceDSL.lists().of(awards).ofSizeBetween(0, 12);
  }

  static Provision rule(String id, Jurisdiction where, Share ratio, Optional<Cny> capPerAward,
      Optional<Cny> capPerYear, ValidityPeriod validity) {
    PolicyDocument doc = new PolicyDocument(id + "-doc", Optional.of("测试〔2016〕1号"), "测试配套办法", "测试市人民政府",
        where, IssueDate.exact(LocalDate.of(2016, 1, 1), Text.of("测试", "test")), Optional.empty());
    return Provision.builder().id(id).jurisdiction(where)
        .citation(new Citation(doc, "第一条", "给予配套支持", QuoteKind.SPECIFICATION_SUMMARY, "test rule"))
        .validity(validity).scope(Text.of("众创空间", "maker spaces")).confidence(Confidence.CONFIRMED)
        .terms(new MatchingRule(ratio, ImmutableSet.of(NATIONAL, PROVINCIAL, MUNICIPAL), capPerAward, capPerYear))
        .build();
  }
}
