package org.zhongchuang.policy.examples.cli;

import static org.zhongchuang.policy.examples.cli.Reports.t;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
import org.zhongchuang.policy.tax.SizeFormException;
import org.zhongchuang.policy.tax.TaxCase;
import org.zhongchuang.policy.catalogue.Restatement;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.text.Renderable;
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
final class TaxCommand implements Callable<Integer>, CsvBatch.Source {
  @Spec CommandSpec spec;

  @Option(names = "--jurisdiction", paramLabel = "J",
      converter = Converters.JurisdictionConverter.class,
      description = "Where the enterprise is: a code (330400), pinyin (jiaxing) or Chinese name (嘉兴市).")
  Jurisdiction jurisdiction;

  @Option(names = "--year", paramLabel = "YYYY", converter = Converters.YearConverter.class,
      description = "The tax year.")
  Year year;

  @Option(names = "--income", paramLabel = "AMOUNT", converter = Converters.AmountConverter.class,
      description = "Annual taxable income (应纳税所得额), e.g. 250000, 25万, ２０万元.")
  Cny income;

  @Option(names = "--established", paramLabel = "YYYY-MM-DD", converter = Converters.DateConverter.class,
      description = "Date of establishment (tax registration); needed in the 2015 split year.")
  LocalDate established;

  @Option(names = "--incubated", description = "A start-up incubated in an incubator (吉政办发〔2015〕31号 二(六)).")
  boolean incubated;

  @Mixin OutputOptions output;

  @Mixin CatalogueOption catalogue;

  @Mixin SizeOptions size;

  @Mixin CsvOptions csv;

  /** The options every case needs (on the command line, or as columns with --csv). */
  private static final List<String> REQUIRED = List.of("--jurisdiction", "--year", "--income");

  private SmallLowProfitTaxCalculator calculator;

  @Override
  public Integer call() {
    return CsvBatch.oneOrMany(spec, csv, output, this, REQUIRED, () -> {
      TaxAssessment assessment = assess();
      List<Renderable> warnings = warnings(assessment);
      return output.print(spec, l -> json(Contract.output(spec, l), assessment, l)
          .put("warnings", Reports.texts(warnings, l)), l -> text(assessment, l) + flagWarnings(assessment, l));
    });
  }

  private TaxAssessment assess() {
    TaxAssessment assessment;
    try {
      assessment = calculator().assess(TaxCase.of(year, jurisdiction, facts()));
    } catch (DateNotCoveredException e) {
      throw Refusals.invalid(spec, "--year", e.problem());
    } catch (SizeFormException e) {
      throw Refusals.invalid(spec, size.quarterlyOption(), e.problem());
    } catch (MissingFactsException e) {
      throw missing(e);
    }
    return assessment;
  }

  private SmallLowProfitTaxCalculator calculator() {
    if (calculator == null) {
      calculator = SmallLowProfitTaxCalculator.of(catalogue.catalogue());
    }
    return calculator;
  }

  /** One enterprise per row of a CSV file. */
  @Override
  public CsvBatch.Rows rows() {
    CsvCells cells = new CsvCells();
    return CsvBatch.Rows.of(ALIASES, Map.of(), REQUIRED, CSV_HEADER, language -> {
      TaxAssessment a = assess();
      return List.of(a.taxYear().toString(), a.jurisdiction().key(), a.taxableIncome(), a.eligible() ? "yes" : "no",
          a.taxDue(), a.standardTax(), a.relief(), a.effectiveRate(),
          cells.provisions(a.grantingProvisions()), warningsCell(a, language, cells));
    });
  }

  /** The warnings column: rendered once per list the assessments share (most lists are shared; see the core). */
  private String warningsCell(TaxAssessment a, Language language, CsvCells cells) {
    if (incubated && !incubatedCited(a)) {
      return Reports.joined(warnings(a), language);
    }
    return cells.warnings(a.warnings(), language);
  }

  /**
   * The text of cells that many rows share, kept by the identity of the list they are made from (the assessments of
   * one year, place and zone share their lists of warnings and provisions). One per lane: not thread-safe.
   */
  private static final class CsvCells {
    private static final int KEPT = 1024;
    private final Map<List<?>, String> provisions = new IdentityHashMap<>();
    private final Map<List<?>, String> warnings = new IdentityHashMap<>();
    private Language language;

    String provisions(List<Provision> granting) {
      String cell = provisions.get(granting);
      if (cell == null) {
        cell = Reports.provisionIds(granting);
        keep(provisions, granting, cell);
      }
      return cell;
    }

    String warnings(List<? extends Renderable> list, Language in) {
      if (in != language) {
        warnings.clear();
        language = in;
      }
      String cell = warnings.get(list);
      if (cell == null) {
        cell = Reports.joined(list, in);
        keep(warnings, list, cell);
      }
      return cell;
    }

    private static void keep(Map<List<?>, String> cache, List<?> list, String cell) {
      if (cache.size() >= KEPT) {
        cache.clear();
      }
      cache.put(list, cell);
    }
  }

  /** The assessment's warnings, then those of flags that changed nothing in this case. */
  private List<Renderable> warnings(TaxAssessment a) {
    if (!incubated || incubatedCited(a)) {
      return List.copyOf(a.warnings());
    }
    List<Renderable> all = new ArrayList<>(a.warnings());
    all.add(INCUBATED_UNUSED);
    return all;
  }

  /** Lines after the report for flags that changed nothing in this case. */
  private String flagWarnings(TaxAssessment a, Language language) {
    return incubated && !incubatedCited(a)
        ? t(language, "注意：", "Note: ") + INCUBATED_UNUSED.render(language) + "\n" : "";
  }

  /**
   * Whether a clause limited to start-ups incubated in an incubator (吉政办发〔2015〕31号 二(六)) restates a band of the
   * case: the one thing {@code --incubated} changes.
   */
  static boolean incubatedCited(TaxAssessment a) {
    return a.bands().stream().flatMap(b -> b.restatedBy().stream())
        .anyMatch(p -> p.terms() instanceof Restatement r && r.incubatedStartUpsOnly());
  }

  /** The warning of an {@code --incubated} that changes nothing. */
  static final Renderable INCUBATED_UNUSED = Refusals.text(
      "--incubated 对本案没有影响：适用的条款中没有仅适用于孵化机构内在孵初创企业的条款，结果与不加此选项时相同",
      "--incubated has no effect here: no clause applying to this case is limited to start-ups incubated in an"
          + " incubator; the result is the same without it");

  /** The columns of {@code --csv} output after id, status and error. */
  static final List<String> CSV_HEADER = List.of("year", "jurisdiction", "income", "eligible", "taxDue",
      "standardTax", "relief", "effectiveRate", "provisions", "warnings");

  /** Chinese names of the input columns. */
  static final Map<String, List<String>> ALIASES = SizeOptions.withAliases(Map.ofEntries(
      Map.entry("year", List.of("年度", "纳税年度")),
      Map.entry("jurisdiction", List.of("地区", "所在地")),
      Map.entry("income", List.of("应纳税所得额")),
      Map.entry("established", List.of("成立日期")),
      Map.entry("incubated", List.of("在孵企业"))));

  private EnterpriseFacts facts() {
    EnterpriseFacts.Builder facts = EnterpriseFacts.builder().taxableIncome(income).incubatedStartUp(incubated);
    size.apply(spec, facts);
    if (established != null) {
      if (established.getYear() > year.getValue()) {
        throw Refusals.invalid(spec, "--established", established + " 晚于纳税年度 " + year + "；可接受："
            + year.atMonth(12).atEndOfMonth() + " 或更早的日期", established + " is after tax year " + year
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

  private RuntimeException missing(MissingFactsException e) {
    return SizeOptions.missing(spec, e, l -> t(l, year + " 纳税年度", "for tax year " + year));
  }

  /** The result as JSON (contract version 1; schema {@code schemas/v1/tax.json}). */
  static Json.Obj json(Json.Obj out, TaxAssessment a, Language language) {
    List<Object> bands = new ArrayList<>();
    for (TaxBand b : a.bands()) {
      bands.add(Json.object()
          .put("amount", b.amount())
          .put("inclusion", b.inclusion())
          .put("inclusionPercent", Contract.percent(b.inclusion()))
          .put("rate", b.rate())
          .put("ratePercent", Contract.percent(b.rate()))
          .put("tax", b.tax())
          .put("provision", Contract.provision(b.grantedBy()))
          .put("incomeRange", Json.object().put("above", b.incomeRange().lower())
              .put("upTo", b.incomeRange().upper()))
          .put("yearShare", b.yearShare())
          .put("effectiveRate", b.effectiveRate())
          .put("effectiveRatePercent", Contract.percent(b.effectiveRate()))
          .put("alsoInForce", Contract.provisions(b.alsoInForce()))
          .put("restatedBy", Contract.provisions(b.restatedBy()))
          .put("apportionedBy", Contract.provisions(b.apportionedBy())));
    }
    List<Object> conditions = new ArrayList<>();
    for (ConditionCheck c : a.eligibility().checks()) {
      conditions.add(Json.object()
          .put("condition", Contract.code(c.condition()))
          .put("outcome", Contract.code(c.outcome()))
          .put("detail", c.detail().render(language)));
    }
    return out
        .put("taxYear", a.taxYear().getValue())
        .put("jurisdiction", Contract.place(a.jurisdiction(), language))
        .put("taxableIncome", a.taxableIncome())
        .put("employees", a.facts().employees().map(Average::toString).orElse(null))
        .put("totalAssets", Contract.amount(a.facts().totalAssets().orElse(null)))
        .put("eligible", a.eligible())
        .put("taxDue", a.taxDue())
        .put("standardTax", a.standardTax())
        .put("relief", a.relief())
        .put("effectiveRate", a.effectiveRate())
        .put("effectiveRatePercent", Contract.percent(a.effectiveRate()))
        .put("bands", bands)
        .put("criteria", Contract.provision(a.eligibility().criteria()))
        .put("conditions", conditions)
        .put("citations", Reports.citations(a.citations(), language))
        .put("warnings", Reports.texts(a.warnings(), language))
        .put("steps", Reports.steps(a.explanation(), language));
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
