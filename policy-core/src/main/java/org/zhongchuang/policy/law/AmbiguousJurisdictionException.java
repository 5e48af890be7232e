package org.zhongchuang.policy.law;

import java.util.List;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.text.Phrase;

/**
 * Text that names several jurisdictions, such as {@code 朝阳} (a city in Liaoning, districts of Beijing and Changchun, a
 * county) or {@code taizhou} (泰州, 台州). The message lists every candidate with its code and the places it lies
 * within, and asks for the code or the full name.
 */
public final class AmbiguousJurisdictionException extends PolicyInputException {
  private static final long serialVersionUID = 1L;
  private final String input;
  private final List<Jurisdiction> candidates;

  AmbiguousJurisdictionException(String input, List<Jurisdiction> candidates) {
    super(message(input, candidates));
    this.input = input;
    this.candidates = List.copyOf(candidates);
  }

  private static Phrase message(String input, List<Jurisdiction> candidates) {
    return Phrase.of("error.jurisdiction.ambiguous", input, candidates.size(),
        Phrase.joined(candidates.stream().map(Jurisdiction::describe).toList(), "list.semicolon"));
  }

  /** The text that was ambiguous. */
  public String input() {
    return input;
  }

  /** Every place the text names, in {@link Jurisdiction#all()} order. */
  public List<Jurisdiction> candidates() {
    return candidates;
  }
}
