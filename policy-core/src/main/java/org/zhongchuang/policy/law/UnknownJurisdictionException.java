package org.zhongchuang.policy.law;

import java.util.stream.Collectors;
import org.zhongchuang.policy.PolicyInputException;

/** A jurisdiction name or code that the library does not know. The message lists the known ones. */
public final class UnknownJurisdictionException extends PolicyInputException {
  private static final long serialVersionUID = 1L;
  private final String input;

  UnknownJurisdictionException(String input) {
    super("unknown jurisdiction '" + input + "'; known: " + Jurisdiction.builtIns().stream()
        .map(j -> j.id() + j.code().map(c -> " (" + c + ", " + j.chineseName() + ")")
            .orElse(" (" + j.chineseName() + ")"))
        .collect(Collectors.joining(", ")));
    this.input = input;
  }

  /** The name or code that was not found. */
  public String input() {
    return input;
  }
}
