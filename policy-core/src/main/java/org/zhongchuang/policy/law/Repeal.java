package org.zhongchuang.policy.law;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import org.zhongchuang.policy.text.Text;

/**
 * The repeal of a whole document by another.
 *
 * @param byDocument the number of the repealing document, e.g. {@code 嘉政发〔2021〕34号}, not null
 * @param effective the day the repeal took effect, exact or a window, not null
 * @param note how sure we are and where it comes from, not null
 */
public record Repeal(String byDocument, IssueDate effective, Text note) implements Serializable {
  public Repeal {
    requireNonNull(byDocument, "byDocument");
    requireNonNull(effective, "effective");
    requireNonNull(note, "note");
  }
}
