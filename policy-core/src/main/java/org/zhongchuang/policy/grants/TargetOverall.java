package org.zhongchuang.policy.grants;

import java.util.List;
import org.zhongchuang.policy.Answer;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.text.Phrase;
import org.zhongchuang.policy.text.Renderable;

/** All the targets together; the words are the templates {@code enum.TargetOverall.<NAME>}. */
public enum TargetOverall implements Renderable {
  /** Every target is met. */
  ALL_MET,
  /** At least one target with a figure is missed. */
  NOT_MET,
  /** No target with a figure is missed, but some have no figure: whether all are met is not known. */
  INCOMPLETE;

  static TargetOverall of(List<TargetAttainment> attainments) {
    boolean incomplete = false;
    for (TargetAttainment a : attainments) {
      if (a.status() == TargetStatus.NOT_MET) {
        return NOT_MET;
      }
      incomplete |= a.status() == TargetStatus.NO_FIGURE;
    }
    return incomplete ? INCOMPLETE : ALL_MET;
  }

  /** Whether all are met: yes, no, or uncertain where a figure is missing and none is missed. */
  public Answer allMet() {
    return switch (this) {
      case ALL_MET -> Answer.YES;
      case NOT_MET -> Answer.NO;
      case INCOMPLETE -> Answer.UNCERTAIN;
    };
  }

  @Override
  public String render(Language language) {
    return Phrase.of("enum.TargetOverall." + name()).render(language);
  }
}
