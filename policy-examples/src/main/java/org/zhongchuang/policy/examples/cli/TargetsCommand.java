package org.zhongchuang.policy.examples.cli;

import static org.zhongchuang.policy.examples.cli.Reports.t;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.Target;
import org.zhongchuang.policy.grants.TargetAssessment;
import org.zhongchuang.policy.grants.TargetAttainment;
import org.zhongchuang.policy.grants.TargetCalculator;
import org.zhongchuang.policy.grants.TargetCase;
import org.zhongchuang.policy.grants.TargetStatus;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.text.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code policy targets}: a place's development targets ("到2020年…以上") against actual figures. */
@Command(name = "targets", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"A place's development targets (到2020年…以上) against actual figures: per target the exact ratio",
        "and whether it is met (inclusive), and all of them together. A target without a figure is never assumed met.",
        "Without --actual, lists the place's targets with the metric names --actual takes."})
final class TargetsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--jurisdiction", required = true, paramLabel = "J",
      converter = Converters.JurisdictionConverter.class,
      description = "Whose targets: a code (330400), pinyin (jiaxing) or Chinese name (嘉兴市); its own, not its province's.")
  Jurisdiction jurisdiction;

  @Option(names = "--actual", paramLabel = "METRIC=N", converter = FigureConverter.class,
      description = {"The actual figure of one target. Repeatable. METRIC as listed (maker-spaces) or the target's",
          "Chinese words (创业导师); N a whole number: 120, 3,000, 5万, 100亿."})
  List<Figure> actuals = new ArrayList<>();

  @Mixin OutputOptions output;

  @Mixin CatalogueOption catalogue;

  @Override
  public Integer call() {
    TargetCalculator calculator = TargetCalculator.of(catalogue.catalogue());
    List<Provision> targets = calculator.targetsOf(jurisdiction);
    Map<String, Long> figures = new LinkedHashMap<>();
    for (Figure figure : actuals) {
      String metric = metric(figure.metric(), targets);
      if (figures.put(metric, figure.value()) != null) {
        throw Refusals.invalid(spec, "--actual", "指标 '" + metric + "' 给了两次；每项指标只能给一个数字",
            "metric '" + metric + "' given twice; one figure per metric");
      }
    }
    TargetAssessment result;
    try {
      result = calculator.assess(TargetCase.of(jurisdiction, figures));
    } catch (PolicyInputException e) {
      // Checked above: a metric not of the place. Left: a place without targets of its own.
      throw Refusals.invalid(spec, "--jurisdiction", e.problem());
    }
    return output.print(spec, l -> json(Contract.output(spec, l), result, l), l -> text(result, l));
  }

  /** The metric a figure names: its key, or the words of one of the place's targets; else refused with the list. */
  private String metric(String given, List<Provision> targets) {
    String key = given.strip();
    for (Provision p : targets) {
      Target target = (Target) p.terms();
      if (target.metric().equalsIgnoreCase(key) || target.description().zh().equals(key)
          || target.description().en().equalsIgnoreCase(key)) {
        return target.metric();
      }
    }
    if (targets.isEmpty()) {
      return key; // the library refuses the place, naming the places that have targets
    }
    String list = targets.stream().map(p -> "'" + ((Target) p.terms()).metric() + "'")
        .collect(Collectors.joining(", "));
    throw Refusals.invalid(spec, "--actual", l -> t(l,
        "'" + given + "' 不是" + Reports.place(jurisdiction, l) + "的目标指标；可接受：" + list,
        "'" + given + "' is not a target of " + Reports.place(jurisdiction, l) + "; accepted: " + list));
  }

  /** The result as JSON (contract version 1; schema {@code schemas/v1/targets.json}). */
  static Json.Obj json(Json.Obj out, TargetAssessment r, Language language) {
    List<Object> targets = new ArrayList<>();
    for (TargetAttainment a : r.attainments()) {
      Target target = a.target();
      targets.add(Json.object()
          .put("metric", target.metric())
          .put("description", target.description().in(language))
          .put("threshold", target.threshold())
          .put("unit", target.unit().in(language))
          .put("deadline", target.deadline().getValue())
          .put("provision", Contract.provision(a.provision()))
          .put("actual", a.actual().orElse(null))
          .put("ratio", a.ratio().orElse(null))
          .put("ratioPercent", a.ratio().map(Contract::percent).orElse(null))
          .put("status", Contract.code(a.status()))
          .put("statusText", a.status().render(language)));
    }
    return out
        .put("jurisdiction", Contract.place(r.jurisdiction(), language))
        .put("allMet", Contract.answer(r.allMet()))
        .put("overall", Contract.code(r.overall()))
        .put("overallText", r.overall().render(language))
        .put("targets", targets)
        .put("citations", Reports.citations(r.citations(), language))
        .put("warnings", Reports.texts(r.warnings(), language))
        .put("steps", Reports.steps(r.explanation(), language));
  }

  static String text(TargetAssessment r, Language language) {
    StringBuilder out = new StringBuilder();
    out.append(t(language, "发展目标：", "Development targets: ")).append(Reports.place(r.jurisdiction(), language))
        .append(t(language, "，共 " + r.attainments().size() + " 项", ", " + r.attainments().size() + " targets")).append('\n');
    boolean anyFigure = false;
    for (TargetAttainment a : r.attainments()) {
      Target target = a.target();
      out.append("  ").append(target.metric()).append("  ").append(target.description().in(language))
          .append(" ≥ ").append(String.format(Locale.ROOT, "%,d", target.threshold())).append(' ')
          .append(target.unit().in(language)).append(t(language, "（到 " + target.deadline() + " 年）",
              " (by " + target.deadline() + ")"));
      if (a.status() != TargetStatus.NO_FIGURE) {
        anyFigure = true;
        out.append(t(language, "：实际 ", ": actual ")).append(String.format(Locale.ROOT, "%,d", a.actual().get()))
            .append(t(language, "，为目标的 ", ", ")).append(Reports.percent(a.ratio().get()))
            .append(t(language, "，", " of the target, ")).append(a.status().render(language));
      }
      out.append("  ").append(a.provision().citation().reference()).append('\n');
    }
    if (!anyFigure) {
      out.append(t(language, "给出实际数字：--actual 指标=数字，例如 --actual "
          + r.attainments().get(0).target().metric() + "=120", "Give figures with --actual METRIC=N, e.g. --actual "
          + r.attainments().get(0).target().metric() + "=120")).append('\n');
      return out.toString();
    }
    out.append(t(language, "总体：", "Overall: ")).append(r.overall().render(language)).append('\n');
    out.append('\n').append(r.render(language));
    return out.toString();
  }

  /**
   * One {@code --actual}: a metric and its figure.
   *
   * @param metric as typed
   * @param value zero or more
   */
  record Figure(String metric, long value) implements Contract.Echoed {
    @Override
    public Object echo(Language language) {
      return Json.object().put("metric", metric).put("value", value);
    }
  }

  /** {@code METRIC=N}, N a whole number written {@code 120}, {@code 3,000}, {@code 5万} or {@code 100亿}. */
  static final class FigureConverter implements ITypeConverter<Figure> {
    private static final Pattern NUMBER = Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?\\s*(万|亿)?");

    @Override
    public Figure convert(String value) {
      int eq = value.indexOf('=');
      if (eq <= 0) {
        throw new Refusals.Unreadable("无法读取 '" + value + "'；可接受：指标=数字，例如 maker-spaces=120 或 创业导师=520",
            "cannot read '" + value + "'; accepted: METRIC=N, e.g. maker-spaces=120");
      }
      String number = java.text.Normalizer.normalize(value.substring(eq + 1), java.text.Normalizer.Form.NFKC).strip();
      Matcher m = NUMBER.matcher(number);
      BigDecimal n = null;
      if (m.matches()) {
        n = new BigDecimal(m.group(1).replace(",", "") + (m.group(2) == null ? "" : m.group(2)));
        if (m.group(3) != null) {
          n = n.movePointRight(m.group(3).equals("万") ? 4 : 8);
        }
      }
      if (n == null || n.stripTrailingZeros().scale() > 0 || n.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
        throw new Refusals.Unreadable("无法读取 '" + value + "' 中的数字；可接受：0 或正整数，例如 120、3,000、5万、100亿",
            "cannot read the figure in '" + value + "'; accepted: a whole number from 0, e.g. 120, 3,000, 5万, 100亿");
      }
      return new Figure(value.substring(0, eq).strip(), n.longValueExact());
    }
  }
}
