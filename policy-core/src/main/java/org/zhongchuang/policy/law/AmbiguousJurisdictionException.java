package org.zhongchuang.policy.law;

import java.util.List;
import org.zhongchuang.policy.PolicyInputException;

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

  private static String message(String input, List<Jurisdiction> candidates) {
    StringBuilder s = new StringBuilder("jurisdiction '").append(input).append("' is ambiguous; it names ")
        .append(candidates.size()).append(" places: ");
    for (int i = 0; i < candidates.size(); i++) {
      s.append(i == 0 ? "" : "; ").append(candidates.get(i).describe());
    }
    return s.append(". Give the 6-digit code, or the full Chinese name where that is unique").toString();
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
