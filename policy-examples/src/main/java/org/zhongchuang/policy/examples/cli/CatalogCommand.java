package org.zhongchuang.policy.examples.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.law.Applicability;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.text.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code policy catalog}: the built-in provisions, optionally those applying in a place and in force on a day. */
@Command(name = "catalog", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"List the built-in provisions, optionally where and when they apply.",
        "Each provision: id, document, jurisdiction, clause, and whether it is in force on --date.",
        "With --jurisdiction, only the provisions that apply there (its own and those of the places it lies within)."})
final class CatalogCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--jurisdiction", paramLabel = "J", converter = Converters.JurisdictionConverter.class,
      description = "Only provisions applying in J: a code (330400), pinyin (jiaxing) or Chinese name (嘉兴市).")
  private Jurisdiction jurisdiction;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = Converters.DateConverter.class,
      description = "Say whether each provision is in force on this day: true, false or \"uncertain\" (with why).")
  private LocalDate date;

  @Mixin private OutputOptions output;

  @Mixin private CatalogueOption catalogueOption;

  @Override
  public Integer call() {
    Catalogue catalogue = catalogueOption.catalogue();
    List<Provision> provisions = jurisdiction == null ? catalogue.all() : catalogue.applicableIn(jurisdiction);
    if (date != null) {
      Refusals.checkDateAnswerable(spec, "--date", date, provisions);
    }
    return output.print(spec, l -> json(provisions, l), l -> text(provisions, l));
  }

  /** The provisions as JSON (contract version 1; schema {@code schemas/v1/catalog.json}). */
  private Json.Obj json(List<Provision> provisions, Language language) {
    List<Object> rows = new ArrayList<>();
    for (Provision p : provisions) {
      Json.Obj row = Json.object()
          .put("id", p.id())
          .put("document", p.citation().document().reference())
          .put("clause", p.citation().clause())
          .put("jurisdiction", Contract.place(p.jurisdiction(), language))
          .put("inForce", date == null ? null : inForce(p.statusOn(date)))
          .put("title", p.citation().document().title())
          .put("issuer", p.citation().document().issuer())
          .put("issued", Contract.issued(p.citation().document().issued()))
          .put("validity", Contract.validity(p.validity()))
          .put("kind", Contract.code(p.terms().termsKind()))
          .put("summary", p.terms().summary().in(language))
          .put("hasFormula", p.terms().hasFormula())
          .put("confidence", Contract.code(p.confidence()))
          .put("quote", p.citation().quote());
      if (date != null) {
        row.put("reason", p.statusOn(date).reason().render(language));
      }
      rows.add(row);
    }
    return Contract.output(spec, language)
        .put("jurisdiction", jurisdiction == null ? null : Contract.place(jurisdiction, language))
        .put("date", date == null ? null : date.toString())
        .put("count", provisions.size())
        .put("provisions", rows);
  }

  private static String inForce(Applicability applicability) {
    switch (applicability.status()) {
      case IN_FORCE:
        return "yes";
      case NOT_IN_FORCE:
        return "no";
      default:
        return "uncertain";
    }
  }

  private String text(List<Provision> provisions, Language language) {
    boolean zh = language == Language.ZH;
    StringBuilder out = new StringBuilder();
    String where = jurisdiction == null ? (zh ? "全部" : "all")
        : (zh ? jurisdiction.chineseName() : jurisdiction.englishName()) + " (" + jurisdiction.key() + ")";
    out.append(zh ? "条款目录：" : "Catalogue: ").append(where).append(zh ? "，共 " : ", ")
        .append(provisions.size()).append(zh ? " 条" : " provisions");
    if (date != null) {
      out.append(zh ? "；效力日期 " : "; in force on ").append(date);
    }
    out.append('\n');
    for (Provision p : provisions) {
      out.append(p.id()).append(" | ").append(p.citation().reference()).append(" | ").append(p.jurisdiction().key());
      if (date != null) {
        out.append(" | ").append(status(p.statusOn(date), zh));
      } else {
        out.append(" | ").append(p.validity());
      }
      out.append(" | ").append(p.terms().summary().in(language)).append('\n');
      if (date != null && p.statusOn(date).isUncertain()) {
        out.append("    ? ").append(p.statusOn(date).reason().render(language)).append('\n');
      }
    }
    return out.toString();
  }

  private static String status(Applicability applicability, boolean zh) {
    switch (applicability.status()) {
      case IN_FORCE:
        return zh ? "有效" : "in force";
      case NOT_IN_FORCE:
        return zh ? "无效" : "not in force";
      default:
        return zh ? "不确定" : "uncertain";
    }
  }
}
