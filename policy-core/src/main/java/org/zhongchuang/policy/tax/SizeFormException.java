package org.zhongchuang.policy.tax;

import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.text.Phrase;

/**
 * Headcount or assets given in a form the tax year's measure does not average (quarterly values in a year of the
 * monthly average, say): the message names the year's measure and what it accepts.
 */
public final class SizeFormException extends PolicyInputException {
  private static final long serialVersionUID = 1L;

  SizeFormException(Phrase message) {
    super(message);
  }
}
