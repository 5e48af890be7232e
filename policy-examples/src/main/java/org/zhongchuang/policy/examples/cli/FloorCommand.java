package org.zhongchuang.policy.examples.cli;

import static org.zhongchuang.policy.examples.cli.Reports.t;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.zhongchuang.policy.Answer;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.SupportFloor;
import org.zhongchuang.policy.grants.SupportAssessment;
import org.zhongchuang.policy.grants.SupportCase;
import org.zhongchuang.policy.grants.SupportFloorCalculator;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.text.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code policy floor}: a proposed amount of support against a clause's least amount ("50万元以上"). */
@Command(name = "floor", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Support of at least an amount (e.g. start-up support of 50万元以上, 嘉政办发〔2015〕90号 五(一)):",
        "whether a proposed amount meets the floor (inclusive) on the day it is decided, and the shortfall."})
final class FloorCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ProvisionChoice clause;

  @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", converter = Converters.DateConverter.class,
      description = "The day the support is decided (which clause is in force).")
  LocalDate date;

  @Option(names = "--proposed", required = true, paramLabel = "AMOUNT", converter = Converters.AmountConverter.class,
      description = "The amount proposed, e.g. 500000, 50万, 499,999.99.")
  Cny proposed;

  @Mixin OutputOptions output;

  @Mixin CatalogueOption catalogue;

  /** The kind of clause, in words. */
  static final org.zhongchuang.policy.text.Renderable WHAT = Refusals.text("支持金额下限条款", "support floor");

  @Override
  public Integer call() {
    Catalogue rules = catalogue.catalogue();
    Provision provision = clause.choose(rules, SupportFloor.class, date, WHAT);
    SupportCase support;
    try {
      support = SupportCase.of(provision.id(), proposed, date);
    } catch (PolicyInputException e) {
      throw Refusals.invalid(spec, "--proposed", e.problem());
    }
    // A clause that states no amount ("适当补贴") is refused as --catalogue: only a user's catalogue makes it a floor.
    SupportAssessment result = clause.apply("--date", () -> SupportFloorCalculator.of(rules).assess(support));
    Jurisdiction place = clause.place(provision);
    return output.print(spec, l -> json(Contract.output(spec, l), result, place, l), l -> text(result, place, l));
  }

  /** The result as JSON (contract version 1; schema {@code schemas/v1/floor.json}). */
  static Json.Obj json(Json.Obj out, SupportAssessment r, Jurisdiction place, Language language) {
    SupportFloor terms = (SupportFloor) r.provision().terms();
    return out
        .put("jurisdiction", Contract.place(place, language))
        .put("date", r.supportCase().date().toString())
        .put("provision", Contract.provision(r.provision()))
        .put("purpose", terms.purpose().in(language))
        .put("floor", r.floor())
        .put("proposed", r.proposed())
        .put("inForce", Contract.answer(r.inForce()))
        .put("meets", Contract.answer(r.meets()))
        .put("meetsIfInForce", r.meetsIfInForce())
        .put("shortfall", r.shortfall())
        .put("citations", Reports.citations(r.citations(), language))
        .put("warnings", Reports.texts(r.warnings(), language))
        .put("steps", Reports.steps(r.explanation(), language));
  }

  static String text(SupportAssessment r, Jurisdiction place, Language language) {
    SupportFloor terms = (SupportFloor) r.provision().terms();
    StringBuilder out = new StringBuilder();
    out.append(t(language, "支持金额下限：", "Support floor: ")).append(Reports.place(place, language))
        .append(t(language, "，", ", ")).append(r.supportCase().date()).append('\n');
    out.append(t(language, "条款：", "Clause: ")).append(r.provision().citation().reference())
        .append(t(language, "，", ", ")).append(terms.purpose().in(language)).append(t(language, "不少于 ", " of at least "))
        .append(Reports.yuan(r.floor(), language)).append('\n');
    out.append(t(language, "拟支持金额：", "Proposed: ")).append(Reports.yuan(r.proposed(), language)).append('\n');
    out.append(t(language, "达到下限：", "Meets the floor: ")).append(answer(r.meets(), language));
    if (!r.meetsIfInForce()) {
      out.append(t(language, "，差 ", ", short by ")).append(Reports.yuan(r.shortfall(), language));
    }
    out.append('\n').append('\n').append(r.render(language));
    return out.toString();
  }

  /** 是 / 否 / 不确定, or yes / no / uncertain. */
  static String answer(Answer answer, Language language) {
    return switch (answer) {
      case YES -> t(language, "是", "yes");
      case NO -> t(language, "否", "no");
      case UNCERTAIN -> t(language, "不确定", "uncertain");
    };
  }
}
