package org.zhongchuang.policy.money;

/** Arithmetic on amounts that would leave the range of {@link Cny}; amounts never wrap around. */
public final class AmountOverflowException extends ArithmeticException {
  private static final long serialVersionUID = 1L;

  AmountOverflowException(String operation) {
    super("amount overflow in " + operation + ": the largest amount is " + Cny.MAX.toPlainString() + " yuan");
  }
}
