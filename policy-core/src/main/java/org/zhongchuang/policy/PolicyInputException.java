package org.zhongchuang.policy;

/**
 * The one family of exceptions for input the library refuses: a malformed amount, an unknown jurisdiction, a date the
 * catalogue cannot answer for, a missing fact. The message always says what was wrong and what is accepted.
 *
 * <p>Nothing in this library answers bad input with a default that changes a result: it throws one of these.
 */
public class PolicyInputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what was wrong and what is accepted, not null
   */
  public PolicyInputException(String message) {
    super(message);
  }
}
