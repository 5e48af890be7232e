package org.zhongchuang.policy;

import java.util.stream.Stream;
import org.zhongchuang.policy.batch.Batch;
import org.zhongchuang.policy.batch.CaseOutcome;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.explain.Explained;

/**
 * The one shape of every calculator: a pure function from a case to an assessment, over a catalogue.
 *
 * <p>Each calculator has {@code builtIn()} (over {@link Catalogue#builtIn()}) and {@code of(Catalogue)}; its
 * {@link #assess} refuses bad input with a {@link PolicyInputException} (never a default, never a wrong number); its
 * assessment is a value (equal when its case and results are equal) that explains itself ({@link Explained}).
 * Calculators are immutable and thread-safe.
 *
 * @param <C> the case: what the caller knows
 * @param <A> the assessment: what the law says of it
 */
public interface Calculator<C, A extends Explained> {

  /**
   * Assesses one case.
   *
   * @param input not null
   * @return the assessment
   * @throws PolicyInputException if the case is refused; the message says what is wrong and what is accepted
   */
  A assess(C input);

  /** The catalogue the calculator reads. */
  Catalogue catalogue();

  /**
   * Assesses a population, lazily, one outcome per case in the cases' order, on a sequential or a parallel stream; a
   * refused case becomes a {@link CaseOutcome.Refused} with the reason, and the batch goes on.
   *
   * @param cases not null, with no null element
   * @return the outcomes, in order
   */
  default Stream<CaseOutcome<C, A>> assessAll(Stream<? extends C> cases) {
    return Batch.assessAll(cases, this::assess);
  }
}
