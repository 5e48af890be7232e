package org.zhongchuang.policy.explain;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhongchuang.policy.law.Citation;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.text.Phrase;

/**
 * Why a result is what it is: the ordered steps, each with its citations, and the warnings where the result depends on
 * something uncertain, modified, missing or not modelled. Both are {@link Step}s — data; rendering them as text is a
 * view, and the computation never depends on it.
 *
 * @param steps in order, not null
 * @param warnings in order, each once, not null
 */
public record Explanation(List<Step> steps, List<Step> warnings) implements Serializable {

  public Explanation {
    steps = List.copyOf(requireNonNull(steps, "steps"));
    warnings = List.copyOf(new LinkedHashSet<>(requireNonNull(warnings, "warnings")));
  }

  /** Every citation of every step and warning, each once, in order of first use. */
  public List<Citation> citations() {
    Set<Citation> all = new LinkedHashSet<>();
    steps.forEach(step -> all.addAll(step.citations()));
    warnings.forEach(step -> all.addAll(step.citations()));
    return List.copyOf(all);
  }

  /** The warnings as text in a language. */
  public List<String> warnings(Language language) {
    requireNonNull(language, "language");
    List<String> out = new ArrayList<>(warnings.size());
    warnings.forEach(w -> out.add(w.description(language)));
    return out;
  }

  /** The explanation as plain text in Chinese, the default language: the law is written in it. */
  public String render() {
    return render(Language.ZH);
  }

  /** The explanation as plain text in a language: numbered steps, warnings, then the citations quoted in full. */
  public String render(Language language) {
    requireNonNull(language, "language");
    StringBuilder out = new StringBuilder(1024);
    out.append(Phrase.of("explain.steps").render(language)).append('\n');
    int n = 1;
    for (Step step : steps) {
      out.append(n < 10 ? " " : "").append(n++).append(". ").append(step.description(language));
      String formula = step.formula(language);
      if (!formula.isEmpty()) {
        out.append("\n    ").append(formula);
      }
      if (!step.citations().isEmpty()) {
        List<String> refs = new ArrayList<>(step.citations().size());
        step.citations().forEach(c -> refs.add(c.reference()));
        out.append("\n    ").append(Phrase.of("explain.per", String.join(
            Phrase.of("explain.per.separator").render(language), refs)).render(language));
      }
      out.append('\n');
    }
    if (!warnings.isEmpty()) {
      out.append(Phrase.of("explain.warnings").render(language)).append('\n');
      warnings.forEach(w -> out.append(" ! ").append(w.description(language)).append('\n'));
    }
    List<Citation> citations = citations();
    if (!citations.isEmpty()) {
      out.append(Phrase.of("explain.citations").render(language)).append('\n');
      // One line per clause and words: several provisions often cite the same clause (one per 2020 target).
      Map<String, List<Citation>> byClause = new LinkedHashMap<>();
      citations.forEach(c -> byClause.computeIfAbsent(c.reference() + '\u0000' + c.quote() + '\u0000' + c.quoteKind(),
          key -> new ArrayList<>()).add(c));
      byClause.values().forEach(same -> out.append(" - ").append(Citations.renderClause(same, language)).append('\n'));
    }
    return out.toString();
  }
}
