package org.zhongchuang.policy;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.zhongchuang.policy.text.Phrase;
import org.zhongchuang.policy.text.Renderable;

/**
 * A case lacks a fact the law depends on. The library never assumes one: the message names the missing facts, why
 * they are needed and how to give them; {@link #facts()} names them as the case's builder methods do, so that a
 * command line can name its own options instead.
 */
public final class MissingFactsException extends PolicyInputException {
  private static final long serialVersionUID = 2L;

  private final List<String> facts;
  private final Renderable why;

  /**
   * @param facts the missing facts, as the case builder's method names, not empty
   * @param why why they are needed, not null
   */
  public MissingFactsException(List<String> facts, Renderable why) {
    super(Phrase.of("error.missingFacts", List.copyOf(requireNonNull(facts, "facts")), requireNonNull(why, "why")));
    this.facts = List.copyOf(facts);
    this.why = why;
  }

  /** The names of the missing facts, as the case builder's methods that set them. */
  public List<String> facts() {
    return facts;
  }

  /** Why they are needed (without the names). */
  public Renderable why() {
    return why;
  }
}
