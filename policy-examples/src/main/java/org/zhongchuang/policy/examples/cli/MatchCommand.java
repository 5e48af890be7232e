package org.zhongchuang.policy.examples.cli;

import static org.zhongchuang.policy.examples.cli.Reports.t;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.zhongchuang.policy.DateNotCoveredException;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.explain.Step;
import org.zhongchuang.policy.grants.Award;
import org.zhongchuang.policy.grants.MatchingCalculator;
import org.zhongchuang.policy.grants.MatchingLine;
import org.zhongchuang.policy.grants.MatchingAssessment;
import org.zhongchuang.policy.grants.MatchingCase;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.text.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code policy match}: local matching (配套支持) of the awards a maker space received. */
@Command(name = "match", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Local matching (配套支持) of the awards a maker space received.",
        "Award by award, with the reason each is or is not matched, and the provision that says so."})
final class MatchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--jurisdiction", required = true, paramLabel = "J",
      converter = Converters.JurisdictionConverter.class,
      description = "Where the maker space is: a code (330400), pinyin (jiaxing) or Chinese name (嘉兴市).")
  Jurisdiction jurisdiction;

  @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", converter = Converters.DateConverter.class,
      description = "The day of the awards (which policy is in force).")
  LocalDate date;

  @Option(names = "--award", required = true, paramLabel = "LEVEL=AMOUNT",
      converter = Converters.AwardConverter.class,
      description = {"An award received; LEVEL is national, provincial, municipal, county or other. Repeatable.",
          "Optionally name the awarding body: provincial=30万@浙江省科学技术厅."})
  List<Converters.AwardOption> awards;

  @Mixin OutputOptions output;

  @Mixin CatalogueOption catalogue;

  @Override
  public Integer call() {
    Catalogue rules = catalogue.catalogue();
    MatchingCase awarded = matchingCase();
    MatchingAssessment result;
    try {
      result = MatchingCalculator.of(rules).assess(awarded);
    } catch (DateNotCoveredException e) {
      // Every award carries the one --date: the library refuses a date before any law it knows for the place.
      throw Refusals.invalid(spec, "--date", e.problem());
    } catch (PolicyInputException e) {
      throw Refusals.invalid(spec, "--jurisdiction", e.problem());
    }
    return output.print(spec, l -> json(Contract.output(spec, l), result, l), l -> text(result, date, l));
  }

  /** The case the options give (also read from a profile's {@code awards} section by {@link BenefitsCommand}). */
  MatchingCase matchingCase() {
    List<Award> given = new ArrayList<>();
    for (Converters.AwardOption award : awards) {
      Refusals.about(spec, "--award", () -> given.add(Award.of(award.level(), award.amount(), date,
          award.body().orElse("未注明授奖单位"))));
    }
    return MatchingCase.of(jurisdiction, given);
  }

  /** The result as JSON (contract version 1; schema {@code schemas/v1/match.json}). */
  static Json.Obj json(Json.Obj out, MatchingAssessment r, Language language) {
    List<Object> lines = new ArrayList<>();
    List<Step> steps = r.lineSteps();
    for (int i = 0; i < r.lines().size(); i++) {
      MatchingLine line = r.lines().get(i);
      lines.add(Json.object()
          .put("level", Contract.code(line.award().level()))
          .put("award", line.award().amount())
          .put("matched", line.matched())
          .put("reason", line.reason().code())
          .put("reasonText", line.reason().render(language))
          .put("detail", steps.get(i).description(language))
          .put("uncertain", line.uncertain())
          .put("date", line.award().date().toString())
          .put("awardingBody", line.award().awardingBody()));
    }
    return out
        .put("jurisdiction", Contract.place(r.makerSpace(), language))
        .put("matchingAmount", r.matchingAmount())
        .put("uncertainAmount", r.uncertainAmount())
        .put("rule", r.rule().map(Contract::provision).orElse(null))
        .put("lines", lines)
        .put("citations", Reports.citations(r.citations(), language))
        .put("warnings", Reports.texts(r.warnings(), language))
        .put("steps", Reports.steps(r.explanation(), language));
  }

  static String text(MatchingAssessment r, LocalDate date, Language language) {
    StringBuilder out = new StringBuilder();
    out.append(t(language, "配套支持：", "Matching support: ")).append(Reports.place(r.makerSpace(), language))
        .append(t(language, "，", ", ")).append(date).append('\n');
    out.append(t(language, "配套合计：", "Matching owed: ")).append(Reports.yuan(r.matchingAmount(), language))
        .append('\n');
    if (r.uncertainAmount().isPositive()) {
      out.append(t(language, "另有无法确定是否应配套的：", "Further matching that cannot be decided: "))
          .append(Reports.yuan(r.uncertainAmount(), language)).append('\n');
    }
    for (MatchingLine line : r.lines()) {
      out.append("  ").append(t(language, line.award().level().chinese(),
              line.award().level().name().toLowerCase(Locale.ROOT)))
          .append(' ').append(line.award().amount().format()).append(" → ").append(line.matched().format())
          .append("  ").append(line.reason().render(language)).append('\n');
    }
    out.append('\n').append(r.render(language));
    return out.toString();
  }
}
