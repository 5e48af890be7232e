package org.zhongchuang.policy.money;

import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.text.Phrase;

/**
 * An amount or share text that cannot be read, or an amount with more than two decimals (fen). The message names the
 * text, what is wrong with it and what is accepted, in each language.
 */
public final class MalformedAmountException extends PolicyInputException {
  private static final long serialVersionUID = 2L;
  private final String input;

  private MalformedAmountException(String input, Phrase message) {
    super(message);
    this.input = input;
  }

  /**
   * @param input the text refused
   * @param problem the problem's template, {@code error.amount.problem.<problem>}
   * @param args the problem's arguments
   */
  static MalformedAmountException amount(String input, String problem, Object... args) {
    return new MalformedAmountException(input,
        Phrase.of("error.amount.malformed", input, Phrase.of("error.amount.problem." + problem, args)));
  }

  /** As {@link #amount}, for a share. */
  static MalformedAmountException share(String input, String problem, Object... args) {
    return new MalformedAmountException(input,
        Phrase.of("error.share.malformed", input, Phrase.of("error.amount.problem." + problem, args)));
  }

  /** The text that was refused, as given. */
  public String input() {
    return input;
  }
}
