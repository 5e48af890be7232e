package org.zhongchuang.policy.money;

import org.zhongchuang.policy.PolicyInputException;

/** An amount or share text that cannot be read, or an amount with more than two decimals (fen). */
public final class MalformedAmountException extends PolicyInputException {
  private static final long serialVersionUID = 1L;
  private final String input;

  MalformedAmountException(String input, String problem) {
    super("cannot read amount '" + input + "': " + problem
        + "; accepted: yuan in digits 0-9 or ０-９ with at most two decimals of yuan, optionally a leading minus"
        + " sign and ¥, thousands separators in groups of three, a 万 or 亿 unit and a trailing 元, e.g. 250000,"
        + " 250,000.00, 25万, 25万元, ２０万元, 0.5亿, -¥1,000");
    this.input = input;
  }

  private MalformedAmountException(String message, String input, boolean raw) {
    super(message);
    this.input = input;
  }

  static MalformedAmountException share(String input, String problem) {
    return new MalformedAmountException("cannot read share '" + input + "': " + problem
        + "; accepted: in digits 0-9 or ０-９, a percentage (50%, 12.5%, ５０％), a decimal (0.5), a ratio (1:1) or"
        + " a fraction (1/3)", input, true);
  }

  /** The text that was refused, as given. */
  public String input() {
    return input;
  }
}
