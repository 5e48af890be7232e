package org.zhongchuang.policy.batch;

import static java.util.Objects.requireNonNull;

import java.util.function.Function;
import java.util.stream.Stream;
import org.zhongchuang.policy.PolicyInputException;

/**
 * Assesses a population of cases with any calculator's pure one-case function.
 *
 * <p>The returned stream is lazy and has one {@link CaseOutcome} per case, in the cases' encounter order, whether the
 * stream is sequential or parallel ({@link Stream#map} keeps order; the calculators are pure and thread-safe, so a
 * parallel stream needs nothing more). Nothing is collected: a population larger than memory streams through.
 */
public final class Batch {
  private Batch() {}

  /**
   * Maps each case to its outcome.
   *
   * @param cases the population, not null; its elements must not be null
   * @param assess the calculator's one-case function, e.g. {@code calculator::assess}; pure, not null
   * @return one outcome per case, in order; a case whose input is refused (a {@link PolicyInputException}) becomes
   *     a {@link CaseOutcome.Refused} and the stream goes on; any other exception is a defect and ends the stream
   * @throws NullPointerException when the stream reaches a null case
   */
  public static <C, R> Stream<CaseOutcome<C, R>> assessAll(Stream<? extends C> cases,
      Function<? super C, ? extends R> assess) {
    requireNonNull(cases, "cases");
    requireNonNull(assess, "assess");
    return cases.map(c -> attempt(c, assess));
  }

  /**
   * Assesses one case, capturing a refusal of its input.
   *
   * @param input the case, not null
   * @param assess the calculator's one-case function, not null
   * @return the result, or the refusal
   */
  public static <C, R> CaseOutcome<C, R> attempt(C input, Function<? super C, ? extends R> assess) {
    requireNonNull(input, "input");
    requireNonNull(assess, "assess");
    R result;
    try {
      result = assess.apply(input);
    } catch (PolicyInputException refused) {
      return new CaseOutcome.Refused<>(input, refused);
    }
    return new CaseOutcome.Assessed<>(input, result);
  }
}
