package org.zhongchuang.policy.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.money.Cny;

class BatchTest {

  /** Refuses negative numbers, overflows on the largest, doubles the rest. */
  private static final Function<Integer, Long> DOUBLE_NON_NEGATIVE = n -> {
    if (n < 0) {
      throw new PolicyInputException("n must be zero or more, got " + n);
    }
    if (n == Integer.MAX_VALUE) {
      return Cny.MAX.plus(Cny.ofFen(1)).toFen();
    }
    return 2L * n;
  };

  /** What an outcome says, comparable across runs (exceptions compare by identity). */
  private static String describe(CaseOutcome<Integer, Long> o) {
    return o.input() + "→" + o.result().map(String::valueOf)
        .orElseGet(() -> o.refusal().orElseThrow().getClass().getSimpleName() + ": " + o.refusal().get().getMessage());
  }

  @Test
  void oneOutcomePerCaseInOrderWithRefusalsKept() {
    List<CaseOutcome<Integer, Long>> outcomes =
        Batch.assessAll(Stream.of(3, -1, 0, Integer.MAX_VALUE, 5), DOUBLE_NON_NEGATIVE).collect(Collectors.toList());

    assertThat(outcomes).extracting(CaseOutcome::input).containsExactly(3, -1, 0, Integer.MAX_VALUE, 5);
    assertThat(outcomes).extracting(CaseOutcome::isAssessed).containsExactly(true, false, true, false, true);
    assertThat(outcomes.get(0)).isEqualTo(new CaseOutcome.Assessed<>(3, 6L));
    assertThat(outcomes.get(4).result()).contains(10L);
    assertThat(outcomes.get(0).refusal()).isEmpty();
    CaseOutcome.Refused<Integer, Long> refused = (CaseOutcome.Refused<Integer, Long>) outcomes.get(1);
    assertThat(refused.message()).isEqualTo("n must be zero or more, got -1");
    assertThat(refused.reason()).isInstanceOf(PolicyInputException.class);
    assertThat(refused.result()).isEmpty();
    assertThat(outcomes.get(3).refusal().orElseThrow()).isInstanceOf(org.zhongchuang.policy.PolicyInputException.class)
        .hasMessageContaining("amount overflow");
  }

  @Test
  void aDefectIsNotARefusalAndEndsTheBatch() {
    Stream<CaseOutcome<Integer, Integer>> outcomes =
        Batch.assessAll(Stream.of(1, 2), n -> { throw new IllegalStateException("bug"); });
    assertThatThrownBy(() -> outcomes.collect(Collectors.toList())).isInstanceOf(IllegalStateException.class)
        .hasMessage("bug");
  }

  @Test
  void nullsAreRefusedAtTheEntry() {
    assertThatThrownBy(() -> Batch.assessAll(null, DOUBLE_NON_NEGATIVE)).isInstanceOf(NullPointerException.class)
        .hasMessage("cases");
    assertThatThrownBy(() -> Batch.assessAll(Stream.of(1), null)).isInstanceOf(NullPointerException.class)
        .hasMessage("assess");
    assertThatThrownBy(() -> Batch.assessAll(Stream.of(1, null), DOUBLE_NON_NEGATIVE).collect(Collectors.toList()))
        .isInstanceOf(NullPointerException.class).hasMessage("input");
    assertThatThrownBy(() -> new CaseOutcome.Assessed<>(1, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new CaseOutcome.Refused<>(1, null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void parallelEqualsSequentialEqualsOneByOne() {
    qt().withExamples(300).forAll(lists().of(integers().between(-50, 1000)).ofSizeBetween(0, 600)).checkAssert(ns -> {
      List<String> oneByOne = ns.stream().map(n -> describe(Batch.attempt(n, DOUBLE_NON_NEGATIVE)))
          .collect(Collectors.toList());
      List<String> sequential = Batch.assessAll(ns.stream(), DOUBLE_NON_NEGATIVE).map(BatchTest::describe)
          .collect(Collectors.toList());
      List<String> parallel = Batch.assessAll(ns.parallelStream(), DOUBLE_NON_NEGATIVE).map(BatchTest::describe)
          .collect(Collectors.toList());
      assertThat(sequential).hasSize(ns.size()).isEqualTo(oneByOne);
      assertThat(parallel).isEqualTo(oneByOne);
    });
  }
}
