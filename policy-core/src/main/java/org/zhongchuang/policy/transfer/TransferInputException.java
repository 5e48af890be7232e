package org.zhongchuang.policy.transfer;

import org.zhongchuang.policy.PolicyInputException;

/** A transfer case the calculator refuses: a missing or negative amount, a bad team, a split with nothing to split. */
public class TransferInputException extends PolicyInputException {
  private static final long serialVersionUID = 1L;

  /** @param message what was wrong and what is accepted, not null */
  public TransferInputException(String message) {
    super(message);
  }
}
