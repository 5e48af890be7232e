package org.zhongchuang.policy.incubator;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.zhongchuang.policy.catalogue.Confidence;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.law.PolicyDocument;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.text.Phrase;
import org.zhongchuang.policy.text.Renderable;

/**
 * A wave of exemption notices (W1 … W5 in PROVISIONS.md §12): the provisions that name it, from the first day any of
 * them is in force to the last.
 *
 * @param label e.g. {@code W4}, not null
 * @param from the earliest first day of its provisions, not null
 * @param to the latest last day of its provisions; {@link LocalDate#MAX} where one has no known end, not null
 * @param provisions in catalogue order, not empty
 */
public record Wave(String label, LocalDate from, LocalDate to, List<Provision> provisions)
    implements Renderable, Serializable {

  public Wave {
    requireNonNull(label, "label");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    provisions = List.copyOf(provisions);
    if (provisions.isEmpty()) {
      throw new IllegalArgumentException("a wave has provisions");
    }
  }

  /** Whether it is known: at least one of its provisions is more than unconfirmed. */
  public boolean known() {
    for (Provision p : provisions) {
      if (p.confidence() != Confidence.UNCONFIRMED) {
        return true;
      }
    }
    return false;
  }

  /** The documents of its provisions, each once, in catalogue order. */
  public List<PolicyDocument> documents() {
    List<PolicyDocument> out = new ArrayList<>();
    for (Provision p : provisions) {
      if (!out.contains(p.citation().document())) {
        out.add(p.citation().document());
      }
    }
    return out;
  }

  /** E.g. {@code W4（2019-01-01 – 2023-12-31：财税〔2018〕120号、财政部 税务总局公告2022年第4号）}. */
  @Override
  public String render(Language language) {
    return Phrase.of("incubator.wave", label, from, to.equals(LocalDate.MAX) ? "…" : to, documents())
        .render(language);
  }
}
