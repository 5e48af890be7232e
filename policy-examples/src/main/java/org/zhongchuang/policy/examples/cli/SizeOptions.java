package org.zhongchuang.policy.examples.cli;

import java.util.ArrayList;
import java.util.List;
import org.zhongchuang.policy.MissingFactsException;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.tax.Average;
import org.zhongchuang.policy.tax.EnterpriseFacts;
import org.zhongchuang.policy.tax.Industry;
import org.zhongchuang.policy.text.Language;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The facts of an enterprise's size that {@code policy tax} and {@code policy prepay} share: the industry, the
 * averaged headcount and assets or the values to average, or the assertion that they qualify; and whether the
 * industry is restricted or prohibited.
 */
final class SizeOptions {
  @Option(names = "--industry", paramLabel = "industrial|other",
      description = "Industrial enterprise or other: the employee and asset limits differ up to tax year 2018.")
  Industry industry;

  @Option(names = "--employees", paramLabel = "N", converter = Converters.AverageConverter.class,
      description = "The year's average headcount (从业人数), e.g. 45 or 300.5.")
  Average employees;

  @Option(names = "--employees-quarters", paramLabel = "S1,E1,S2,E2,…", split = "[,，]",
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
    apply(spec, facts, Language.EN);
  }

  /** As {@link #apply(CommandSpec, EnterpriseFacts.Builder)}, refusing in a language. */
  void apply(CommandSpec spec, EnterpriseFacts.Builder facts, Language language) {
    facts.restrictedOrProhibitedIndustry(restricted);
    if (qualifies && (employees != null || assets != null || industry != null || employeesQuarters != null
        || assetsQuarters != null)) {
      throw EitCommand.invalid(spec.commandLine(), language, "--qualifies", Reports.t(language,
          "它声明了规模条件，不能与 --employees、--assets 或 --industry 同用；可接受：--qualifies 或实际数据，二者择一",
          "it asserts the size conditions, so it cannot be combined with --employees, --assets or --industry;"
              + " accepted: either --qualifies or the measured facts"));
    }
    if (employees != null && employeesQuarters != null) {
      throw EitCommand.invalid(spec.commandLine(), language, "--employees-quarters", Reports.t(language,
          "平均数（--employees）和季度数据只能给出一种", "give the average (--employees) or the quarters, not both"));
    }
    if (assets != null && assetsQuarters != null) {
      throw EitCommand.invalid(spec.commandLine(), language, "--assets-quarters", Reports.t(language,
          "平均数（--assets）和季度数据只能给出一种", "give the average (--assets) or the quarters, not both"));
    }
    if (qualifies) {
      facts.assertQualifyingSize();
    }
    if (industry != null) {
      facts.industry(industry);
    }
    if (employees != null) {
      about(spec, language, "--employees", () -> facts.employees(employees));
    }
    if (employeesQuarters != null) {
      about(spec, language, "--employees-quarters", () -> facts.employeesByQuarter(
          employeesQuarters.stream().mapToLong(Long::longValue).toArray()));
    }
    if (assets != null) {
      about(spec, language, "--assets", () -> facts.totalAssets(assets));
    }
    if (assetsQuarters != null) {
      about(spec, language, "--assets-quarters", () -> facts.assetsByQuarter(assetsQuarters.toArray(Cny[]::new)));
    }
  }

  private static void about(CommandSpec spec, Language language, String option, Runnable step) {
    try {
      step.run();
    } catch (org.zhongchuang.policy.PolicyInputException e) {
      throw EitCommand.invalid(spec.commandLine(), language, option, e.message(language));
    }
  }

  /** The option that gave values to average, for a refusal of their form. */
  String quarterlyOption() {
    return employeesQuarters != null ? "--employees-quarters" : "--assets-quarters";
  }

  /** Names the options that give the facts the library found missing. */
  static RuntimeException missing(CommandSpec spec, MissingFactsException e, String context, Language language) {
    List<String> options = new ArrayList<>();
    for (String fact : e.facts()) {
      options.add(switch (fact) {
        case "industry" -> "'--industry=industrial|other'";
        case "employees" -> "'--employees=N'";
        case "totalAssets" -> "'--assets=AMOUNT'";
        case "established" -> "'--established=YYYY-MM-DD'";
        default -> "'" + fact + "'";
      });
    }
    boolean size = e.facts().contains("employees") || e.facts().contains("totalAssets");
    return Refusals.missing(spec, String.join(", ", options) + (size ? " (or --qualifies)" : ""), options.size(),
        context + ": " + e.why().render(language));
  }
}
