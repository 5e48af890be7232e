package org.zhongchuang.policy.eit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Year;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.ContradictoryFactsException;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.text.Phrase;

/** Figures of an annual return that contradict each other name the fact to correct, first, then the others. */
class ContradictoryFactsTest {
  private static List<String> facts(UnaryOperator<AnnualReturnCase.Builder> figures) {
    AnnualReturnCase.Builder b = AnnualReturnCase.builder().taxYear(2023).jurisdiction(Jurisdiction.CHINA)
        .totalProfit(Cny.ofYuan(1));
    return catchThrowableOfType(() -> figures.apply(b).build(), ContradictoryFactsException.class).facts();
  }

  @Test
  void eachContradictionNamesItsFacts() {
    assertThat(facts(b -> b.researchExpensed(Cny.ofYuan(5)).researchExpensedFourthQuarter(Cny.ofYuan(6))))
        .containsExactly("researchExpensedFourthQuarter", "researchExpensed");
    assertThat(facts(b -> b.researchAmortised(Year.of(2024), Cny.ofYuan(5)))).containsExactly("researchAmortised");
    assertThat(facts(b -> b.researchAmortised(Year.of(2022), Cny.ofYuan(5))
        .researchAmortisedFourthQuarter(Cny.ofYuan(6))))
        .containsExactly("researchAmortisedFourthQuarter", "researchAmortised");
    assertThat(facts(b -> b.transfer(Cny.ofYuan(5), Cny.ofYuan(6)))).containsExactly("transferCost",
        "transferRevenue");
    assertThat(facts(b -> b.priorLoss(Year.of(2023), Cny.ofYuan(5)))).containsExactly("priorLoss");
    assertThat(facts(b -> b.qualifiedYears(Year.of(2023)))).containsExactly("qualifiedYears");
    // One step inside each edge is accepted.
    AnnualReturnCase ok = AnnualReturnCase.builder().taxYear(2023).jurisdiction(Jurisdiction.CHINA)
        .totalProfit(Cny.ofYuan(1)).researchExpensed(Cny.ofYuan(6)).researchExpensedFourthQuarter(Cny.ofYuan(6))
        .transfer(Cny.ofYuan(6), Cny.ofYuan(6)).priorLoss(Year.of(2022), Cny.ofYuan(5))
        .qualifiedYears(Year.of(2022)).researchAmortised(Year.of(2023), Cny.ofYuan(1)).build();
    assertThat(ok.taxYear()).isEqualTo(Year.of(2023));
  }

  @Test
  void theExceptionNeedsAFact() {
    ContradictoryFactsException e = new ContradictoryFactsException(List.of("a", "b"), Phrase.of("error.eit.noLaw",
        2030));
    assertThat(e.facts()).containsExactly("a", "b");
    assertThat(e.message(Language.EN)).contains("2030");
    assertThatThrownBy(() -> new ContradictoryFactsException(List.of(), Phrase.of("error.eit.noLaw", 2030)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
