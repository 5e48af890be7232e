package org.zhongchuang.policy.explain;

import java.util.List;
import org.zhongchuang.policy.law.Citation;
import org.zhongchuang.policy.text.Language;

/**
 * A result that explains itself: its steps, the clauses it rests on, and its warnings. Every calculator's assessment
 * implements it, so that a caller shows any of them the same way.
 */
public interface Explained {

  /** The ordered, cited steps and the warnings; not null. */
  Explanation explanation();

  /** The clauses the result rests on, each once, in order of first use. */
  default List<Citation> citations() {
    return explanation().citations();
  }

  /** Where the result depends on something uncertain, modified, missing or not modelled; empty when nothing. */
  default List<Step> warnings() {
    return explanation().warnings();
  }

  /**
   * @param language not null
   * @return the explanation as text: numbered steps, warnings, then the citations quoted in full
   */
  default String render(Language language) {
    return explanation().render(language);
  }
}
