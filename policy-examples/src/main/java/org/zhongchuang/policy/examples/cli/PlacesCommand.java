package org.zhongchuang.policy.examples.cli;

import static org.zhongchuang.policy.examples.cli.Reports.t;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.law.AmbiguousJurisdictionException;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.text.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code policy places}: the places a name, code or pinyin names, and which one {@code --jurisdiction} takes. */
@Command(name = "places", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Find a place by code (330481), Chinese name (海宁市, 海宁) or pinyin (haining, nei menggu):",
        "its code, name, level and the places it lies within, and which place --jurisdiction takes for the text.",
        "A name several places share lists them all."})
final class PlacesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "QUERY", arity = "1..*",
      description = "A code, a full or short Chinese name, or pinyin (words are joined with spaces).")
  List<String> words;

  @Mixin OutputOptions output;

  @Override
  public Integer call() {
    String query = String.join(" ", words);
    List<Jurisdiction> found = Jurisdiction.search(query);
    Jurisdiction chosen = null;
    try {
      chosen = Jurisdiction.parse(query);
    } catch (AmbiguousJurisdictionException e) {
      // Several places and no rule to prefer one: --jurisdiction refuses the text; all are listed.
    } catch (PolicyInputException e) {
      // Nothing found: the library's refusal says what is accepted and suggests near places.
      throw new Refusals.Refusal(spec, e.problem());
    }
    Jurisdiction taken = chosen;
    return output.print(spec, l -> json(query, found, taken, l), l -> text(query, found, taken, l));
  }

  /** The places as JSON (contract version 1; schema {@code schemas/v1/places.json}). */
  private Json.Obj json(String query, List<Jurisdiction> found, Jurisdiction chosen, Language language) {
    Json.Obj out = Contract.output(spec, language);
    ((Json.Obj) out.fields().get("input")).put("query", query);
    List<Object> places = new ArrayList<>();
    for (Jurisdiction j : found) {
      List<Object> within = new ArrayList<>();
      j.chain().stream().skip(1).forEach(p -> within.add(Contract.place(p, language)));
      places.add(Json.object()
          .put("code", j.key())
          .put("name", language.isChinese() ? j.chineseName() : j.englishName())
          .put("chineseName", j.chineseName())
          .put("shortName", j.shortName())
          .put("englishName", j.englishName())
          .put("pinyin", j.pinyin().orElse(null))
          .put("level", Contract.code(j.level()))
          .put("within", within));
    }
    return out
        .put("query", query)
        .put("count", found.size())
        .put("chosen", chosen == null ? null : Contract.place(chosen, language))
        .put("places", places);
  }

  private static String text(String query, List<Jurisdiction> found, Jurisdiction chosen, Language language) {
    StringBuilder out = new StringBuilder();
    out.append(t(language, "“" + query + "”：" + found.size() + " 个地区",
        "'" + query + "': " + found.size() + (found.size() == 1 ? " place" : " places")));
    if (chosen != null) {
      out.append(t(language, "；--jurisdiction " + query + " 即 ", "; --jurisdiction " + query + " is "))
          .append(Reports.place(chosen, language));
    } else {
      out.append(t(language, "；--jurisdiction 不接受这个有歧义的名称，请用代码或全称",
          "; --jurisdiction refuses this ambiguous name: give the code or the full name"));
    }
    out.append('\n');
    for (Jurisdiction j : found) {
      out.append(j.key()).append("  ").append(j.chineseName()).append("  ").append(j.englishName()).append("  ")
          .append(level(j.level(), language));
      List<Jurisdiction> chain = j.chain();
      for (int i = 1; i < chain.size(); i++) {
        out.append(i == 1 ? "  " : " › ").append(t(language, chain.get(i).chineseName(), chain.get(i).englishName()));
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String level(Jurisdiction.Level level, Language language) {
    return switch (level) {
      case COUNTRY -> t(language, "国家", "country");
      case PROVINCE -> t(language, "省级", "province");
      case PREFECTURE -> t(language, "地级", "prefecture");
      case COUNTY -> t(language, "县级", "county");
      case ZONE -> t(language, "区域", "zone");
    };
  }
}
