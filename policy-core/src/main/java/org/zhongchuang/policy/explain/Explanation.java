package org.zhongchuang.policy.explain;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import org.zhongchuang.policy.law.Citation;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.text.Text;

/**
 * Why a result is what it is: ordered steps, each with its citations, and warnings where the law is uncertain.
 * Rendering as text is a view of it; the computation never depends on the rendering.
 *
 * @param steps in order, not null
 * @param warnings where the result depends on something uncertain, not null
 */
public record Explanation(List<Step> steps, List<Text> warnings) implements Serializable {

  public Explanation {
    steps = ImmutableList.copyOf(requireNonNull(steps, "steps"));
    warnings = ImmutableList.copyOf(requireNonNull(warnings, "warnings"));
  }

  /** Every citation of every step, each once, in order of first use. */
  public ImmutableList<Citation> citations() {
    Set<Citation> all = new LinkedHashSet<>();
    steps.forEach(step -> all.addAll(step.citations()));
    return ImmutableList.copyOf(all);
  }

  /** The explanation as plain text in Chinese, the default language: the law is written in it. */
  public String render() {
    return render(Language.ZH);
  }

  /** The explanation as plain text in a language: numbered steps, warnings, then the citations quoted in full. */
  public String render(Language language) {
    requireNonNull(language, "language");
    boolean zh = language == Language.ZH;
    StringBuilder out = new StringBuilder();
    out.append(zh ? "计算过程：" : "Steps:").append('\n');
    int n = 1;
    for (Step step : steps) {
      // "%2d. " without String.format, which cost more than the rest of the rendering.
      out.append(n < 10 ? " " : "").append(n++).append(". ").append(step.description().in(language));
      if (!step.formula().isEmpty()) {
        out.append("\n    ").append(step.formula());
      }
      if (!step.citations().isEmpty()) {
        out.append("\n    ").append(zh ? "依据：" : "Per: ");
        out.append(String.join(zh ? "；" : "; ",
            step.citations().stream().map(Citation::reference).collect(ImmutableList.toImmutableList())));
      }
      out.append('\n');
    }
    if (!warnings.isEmpty()) {
      out.append(zh ? "注意：" : "Warnings:").append('\n');
      warnings.forEach(w -> out.append(" ! ").append(w.in(language)).append('\n'));
    }
    List<Citation> citations = citations();
    if (!citations.isEmpty()) {
      out.append(zh ? "引用条款：" : "Citations:").append('\n');
      // One line per clause and words: several provisions often cite the same clause (one per 2020 target).
      Map<String, List<Citation>> byClause = new LinkedHashMap<>();
      citations.forEach(c -> byClause.computeIfAbsent(c.reference() + '\u0000' + c.quote() + '\u0000' + c.quoteKind(),
          key -> new ArrayList<>()).add(c));
      byClause.values().forEach(same -> out.append(" - ").append(Citations.renderClause(same, language)).append('\n'));
    }
    return out.toString();
  }
}
