package org.zhongchuang.policy;

import static java.util.Objects.requireNonNull;

import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.text.Phrase;
import org.zhongchuang.policy.text.Renderable;
import org.zhongchuang.policy.text.Text;

/**
 * The one family of exceptions for input the library refuses: a malformed amount, an unknown place, a date the
 * catalogue cannot answer for, a missing fact, a malformed catalogue file. The message always says what was wrong and
 * what is accepted, in Chinese and English ({@link #message(Language)}); {@link #getMessage()} is the English one.
 *
 * <p>Nothing in this library answers bad input with a default that changes a result: it throws one of these.
 */
public class PolicyInputException extends IllegalArgumentException {
  private static final long serialVersionUID = 2L;

  private final Renderable message;

  /**
   * @param message what was wrong and what is accepted, in each language, not null
   */
  public PolicyInputException(Renderable message) {
    super(requireNonNull(message, "message").render(Language.EN));
    this.message = message;
  }

  /**
   * @param key the template of the message, e.g. {@code error.amount.malformed}, not null
   * @param args its arguments
   */
  protected PolicyInputException(String key, Object... args) {
    this(Phrase.of(key, args));
  }

  /**
   * A message given in one language only (English), for callers' own refusals; the library's own messages come in
   * every language.
   *
   * @param message what was wrong and what is accepted, not null
   */
  public PolicyInputException(String message) {
    this(Text.same(requireNonNull(message, "message")));
  }

  /**
   * @param language not null
   * @return what was wrong and what is accepted, in that language
   */
  public String message(Language language) {
    return message.render(requireNonNull(language, "language"));
  }

  /** The message as data: its template and arguments, or its two texts. */
  public Renderable problem() {
    return message;
  }
}
