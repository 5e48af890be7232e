package org.zhongchuang.policy.explain;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.zhongchuang.policy.law.Citation;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.text.Text;

/**
 * One step of an explanation: what was decided or computed, the formula with its numbers, the amount it gives (if
 * any), and the clauses behind it.
 *
 * @param description what the step does, not null
 * @param formula the arithmetic with its numbers, e.g. {@code 1,000,000.00 × 25% × 20% = 50,000.00}; empty when the
 *     step decides rather than computes; not null
 * @param amount the amount the step gives, if it gives one
 * @param citations the clauses behind it, not null
 */
public record Step(Text description, String formula, Optional<Cny> amount, List<Citation> citations)
    implements Serializable {

  public Step {
    requireNonNull(description, "description");
    requireNonNull(formula, "formula");
    requireNonNull(amount, "amount");
    citations = ImmutableList.copyOf(requireNonNull(citations, "citations"));
  }

  /** A step that decides something (no amount). */
  public static Step decision(Text description, Citation... citations) {
    return new Step(description, "", Optional.empty(), ImmutableList.copyOf(citations));
  }

  /** A step that computes an amount. */
  public static Step computation(Text description, String formula, Cny amount, List<Citation> citations) {
    return new Step(description, formula, Optional.of(requireNonNull(amount, "amount")), citations);
  }
}
