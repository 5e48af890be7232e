package org.zhongchuang.policy.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.zhongchuang.policy.PolicyInputException;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.batch.CaseOutcome;
import org.zhongchuang.policy.catalogue.UnitKind;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.text.Language;

class TransferBatchTest {

  private static final TransferRewardCalculator CALCULATOR = TransferRewardCalculator.builtIn();

  /** Days from 1996-01-01 on, every 37 days: the first ones are before any known statutory minimum. */
  private static TransferCase generated(int i) {
    Jurisdiction[] places = {Jurisdiction.JILIN, Jurisdiction.JIAXING, Jurisdiction.LANBAI, Jurisdiction.LIAONING};
    return TransferCase.builder().jurisdiction(places[i % places.length])
        .date(LocalDate.of(1996, 1, 1).plusDays(37L * i)).unit(UnitKind.UNIVERSITY, i % 3 != 0, i % 2 == 0)
        .mode(TransferMode.TRANSFER_OR_LICENCE).amount(Cny.ofFen(1_000_000L * (i + 1) + i))
        .member("甲", 1 + i % 4).member("乙", 1).build();
  }

  @Test
  void sameAsOneByOneInOrderParallelOrNotWithRefusalsKept() {
    List<TransferCase> cases = IntStream.range(0, 300).mapToObj(TransferBatchTest::generated)
        .collect(Collectors.toList());
    List<String> expected = cases.stream().map(c -> {
      try {
        return CALCULATOR.assess(c).render(Language.EN);
      } catch (PolicyInputException refused) {
        return "refused: " + refused.getMessage();
      }
    }).collect(Collectors.toList());

    for (boolean parallel : new boolean[] {false, true}) {
      List<CaseOutcome<TransferCase, TransferRewardAssessment>> outcomes =
          CALCULATOR.assessAll(parallel ? cases.parallelStream() : cases.stream()).collect(Collectors.toList());
      assertThat(outcomes).extracting(CaseOutcome::input).isEqualTo(cases);
      assertThat(outcomes.stream().map(o -> o.result().map(r -> r.render(Language.EN))
          .orElseGet(() -> "refused: " + o.refusal().orElseThrow().getMessage())).collect(Collectors.toList()))
          .isEqualTo(expected);
    }
    assertThat(expected.get(0)).startsWith("refused: ");
    assertThat(expected.get(expected.size() - 1)).doesNotStartWith("refused: ");
  }
}
