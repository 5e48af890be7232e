package org.zhongchuang.policy.explain;

import java.util.ArrayList;
import java.util.List;
import org.zhongchuang.policy.catalogue.Confidence;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.law.Applicability;
import org.zhongchuang.policy.law.IssueDate;
import org.zhongchuang.policy.text.Phrase;

/**
 * The warnings every calculator gives in the same words: a provision changed by the caller, one not confirmed from an
 * official text, one whose document's date is known only to a window, one not relied on because nobody can know
 * whether it is in force. One kind, one template, for all calculators.
 */
public enum Caveat implements StepKind {
  /** A provision changed by the caller or a reform: its reference, the reason. */
  MODIFIED("caveat.modified"),
  /** A provision below {@link Confidence#CONFIRMED}: its reference, the confidence, its notes. */
  CONFIDENCE("caveat.confidence"),
  /** A provision whose document's issue date is a window: the document, the first and last day, why. */
  ISSUE_WINDOW("caveat.issueWindow"),
  /** A provision not relied on: its reference, why its being in force is uncertain. */
  NOT_RELIED_ON("caveat.notReliedOn");

  private final String key;

  Caveat(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }

  /**
   * The caveats of relying on a provision: modified, not confirmed, dated to a window; empty when there is none.
   *
   * @param p not null
   */
  public static List<Step> of(Provision p) {
    List<Step> out = new ArrayList<>(0);
    p.modification().ifPresent(why -> out.add(Step.of(MODIFIED, p.citation().reference(), why)));
    if (p.confidence() != Confidence.CONFIRMED) {
      out.add(Step.of(CONFIDENCE, p.citation().reference(), p.confidence(),
          p.notes().isEmpty() ? "" : Phrase.of("caveat.notes", p.notes())));
    }
    if (p.citation().document().issued() instanceof IssueDate.Window w) {
      out.add(Step.of(ISSUE_WINDOW, p.citation().document().reference(), w.earliest(), w.latest(), w.reason()));
    }
    return out;
  }

  /**
   * A provision that may or may not be in force, and so is not relied on.
   *
   * @param p not null
   * @param applicability its uncertain status, with the reason, not null
   */
  public static Step notReliedOn(Provision p, Applicability applicability) {
    return Step.of(NOT_RELIED_ON, p.citation().reference(), applicability.reason());
  }
}
