package org.zhongchuang.policy;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.zhongchuang.policy.text.Phrase;
import org.zhongchuang.policy.text.Renderable;

/**
 * A date or tax year before any provision the catalogue knows for the question: the catalogue cannot say what the law
 * was then, so every calculator refuses rather than answer zero. The message names the first day the catalogue knows
 * and the provision that starts it.
 */
public final class DateNotCoveredException extends PolicyInputException {
  private static final long serialVersionUID = 2L;
  private final LocalDate firstKnown;

  /**
   * @param asked the date or year asked, e.g. {@code 2007} or {@code 1990-01-01}, rendered as given, not null
   * @param what what is not known then, e.g. a phrase "enterprise income tax", not null
   * @param firstKnown the first day the catalogue knows it, not null
   * @param from the provision (or provisions) in force from that day, not null
   */
  public DateNotCoveredException(Object asked, Renderable what, LocalDate firstKnown, Object from) {
    super(Phrase.of("error.dateNotCovered", requireNonNull(asked, "asked"), requireNonNull(what, "what"),
        requireNonNull(firstKnown, "firstKnown"), requireNonNull(from, "from")));
    this.firstKnown = firstKnown;
  }

  /** The first day for which the catalogue knows an answer. */
  public LocalDate firstKnown() {
    return firstKnown;
  }
}
