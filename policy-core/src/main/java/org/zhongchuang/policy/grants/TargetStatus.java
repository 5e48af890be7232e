package org.zhongchuang.policy.grants;

import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.text.Phrase;
import org.zhongchuang.policy.text.Renderable;

/** One target against its figure; the words are the templates {@code enum.TargetStatus.<NAME>}. */
public enum TargetStatus implements Renderable {
  /** The actual figure is at least the threshold. */
  MET,
  /** The actual figure is below the threshold. */
  NOT_MET,
  /** No figure was given: not met, and not assumed to be. */
  NO_FIGURE;

  @Override
  public String render(Language language) {
    return Phrase.of("enum.TargetStatus." + name()).render(language);
  }
}
