package org.zhongchuang.policy.examples.cli;

import static org.zhongchuang.policy.examples.cli.Reports.t;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.tax.ConditionCheck;
import org.zhongchuang.policy.tax.EnterpriseFacts;
import org.zhongchuang.policy.tax.Industry;
import org.zhongchuang.policy.MissingFactsException;
import org.zhongchuang.policy.DateNotCoveredException;
import org.zhongchuang.policy.tax.SmallLowProfitTaxCalculator;
import org.zhongchuang.policy.tax.TaxAssessment;
import org.zhongchuang.policy.tax.TaxBand;
import org.zhongchuang.policy.tax.Average;
import org.zhongchuang.policy.tax.TaxCase;
import org.zhongchuang.policy.text.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code policy tax}: small low-profit enterprise income tax for one tax year. */
@Command(name = "tax", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Small low-profit enterprise income tax (小型微利企业所得税) for one tax year.",
        "Prints the tax due, the relief, each band with the provision that grants it, and the citations.",
        "Give the averaged --employees and --assets (and --industry for tax years up to 2018), or the values the",
        "year's measure averages (--employees-quarters, --assets-quarters), or --qualifies."})
final class TaxCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--jurisdiction", required = true, paramLabel = "J",
      converter = Converters.JurisdictionConverter.class,
      description = "Where the enterprise is: a code (330400), pinyin (jiaxing) or Chinese name (嘉兴市).")
  Jurisdiction jurisdiction;

  @Option(names = "--year", required = true, paramLabel = "YYYY", converter = Converters.YearConverter.class,
      description = "The tax year.")
  Year year;

  @Option(names = "--income", required = true, paramLabel = "AMOUNT", converter = Converters.AmountConverter.class,
      description = "Annual taxable income (应纳税所得额), e.g. 250000, 25万, ２０万元.")
  Cny income;

  @Option(names = "--industry", paramLabel = "industrial|other",
      description = "Industrial enterprise or other: the employee and asset limits differ up to tax year 2018.")
  Industry industry;

  @Option(names = "--employees", paramLabel = "N", converter = Converters.AverageConverter.class,
      description = "The year's average headcount (从业人数), e.g. 45 or 300.5.")
  Average employees;

  @Option(names = "--employees-quarters", paramLabel = "S1,E1,S2,E2,…", converter = Converters.CountsConverter.class,
      description = "The headcount at the start and end of each quarter operated (averaged as the notices say).")
  long[] employeesQuarters;

  @Option(names = "--assets", paramLabel = "AMOUNT", converter = Converters.AmountConverter.class,
      description = "The year's average total assets (资产总额).")
  Cny assets;

  @Option(names = "--assets-quarters", paramLabel = "S1;E1;S2;E2;…", converter = Converters.AmountsConverter.class,
      description = "Total assets at the start and end of each quarter operated, separated by semicolons.")
  Cny[] assetsQuarters;

  @Option(names = "--qualifies",
      description = "Assert that the enterprise is within the employee and asset limits, instead of giving them.")
  boolean qualifies;

  @Option(names = "--established", paramLabel = "YYYY-MM-DD", converter = Converters.DateConverter.class,
      description = "Date of establishment (tax registration); needed in the 2015 split year.")
  LocalDate established;

  @Option(names = "--incubated", description = "A start-up incubated in an incubator (吉政办发〔2015〕31号 二(六)).")
  boolean incubated;

  @Option(names = "--restricted", description = "The enterprise is in a restricted or prohibited industry.")
  boolean restricted;

  @Mixin OutputOptions output;

  @Mixin CatalogueOption catalogue;

  @Override
  public Integer call() {
    TaxAssessment assessment;
    try {
      assessment = calculator().assess(TaxCase.of(year, jurisdiction, facts()));
    } catch (DateNotCoveredException e) {
      throw Refusals.invalid(spec, "--year", e.getMessage());
    } catch (MissingFactsException e) {
      throw missing(e);
    }
    return output.print(spec, l -> json(assessment, l), l -> text(assessment, l));
  }

  private SmallLowProfitTaxCalculator calculator() {
    return SmallLowProfitTaxCalculator.of(catalogue.catalogue());
  }

  private EnterpriseFacts facts() {
    EnterpriseFacts.Builder facts = EnterpriseFacts.builder().taxableIncome(income)
        .restrictedOrProhibitedIndustry(restricted).incubatedStartUp(incubated);
    if (qualifies && (employees != null || assets != null || industry != null || employeesQuarters != null
        || assetsQuarters != null)) {
      throw Refusals.invalid(spec, "--qualifies", "it asserts the size conditions, so it cannot be combined with"
          + " --employees, --assets or --industry; accepted: either --qualifies or the measured facts");
    }
    if (employees != null && employeesQuarters != null) {
      throw Refusals.invalid(spec, "--employees-quarters", "give the average (--employees) or the quarters, not both");
    }
    if (assets != null && assetsQuarters != null) {
      throw Refusals.invalid(spec, "--assets-quarters", "give the average (--assets) or the quarters, not both");
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
      Refusals.about(spec, "--employees-quarters", () -> facts.employeesByQuarter(employeesQuarters));
    }
    if (assets != null) {
      Refusals.about(spec, "--assets", () -> facts.totalAssets(assets));
    }
    if (assetsQuarters != null) {
      Refusals.about(spec, "--assets-quarters", () -> facts.assetsByQuarter(assetsQuarters));
    }
    if (established != null) {
      if (established.getYear() > year.getValue()) {
        throw Refusals.invalid(spec, "--established", established + " is after tax year " + year
            + "; accepted: a date on or before " + year.atMonth(12).atEndOfMonth());
      }
      facts.established(established);
    }
    try {
      return facts.build();
    } catch (MissingFactsException e) {
      throw missing(e);
    }
  }

  /** Names the options that give the facts the library found missing. */
  private RuntimeException missing(MissingFactsException e) {
    List<String> options = new ArrayList<>();
    for (String fact : e.facts()) {
      switch (fact) {
        case "industry":
          options.add("'--industry=industrial|other'");
          break;
        case "employees":
          options.add("'--employees=N'");
          break;
        case "totalAssets":
          options.add("'--assets=AMOUNT'");
          break;
        case "established":
          options.add("'--established=YYYY-MM-DD'");
          break;
        default:
          options.add("'" + fact + "'");
      }
    }
    boolean size = e.facts().contains("employees") || e.facts().contains("totalAssets");
    return Refusals.missing(spec, String.join(", ", options) + (size ? " (or --qualifies)" : ""), options.size(),
        "for tax year " + year + ": " + e.why().render(output.language));
  }

  static Json.Obj json(TaxAssessment a, Language language) {
    List<Object> bands = new ArrayList<>();
    for (TaxBand b : a.bands()) {
      bands.add(Json.object()
          .put("amount", b.amount())
          .put("inclusion", b.inclusion())
          .put("rate", b.rate())
          .put("tax", b.tax())
          .put("provision", b.grantedBy().id())
          .put("incomeRange", Json.object().put("above", b.incomeRange().lower())
              .put("upTo", b.incomeRange().upper()))
          .put("yearShare", b.yearShare())
          .put("effectiveRate", b.effectiveRate())
          .put("alsoInForce", ids(b.alsoInForce()))
          .put("restatedBy", ids(b.restatedBy()))
          .put("apportionedBy", ids(b.apportionedBy())));
    }
    List<Object> conditions = new ArrayList<>();
    for (ConditionCheck c : a.eligibility().checks()) {
      conditions.add(Json.object()
          .put("condition", c.condition().name().toLowerCase(java.util.Locale.ROOT))
          .put("outcome", c.outcome().name().toLowerCase(java.util.Locale.ROOT))
          .put("detail", c.detail().render(language)));
    }
    return Json.object()
        .put("taxYear", a.taxYear().getValue())
        .put("jurisdiction", a.jurisdiction().key())
        .put("taxableIncome", a.taxableIncome())
        .put("employees", a.facts().employees().map(Average::toString).orElse(null))
        .put("totalAssets", a.facts().totalAssets().map(Average::toString).orElse(null))
        .put("eligible", a.eligible())
        .put("taxDue", a.taxDue())
        .put("standardTax", a.standardTax())
        .put("relief", a.relief())
        .put("effectiveRate", a.effectiveRate())
        .put("bands", bands)
        .put("citations", Reports.citations(a.citations(), language))
        .put("warnings", Reports.texts(a.warnings(), language))
        .put("criteria", a.eligibility().criteria().id())
        .put("conditions", conditions)
        .put("steps", Reports.steps(a.explanation(), language));
  }

  private static List<String> ids(List<Provision> provisions) {
    return provisions.stream().map(Provision::id).collect(Collectors.toList());
  }

  static String text(TaxAssessment a, Language language) {
    StringBuilder out = new StringBuilder();
    out.append(t(language, "企业所得税（小型微利企业）：", "Enterprise income tax (small low-profit enterprise): "))
        .append(a.taxYear()).append(t(language, " 年度，", ", ")).append(Reports.place(a.jurisdiction(), language))
        .append('\n');
    out.append(t(language, "应纳税所得额：", "Taxable income: ")).append(Reports.yuan(a.taxableIncome(), language))
        .append('\n');
    out.append(t(language, "小型微利企业：", "Small low-profit enterprise: "))
        .append(a.eligible() ? t(language, "是", "yes") : t(language, "否", "no"));
    if (!a.eligible()) {
      out.append(t(language, "（", " (")).append(a.eligibility().failed().stream()
          .map(c -> c.detail().render(language)).collect(Collectors.joining(t(language, "；", "; "))))
          .append(t(language, "）", ")"));
    }
    out.append('\n');
    out.append(t(language, "应纳税额：", "Tax due: ")).append(Reports.yuan(a.taxDue(), language)).append('\n');
    out.append(t(language, "按法定税率计算的税额：", "Tax at the statutory rate: "))
        .append(Reports.yuan(a.standardTax(), language)).append(t(language, "；减免：", "; relief: "))
        .append(Reports.yuan(a.relief(), language)).append(t(language, "；实际税负率：", "; effective rate: "))
        .append(Reports.percent(a.effectiveRate())).append('\n');
    if (!a.bands().isEmpty()) {
      out.append(t(language, "分档：", "Bands:")).append('\n');
      for (TaxBand b : a.bands()) {
        out.append("  ").append(b.amount().format()).append(" × ").append(b.inclusion()).append(" × ")
            .append(b.rate()).append(" = ").append(b.tax().format()).append("  ")
            .append(b.grantedBy().citation().reference()).append('\n');
      }
    }
    out.append('\n').append(a.render(language));
    return out.toString();
  }
}
