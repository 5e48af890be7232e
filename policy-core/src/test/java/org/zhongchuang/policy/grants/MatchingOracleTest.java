package org.zhongchuang.policy.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.zhongchuang.policy.grants.MatchingCalculatorTest.awardLists;
import static org.zhongchuang.policy.grants.MatchingCalculatorTest.rule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.MatchingRule;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.law.Applicability;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.law.ValidityPeriod;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.text.Text;

/**
 * The matching calculator against a slow, obviously correct oracle written here in another technique
 * ({@code BigDecimal} arithmetic, the reasoned {@code Provision.statusOn}, a sorted stream and a map of years), on random
 * awards under rules with and without caps, whole and fractional ratios, and a start known only to a window.
 */
class MatchingOracleTest {
  private static final Jurisdiction HUZHOU =
      Jurisdiction.define("huzhou-oracle", null, "湖州市", "Huzhou", Jurisdiction.parse("浙江省"));
  private static final List<Provision> RULES = List.of(
      rule("OR/1", HUZHOU, Share.ONE, Optional.empty(), Optional.empty(),
          ValidityPeriod.between(LocalDate.of(2016, 1, 1), LocalDate.of(2020, 6, 30))),
      rule("OR/2", HUZHOU, Share.percent(50), Optional.of(Cny.ofYuan(100_000)), Optional.of(Cny.ofYuan(150_000)),
          ValidityPeriod.from(LocalDate.of(2016, 1, 1))),
      rule("OR/3", HUZHOU, Share.ofFraction(1, 3), Optional.of(Cny.parse("33333.33")),
          Optional.of(Cny.ofYuan(80_000)), new ValidityPeriod(new ValidityPeriod.Within(LocalDate.of(2017, 3, 1),
              LocalDate.of(2017, 6, 30), Text.of("施行日期不详", "start unknown")), new ValidityPeriod.Open())),
      rule("OR/4", HUZHOU, Share.ratio(3, 2), Optional.empty(), Optional.of(Cny.ofYuan(1_000_000)),
          new ValidityPeriod(new ValidityPeriod.On(LocalDate.of(2016, 1, 1)), new ValidityPeriod.Within(
              LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31), Text.of("废止日期不详", "repeal unknown")))));
  private static final Catalogue CATALOGUE = RULES.stream().reduce(Catalogue.builtIn(), Catalogue::withAdded,
      (a, b) -> a);
  private static final MatchingCalculator CALCULATOR = MatchingCalculator.of(CATALOGUE);

  /** What the oracle says of one award. */
  record Expected(MatchingReason reason, Cny matched, Cny uncertain) {}

  static List<Expected> oracle(Provision provision, List<Award> awards) {
    MatchingRule rule = (MatchingRule) provision.terms();
    BigDecimal numerator = BigDecimal.valueOf(rule.ratio().numerator());
    BigDecimal denominator = BigDecimal.valueOf(rule.ratio().denominator());
    Expected[] out = new Expected[awards.size()];
    List<Integer> certain = new ArrayList<>();
    List<Integer> uncertain = new ArrayList<>();
    for (int i = 0; i < awards.size(); i++) {
      Award a = awards.get(i);
      Applicability status = provision.statusOn(a.date());
      if (!rule.eligibleLevels().contains(a.level())) {
        out[i] = new Expected(MatchingReason.LEVEL_NOT_ELIGIBLE, Cny.ZERO, Cny.ZERO);
      } else if (status.isNotInForce()) {
        out[i] = new Expected(a.date().isBefore(provision.validity().earliestStart()) ? MatchingReason.BEFORE_IN_FORCE
            : MatchingReason.AFTER_END, Cny.ZERO, Cny.ZERO);
      } else if (status.isUncertain()) {
        uncertain.add(i);
      } else {
        certain.add(i);
      }
    }
    Map<Integer, BigDecimal> usedByYear = new HashMap<>();
    Comparator<Integer> byDate = Comparator.comparing(i -> awards.get(i).date());
    List<Integer> order = new ArrayList<>();
    order.addAll(certain.stream().sorted(byDate).collect(Collectors.toList()));
    order.addAll(uncertain.stream().sorted(byDate).collect(Collectors.toList()));
    for (int i : order) {
      Award a = awards.get(i);
      BigDecimal amount = a.amount().toBigDecimal().multiply(numerator).divide(denominator, 2, RoundingMode.HALF_UP);
      MatchingReason reason = MatchingReason.MATCHED;
      if (rule.capPerAward().isPresent() && amount.compareTo(rule.capPerAward().get().toBigDecimal()) > 0) {
        amount = rule.capPerAward().get().toBigDecimal();
        reason = MatchingReason.CAPPED_PER_AWARD;
      }
      if (rule.capPerYear().isPresent()) {
        BigDecimal used = usedByYear.getOrDefault(a.date().getYear(), BigDecimal.ZERO);
        BigDecimal left = rule.capPerYear().get().toBigDecimal().subtract(used);
        if (amount.compareTo(left) > 0) {
          amount = left;
          reason = MatchingReason.CAPPED_PER_YEAR;
        }
        usedByYear.put(a.date().getYear(), used.add(amount));
      }
      Cny value = Cny.of(amount);
      out[i] = uncertain.contains(i) ? new Expected(MatchingReason.IN_FORCE_UNCERTAIN, Cny.ZERO, value)
          : new Expected(reason, value, Cny.ZERO);
    }
    return List.of(out);
  }

  static Gen<Provision> rules() {
    return SourceDSL.integers().between(0, RULES.size() - 1).map(RULES::get);
  }

  @Test
  void everyLineIsWhatTheOracleSaysAndTheTotalsAreTheirSums() {
    qt().forAll(rules(), awardLists()).checkAssert((rule, awards) -> {
      List<Expected> expected = oracle(rule, awards);
      MatchingAssessment place = CALCULATOR.assess(MatchingCase.builder().rule(rule.id()).awards(awards).build());
      assertThat(place.lines()).extracting(l -> new Expected(l.reason(), l.matched(), l.uncertain()))
          .isEqualTo(expected);
      assertThat(place.matchingAmount())
          .isEqualTo(Cny.total(expected.stream().map(Expected::matched).collect(Collectors.toList())));
      assertThat(place.uncertainAmount())
          .isEqualTo(Cny.total(expected.stream().map(Expected::uncertain).collect(Collectors.toList())));
    });
  }

  @Test
  void matchedNeverExceedsTheRatioTimesTheEligibleAwardsNorAnyCap() {
    qt().forAll(rules(), awardLists()).checkAssert((rule, awards) -> {
      MatchingRule terms = (MatchingRule) rule.terms();
      MatchingAssessment result = CALCULATOR.assess(MatchingCase.builder().rule(rule.id()).awards(awards).build());
      BigDecimal eligible = IntStream.range(0, awards.size())
          .filter(i -> result.lines().get(i).reason().isMatched())
          .mapToObj(i -> awards.get(i).amount().toBigDecimal()).reduce(BigDecimal.ZERO, BigDecimal::add);
      // Each line is rounded half-up once: at most half a fen above its exact product.
      BigDecimal bound = eligible.multiply(BigDecimal.valueOf(terms.ratio().numerator()))
          .divide(BigDecimal.valueOf(terms.ratio().denominator()), 10, RoundingMode.HALF_UP)
          .add(new BigDecimal("0.005").multiply(BigDecimal.valueOf(awards.size())));
      assertThat(result.matchingAmount().toBigDecimal()).isLessThanOrEqualTo(bound);
      Map<Integer, Cny> perYear = new HashMap<>();
      for (MatchingLine line : result.lines()) {
        terms.capPerAward().ifPresent(cap -> assertThat(line.matched().plus(line.uncertain())).isLessThanOrEqualTo(cap));
        assertThat(line.matched()).isLessThanOrEqualTo(line.product());
        perYear.merge(line.award().date().getYear(), line.matched().plus(line.uncertain()), Cny::plus);
      }
      terms.capPerYear().ifPresent(cap -> assertThat(perYear.values()).allSatisfy(
          sum -> assertThat(sum).isLessThanOrEqualTo(cap)));
    });
  }
}
