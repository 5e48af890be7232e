package org.zhongchuang.policy.examples.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;
import org.zhongchuang.policy.explain.Citations;
import org.zhongchuang.policy.explain.Explanation;
import org.zhongchuang.policy.explain.Step;
import org.zhongchuang.policy.law.Citation;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.text.Renderable;

/** What every report shares: bilingual labels, amounts in yuan, citations, warnings and the explanation steps. */
final class Reports {
  private Reports() {}

  /** The Chinese or the English of a label. */
  static String t(Language language, String zh, String en) {
    return language == Language.ZH ? zh : en;
  }

  /** {@code 25,000.00 元} or {@code 25,000.00 yuan}. */
  static String yuan(Cny amount, Language language) {
    return amount.format() + t(language, " 元", " yuan");
  }

  /**
   * A share as a percentage for reading: exact where it has at most four decimals of a percent ({@code 17.5%}),
   * else rounded half-up to four and marked {@code ≈} (an effective rate such as 75,000.00 ÷ 300,000.01).
   */
  static String percent(Share share) {
    BigDecimal percent = share.toBigDecimal().movePointRight(2).stripTrailingZeros();
    if (percent.scale() <= 4) {
      return share.toPercentString();
    }
    return "≈" + percent.setScale(4, RoundingMode.HALF_UP).toPlainString() + "%";
  }

  /** {@code 嘉兴市 (330400)} or {@code Jiaxing (330400)}. */
  static String place(Jurisdiction jurisdiction, Language language) {
    return t(language, jurisdiction.chineseName(), jurisdiction.englishName()) + " (" + jurisdiction.key() + ")";
  }

  /** Each citation as one line that starts with the document number (or the title where there is none). */
  static List<String> citations(List<Citation> citations, Language language) {
    return citations.stream().map(c -> Citations.render(c, language)).collect(Collectors.toList());
  }

  static List<String> texts(List<? extends Renderable> texts, Language language) {
    return texts.stream().map(w -> w.render(language)).collect(Collectors.toList());
  }

  /** Texts rendered in a language and joined with " | " (for one CSV cell). */
  static String joined(List<? extends Renderable> texts, Language language) {
    if (texts.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (Renderable text : texts) {
      if (out.length() > 0) {
        out.append(" | ");
      }
      text.renderTo(out, language);
    }
    return PolicyCli.oneLine(out.toString());
  }

  /** The ids of the provisions that granted the bands, each once, joined with ";" (for one CSV cell). */
  static String provisionIds(List<org.zhongchuang.policy.catalogue.Provision> granting) {
    StringBuilder out = new StringBuilder();
    for (org.zhongchuang.policy.catalogue.Provision p : granting) {
      out.append(out.length() == 0 ? "" : ";").append(p.id());
    }
    return out.toString();
  }

  /** The explanation's steps as JSON objects: description, formula (or null), amount (or null), clauses. */
  static List<Object> steps(Explanation explanation, Language language) {
    return explanation.steps().stream().map(s -> (Object) step(s, language)).collect(Collectors.toList());
  }

  private static Json.Obj step(Step step, Language language) {
    return Json.object()
        .put("description", step.description(language))
        .put("formula", step.formula(language).isEmpty() ? null : step.formula(language))
        .put("amount", step.amount().orElse(null))
        .put("clauses", step.citations().stream().map(Citation::reference).collect(Collectors.toList()));
  }
}
