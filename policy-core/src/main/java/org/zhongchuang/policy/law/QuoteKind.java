package org.zhongchuang.policy.law;

/** Where a citation's quoted words come from, so that a reader knows how far to trust them. */
public enum QuoteKind {
  /** Verbatim from one of the five seed documents. */
  SEED_VERBATIM,
  /** Verbatim from a national law text held with the project. */
  LAW_VERBATIM,
  /**
   * The operative wording as recorded in the project's specification; the full text of the document is not held with
   * the project, so this is not offered as a verbatim quote.
   */
  SPECIFICATION_SUMMARY
}
