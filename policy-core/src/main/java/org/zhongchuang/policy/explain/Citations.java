package org.zhongchuang.policy.explain;

import static java.util.Objects.requireNonNull;

import org.zhongchuang.policy.law.Citation;
import org.zhongchuang.policy.law.PolicyDocument;
import org.zhongchuang.policy.law.QuoteKind;
import org.zhongchuang.policy.text.Language;

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
    requireNonNull(language, "language");
    PolicyDocument doc = citation.document();
    boolean zh = language == Language.ZH;
    String kind = citation.quoteKind() == QuoteKind.SPECIFICATION_SUMMARY ? (zh ? "（要旨，非原文）" : " (operative wording, not verbatim)") : "";
    String header = citation.reference() + (zh ? "（" : " (") + doc.issuer() + (zh ? "，" : ", ") + doc.issued()
        + (zh ? "）" : ")");
    return zh
        ? header + "：“" + citation.quote() + "”" + kind
        : header + ": \"" + citation.quote() + "\"" + kind + " — " + citation.gloss();
  }
}
