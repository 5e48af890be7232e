package org.zhongchuang.policy.explain;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.zhongchuang.policy.law.Citation;
import org.zhongchuang.policy.law.IssueDate;
import org.zhongchuang.policy.law.PolicyDocument;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.text.Phrase;

/** Renders a citation as one line: document number, issuer, date, clause, the clause's words, and the gloss. */
public final class Citations {
  private Citations() {}

  /**
   * E.g. {@code 嘉政办发〔2015〕90号 五(二)（嘉兴市人民政府办公室，2015-12-01）：“对于众创空间获得省和国家资金奖励的…”}.
   *
   * @param citation not null
   * @param language not null
   */
  public static String render(Citation citation, Language language) {
    requireNonNull(citation, "citation");
    return renderClause(List.of(citation), language);
  }

  /**
   * Renders citations of one clause in the same words (e.g. four targets of JL-2015-31 一(三)) as one line: the
   * quote once, and every distinct gloss.
   *
   * @param sameClause one or more citations with the same reference, quote and quote kind, not null
   * @param language not null
   */
  static String renderClause(List<Citation> sameClause, Language language) {
    StringBuilder out = new StringBuilder(256);
    renderClause(sameClause, language, out);
    return out.toString();
  }

  static void renderClause(List<Citation> sameClause, Language language, StringBuilder out) {
    requireNonNull(language, "language");
    Citation citation = sameClause.get(0);
    PolicyDocument doc = citation.document();
    IssueDate issued = doc.issued();
    Object date = issued.isExact() ? issued.earliest()
        : Phrase.of("explain.citation.window", issued.earliest(), issued.latest());
    List<String> glosses = new ArrayList<>();
    sameClause.forEach(c -> {
      if (!glosses.contains(c.gloss())) {
        glosses.add(c.gloss());
      }
    });
    Phrase.render("explain.citation", new Object[] {citation.reference(), doc.issuer(), date, citation.quote(),
        citation.quoteKind(), glosses.size() == 1 ? glosses.get(0) : String.join(" | ", glosses)}, language, out);
  }
}
