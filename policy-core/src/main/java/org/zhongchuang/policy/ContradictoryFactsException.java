package org.zhongchuang.policy;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.zhongchuang.policy.text.Renderable;

/**
 * Facts of a case contradict each other, or the law the catalogue holds cannot read them (a quarter larger than its
 * year, a loss of a year not before the tax year). The message says which and what is accepted; {@link #facts()} names
 * them as the case's builder methods do, the first the one to correct, so that a command line can name its own option.
 */
public final class ContradictoryFactsException extends PolicyInputException {
  private static final long serialVersionUID = 1L;

  private final List<String> facts;

  /**
   * @param facts the facts concerned, as the case builder's method names, the one to correct first; not empty
   * @param message what was wrong and what is accepted, not null
   */
  public ContradictoryFactsException(List<String> facts, Renderable message) {
    super(message);
    this.facts = List.copyOf(requireNonNull(facts, "facts"));
    if (this.facts.isEmpty()) {
      throw new IllegalArgumentException("name at least one fact");
    }
  }

  /** The facts concerned, as the case builder's methods that set them; the first is the one to correct. */
  public List<String> facts() {
    return facts;
  }
}
