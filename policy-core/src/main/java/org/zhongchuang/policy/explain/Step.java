package org.zhongchuang.policy.explain;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.zhongchuang.policy.law.Citation;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.text.Phrase;
import org.zhongchuang.policy.text.Renderable;

/**
 * One step of an explanation, or one warning: what was decided or computed, as data — a {@link StepKind} and its typed
 * arguments (amounts, shares, dates, provisions, places, other steps), the amount it gives where it computes one, and
 * the clauses behind it. The words come only from rendering: the kind's template in the language asked
 * ({@link #description(Language)}), and for a computation its formula template ({@link #formula(Language)}).
 *
 * <p>A value: immutable when its arguments are, thread-safe, serializable.
 */
public final class Step implements Renderable, Serializable {
  private static final long serialVersionUID = 2L;

  private final StepKind kind;
  private final Object[] args;
  private final Cny amount;
  private final List<Citation> citations;

  private Step(StepKind kind, Object[] args, Cny amount, List<Citation> citations) {
    this.kind = requireNonNull(kind, "kind");
    this.args = args;
    this.amount = amount;
    this.citations = citations;
  }

  /**
   * A step that decides something, or a warning.
   *
   * @param kind not null
   * @param citations the clauses behind it, not null
   * @param args the template's arguments, in order
   */
  public static Step of(StepKind kind, List<Citation> citations, Object... args) {
    return new Step(kind, args.clone(), null, List.copyOf(requireNonNull(citations, "citations")));
  }

  /** A step with no citation. */
  public static Step of(StepKind kind, Object... args) {
    return new Step(kind, args.clone(), null, List.of());
  }

  /**
   * A step that computes an amount.
   *
   * @param kind not null
   * @param amount what it gives, not null
   * @param citations the clauses behind it, not null
   * @param args the template's arguments, in order
   */
  public static Step computed(StepKind kind, Cny amount, List<Citation> citations, Object... args) {
    return new Step(kind, args.clone(), requireNonNull(amount, "amount"),
        List.copyOf(requireNonNull(citations, "citations")));
  }

  public StepKind kind() {
    return kind;
  }

  /** The template's arguments, in order. */
  public List<Object> args() {
    return Collections.unmodifiableList(Arrays.asList(args));
  }

  /** The amount the step gives, if it computes one. */
  public Optional<Cny> amount() {
    return Optional.ofNullable(amount);
  }

  /** The clauses behind it. */
  public List<Citation> citations() {
    return citations;
  }

  /** What the step decided or computed, in a language. */
  public String description(Language language) {
    StringBuilder out = new StringBuilder(96);
    Phrase.render(kind.key(), args, language, out);
    return out.toString();
  }

  /** The arithmetic with its numbers (e.g. {@code 1,000,000.00 × 25% × 20% = 50,000.00}); empty for a decision. */
  public String formula(Language language) {
    StringBuilder out = new StringBuilder(48);
    return Phrase.renderFormula(kind.key(), args, language, out) ? out.toString() : "";
  }

  /** Appends the formula, if the kind has one; whether it did (an empty formula appends nothing). */
  boolean formulaTo(StringBuilder out, Language language) {
    int before = out.length();
    return Phrase.renderFormula(kind.key(), args, language, out) && out.length() > before;
  }

  /** Same as {@link #description(Language)}. */
  @Override
  public String render(Language language) {
    return description(language);
  }

  @Override
  public void renderTo(StringBuilder out, Language language) {
    Phrase.render(kind.key(), args, language, out);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Step)) {
      return false;
    }
    Step s = (Step) o;
    return kind.equals(s.kind) && Arrays.equals(args, s.args) && Objects.equals(amount, s.amount)
        && citations.equals(s.citations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, Arrays.hashCode(args), amount, citations);
  }

  /** The kind and arguments, e.g. {@code tax.band[…]}: what was said, cheaply, not how. */
  @Override
  public String toString() {
    return kind.key() + Arrays.toString(args) + (amount == null ? "" : " = " + amount);
  }
}
