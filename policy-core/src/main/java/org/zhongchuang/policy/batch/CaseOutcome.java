package org.zhongchuang.policy.batch;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.Optional;
import org.zhongchuang.policy.PolicyInputException;

/**
 * What became of one case of a batch: either the calculator's result ({@link Assessed}) or the refusal of the case's
 * input ({@link Refused}). A population is assessed to the end whatever one case holds; the refused cases are kept,
 * with the reason, beside the assessed ones.
 *
 * <p>Immutable; serializable when the case and the result are.
 *
 * @param <C> the case type
 * @param <R> the result type
 */
public sealed interface CaseOutcome<C, R> extends Serializable permits CaseOutcome.Assessed, CaseOutcome.Refused {

  /** The case this is the outcome of. */
  C input();

  /** The result, or empty if the case was refused. */
  Optional<R> result();

  /** Why the case was refused, or empty if it was assessed. */
  Optional<PolicyInputException> refusal();

  /** Whether the case was assessed (it has a result). */
  default boolean isAssessed() {
    return result().isPresent();
  }

  /**
   * A case assessed.
   *
   * @param input the case, not null
   * @param value the calculator's result, not null
   */
  record Assessed<C, R>(C input, R value) implements CaseOutcome<C, R> {
    private static final long serialVersionUID = 1L;

    public Assessed {
      requireNonNull(input, "input");
      requireNonNull(value, "value");
    }

    @Override
    public Optional<R> result() {
      return Optional.of(value);
    }

    @Override
    public Optional<PolicyInputException> refusal() {
      return Optional.empty();
    }
  }

  /**
   * A case refused: its input is one the calculator does not accept (a {@link PolicyInputException}).
   *
   * @param input the case, not null
   * @param reason the exception the calculator threw, not null; its message says what was wrong and what is accepted
   */
  record Refused<C, R>(C input, PolicyInputException reason) implements CaseOutcome<C, R> {
    private static final long serialVersionUID = 1L;

    public Refused {
      requireNonNull(input, "input");
      requireNonNull(reason, "reason");
    }

    /** The refusal's message: what was wrong and what is accepted. */
    public String message() {
      return reason.getMessage();
    }

    @Override
    public Optional<R> result() {
      return Optional.empty();
    }

    @Override
    public Optional<PolicyInputException> refusal() {
      return Optional.of(reason);
    }
  }
}
