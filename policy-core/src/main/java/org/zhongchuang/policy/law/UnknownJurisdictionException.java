package org.zhongchuang.policy.law;

import java.util.List;
import org.zhongchuang.policy.PolicyInputException;

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

  private static String message(String input, List<Jurisdiction> suggestions) {
    StringBuilder s = new StringBuilder("unknown jurisdiction '").append(input).append("'; accepted: a 6-digit GB/T 2260 "
        + "code (330400), a Chinese name or short name (嘉兴市, 嘉兴), pinyin (jiaxing), china, or a zone (lanbai)");
    if (!suggestions.isEmpty()) {
      s.append("; did you mean: ");
      for (int i = 0; i < suggestions.size(); i++) {
        s.append(i == 0 ? "" : "; ").append(suggestions.get(i).describe());
      }
    }
    return s.toString();
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
