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
    StringBuilder out = new StringBuilder(2048);
    Phrase.render("explain.steps", NO_ARGS, language, out);
    out.append('\n');
    int n = 1;
    for (Step step : steps) {
      out.append(n < 10 ? " " : "").append(n++).append(". ");
      step.renderTo(out, language);
      int mark = out.length();
      out.append("\n    ");
      if (!step.formulaTo(out, language)) {
        out.setLength(mark);
      }
      List<Citation> cited = step.citations();
      if (!cited.isEmpty()) {
        out.append("\n    ");
        StringBuilder refs = new StringBuilder(64);
        for (int i = 0; i < cited.size(); i++) {
          if (i > 0) {
            Phrase.render("explain.per.separator", NO_ARGS, language, refs);
          }
          refs.append(cited.get(i).reference());
        }
        Phrase.render("explain.per", new Object[] {refs.toString()}, language, out);
      }
      out.append('\n');
    }
    if (!warnings.isEmpty()) {
      Phrase.render("explain.warnings", NO_ARGS, language, out);
      out.append('\n');
      for (Step w : warnings) {
        out.append(" ! ");
        w.renderTo(out, language);
        out.append('\n');
      }
    }
    List<Citation> citations = citations();
    if (!citations.isEmpty()) {
      Phrase.render("explain.citations", NO_ARGS, language, out);
      out.append('\n');
      // One line per clause and words: several provisions often cite the same clause (one per 2020 target).
      Map<Clause, List<Citation>> byClause = new LinkedHashMap<>();
      citations.forEach(c -> byClause.computeIfAbsent(new Clause(c.document(), c.clause(), c.quote(), c.quoteKind()),
          key -> new ArrayList<>(1)).add(c));
      byClause.values().forEach(same -> {
        out.append(" - ");
        Citations.renderClause(same, language, out);
        out.append('\n');
      });
    }
    return out.toString();
  }

  private static final Object[] NO_ARGS = new Object[0];

  /** The words of one clause: citations with equal clauses are quoted once. */
  private record Clause(Object document, String clause, String quote, Object quoteKind) {}
}
