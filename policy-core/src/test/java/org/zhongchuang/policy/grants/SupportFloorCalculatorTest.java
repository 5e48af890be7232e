package org.zhongchuang.policy.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;
import org.zhongchuang.policy.Answer;
import org.zhongchuang.policy.DateNotCoveredException;
import org.zhongchuang.policy.MissingFactsException;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.WrongTermsException;
import org.zhongchuang.policy.catalogue.NoFormula;
import org.zhongchuang.policy.catalogue.NoFormulaException;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.SupportFloor;
import org.zhongchuang.policy.catalogue.UnknownProvisionException;
import org.zhongchuang.policy.explain.Caveat;
import org.zhongchuang.policy.law.Citation;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.text.Text;

class SupportFloorCalculatorTest {
  /** The support clauses of the seeds that state no amount (PROVISIONS.md §4). */
  static final List<String> NO_FORMULA_SUPPORT = List.of("CN-GBF-2015-9/2.2", "JL-2015-31/2.5", "LN-2015-94/2.8",
      "JX-2015-90/5.4-cost", "JX-2015-90/5.2-merit", "JX-2015-90/5.3", "GS-2015/2.2-cost");

  private static final String FLOOR = "JX-2015-90/5.1";
  private static final LocalDate IN_2017 = LocalDate.of(2017, 6, 1);
  private final SupportFloorCalculator calculator = SupportFloorCalculator.builtIn();

  private SupportAssessment check(String provisionId, Cny proposed, LocalDate decisionDate) {
    return calculator.assess(SupportCase.of(provisionId, proposed, decisionDate));
  }

  @Test
  void theFloorIsReadFromTheCatalogue() {
    assertThat(calculator.minimumOf(FLOOR)).isEqualTo(Cny.ofYuan(500_000));
  }

  @Test
  void oneFenBelowTheFloorFallsShortByOneFen() {
    SupportAssessment check = check(FLOOR, Cny.parse("499999.99"), IN_2017);
    assertThat(check.meets()).isEqualTo(Answer.NO);
    assertThat(check.meetsIfInForce()).isFalse();
    assertThat(check.shortfall()).isEqualTo(Cny.ofFen(1));
    assertThat(check.render(Language.EN)).contains("500,000.00 − 499,999.99 = 0.01");
  }

  @Test
  void theFloorItselfMeetsIt() {
    // "50万元以上" includes 500,000 itself.
    SupportAssessment check = check(FLOOR, Cny.parse("50万元"), IN_2017);
    assertThat(check.meets()).isEqualTo(Answer.YES);
    assertThat(check.shortfall()).isEqualTo(Cny.ZERO);
  }

  @Test
  void oneFenAboveTheFloorMeetsIt() {
    SupportAssessment check = check(FLOOR, Cny.parse("500000.01"), IN_2017);
    assertThat(check.meets()).isEqualTo(Answer.YES);
    assertThat(check.shortfall()).isEqualTo(Cny.ZERO);
    assertThat(check.citations()).extracting(Citation::reference).containsExactly("嘉政办发〔2015〕90号 五(一)");
    assertThat(check.warnings()).isEmpty();
    assertThat(check.render(Language.ZH)).contains("500,000.01 ≥ 500,000.00", "50万元以上的启动资金支持");
  }

  @Test
  void nothingProposedFallsShortByTheWholeFloor() {
    assertThat(check(FLOOR, Cny.ZERO, IN_2017).shortfall()).isEqualTo(Cny.ofYuan(500_000));
  }

  @Test
  void meetsExactlyWhenNotBelowAndTheShortfallClosesTheGap() {
    qt().forAll(SourceDSL.longs().between(0, 10_000_000_00L)).checkAssert(fen -> {
      SupportAssessment check = check(FLOOR, Cny.ofFen(fen), IN_2017);
      assertThat(check.meets()).isEqualTo(Answer.of(fen >= 500_000_00L));
      assertThat(check.meetsIfInForce()).isEqualTo(fen >= 500_000_00L);
      assertThat(check.proposed().plus(check.shortfall()).isLessThan(check.floor())).isFalse();
      assertThat(check.shortfall()).isEqualTo(Cny.ofFen(Math.max(0, 500_000_00L - fen)));
    });
  }

  @Test
  void aNegativeProposalIsRefused() {
    assertThatThrownBy(() -> SupportCase.of(FLOOR, Cny.parse("-0.01"), IN_2017))
        .isInstanceOf(PolicyInputException.class).hasMessageContaining("negative")
        .hasMessageContaining("zero or more");
  }

  @Test
  void theDecisionDateMustBeWhenTheClauseCanBeInForce() {
    assertThatThrownBy(() -> check(FLOOR, Cny.ofYuan(600_000), LocalDate.of(2015, 11, 30)))
        .isInstanceOf(NotInForceException.class).hasMessageContaining("2015-11-30")
        .hasMessageContaining("before the start (2015-12-01)");
    assertThatThrownBy(() -> check(FLOOR, Cny.ofYuan(600_000), LocalDate.of(2021, 12, 31)))
        .isInstanceOf(NotInForceException.class).hasMessageContaining("after the end");
    assertThat(check(FLOOR, Cny.ofYuan(600_000), LocalDate.of(2015, 12, 1)).warnings()).isEmpty();
  }

  @Test
  void aDecisionInTheRepealYearIsAnsweredWithAWarning() {
    SupportAssessment check = check(FLOOR, Cny.ofYuan(600_000), LocalDate.of(2021, 6, 1));
    // Both readings: were the clause in force, 600,000 would meet it; nobody can know whether it is.
    assertThat(check.inForce()).isEqualTo(Answer.UNCERTAIN);
    assertThat(check.meets()).isEqualTo(Answer.UNCERTAIN);
    assertThat(check.meetsIfInForce()).isTrue();
    assertThat(check.shortfall()).isEqualTo(Cny.ZERO);
    assertThat(check.warnings()).singleElement().satisfies(w -> {
      assertThat(w.kind()).isEqualTo(Caveat.NOT_RELIED_ON);
      assertThat(w.description(Language.EN)).contains("嘉政发〔2021〕34号");
    });
    assertThat(check.explanation().steps().get(1).kind()).isEqualTo(GrantsStep.SUPPORT_MET_IF_IN_FORCE);
    SupportAssessment short1 = check(FLOOR, Cny.parse("499999.99"), LocalDate.of(2021, 6, 1));
    assertThat(short1.meets()).isEqualTo(Answer.UNCERTAIN);
    assertThat(short1.shortfall()).isEqualTo(Cny.ofFen(1));
    assertThat(short1.render(Language.EN)).contains("would fall short", "500,000.00 − 499,999.99 = 0.01");
  }

  @Test
  void aModifiedFloorChangesTheAnswerAndIsCitedAsModified() {
    Provision jx = Catalogue.builtIn().byId(FLOOR);
    Catalogue whatIf = Catalogue.builtIn().withReplaced(jx.modifiedTerms(
        new SupportFloor(Cny.ofYuan(600_000), ((SupportFloor) jx.terms()).purpose()),
        Text.of("下限改为60万元", "floor set to 600,000")));
    SupportAssessment check = SupportFloorCalculator.of(whatIf).assess(SupportCase.of(FLOOR, Cny.ofYuan(500_000), IN_2017));

    assertThat(check.meets()).isEqualTo(Answer.NO);
    assertThat(check.shortfall()).isEqualTo(Cny.ofYuan(100_000));
    assertThat(check.warnings()).singleElement().satisfies(w -> assertThat(w.description(Language.EN)).contains("floor set to 600,000"));
  }

  @Test
  void everyClauseWithNoAmountAnswersAnAmountQueryWithAnErrorNeverZero() {
    assertThat(Catalogue.builtIn().withTerms(NoFormula.class)).extracting(Provision::id)
        .containsAll(NO_FORMULA_SUPPORT);
    for (Provision p : Catalogue.builtIn().withTerms(NoFormula.class)) {
      assertThatThrownBy(() -> calculator.minimumOf(p.id())).isInstanceOf(NoFormulaException.class)
          .hasMessageContaining(p.id()).hasMessageContaining("states no amount or rate")
          .hasMessageContaining("not by a formula");
      assertThatThrownBy(() -> check(p.id(), Cny.ofYuan(1), IN_2017))
          .isInstanceOf(NoFormulaException.class).hasMessageContaining(p.id());
    }
  }

  @Test
  void aProvisionOfAnotherKindOrAnUnknownIdIsRefused() {
    assertThatThrownBy(() -> calculator.minimumOf("JX-2015-90/5.2")).isInstanceOf(WrongTermsException.class)
        .hasMessageContaining("matching").hasMessageContaining("JX-2015-90/5.1");
    assertThatThrownBy(() -> calculator.minimumOf("JX-2015-90/9.9")).isInstanceOf(UnknownProvisionException.class);
  }

  @Test
  void aDecisionBeforeAnyLawTheCatalogueKnowsForThePlaceIsNotCovered() {
    assertThatThrownBy(() -> check(FLOOR, Cny.ofYuan(600_000), LocalDate.of(1990, 1, 1)))
        .isInstanceOfSatisfying(DateNotCoveredException.class,
            e -> assertThat(e.firstKnown()).isEqualTo(LocalDate.of(1996, 10, 1)));
  }

  @Test
  void aCaseNeedsEveryFact() {
    assertThatThrownBy(() -> SupportCase.builder().proposed(Cny.ZERO).build())
        .isInstanceOfSatisfying(MissingFactsException.class,
            e -> assertThat(e.facts()).containsExactly("provision", "date"));
  }
}
