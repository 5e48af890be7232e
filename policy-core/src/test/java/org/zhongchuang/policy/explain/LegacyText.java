package org.zhongchuang.policy.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhongchuang.policy.law.Citation;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.text.Text;

/** Steps whose words are given directly (for tests of how an explanation renders and groups its steps). */
@Deprecated(forRemoval = true)
public final class LegacyText {
  private LegacyText() {}

  /** The kind of a step written in code: its description and formula are its arguments. */
  enum Kind implements StepKind {
    TEXT;

    @Override
    public String key() {
      return "explain.text";
    }
  }

  public static Step decision(Text description, Citation... citations) {
    return Step.of(Kind.TEXT, List.of(citations), description, "");
  }

  public static Step computation(Text description, String formula, Cny amount, List<Citation> citations) {
    return Step.computed(Kind.TEXT, amount, citations, description, formula);
  }

  public static Step step(Text description, String formula, Optional<Cny> amount, List<Citation> citations) {
    return amount.isPresent() ? computation(description, formula, amount.get(), citations)
        : Step.of(Kind.TEXT, citations, description, formula);
  }

  public static Step warning(Text text) {
    return Step.of(Kind.TEXT, List.of(), text, "");
  }

  public static Explanation explanation(List<Step> steps, List<Text> warnings) {
    List<Step> w = new ArrayList<>();
    warnings.forEach(t -> w.add(warning(t)));
    return new Explanation(steps, w);
  }
}
