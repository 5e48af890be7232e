package org.zhongchuang.policy.law;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.text.Renderable;

/**
 * A clause of a document, in its own words.
 *
 * @param document not null
 * @param clause the clause, e.g. {@code 五(四)} or {@code 第二十八条第一款}, not null
 * @param quote the clause's own Chinese words (or the operative wording, see {@code quoteKind}), not null
 * @param quoteKind where the words come from, not null
 * @param gloss a one-line English gloss, not null
 */
public record Citation(PolicyDocument document, String clause, String quote, QuoteKind quoteKind, String gloss)
    implements Renderable, Serializable {

  public Citation {
    requireNonNull(document, "document");
    requireNonNull(clause, "clause");
    requireNonNull(quote, "quote");
    requireNonNull(quoteKind, "quoteKind");
    requireNonNull(gloss, "gloss");
  }

  /** E.g. {@code 嘉政办发〔2015〕90号 五(四)}. */
  public String reference() {
    return document.reference() + " " + clause;
  }

  /** The reference, the same in every language: {@code 嘉政办发〔2015〕90号 五(四)}. */
  @Override
  public String render(Language language) {
    return reference();
  }

  @Override
  public String toString() {
    return reference();
  }
}
