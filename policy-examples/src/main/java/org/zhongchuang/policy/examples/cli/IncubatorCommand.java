package org.zhongchuang.policy.examples.cli;

import static org.zhongchuang.policy.examples.cli.Reports.t;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.zhongchuang.policy.Answer;
import org.zhongchuang.policy.MissingFactsException;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.catalogue.InstitutionKind;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.RecognitionLevel;
import org.zhongchuang.policy.catalogue.TaxType;
import org.zhongchuang.policy.incubator.CoveragePeriod;
import org.zhongchuang.policy.incubator.CoverageReason;
import org.zhongchuang.policy.incubator.IncubatorAssessment;
import org.zhongchuang.policy.incubator.IncubatorCase;
import org.zhongchuang.policy.incubator.IncubatorExemptionCalculator;
import org.zhongchuang.policy.incubator.LocalClause;
import org.zhongchuang.policy.incubator.TaxAmount;
import org.zhongchuang.policy.incubator.TaxExemption;
import org.zhongchuang.policy.incubator.Wave;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.text.Language;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code policy incubator}: the property tax, urban land-use tax, business tax and VAT exemptions of incubators,
 * university science parks and maker spaces for one tax year. Every refusal is one line in the language asked
 * ({@code --lang}, Chinese by default), naming the option as typed and what it accepts; the options are read here
 * rather than by picocli's converters so that their refusals can be in Chinese too.
 */
@Command(name = "incubator", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Tax exemptions of incubators, university science parks and maker spaces (孵化器、大学科技园、众创空间)"
        + " for one tax year.",
        "Month by month: whether a wave of notices (2008-2027) exempts property tax, urban land-use tax, business tax",
        "or VAT for this kind and level of institution; the taxes given are split into exempt, uncertain and due.",
        "Give each tax for the year, or as 12 monthly amounts separated by ';' where only some months are exempt."})
final class IncubatorCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--year", paramLabel = "YYYY", description = "The tax year.")
  String year;

  @Option(names = "--jurisdiction", paramLabel = "J",
      description = "Where the institution is: a code (330400), pinyin (jiaxing) or Chinese name (嘉兴市).")
  String jurisdiction;

  @Option(names = "--kind", paramLabel = "incubator|university-science-park|maker-space|maker-space-in-incubator",
      description = "The kind of institution; maker-space-in-incubator is a maker space built by or part of an"
          + " incubator (含众创空间).")
  String kind;

  @Option(names = "--level", paramLabel = "national|provincial|municipal",
      description = "The level that recognised it (a maker space: national = registered nationally, 国家备案; a maker"
          + " space in an incubator: the incubator's level).")
  String level;

  @Option(names = "--recognised", paramLabel = "YYYY-MM-DD",
      description = "The day it was recognised at that level (any day before the year if earlier); needed where a"
          + " wave could cover it.")
  String recognised;

  @Option(names = "--lost", paramLabel = "YYYY-MM-DD", description = "The day it lost the status, if it did.")
  String lost;

  @Option(names = "--conditions-met",
      description = "It meets the conditions the notices set (shares of space and firms incubated, separately"
          + " accounted incubation income); without this or --conditions-not-met both readings are given.")
  boolean conditionsMet;

  @Option(names = "--conditions-not-met", description = "It does not meet those conditions.")
  boolean conditionsNotMet;

  @Option(names = "--property-tax", paramLabel = "AMOUNT|M1;…;M12",
      description = "Property tax on the premises it uses or provides to incubated firms, for the year or by month.")
  String propertyTax;

  @Option(names = "--land-use-tax", paramLabel = "AMOUNT|M1;…;M12",
      description = "Urban land-use tax on that land, for the year or by month.")
  String landUseTax;

  @Option(names = "--business-tax", paramLabel = "AMOUNT|M1;…;M12",
      description = "Business tax on rent and incubation services (to 2016-04-30), for the year or by month.")
  String businessTax;

  @Option(names = "--vat", paramLabel = "AMOUNT|M1;…;M12",
      description = "VAT on rent and incubation services (from 2016-05-01), for the year or by month.")
  String vat;

  @Option(names = "--json", description = "Print one JSON object instead of the readable report.")
  boolean json;

  @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh",
      description = "Language of the report and of refusals: zh (default) or en.")
  String lang;

  @Mixin CatalogueOption catalogue;

  private Language language = Language.ZH;

  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Map<String, String> TAX_OPTIONS = Map.of("propertyTaxByMonth", "--property-tax",
      "landUseTaxByMonth", "--land-use-tax", "businessTaxByMonth", "--business-tax", "vatByMonth", "--vat",
      "recognised", "--recognised");

  @Override
  public Integer call() {
    language = language(lang);
    org.zhongchuang.policy.catalogue.Catalogue laws;
    try {
      laws = catalogue.catalogue();
    } catch (PolicyInputException e) {
      throw invalid("--catalogue", e.message(language));
    }
    IncubatorCase.Builder b = IncubatorCase.builder();
    List<String> missing = new ArrayList<>(0);
    for (String[] required : new String[][] {{"--year", year}, {"--jurisdiction", jurisdiction}, {"--kind", kind},
        {"--level", level}}) {
      if (required[1] == null) {
        missing.add(required[0]);
      }
    }
    if (!missing.isEmpty()) {
      throw missing(String.join(", ", missing), t(language, "可接受：", "accepted: ") + String.join("; ",
          accepted(missing)));
    }
    b.year(year(year));
    b.jurisdiction(library("--jurisdiction", () -> Jurisdiction.parse(jurisdiction)));
    b.institution(kind(kind), level(level));
    if (recognised != null) {
      b.recognised(date("--recognised", recognised));
    }
    if (lost != null) {
      b.statusLost(date("--lost", lost));
    }
    if (conditionsMet && conditionsNotMet) {
      throw invalid("--conditions-not-met", "不能与 --conditions-met 同时给出；可接受：其中之一，或都不给（两种解读并列）",
          "cannot be given with --conditions-met; accepted: one of them, or neither (both readings are given)");
    }
    if (conditionsMet || conditionsNotMet) {
      b.meetsConditions(conditionsMet);
    }
    tax(b, "--property-tax", TaxType.PROPERTY_TAX, propertyTax);
    tax(b, "--land-use-tax", TaxType.URBAN_LAND_USE_TAX, landUseTax);
    tax(b, "--business-tax", TaxType.BUSINESS_TAX, businessTax);
    tax(b, "--vat", TaxType.VAT, vat);
    IncubatorCase c = library("--lost", b::build);
    IncubatorAssessment a;
    try {
      a = IncubatorExemptionCalculator.of(laws).assess(c);
    } catch (MissingFactsException e) {
      List<String> options = new ArrayList<>();
      e.facts().forEach(f -> options.add(TAX_OPTIONS.getOrDefault(f, f)));
      throw missing(String.join(", ", options), e.why().render(language));
    } catch (PolicyInputException e) {
      // The one refusal of a complete case: business tax given for months in which VAT had replaced it.
      throw invalid("--business-tax", e.message(language));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.write(json(a, language)));
    } else {
      out.print(text(a, language));
    }
    return PolicyCli.OK;
  }

  // ------------------------------------------------------------------------------------------------ options

  private Language language(String code) {
    try {
      return Language.parse(code);
    } catch (PolicyInputException e) {
      throw invalid("--lang", e.message(Language.ZH));
    }
  }

  private Year year(String value) {
    if (!YEAR.matcher(value.strip()).matches()) {
      throw invalid("--year", "无法读取纳税年度“" + value + "”；可接受：四位年份，如 2020",
          "cannot read tax year '" + value + "'; accepted: a year YYYY, e.g. 2020");
    }
    return Year.parse(value.strip());
  }

  private LocalDate date(String option, String value) {
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw invalid(option, "无法读取日期“" + value + "”；可接受：YYYY-MM-DD 格式的日期，如 2019-07-15",
          "cannot read date '" + value + "'; accepted: a calendar date YYYY-MM-DD, e.g. 2019-07-15");
    }
  }

  private InstitutionKind kind(String value) {
    for (InstitutionKind k : InstitutionKind.values()) {
      if (k.code().equals(value.strip().toLowerCase(Locale.ROOT))) {
        return k;
      }
    }
    throw invalid("--kind", "未知的机构类别“" + value + "”；可接受：" + KINDS, "unknown kind '" + value + "'; accepted: "
        + KINDS);
  }

  private static final String KINDS = "incubator, university-science-park, maker-space, maker-space-in-incubator";
  private static final String LEVELS = "national, provincial, municipal";

  private RecognitionLevel level(String value) {
    for (RecognitionLevel l : RecognitionLevel.values()) {
      if (l.code().equals(value.strip().toLowerCase(Locale.ROOT))) {
        return l;
      }
    }
    throw invalid("--level", "未知的级别“" + value + "”；可接受：" + LEVELS, "unknown level '" + value + "'; accepted: "
        + LEVELS);
  }

  private List<String> accepted(List<String> options) {
    List<String> out = new ArrayList<>();
    for (String option : options) {
      out.add(option + " " + switch (option) {
        case "--year" -> t(language, "四位年份", "a year YYYY");
        case "--jurisdiction" -> t(language, "代码、拼音或中文地名，如 330400、jiaxing、嘉兴市",
            "a code, pinyin or Chinese name, e.g. 330400, jiaxing, 嘉兴市");
        case "--kind" -> KINDS;
        default -> LEVELS;
      });
    }
    return out;
  }

  /** An amount for the year, or twelve separated by semicolons. */
  private void tax(IncubatorCase.Builder b, String option, TaxType tax, String value) {
    if (value == null) {
      return;
    }
    String[] parts = value.split("[;；]", -1);
    TaxAmount amount = library(option, () -> {
      if (parts.length == 1) {
        return TaxAmount.forYear(tax, Cny.parse(parts[0].strip()));
      }
      List<Cny> months = new ArrayList<>(parts.length);
      for (String part : parts) {
        months.add(Cny.parse(part.strip()));
      }
      return TaxAmount.byMonth(tax, months);
    });
    b.tax(amount);
  }

  private <T> T library(String option, java.util.function.Supplier<T> read) {
    try {
      return read.get();
    } catch (PolicyInputException e) {
      throw invalid(option, e.message(language));
    }
  }

  private ParameterException invalid(String option, String zh, String en) {
    return invalid(option, t(language, zh, en));
  }

  private ParameterException invalid(String option, String problem) {
    return new ParameterException(spec.commandLine(), t(language, "选项“" + option + "”的值无效：",
        "Invalid value for option '" + option + "': ") + problem);
  }

  private ParameterException missing(String options, String why) {
    return new ParameterException(spec.commandLine(), t(language, "缺少必需的选项 ", "Missing required option ")
        + options + t(language, "：", ": ") + why);
  }

  /**
   * A refusal picocli found before the command ran (an unknown option, an option without its value, an option given
   * twice), in the language the command line asks for.
   */
  static String refusal(ParameterException e, String[] args) {
    boolean english = false;
    for (int i = 0; i < args.length; i++) {
      english |= args[i].equalsIgnoreCase("--lang=en") || args[i].equals("--lang") && i + 1 < args.length
          && args[i + 1].strip().equalsIgnoreCase("en");
    }
    return english ? e.getMessage() + " (see 'policy incubator --help')"
        : chinese(e) + "（参见 policy incubator --help）";
  }

  private static String chinese(ParameterException e) {
    if (e instanceof CommandLine.UnmatchedArgumentException u) {
      return "未知的选项或参数：" + String.join(" ", u.getUnmatched()) + (u.getSuggestions().isEmpty() ? ""
          : "；是否指：" + String.join("、", u.getSuggestions()) + "？");
    }
    if (e instanceof CommandLine.MissingParameterException m) {
      List<String> names = new ArrayList<>();
      m.getMissing().forEach(a -> names.add(name(a)));
      return "选项“" + String.join("”“", names) + "”缺少值";
    }
    if (e instanceof CommandLine.OverwrittenOptionException o) {
      return "选项“" + name(o.getOverwritten()) + "”只能给出一次";
    }
    return e.getMessage();
  }

  private static String name(CommandLine.Model.ArgSpec arg) {
    return arg instanceof CommandLine.Model.OptionSpec option ? option.longestName() : arg.paramLabel();
  }

  // ------------------------------------------------------------------------------------------------ JSON

  static Json.Obj json(IncubatorAssessment a, Language language) {
    IncubatorCase c = a.incubatorCase();
    List<Object> given = new ArrayList<>();
    for (TaxAmount amount : c.taxes()) {
      given.add(Json.object().put("tax", amount.tax().code()).put("total", amount.total())
          .put("months", amount.months().map(m -> (Object) new ArrayList<Object>(m)).orElse(null)));
    }
    Json.Obj input = Json.object()
        .put("year", c.year().getValue())
        .put("jurisdiction", place(c.jurisdiction(), language))
        .put("kind", c.institution().kind().code())
        .put("level", c.institution().level().code())
        .put("recognised", c.recognised().map(LocalDate::toString).orElse(null))
        .put("lost", c.statusLost().map(LocalDate::toString).orElse(null))
        .put("conditionsMet", c.meetsConditions().code())
        .put("taxes", given);
    List<Object> taxes = new ArrayList<>();
    for (TaxExemption line : a.taxes()) {
      taxes.add(Json.object()
          .put("tax", line.tax().code())
          .put("given", line.given().total())
          .put("exempt", line.exempt())
          .put("uncertain", line.uncertain())
          .put("due", line.due())
          .put("dueIfUncertainExempt", line.dueAtLeast())
          .put("dueIfUncertainNotExempt", line.dueAtMost())
          .put("answer", line.answer().code()));
    }
    List<Object> coverage = new ArrayList<>();
    for (TaxType tax : List.of(TaxType.PROPERTY_TAX, TaxType.URBAN_LAND_USE_TAX, TaxType.BUSINESS_TAX, TaxType.VAT)) {
      List<Object> periods = new ArrayList<>();
      for (CoveragePeriod p : a.coverage(tax)) {
        List<Object> reasons = new ArrayList<>();
        p.reasons().forEach(r -> reasons.add(code(r)));
        periods.add(Json.object()
            .put("from", p.from().toString())
            .put("to", p.to().toString())
            .put("exempt", p.exempt().code())
            .put("provision", p.provision().map(x -> (Object) provision(x)).orElse(null))
            .put("reasons", reasons)
            .put("timing", p.timing().map(x -> (Object) provision(x)).orElse(null)));
      }
      coverage.add(Json.object().put("tax", tax.code()).put("answer", a.exempt(tax).code())
          .put("periods", periods));
    }
    List<Object> waves = new ArrayList<>();
    a.waves().forEach(w -> waves.add(wave(w)));
    List<Object> clauses = new ArrayList<>();
    for (LocalClause clause : a.localClauses()) {
      clauses.add(Json.object().put("provision", provision(clause.provision()))
          .put("inForce", clause.inForce().code()).put("addsExemption", Answer.NO.code()));
    }
    return Json.object()
        .put("schemaVersion", 1)
        .put("input", input)
        .put("exempt", a.exempt().code())
        .put("exemptionKnown", a.exemptionKnown())
        .put("taxes", taxes)
        .put("totals", Json.object().put("given", a.totalGiven()).put("exempt", a.totalExempt())
            .put("uncertain", a.totalUncertain()).put("due", a.totalDue()))
        .put("coverage", coverage)
        .put("waves", waves)
        .put("nearestWaveBefore", a.nearestWaveBefore().map(w -> (Object) wave(w)).orElse(null))
        .put("nearestWaveAfter", a.nearestWaveAfter().map(w -> (Object) wave(w)).orElse(null))
        .put("localClauses", clauses)
        .put("citations", Reports.citations(a.citations(), language))
        .put("warnings", Reports.texts(a.warnings(), language))
        .put("steps", Reports.steps(a.explanation(), language));
  }

  static Json.Obj provision(Provision p) {
    return Json.object().put("id", p.id()).put("document", p.citation().document().reference())
        .put("clause", p.citation().clause());
  }

  static Json.Obj place(Jurisdiction j, Language language) {
    return Json.object().put("code", j.key()).put("name", t(language, j.chineseName(), j.englishName()));
  }

  private static Json.Obj wave(Wave w) {
    List<Object> provisions = new ArrayList<>();
    w.provisions().forEach(p -> provisions.add(provision(p)));
    return Json.object().put("wave", w.label())
        .put("validity", Json.object().put("from", w.from().toString())
            .put("to", w.to().equals(LocalDate.MAX) ? null : w.to().toString()))
        .put("known", w.known())
        .put("provisions", provisions);
  }

  // ------------------------------------------------------------------------------------------------ text

  static String text(IncubatorAssessment a, Language l) {
    IncubatorCase c = a.incubatorCase();
    StringBuilder out = new StringBuilder();
    out.append(t(l, "孵化器、大学科技园、众创空间税收减免：", "Incubator, science-park and maker-space tax exemptions: "))
        .append(c.year()).append(t(l, " 年度，", ", ")).append(Reports.place(c.jurisdiction(), l)).append('\n');
    out.append(t(l, "机构：", "Institution: ")).append(c.institution().render(l));
    c.recognised().ifPresent(d -> out.append(t(l, "；认定日期：", "; recognised: ")).append(d));
    c.statusLost().ifPresent(d -> out.append(t(l, "；取消资格：", "; status lost: ")).append(d));
    out.append('\n');
    out.append(t(l, "是否免税：", "Exempt: ")).append(answer(a.exempt(), l));
    if (!a.exemptionKnown()) {
      out.append(t(l, "（本年度未知有减免；此前最近：", " (no exemption known for the year; nearest before: "))
          .append(a.nearestWaveBefore().map(w -> w.render(l)).orElse(t(l, "无", "none")))
          .append(t(l, "；此后：", "; after: "))
          .append(a.nearestWaveAfter().map(w -> w.render(l)).orElse(t(l, "无", "none"))).append(t(l, "）", ")"));
    }
    out.append('\n');
    for (TaxExemption line : a.taxes()) {
      out.append(line.tax() == TaxType.PROPERTY_TAX ? t(l, "房产税", "Property tax")
          : line.tax() == TaxType.URBAN_LAND_USE_TAX ? t(l, "城镇土地使用税", "Urban land-use tax")
          : line.tax() == TaxType.BUSINESS_TAX ? t(l, "营业税", "Business tax") : t(l, "增值税", "VAT"))
          .append(t(l, "：应缴 ", ": would be due ")).append(Reports.yuan(line.given().total(), l))
          .append(t(l, "；免征 ", "; exempt ")).append(Reports.yuan(line.exempt(), l))
          .append(t(l, "；不确定 ", "; uncertain ")).append(Reports.yuan(line.uncertain(), l))
          .append(t(l, "；仍应缴纳 ", "; still due ")).append(Reports.yuan(line.due(), l)).append('\n');
    }
    if (a.taxes().size() > 1) {
      out.append(t(l, "合计：应缴 ", "Total: would be due ")).append(Reports.yuan(a.totalGiven(), l))
          .append(t(l, "；免征 ", "; exempt ")).append(Reports.yuan(a.totalExempt(), l))
          .append(t(l, "；不确定 ", "; uncertain ")).append(Reports.yuan(a.totalUncertain(), l))
          .append(t(l, "；仍应缴纳 ", "; still due ")).append(Reports.yuan(a.totalDue(), l)).append('\n');
    }
    return out.append('\n').append(a.render(l)).toString();
  }

  private static String answer(Answer a, Language l) {
    return switch (a) {
      case YES -> t(l, "是", "yes");
      case NO -> t(l, "否", "no");
      case UNCERTAIN -> t(l, "不确定", "uncertain");
    };
  }

  /** For the reasons' names in JSON. */
  static String code(CoverageReason reason) {
    return reason.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
