package org.zhongchuang.policy.explain;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.zhongchuang.policy.law.Citation;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.text.Text;

/**
 * One step of an explanation: what was decided or computed, the formula with its numbers, the amount it gives (if
 * any), and the clauses behind it. A value: immutable, thread-safe, serializable.
 */
public final class Step implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Text description;
  private final String formula;
  private final Cny amount;
  private final ImmutableList<Citation> citations;

  /**
   * @param description what the step does, not null
   * @param formula the arithmetic with its numbers, e.g. {@code 1,000,000.00 × 25% × 20% = 50,000.00}; empty when
   *     the step decides rather than computes; not null
   * @param amount the amount the step gives, if it gives one; not null
   * @param citations the clauses behind it, not null
   */
  public Step(Text description, String formula, Optional<Cny> amount, List<Citation> citations) {
    this.description = requireNonNull(description, "description");
    this.formula = requireNonNull(formula, "formula");
    this.amount = requireNonNull(amount, "amount").orElse(null);
    this.citations = ImmutableList.copyOf(requireNonNull(citations, "citations"));
  }

  /** A step that decides something (no amount). */
  public static Step decision(Text description, Citation... citations) {
    return new Step(description, "", Optional.empty(), ImmutableList.copyOf(citations));
  }

  /** A step that computes an amount. */
  public static Step computation(Text description, String formula, Cny amount, List<Citation> citations) {
    return new Step(description, formula, Optional.of(requireNonNull(amount, "amount")), citations);
  }

  public Text description() {
    return description;
  }

  public String formula() {
    return formula;
  }

  public Optional<Cny> amount() {
    return Optional.ofNullable(amount);
  }

  public ImmutableList<Citation> citations() {
    return citations;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Step)) {
      return false;
    }
    Step s = (Step) o;
    return description.equals(s.description) && formula.equals(s.formula) && Objects.equals(amount, s.amount)
        && citations.equals(s.citations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(description, formula, amount, citations);
  }

  @Override
  public String toString() {
    return description.en() + (formula.isEmpty() ? "" : ": " + formula);
  }
}
