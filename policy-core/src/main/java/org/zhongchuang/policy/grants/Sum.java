package org.zhongchuang.policy.grants;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.List;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.text.Renderable;

/**
 * The arithmetic of a total, the same in every language: {@code 100.00 + 50.00 = 150.00}, or the total alone where at
 * most one part is not zero. A value.
 *
 * @param parts the parts, not null
 * @param total their sum, not null
 */
record Sum(List<Cny> parts, Cny total) implements Renderable, Serializable {
  Sum {
    parts = List.copyOf(requireNonNull(parts, "parts"));
    requireNonNull(total, "total");
  }

  @Override
  public String render(Language language) {
    StringBuilder out = new StringBuilder(64);
    int shown = 0;
    for (Cny part : parts) {
      if (part.isPositive()) {
        out.append(shown++ == 0 ? "" : " + ").append(part.format());
      }
    }
    return shown <= 1 ? total.format() : out.append(" = ").append(total.format()).toString();
  }
}
