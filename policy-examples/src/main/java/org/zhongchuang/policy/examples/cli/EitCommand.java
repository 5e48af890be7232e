package org.zhongchuang.policy.examples.cli;

import static org.zhongchuang.policy.examples.cli.Reports.t;

import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.zhongchuang.policy.DateNotCoveredException;
import org.zhongchuang.policy.MissingFactsException;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.VentureCapitalDeduction.Investee;
import org.zhongchuang.policy.eit.AnnualReturnAssessment;
import org.zhongchuang.policy.eit.AnnualReturnCalculator;
import org.zhongchuang.policy.eit.AnnualReturnCase;
import org.zhongchuang.policy.eit.Benefit;
import org.zhongchuang.policy.eit.CarriedLoss;
import org.zhongchuang.policy.eit.ResearchAmortisation;
import org.zhongchuang.policy.eit.ReturnLines;
import org.zhongchuang.policy.eit.Uncertainty;
import org.zhongchuang.policy.eit.VentureInvestment;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.tax.Average;
import org.zhongchuang.policy.tax.EnterpriseFacts;
import org.zhongchuang.policy.text.Language;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code policy eit}: enterprise income tax for one year, line by line as the annual return (A100000) computes it,
 * with the research super-deduction, technology-transfer income, losses, the venture-capital deduction and the lower
 * of the small low-profit relief and the high-tech rate; what each preference is worth.
 *
 * <p>Its refusals are in the language of {@code --lang} (Chinese unless {@code --lang en}), and name the option as it
 * was typed: the amounts, years and dates are read here rather than by picocli, so that every message can be worded
 * in either language.
 */
@Command(name = "eit", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Enterprise income tax for one year, the annual return's way (企业所得税年度纳税申报表 A100000).",
        "From total profit (line 13) to the tax due (line 28): the research super-deduction, technology-transfer",
        "income, losses carried forward, the venture-capital deduction, and the lower of the small low-profit relief",
        "and the high-tech 15% (never both); what each preference is worth. The small low-profit facts are those of",
        "'policy tax'; they are needed only where line 23 is within the year's small low-profit ceiling."})
final class EitCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--year", paramLabel = "YYYY", description = "The tax year (2008 on).")
  String year;

  @Option(names = "--jurisdiction", paramLabel = "J",
      description = "Where the enterprise is: a code (330400), pinyin (jiaxing) or Chinese name (嘉兴市).")
  String jurisdiction;

  @Option(names = "--profit", paramLabel = "AMOUNT", description = "Line 13, total profit (利润总额); may be negative.")
  String profit;

  @Option(names = "--adjustments", paramLabel = "AMOUNT",
      description = "Lines 15 − 16, net tax adjustments (纳税调整增加额 − 减少额); may be negative. Default 0.")
  String adjustments;

  @Option(names = "--rd-expensed", paramLabel = "AMOUNT",
      description = "Research costs charged to the year's profit (未形成无形资产计入当期损益的研发费用).")
  String rdExpensed;

  @Option(names = "--rd-expensed-q4", paramLabel = "AMOUNT",
      description = "Of those, the fourth quarter's (needed in 2022, 公告2022年第28号).")
  String rdExpensedQ4;

  @Option(names = "--rd-amortised", paramLabel = "YEAR=AMOUNT",
      description = "The year's straight-line amortisation of research intangibles formed in YEAR. Repeatable.")
  List<String> rdAmortised = new ArrayList<>();

  @Option(names = "--rd-amortised-q4", paramLabel = "AMOUNT",
      description = "Of the amortisation, the fourth quarter's (needed in 2022 for an enterprise at 75%).")
  String rdAmortisedQ4;

  @Option(names = "--manufacturing", description = "A manufacturing enterprise (制造业企业) in the year.")
  boolean manufacturing;

  @Option(names = "--tech-sme", description = "A registered technology SME (科技型中小企业) in the year.")
  boolean techSme;

  @Option(names = "--negative-list", description = "Main business in an industry excluded from the super-deduction.")
  boolean negativeList;

  @Option(names = "--listed-ic", description = "An integrated-circuit or 工业母机 enterprise on the lists (2023–2027).")
  boolean listedIc;

  @Option(names = "--tech-transfer-income", paramLabel = "AMOUNT",
      description = "Technology-transfer revenue (技术转让收入) of qualifying transfers and licences.")
  String transferIncome;

  @Option(names = "--tech-transfer-cost", paramLabel = "AMOUNT",
      description = "Their cost and related taxes (技术转让成本、相关税费); given with --tech-transfer-income.")
  String transferCost;

  @Option(names = "--vc-investment", paramLabel = "AMOUNT@DATE[@start-up]",
      description = {"A venture-capital investment made on DATE (YYYY-MM-DD) in an unlisted SME high-tech",
          "enterprise, or with @start-up in a start-up technology enterprise (初创科技型企业). Repeatable."})
  List<String> vcInvestments = new ArrayList<>();

  @Option(names = "--vc-held", paramLabel = "AMOUNT@DATE[@start-up]",
      description = "An investment whose holding period completes on DATE, where you know that day. Repeatable.")
  List<String> vcHeld = new ArrayList<>();

  @Option(names = "--vc-carried", paramLabel = "AMOUNT",
      description = "Venture-capital credit of earlier years not yet deducted.")
  String vcCarried;

  @Option(names = "--loss", paramLabel = "YEAR=AMOUNT",
      description = "The unused remainder of an earlier year's loss. Repeatable.")
  List<String> losses = new ArrayList<>();

  @Option(names = "--qualified-years", paramLabel = "YEAR[,YEAR…]", split = "[,，]",
      description = "Earlier years as a high-tech enterprise or technology SME (财税〔2018〕76号).")
  List<String> qualifiedYears = new ArrayList<>();

  @Option(names = "--high-tech", description = "A high and new technology enterprise (高新技术企业) in the year.")
  boolean highTech;

  @Mixin SizeOptions size;

  @Mixin OutputOptions output;

  @Mixin CatalogueOption catalogue;

  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  @Override
  public Integer call() {
    Language l = output.language;
    AnnualReturnCase c = annualReturn(l);
    AnnualReturnCalculator calculator;
    try {
      calculator = AnnualReturnCalculator.of(catalogue.catalogue());
    } catch (PolicyInputException e) {
      throw invalid("--catalogue", e.message(l));
    }
    AnnualReturnAssessment a;
    try {
      a = calculator.assess(c);
    } catch (DateNotCoveredException e) {
      throw invalid("--year", e.message(l));
    } catch (MissingFactsException e) {
      throw missing(e, l);
    } catch (PolicyInputException e) {
      throw new Refused(spec.commandLine(), e.message(l));
    }
    AnnualReturnAssessment done = a;
    return output.print(spec, lang -> json(done, lang), lang -> text(done, lang));
  }

  // ---------------------------------------------------------------------------------------------- reading

  private AnnualReturnCase annualReturn(Language l) {
    List<String> missing = new ArrayList<>();
    if (year == null) {
      missing.add("--year=YYYY");
    }
    if (jurisdiction == null) {
      missing.add("--jurisdiction=J");
    }
    if (profit == null) {
      missing.add("--profit=AMOUNT");
    }
    if (!missing.isEmpty()) {
      throw missingOptions(missing, t(l, "年度申报需要纳税年度、地区和利润总额（第13行）",
          "a return needs its tax year, its place and its total profit (line 13)"), l);
    }
    Year taxYear = year("--year", year, l);
    AnnualReturnCase.Builder b = AnnualReturnCase.builder().taxYear(taxYear)
        .jurisdiction(place(l)).totalProfit(amount("--profit", profit, l));
    about("--adjustments", l, () -> b.taxAdjustments(amount("--adjustments", adjustments, l)), adjustments);
    about("--rd-expensed", l, () -> b.researchExpensed(amount("--rd-expensed", rdExpensed, l)), rdExpensed);
    about("--rd-expensed-q4", l, () -> b.researchExpensedFourthQuarter(amount("--rd-expensed-q4", rdExpensedQ4, l)),
        rdExpensedQ4);
    for (String entry : rdAmortised) {
      String[] pair = pair("--rd-amortised", entry, l);
      Year formed = year("--rd-amortised", pair[0], l);
      Cny charge = amount("--rd-amortised", pair[1], l);
      about("--rd-amortised", l, () -> b.researchAmortised(formed, charge), entry);
    }
    about("--rd-amortised-q4", l, () -> b.researchAmortisedFourthQuarter(amount("--rd-amortised-q4", rdAmortisedQ4,
        l)), rdAmortisedQ4);
    b.manufacturing(manufacturing).technologySme(techSme).negativeListIndustry(negativeList)
        .listedIcOrMachineTool(listedIc).highTech(highTech);
    if ((transferIncome == null) != (transferCost == null)) {
      String given = transferIncome == null ? "--tech-transfer-cost" : "--tech-transfer-income";
      String other = transferIncome == null ? "--tech-transfer-income=AMOUNT" : "--tech-transfer-cost=AMOUNT";
      throw missingOptions(List.of(other), t(l, "技术转让收入和成本须一并提供（已提供 " + given + "）",
          "technology-transfer revenue and cost go together (" + given + " was given)"), l);
    }
    if (transferIncome != null) {
      Cny revenue = amount("--tech-transfer-income", transferIncome, l);
      Cny cost = amount("--tech-transfer-cost", transferCost, l);
      about("--tech-transfer-cost", l, () -> b.transfer(revenue, cost), transferCost);
    }
    for (String v : vcInvestments) {
      b.ventureInvestment(investment("--vc-investment", v, false, l));
    }
    for (String v : vcHeld) {
      b.ventureInvestment(investment("--vc-held", v, true, l));
    }
    about("--vc-carried", l, () -> b.ventureCreditCarriedIn(amount("--vc-carried", vcCarried, l)), vcCarried);
    for (String entry : losses) {
      String[] pair = pair("--loss", entry, l);
      Year lossYear = year("--loss", pair[0], l);
      Cny amount = amount("--loss", pair[1], l);
      about("--loss", l, () -> b.priorLoss(lossYear, amount), entry);
    }
    for (String y : qualifiedYears) {
      Year q = year("--qualified-years", y, l);
      b.qualifiedYears(q);
    }
    if (size.given()) {
      EnterpriseFacts.Builder facts = EnterpriseFacts.builder();
      try {
        size.apply(spec, facts);
        b.enterprise(facts);
      } catch (MissingFactsException e) {
        throw missing(e, l);
      } catch (PolicyInputException e) {
        throw new Refused(spec.commandLine(), e.message(l));
      }
    }
    try {
      return b.build();
    } catch (PolicyInputException e) {
      throw new Refused(spec.commandLine(), e.message(l));
    }
  }

  private Jurisdiction place(Language l) {
    try {
      return Jurisdiction.parse(jurisdiction);
    } catch (PolicyInputException e) {
      throw invalid("--jurisdiction", e.message(l));
    }
  }

  /** Runs a step that reads an option, where the option was given, naming it if the library refuses the value. */
  private void about(String option, Language l, Runnable step, String value) {
    if (value == null) {
      return;
    }
    try {
      step.run();
    } catch (PolicyInputException e) {
      throw invalid(option, e.message(l));
    }
  }

  private Cny amount(String option, String text, Language l) {
    try {
      return Cny.parse(text);
    } catch (PolicyInputException e) {
      throw invalid(option, t(l, "无法读取金额“" + text + "”；可接受：以元为单位、最多两位小数的金额，如 250000、-200000、25万、"
          + "250,000.00、２５万元", e.getMessage()));
    }
  }

  private Year year(String option, String text, Language l) {
    String s = text.strip();
    if (!YEAR.matcher(s).matches()) {
      throw invalid(option, t(l, "无法读取年度“" + text + "”；可接受：四位数年度，如 2023",
          "cannot read year '" + text + "'; accepted: a year YYYY, e.g. 2023"));
    }
    return Year.parse(s);
  }

  private LocalDate date(String option, String text, Language l) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw invalid(option, t(l, "无法读取日期“" + text + "”；可接受：YYYY-MM-DD，如 2021-03-15",
          "cannot read date '" + text + "'; accepted: a calendar date YYYY-MM-DD, e.g. 2021-03-15"));
    }
  }

  /** {@code YEAR=AMOUNT}. */
  private String[] pair(String option, String text, Language l) {
    int eq = text.indexOf('=');
    if (eq < 0) {
      eq = text.indexOf('＝');
    }
    if (eq < 0) {
      throw invalid(option, t(l, "无法读取“" + text + "”；可接受：YEAR=AMOUNT，如 2019=300000",
          "cannot read '" + text + "'; accepted: YEAR=AMOUNT, e.g. 2019=300000"));
    }
    return new String[] {text.substring(0, eq), text.substring(eq + 1)};
  }

  /** {@code AMOUNT@DATE} or {@code AMOUNT@DATE@start-up}. */
  private VentureInvestment investment(String option, String text, boolean held, Language l) {
    String[] parts = text.split("@", -1);
    boolean startUp = parts.length == 3 && parts[2].strip().equalsIgnoreCase("start-up");
    if (parts.length < 2 || parts.length > 3 || parts.length == 3 && !startUp) {
      throw invalid(option, t(l, "无法读取“" + text + "”；可接受：AMOUNT@YYYY-MM-DD，或投资于初创科技型企业的 AMOUNT@YYYY-MM-DD@start-up，"
          + "如 100万@2021-03-15", "cannot read '" + text + "'; accepted: AMOUNT@YYYY-MM-DD, or AMOUNT@YYYY-MM-DD@start-up"
          + " for a start-up technology enterprise, e.g. 100万@2021-03-15"));
    }
    Cny amount = amount(option, parts[0], l);
    LocalDate day = date(option, parts[1], l);
    Investee investee = startUp ? Investee.START_UP_TECHNOLOGY : Investee.SME_HIGH_TECH;
    try {
      return held ? VentureInvestment.heldUntil(amount, day, investee) : VentureInvestment.invested(amount, day,
          investee);
    } catch (PolicyInputException e) {
      throw invalid(option, e.message(l));
    }
  }

  // ---------------------------------------------------------------------------------------------- refusals

  /** A refusal already worded in the language asked. */
  static final class Refused extends ParameterException {
    private static final long serialVersionUID = 1L;

    Refused(CommandLine commandLine, String message) {
      super(commandLine, message);
    }
  }

  private ParameterException invalid(String option, String problem) {
    return invalid(spec.commandLine(), output.language, option, problem);
  }

  static ParameterException invalid(CommandLine commandLine, Language l, String option, String problem) {
    return new Refused(commandLine, t(l, "选项 '" + option + "' 的值无效：", "Invalid value for option '"
        + option + "': ") + problem);
  }

  private ParameterException missingOptions(List<String> options, String why, Language l) {
    String names = String.join(", ", options.stream().map(o -> "'" + o + "'").toList());
    return new Refused(spec.commandLine(), t(l, "缺少必需的选项 " + names + "：" + why,
        "Missing required option" + (options.size() > 1 ? "s " : " ") + names + ": " + why));
  }

  private ParameterException missing(MissingFactsException e, Language l) {
    List<String> options = new ArrayList<>();
    for (String fact : e.facts()) {
      options.add(switch (fact) {
        case "enterprise" -> "--employees=N' and '--assets=AMOUNT' (" + t(l, "或", "or") + " '--qualifies'";
        case "researchExpensedFourthQuarter" -> "--rd-expensed-q4=AMOUNT";
        case "researchAmortisedFourthQuarter" -> "--rd-amortised-q4=AMOUNT";
        case "industry" -> "--industry=industrial|other";
        case "employees" -> "--employees=N";
        case "totalAssets" -> "--assets=AMOUNT";
        case "established" -> "--established=YYYY-MM-DD";
        default -> fact;
      });
    }
    return missingOptions(options, e.why().render(l), l);
  }

  /**
   * A refusal by picocli itself (an unknown option, an option without its value, a value its converter refused), in
   * the language asked on the command line and naming the option as it was typed.
   */
  static String refusal(ParameterException e, String[] args) {
    Language l = Language.ZH;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--lang") && i + 1 < args.length && args[i + 1].strip().equalsIgnoreCase("en")
          || a.equalsIgnoreCase("--lang=en")) {
        l = Language.EN;
      }
    }
    if (l == Language.EN) {
      return e.getMessage();
    }
    if (e instanceof CommandLine.UnmatchedArgumentException u) {
      List<String> suggestions = u.getSuggestions();
      return "未知的选项或参数：" + String.join(", ", u.getUnmatched().stream().map(s -> "'" + s + "'").toList())
          + (suggestions.isEmpty() ? "" : "；您是否想输入：" + String.join(", ", suggestions) + "？");
    }
    if (e instanceof CommandLine.MissingParameterException m && !m.getMissing().isEmpty()
        && m.getMissing().get(0) instanceof OptionSpec option) {
      return "选项 '" + typed(option, args) + "' 缺少值（" + option.paramLabel() + "）";
    }
    if (e instanceof CommandLine.OverwrittenOptionException o && o.getOverwritten() instanceof OptionSpec option) {
      return "选项 '" + typed(option, args) + "' 只能给出一次";
    }
    if (e.getArgSpec() instanceof OptionSpec option) {
      String name = typed(option, args);
      return "选项 '" + name + "' 的值无效：“" + e.getValue() + "”；" + accepted(option);
    }
    return "输入无效：" + e.getMessage();
  }

  /** The name of an option as it appears on the command line. */
  private static String typed(OptionSpec option, String[] args) {
    for (String a : args) {
      for (String name : option.names()) {
        if (a.equals(name) || a.startsWith(name + "=")) {
          return name;
        }
      }
    }
    return option.longestName();
  }

  private static final Map<String, String> ACCEPTED = Map.of(
      "AMOUNT", "可接受：以元为单位、最多两位小数的金额，如 250000、25万、250,000.00",
      "N", "可接受：人数，可为平均数，如 45 或 300.5",
      "zh|en", "可接受：zh 或 en",
      "industrial|other", "可接受：industrial 或 other");

  private static String accepted(OptionSpec option) {
    return ACCEPTED.getOrDefault(option.paramLabel(), "可接受的形式见 'policy eit --help'");
  }

  // ---------------------------------------------------------------------------------------------- output

  static Json.Obj json(AnnualReturnAssessment a, Language l) {
    AnnualReturnCase c = a.annualReturnCase();
    ReturnLines lines = a.lines();
    List<Object> amortised = new ArrayList<>();
    for (ResearchAmortisation r : c.researchAmortisation()) {
      amortised.add(Json.object().put("formed", r.formed().getValue()).put("amount", r.charge()));
    }
    List<Object> investments = new ArrayList<>();
    for (VentureInvestment v : c.ventureInvestments()) {
      investments.add(Json.object().put("amount", v.amount())
          .put("investedOn", v.investedOn().map(LocalDate::toString).orElse(null))
          .put("heldUntil", v.heldUntil().map(LocalDate::toString).orElse(null))
          .put("investee", v.investee() == Investee.START_UP_TECHNOLOGY ? "start-up" : "sme-high-tech"));
    }
    List<Object> priorLosses = new ArrayList<>();
    c.priorLosses().forEach((y, amount) -> priorLosses.add(Json.object().put("year", y.getValue())
        .put("amount", amount)));
    Json.Obj input = Json.object()
        .put("taxYear", c.taxYear().getValue())
        .put("jurisdiction", c.jurisdiction().key())
        .put("profit", c.totalProfit())
        .put("adjustments", c.taxAdjustments())
        .put("rdExpensed", c.researchExpensed())
        .put("rdExpensedQ4", c.researchExpensedFourthQuarter().orElse(null))
        .put("rdAmortised", amortised)
        .put("rdAmortisedQ4", c.researchAmortisedFourthQuarter().orElse(null))
        .put("manufacturing", c.manufacturing())
        .put("techSme", c.technologySme())
        .put("negativeList", c.negativeListIndustry())
        .put("listedIc", c.listedIcOrMachineTool())
        .put("highTech", c.highTech())
        .put("techTransferIncome", c.transferRevenue().orElse(null))
        .put("techTransferCost", c.transferCost().orElse(null))
        .put("vcInvestments", investments)
        .put("vcCarried", c.ventureCreditCarriedIn())
        .put("losses", priorLosses)
        .put("qualifiedYears", c.qualifiedYears().stream().map(y -> (Object) y.getValue()).toList())
        .put("enterprise", c.enterprise().map(f -> (Object) Json.object()
            .put("restricted", f.restrictedOrProhibitedIndustry())
            .put("industry", f.industry().map(i -> i.name().toLowerCase(java.util.Locale.ROOT)).orElse(null))
            .put("employees", f.employees().map(Average::toString).orElse(null))
            .put("totalAssets", f.totalAssets().map(Average::toString).orElse(null))
            .put("sizeAsserted", f.sizeAsserted())).orElse(null));
    List<Object> benefits = new ArrayList<>();
    for (Benefit b : a.benefits()) {
      benefits.add(Json.object().put("preference", b.preference().code())
          .put("provision", b.provisions().isEmpty() ? null : b.provisions().get(0).id())
          .put("provisions", b.provisions().stream().map(p -> (Object) p.id()).toList())
          .put("worth", b.worth()));
    }
    List<Object> carried = new ArrayList<>();
    for (CarriedLoss loss : a.lossesCarriedForward()) {
      carried.add(Json.object().put("year", loss.year().getValue()).put("amount", loss.amount())
          .put("lastYear", loss.lastYear().getValue())
          .put("extendedBy", loss.extendedBy().map(Provision::id).orElse(null))
          .put("extensionUnconfirmed", loss.extensionUnconfirmed()));
    }
    List<Object> uncertain = new ArrayList<>();
    for (Uncertainty u : a.uncertainties()) {
      uncertain.add(Json.object().put("question", u.question().code()).put("otherTaxDue", u.otherTaxDue()));
    }
    return Json.object()
        .put("schemaVersion", 1)
        .put("input", input)
        .put("taxYear", c.taxYear().getValue())
        .put("jurisdiction", c.jurisdiction().key())
        .put("lines", Json.object()
            .put("13", lines.totalProfit()).put("15-16", lines.taxAdjustments()).put("17", lines.extraDeductions())
            .put("19", lines.incomeAfterAdjustments()).put("20", lines.incomeReductions())
            .put("21", lines.lossesOffset()).put("22", lines.ventureCapitalDeduction())
            .put("23", lines.taxableIncome()).put("24", lines.rate()).put("25", lines.taxAtRate())
            .put("26", lines.relief()).put("28", lines.taxDue()))
        .put("taxableIncome", a.taxableIncome())
        .put("rdExtraDeduction", a.researchExtraDeduction())
        .put("techTransferReduction", a.transferIncomeReduction())
        .put("lossesOffset", a.lossesOffset())
        .put("vcDeduction", a.ventureCapitalDeduction())
        .put("vcCarriedForward", a.ventureCreditCarriedForward())
        .put("rate", a.rate())
        .put("relief", a.relief())
        .put("taxDue", a.taxDue())
        .put("chosen", a.chosen().code())
        .put("taxAsSmallLowProfit", a.taxAsSmallLowProfit().orElse(null))
        .put("taxAsHighTech", a.taxAsHighTech().orElse(null))
        .put("taxAtStatutoryRate", a.taxAtStatutoryRate())
        .put("lossYear", a.lossYear())
        .put("lossesCarriedForward", carried)
        .put("benefits", benefits)
        .put("totalBenefit", a.totalBenefit())
        .put("taxWithoutPreferences", a.taxWithoutPreferences())
        .put("taxDueCertain", a.taxDueCertain().code())
        .put("uncertain", uncertain)
        .put("citations", Reports.citations(a.citations(), l))
        .put("warnings", Reports.texts(a.warnings(), l))
        .put("steps", Reports.steps(a.explanation(), l));
  }

  static String text(AnnualReturnAssessment a, Language l) {
    ReturnLines lines = a.lines();
    StringBuilder out = new StringBuilder();
    out.append(t(l, "企业所得税年度纳税申报（A100000）：", "Enterprise income tax, annual return (A100000): "))
        .append(a.taxYear()).append(t(l, " 年度，", ", ")).append(Reports.place(a.jurisdiction(), l)).append('\n');
    row(out, l, "13", "利润总额", "total profit", lines.totalProfit());
    row(out, l, "15-16", "纳税调整（净额）", "tax adjustments (net)", lines.taxAdjustments());
    row(out, l, "17", "加计扣除（研发费用）", "extra deduction (research)", lines.extraDeductions());
    row(out, l, "19", "纳税调整后所得", "income after adjustments", lines.incomeAfterAdjustments());
    row(out, l, "20", "所得减免（技术转让）", "income reductions (transfer)", lines.incomeReductions());
    row(out, l, "21", "弥补以前年度亏损", "losses made good", lines.lossesOffset());
    row(out, l, "22", "抵扣应纳税所得额（创业投资）", "venture-capital deduction", lines.ventureCapitalDeduction());
    row(out, l, "23", "应纳税所得额", "taxable income", lines.taxableIncome());
    out.append(String.format("  %-5s %s%s%n", "24", t(l, "税率：", "rate: "), lines.rate()));
    row(out, l, "25", "应纳所得税额", "tax at the rate", lines.taxAtRate());
    row(out, l, "26", "减免所得税额", "relief", lines.relief());
    row(out, l, "28", "应纳税额", "tax due", lines.taxDue());
    out.append(t(l, "适用优惠：", "Relief taken: ")).append(a.chosen().code());
    a.taxAsSmallLowProfit().ifPresent(x -> out.append(t(l, "；小型微利企业：", "; as small low-profit: "))
        .append(x.format()));
    a.taxAsHighTech().ifPresent(x -> out.append(t(l, "；高新技术企业：", "; as high-tech: ")).append(x.format()));
    out.append('\n');
    if (!a.lossesCarriedForward().isEmpty() || a.ventureCreditCarriedForward().isPositive()) {
      out.append(t(l, "结转以后年度：", "Carried forward: "));
      List<String> parts = new ArrayList<>();
      for (CarriedLoss loss : a.lossesCarriedForward()) {
        parts.add(t(l, loss.year() + " 年度亏损 " + loss.amount().format() + "（至 " + loss.lastYear() + " 年度）",
            "loss of " + loss.year() + " " + loss.amount().format() + " (until " + loss.lastYear() + ")"));
      }
      if (a.ventureCreditCarriedForward().isPositive()) {
        parts.add(t(l, "创业投资可抵扣额 ", "venture-capital credit ") + a.ventureCreditCarriedForward().format());
      }
      out.append(String.join(t(l, "；", "; "), parts)).append('\n');
    }
    out.append(t(l, "各项优惠的价值：", "What each preference is worth:")).append('\n');
    for (Benefit b : a.benefits()) {
      out.append("  ").append(b.preference().code()).append(": ").append(Reports.yuan(b.worth(), l)).append('\n');
    }
    out.append("  ").append(t(l, "合计：", "all together: ")).append(Reports.yuan(a.totalBenefit(), l)).append('\n');
    out.append('\n').append(a.render(l));
    return out.toString();
  }

  private static void row(StringBuilder out, Language l, String line, String zh, String en, Cny amount) {
    out.append(String.format("  %-5s %s%s%n", line, t(l, zh + "：", en + ": "), Reports.yuan(amount, l)));
  }
}
