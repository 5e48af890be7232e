package org.zhongchuang.policy.law;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.text.Renderable;
import org.zhongchuang.policy.text.Text;

/**
 * Whether something is in force on a date or during a span, and why. {@link Status#UNCERTAIN} is an answer in its own
 * right: the library never guesses an unknown date.
 *
 * @param status not null
 * @param reason why, as data rendered in any language (a {@link org.zhongchuang.policy.text.Phrase} or a
 *     {@link Text}), not null
 */
public record Applicability(Status status, Renderable reason) implements Renderable, Serializable {

  /** The three answers. */
  public enum Status {
    IN_FORCE,
    NOT_IN_FORCE,
    /** It depends on a date the catalogue does not know; the reason says which. */
    UNCERTAIN
  }

  public Applicability {
    requireNonNull(status, "status");
    requireNonNull(reason, "reason");
  }

  public boolean isInForce() {
    return status == Status.IN_FORCE;
  }

  public boolean isUncertain() {
    return status == Status.UNCERTAIN;
  }

  public boolean isNotInForce() {
    return status == Status.NOT_IN_FORCE;
  }

  /** The reason, rendered. */
  @Override
  public String render(Language language) {
    return reason.render(language);
  }

  /** The reason rendered in both languages, for code that still writes its words itself. */
  @Deprecated(forRemoval = true)
  public Text reasonText() {
    return Text.of(reason.render(Language.ZH), reason.render(Language.EN));
  }
}
