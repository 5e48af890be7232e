package org.zhongchuang.policy.tax;

import static org.zhongchuang.policy.JavaSerialization.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.zhongchuang.policy.DateNotCoveredException;
import org.zhongchuang.policy.MissingFactsException;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.batch.CaseOutcome;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.text.Language;

/** The population entry point: the same results as one by one, in order, parallel or not, refusals kept. */
class TaxBatchTest {

  private static final SmallLowProfitTaxCalculator CALCULATOR = SmallLowProfitTaxCalculator.builtIn();
  private static final Jurisdiction[] PLACES = {Jurisdiction.CHINA, Jurisdiction.JILIN, Jurisdiction.LIAONING,
      Jurisdiction.ZHEJIANG, Jurisdiction.JIAXING, Jurisdiction.GANSU, Jurisdiction.LANBAI};

  /** A varied population, some of it refused: tax year 2007 is before the catalogue. */
  private static TaxCase generated(int index) {
    SplittableRandom random = new SplittableRandom(index);
    int year = 2007 + random.nextInt(25);
    EnterpriseFacts.Builder facts = EnterpriseFacts.builder()
        .taxableIncome(Cny.ofFen(random.nextLong(-5_000_000L, 400_000_001L)))
        .restrictedOrProhibitedIndustry(random.nextInt(20) == 0)
        .incubatedStartUp(random.nextInt(4) == 0);
    if (random.nextInt(5) == 0) {
      facts.assertQualifyingSize();
    } else {
      facts.industry(random.nextBoolean() ? Industry.INDUSTRIAL : Industry.OTHER).employees(random.nextInt(320))
          .totalAssets(Cny.ofFen(random.nextLong(0, 5_500_000_001L)));
    }
    if (random.nextBoolean()) {
      facts.established(LocalDate.of(Math.min(year, 2010 + random.nextInt(10)), 1 + random.nextInt(12), 1));
    }
    return new TaxCase(Year.of(year), PLACES[random.nextInt(PLACES.length)], facts.build());
  }

  private static String oneByOne(TaxCase c) {
    try {
      return CALCULATOR.assess(TaxCase.of(c.taxYear(), c.jurisdiction(), c.facts())).render(Language.EN);
    } catch (PolicyInputException refused) {
      return "refused: " + refused.getMessage();
    }
  }

  private static String describe(CaseOutcome<TaxCase, TaxAssessment> o) {
    return o.result().map(a -> a.render(Language.EN)).orElseGet(() -> "refused: " + o.refusal().get().getMessage());
  }

  @Test
  void sameAsOneByOneInOrderSequentialAndParallel() {
    List<TaxCase> cases = IntStream.range(0, 3000).mapToObj(TaxBatchTest::generated).collect(Collectors.toList());
    List<String> expected = cases.stream().map(TaxBatchTest::oneByOne).collect(Collectors.toList());

    List<CaseOutcome<TaxCase, TaxAssessment>> sequential = CALCULATOR.assessAll(cases.stream())
        .collect(Collectors.toList());
    List<CaseOutcome<TaxCase, TaxAssessment>> parallel = CALCULATOR.assessAll(cases.parallelStream())
        .collect(Collectors.toList());

    assertThat(sequential).extracting(CaseOutcome::input).isEqualTo(cases);
    assertThat(parallel).extracting(CaseOutcome::input).isEqualTo(cases);
    assertThat(sequential.stream().map(TaxBatchTest::describe).collect(Collectors.toList())).isEqualTo(expected);
    assertThat(parallel.stream().map(TaxBatchTest::describe).collect(Collectors.toList())).isEqualTo(expected);
    // The population really holds both kinds, so the comparison above covers refusals.
    assertThat(expected).anyMatch(s -> s.startsWith("refused: tax year 2007"))
        .anyMatch(s -> !s.startsWith("refused:"));
    for (int i = 0; i < cases.size(); i++) {
      if (sequential.get(i).isAssessed()) {
        assertThat(sequential.get(i).result()).contains(CALCULATOR.assess(cases.get(i)));
        assertThat(parallel.get(i).result()).isEqualTo(sequential.get(i).result());
      }
    }
  }

  @Test
  void aRefusedCaseKeepsItsTypeAndMessage() {
    EnterpriseFacts facts = EnterpriseFacts.builder().taxableIncome(Cny.ofYuan(250_000))
        .restrictedOrProhibitedIndustry(false).assertQualifyingSize().build();
    TaxCase before = new TaxCase(Year.of(2007), Jurisdiction.CHINA, facts);
    TaxCase splitYear = new TaxCase(Year.of(2015), Jurisdiction.CHINA, facts);
    TaxCase fine = new TaxCase(Year.of(2016), Jurisdiction.CHINA, facts);

    List<CaseOutcome<TaxCase, TaxAssessment>> outcomes =
        CALCULATOR.assessAll(List.of(before, splitYear, fine).stream()).collect(Collectors.toList());

    assertThat(outcomes.get(0).refusal().orElseThrow()).isInstanceOf(DateNotCoveredException.class)
        .hasMessageContaining("tax year 2007 is before enterprise income tax as the catalogue knows it");
    assertThat(outcomes.get(1).refusal().orElseThrow()).isInstanceOf(MissingFactsException.class)
        .hasMessageContaining("established");
    assertThat(outcomes.get(2).result().orElseThrow().taxDue()).isEqualTo(Cny.ofYuan(25_000));
  }

  @Test
  void caseRefusesNulls() {
    EnterpriseFacts facts = generated(1).facts();
    assertThatThrownBy(() -> new TaxCase(null, Jurisdiction.CHINA, facts)).hasMessage("taxYear");
    assertThatThrownBy(() -> new TaxCase(Year.of(2016), null, facts)).hasMessage("jurisdiction");
    assertThatThrownBy(() -> new TaxCase(Year.of(2016), Jurisdiction.CHINA, null)).hasMessage("facts");
    assertThatThrownBy(() -> CALCULATOR.assess((TaxCase) null)).hasMessage("taxCase");
  }


  /** Calculator, case, result and outcome survive Java serialization, so they can run inside Spark or Flink tasks. */
  @Test
  void serializable() throws Exception {
    TaxCase c = new TaxCase(Year.of(2022), Jurisdiction.JIAXING, EnterpriseFacts.builder()
        .taxableIncome(Cny.ofYuan(2_000_000)).restrictedOrProhibitedIndustry(false).industry(Industry.OTHER)
        .employees(45).totalAssets(Cny.ofYuan(8_000_000)).build());
    SmallLowProfitTaxCalculator copy = roundTrip(CALCULATOR);
    assertThat(copy.catalogue()).isEqualTo(CALCULATOR.catalogue());
    assertThat(roundTrip(c)).isEqualTo(c).hasSameHashCodeAs(c);
    TaxAssessment original = CALCULATOR.assess(c);
    assertThat(copy.assess(c)).isEqualTo(original);
    assertThat(roundTrip(original)).isEqualTo(original);
    assertThat(original.taxDue()).isEqualTo(Cny.ofYuan(75_000));
    CaseOutcome<TaxCase, TaxAssessment> outcome = CALCULATOR.assessAll(List.of(c).stream()).findFirst().orElseThrow();
    assertThat(roundTrip(outcome)).isEqualTo(outcome);
  }
}
