package org.zhongchuang.policy.explain;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.zhongchuang.policy.law.Citation;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.text.Text;

/**
 * A result that explains itself: its steps, the clauses it rests on, and its warnings. Implemented by every
 * calculator's result (tax, transfer reward, matching, support floor, targets, leave), so that a caller can show any
 * of them the same way.
 */
public interface Explained {

  /** The ordered, cited steps and the warnings; not null. */
  Explanation explanation();

  /** The clauses the result rests on, each once, in order of first use. */
  default ImmutableList<Citation> citations() {
    return explanation().citations();
  }

  /** Where the result depends on something uncertain, modified, missing or not modelled; empty when nothing. */
  default List<Text> warnings() {
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
