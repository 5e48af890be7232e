package org.zhongchuang.policy.examples.cli;

import static org.zhongchuang.policy.examples.cli.Reports.t;

import java.time.LocalDate;
import java.time.Period;
import java.util.concurrent.Callable;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.TermLimit;
import org.zhongchuang.policy.grants.LeaveAssessment;
import org.zhongchuang.policy.grants.LeaveCalculator;
import org.zhongchuang.policy.grants.LeaveCase;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.text.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code policy leave}: the last day a researcher on leave to found a company keeps the personnel relationship. */
@Command(name = "leave", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"The last day a researcher on leave to found a company may keep the personnel relationship",
        "(e.g. 3 years, 嘉政办发〔2015〕90号 四(四)), counted as Chinese civil law counts periods: the start day is not",
        "counted; the period ends on the corresponding day, or the month's last day where there is none."})
final class LeaveCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ProvisionChoice clause;

  @Option(names = "--start", required = true, paramLabel = "YYYY-MM-DD", converter = Converters.DateConverter.class,
      description = "The day the leave starts (not counted).")
  LocalDate start;

  @Mixin OutputOptions output;

  @Mixin CatalogueOption catalogue;

  static final org.zhongchuang.policy.text.Renderable WHAT = Refusals.text("离岗创业期限条款", "term limit of leave");

  @Override
  public Integer call() {
    Catalogue rules = catalogue.catalogue();
    Provision provision = clause.choose(rules, TermLimit.class, start, WHAT);
    LeaveAssessment result = clause.apply("--start", () -> LeaveCalculator.of(rules).assess(LeaveCase.of(
        provision.id(), start)));
    Jurisdiction place = clause.place(provision);
    return output.print(spec, l -> json(Contract.output(spec, l), result, place, l), l -> text(result, place, l));
  }

  /** The result as JSON (contract version 1; schema {@code schemas/v1/leave.json}). */
  static Json.Obj json(Json.Obj out, LeaveAssessment r, Jurisdiction place, Language language) {
    TermLimit terms = (TermLimit) r.provision().terms();
    return out
        .put("jurisdiction", Contract.place(place, language))
        .put("provision", Contract.provision(r.provision()))
        .put("subject", terms.subject().in(language))
        .put("maximum", r.maximum().toString())
        .put("leaveStart", r.leaveStart().toString())
        .put("firstDayCounted", r.firstDayCounted().toString())
        .put("lastDay", r.lastDay().toString())
        .put("endsOnCorrespondingDay", r.endsOnCorrespondingDay())
        .put("inForceOnStart", Contract.answer(r.inForceOnStart()))
        .put("inForceToLastDay", Contract.answer(r.inForceToLastDay()))
        .put("citations", Reports.citations(r.citations(), language))
        .put("warnings", Reports.texts(r.warnings(), language))
        .put("steps", Reports.steps(r.explanation(), language));
  }

  static String text(LeaveAssessment r, Jurisdiction place, Language language) {
    TermLimit terms = (TermLimit) r.provision().terms();
    StringBuilder out = new StringBuilder();
    out.append(t(language, "离岗创业期限：", "Leave to found a company: ")).append(Reports.place(place, language))
        .append('\n');
    out.append(t(language, "条款：", "Clause: ")).append(r.provision().citation().reference())
        .append(t(language, "，", ", ")).append(terms.subject().in(language)).append(t(language, "，最长 ", ", at most "))
        .append(period(r.maximum(), language)).append('\n');
    out.append(t(language, "离岗开始：", "Leave starts: ")).append(r.leaveStart())
        .append(t(language, "（当日不计入，自 " + r.firstDayCounted() + " 起算）",
            " (not counted; the period runs from " + r.firstDayCounted() + ")")).append('\n');
    out.append(t(language, "最后一日：", "Last day: ")).append(r.lastDay()).append('\n');
    out.append(t(language, "条款在离岗开始日有效：", "Clause in force on the start: "))
        .append(FloorCommand.answer(r.inForceOnStart(), language))
        .append(t(language, "；至最后一日仍有效：", "; still in force on the last day: "))
        .append(FloorCommand.answer(r.inForceToLastDay(), language)).append('\n');
    out.append('\n').append(r.render(language));
    return out.toString();
  }

  private static String period(Period p, Language language) {
    if (p.getDays() == 0 && p.toTotalMonths() % 12 == 0) {
      return p.toTotalMonths() / 12 + t(language, " 年", " years");
    }
    if (p.getDays() == 0) {
      return p.toTotalMonths() + t(language, " 个月", " months");
    }
    return p.toString();
  }
}
