package org.zhongchuang.policy.catalogue;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import org.zhongchuang.policy.text.Text;

/**
 * A "what if" applied to a catalogue from a reform file: its own title, and the reason every provision it replaces
 * carries as its modification, so that results cite those provisions as modified, with that reason.
 *
 * @param id a short key, not null
 * @param title what the reform is, not null
 * @param reason why the provisions differ from the law as enacted, in Chinese and English, not null
 */
public record Reform(String id, String title, Text reason) implements Serializable {
  public Reform {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
    requireNonNull(reason, "reason");
  }
}
