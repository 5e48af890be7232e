package org.zhongchuang.policy.grants;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.util.List;
import org.zhongchuang.policy.explain.Explained;
import org.zhongchuang.policy.explain.Explanation;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.text.Text;

/**
 * A jurisdiction's targets against actual figures. Immutable.
 *
 * @param jurisdiction whose targets, not null
 * @param attainments one per target, in catalogue order, not null, not empty
 * @param overall all met, some missed, or none missed but some without a figure; not null
 * @param explanation the steps, citations and warnings, not null
 */
public record TargetReport(Jurisdiction jurisdiction, List<TargetAttainment> attainments, Overall overall,
    Explanation explanation) implements Explained, Serializable {

  /** The answer for all the targets together. */
  public enum Overall {
    /** Every target is met. */
    ALL_MET("全部达到", "all met"),
    /** At least one target with a figure is missed. */
    NOT_MET("未全部达到", "not all met"),
    /** No target with a figure is missed, but some have no figure: whether all are met is not known. */
    INCOMPLETE("数据不全，无法判断是否全部达到", "incomplete: some targets have no figure");

    private final Text text;

    Overall(String zh, String en) {
      this.text = Text.of(zh, en);
    }

    /** The answer in words. */
    public Text text() {
      return text;
    }

    static Overall of(List<TargetAttainment> attainments) {
      if (attainments.stream().anyMatch(a -> a.status() == TargetAttainment.Status.NOT_MET)) {
        return NOT_MET;
      }
      return attainments.stream().allMatch(TargetAttainment::isMet) ? ALL_MET : INCOMPLETE;
    }
  }

  public TargetReport {
    requireNonNull(jurisdiction, "jurisdiction");
    attainments = ImmutableList.copyOf(requireNonNull(attainments, "attainments"));
    requireNonNull(overall, "overall");
    requireNonNull(explanation, "explanation");
    checkArgument(!attainments.isEmpty(), "a report of no targets");
    checkArgument(overall == Overall.of(attainments), "overall %s disagrees with the targets", overall);
  }

  /** Whether every target is met. */
  public boolean allMet() {
    return overall == Overall.ALL_MET;
  }
}
