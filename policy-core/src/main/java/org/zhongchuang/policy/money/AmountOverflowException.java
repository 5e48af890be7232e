package org.zhongchuang.policy.money;

import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.text.Phrase;

/**
 * Arithmetic on amounts that would leave the range of {@link Cny}; amounts never wrap around. Only absurdly large
 * input can cause it, so it is a refusal of that input, like every other {@link PolicyInputException}.
 */
public final class AmountOverflowException extends PolicyInputException {
  private static final long serialVersionUID = 2L;

  AmountOverflowException(String operation) {
    super(Phrase.of("error.amountOverflow", operation, Cny.MAX.toPlainString()));
  }
}
