package org.zhongchuang.policy.examples.cli;

import static org.zhongchuang.policy.examples.cli.Reports.t;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zhongchuang.policy.MissingFactsException;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.tax.Average;
import org.zhongchuang.policy.tax.EnterpriseFacts;
import org.zhongchuang.policy.tax.Industry;
import org.zhongchuang.policy.text.Renderable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The facts of an enterprise's size that {@code policy tax} and {@code policy prepay} share: the industry, the
 * averaged headcount and assets or the values to average, or the assertion that they qualify; and whether the
 * industry is restricted or prohibited.
 */
final class SizeOptions {
  @Option(names = "--industry", paramLabel = "industrial|other", converter = Converters.IndustryConverter.class,
      description = "Industrial enterprise or other: the employee and asset limits differ up to tax year 2018.")
  Industry industry;

  @Option(names = "--employees", paramLabel = "N", converter = Converters.AverageConverter.class,
      description = "The year's average headcount (从业人数), e.g. 45 or 300.5.")
  Average employees;

  @Option(names = "--employees-quarters", paramLabel = "S1,E1,S2,E2,…", split = "[,，]",
      converter = Converters.CountConverter.class,
      description = "The headcount at the start and end of each quarter operated (averaged as the notices say).")
  List<Long> employeesQuarters;

  @Option(names = "--assets", paramLabel = "AMOUNT", converter = Converters.AmountConverter.class,
      description = "The year's average total assets (资产总额).")
  Cny assets;

  @Option(names = "--assets-quarters", paramLabel = "S1;E1;S2;E2;…", split = "[;；]",
      converter = Converters.AmountConverter.class,
      description = "Total assets at the start and end of each quarter operated, separated by semicolons.")
  List<Cny> assetsQuarters;

  @Option(names = "--qualifies",
      description = "Assert that the enterprise is within the employee and asset limits, instead of giving them.")
  boolean qualifies;

  @Option(names = "--restricted", description = "The enterprise is in a restricted or prohibited industry.")
  boolean restricted;


  /** Whether any of the options was given. */
  boolean given() {
    return industry != null || employees != null || employeesQuarters != null || assets != null
        || assetsQuarters != null || qualifies || restricted;
  }

  /** Gives the options to the builder, refusing combinations that contradict each other. */
  void apply(CommandSpec spec, EnterpriseFacts.Builder facts) {
    facts.restrictedOrProhibitedIndustry(restricted);
    if (qualifies && (employees != null || assets != null || industry != null || employeesQuarters != null
        || assetsQuarters != null)) {
      throw Refusals.invalid(spec, "--qualifies", "它声明已符合人数和资产条件，不能与 --employees、--assets、--industry 或按季度的数值同时给出；"
          + "可接受：只给 --qualifies，或只给测得的数值", "it asserts the size conditions, so it cannot be combined with"
          + " --employees, --assets, --industry or the quarterly values; accepted: either --qualifies or the measured facts");
    }
    if (employees != null && employeesQuarters != null) {
      throw Refusals.invalid(spec, "--employees-quarters", "平均数（--employees）和各季度数值只能给一种",
          "give the average (--employees) or the quarters, not both");
    }
    if (assets != null && assetsQuarters != null) {
      throw Refusals.invalid(spec, "--assets-quarters", "平均数（--assets）和各季度数值只能给一种",
          "give the average (--assets) or the quarters, not both");
    }
    if (qualifies) {
      facts.assertQualifyingSize();
    }
    if (industry != null) {
      facts.industry(industry);
    }
    if (employees != null) {
      Refusals.about(spec, "--employees", () -> facts.employees(employees));
    }
    if (employeesQuarters != null) {
      Refusals.about(spec, "--employees-quarters", () -> facts.employeesByQuarter(
          employeesQuarters.stream().mapToLong(Long::longValue).toArray()));
    }
    if (assets != null) {
      Refusals.about(spec, "--assets", () -> facts.totalAssets(assets));
    }
    if (assetsQuarters != null) {
      Refusals.about(spec, "--assets-quarters", () -> facts.assetsByQuarter(assetsQuarters.toArray(Cny[]::new)));
    }
  }

  /** The Chinese names of these options' CSV columns, added to a command's own. */
  static Map<String, List<String>> withAliases(Map<String, List<String>> own) {
    Map<String, List<String>> all = new java.util.HashMap<>(own);
    all.put("industry", List.of("行业"));
    all.put("employees", List.of("从业人数"));
    all.put("employees-quarters", List.of("各季度从业人数"));
    all.put("assets", List.of("资产总额"));
    all.put("assets-quarters", List.of("各季度资产总额"));
    all.put("qualifies", List.of("符合规模条件"));
    all.put("restricted", List.of("限制或禁止行业"));
    return Map.copyOf(all);
  }

  /** The option that gave values to average, for a refusal of their form. */
  String quarterlyOption() {
    return employeesQuarters != null ? "--employees-quarters" : "--assets-quarters";
  }

  /**
   * Names the options that give the facts the library found missing.
   *
   * @param spec the subcommand, not null
   * @param e the library's refusal, not null
   * @param context the case, e.g. "for tax year 2016", in each language, not null
   */
  static RuntimeException missing(CommandSpec spec, MissingFactsException e, Renderable context) {
    List<String> options = new ArrayList<>();
    for (String fact : e.facts()) {
      options.add(switch (fact) {
        case "industry" -> "--industry=industrial|other";
        case "employees" -> "--employees=N";
        case "totalAssets" -> "--assets=AMOUNT";
        case "established" -> "--established=YYYY-MM-DD";
        default -> throw new IllegalStateException("no option gives the fact " + fact);
      });
    }
    boolean size = e.facts().contains("employees") || e.facts().contains("totalAssets");
    return Refusals.missing(spec, options, size ? "--qualifies" : null,
        l -> context.render(l) + t(l, "，", ": ") + e.why().render(l));
  }
}
