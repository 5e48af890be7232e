package org.zhongchuang.policy.law;

import java.util.List;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.text.Phrase;

/**
 * Text that names no known jurisdiction. The message says what was not found, what is accepted, and suggests up to
 * five near places.
 */
public final class UnknownJurisdictionException extends PolicyInputException {
  private static final long serialVersionUID = 2L;
  private final String input;
  private final List<Jurisdiction> suggestions;

  UnknownJurisdictionException(String input, List<Jurisdiction> suggestions) {
    super(message(input, suggestions));
    this.input = input;
    this.suggestions = List.copyOf(suggestions);
  }

  private static Phrase message(String input, List<Jurisdiction> suggestions) {
    if (suggestions.isEmpty()) {
      return Phrase.of("error.jurisdiction.unknown", input);
    }
    return Phrase.of("error.jurisdiction.unknown.suggest", input,
        Phrase.joined(suggestions.stream().map(Jurisdiction::describe).toList(), "list.semicolon"));
  }

  /** The text that was not found. */
  public String input() {
    return input;
  }

  /** Up to five places near the text, as the message lists them; possibly empty. */
  public List<Jurisdiction> suggestions() {
    return suggestions;
  }
}
