package org.zhongchuang.policy.tax;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.zhongchuang.policy.PolicyInputException;

/**
 * An assessment needs a fact about the enterprise that the caller did not give. The calculator never assumes one: the
 * message names the missing facts, why they are needed, and how to give them.
 */
public final class MissingFactsException extends PolicyInputException {
  private static final long serialVersionUID = 1L;

  private final ImmutableList<String> facts;

  MissingFactsException(List<String> facts, String why) {
    super("missing " + String.join(", ", requireNonNull(facts, "facts")) + ": " + requireNonNull(why, "why"));
    this.facts = ImmutableList.copyOf(facts);
  }

  /** The names of the missing facts, as the {@link EnterpriseFacts.Builder} methods that set them. */
  public ImmutableList<String> facts() {
    return facts;
  }
}
