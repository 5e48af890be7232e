package org.zhongchuang.policy.grants;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.zhongchuang.policy.explain.Explanation;
import org.zhongchuang.policy.law.Citation;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.text.Text;

/** A result of this package that explains itself: its steps, the clauses it rests on, and its warnings. */
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
