package org.zhongchuang.policy.examples.cli;

import static org.zhongchuang.policy.examples.cli.Reports.t;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.zhongchuang.policy.DateNotCoveredException;
import org.zhongchuang.policy.ContradictoryFactsException;
import org.zhongchuang.policy.MissingFactsException;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.catalogue.VentureCapitalDeduction.Investee;
import org.zhongchuang.policy.eit.AnnualReturnAssessment;
import org.zhongchuang.policy.eit.AnnualReturnCalculator;
import org.zhongchuang.policy.eit.AnnualReturnCase;
import org.zhongchuang.policy.eit.Benefit;
import org.zhongchuang.policy.eit.CarriedLoss;
import org.zhongchuang.policy.eit.ReturnLines;
import org.zhongchuang.policy.eit.Uncertainty;
import org.zhongchuang.policy.eit.VentureInvestment;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.tax.EnterpriseFacts;
import org.zhongchuang.policy.tax.SizeFormException;
import org.zhongchuang.policy.text.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code policy eit}: enterprise income tax for one year, line by line as the annual return (A100000) computes it,
 * with the research super-deduction, technology-transfer income, losses, the venture-capital deduction and the lower
 * of the small low-profit relief and the high-tech rate; what each preference is worth. With {@code --csv}, one
 * enterprise per row.
 */
@Command(name = "eit", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Enterprise income tax for one year, the annual return's way (企业所得税年度纳税申报表 A100000).",
        "From total profit (line 13) to the tax due (line 28): the research super-deduction, technology-transfer",
        "income, losses carried forward, the venture-capital deduction, and the lower of the small low-profit relief",
        "and the high-tech 15% (never both); what each preference is worth. The small low-profit facts are those of",
        "'policy tax'; they are needed only where line 23 is within the year's small low-profit ceiling.",
        "Repeatable options also take several values separated by ';' (as one CSV cell does)."})
final class EitCommand implements Callable<Integer>, CsvBatch.Source {
  @Spec CommandSpec spec;

  @Option(names = "--year", paramLabel = "YYYY", converter = Converters.YearConverter.class,
      description = "The tax year (2008 on).")
  Year year;

  @Option(names = "--jurisdiction", paramLabel = "J", converter = Converters.JurisdictionConverter.class,
      description = "Where the enterprise is: a code (330400), pinyin (jiaxing) or Chinese name (嘉兴市).")
  Jurisdiction jurisdiction;

  @Option(names = "--profit", paramLabel = "AMOUNT", converter = Converters.AmountConverter.class,
      description = "Line 13, total profit (利润总额); may be negative.")
  Cny profit;

  @Option(names = "--adjustments", paramLabel = "AMOUNT", converter = Converters.AmountConverter.class,
      description = "Lines 15 − 16, net tax adjustments (纳税调整增加额 − 减少额); may be negative. Default 0.")
  Cny adjustments;

  @Option(names = "--rd-expensed", paramLabel = "AMOUNT", converter = Converters.AmountConverter.class,
      description = "Research costs charged to the year's profit (未形成无形资产计入当期损益的研发费用).")
  Cny rdExpensed;

  @Option(names = "--rd-expensed-q4", paramLabel = "AMOUNT", converter = Converters.AmountConverter.class,
      description = "Of those, the fourth quarter's (needed in 2022, 公告2022年第28号).")
  Cny rdExpensedQ4;

  @Option(names = "--rd-amortised", paramLabel = "YEAR=AMOUNT", split = "[;；]",
      converter = Converters.YearAmountConverter.class,
      description = "The year's straight-line amortisation of research intangibles formed in YEAR. Repeatable.")
  List<Converters.YearAmount> rdAmortised;

  @Option(names = "--rd-amortised-q4", paramLabel = "AMOUNT", converter = Converters.AmountConverter.class,
      description = "Of the amortisation, the fourth quarter's (needed in 2022 for an enterprise at 75%).")
  Cny rdAmortisedQ4;

  @Option(names = "--manufacturing", description = "A manufacturing enterprise (制造业企业) in the year.")
  boolean manufacturing;

  @Option(names = "--tech-sme", description = "A registered technology SME (科技型中小企业) in the year.")
  boolean techSme;

  @Option(names = "--negative-list", description = "Main business in an industry excluded from the super-deduction.")
  boolean negativeList;

  @Option(names = "--listed-ic", description = "An integrated-circuit or 工业母机 enterprise on the lists (2023–2027).")
  boolean listedIc;

  @Option(names = "--tech-transfer-income", paramLabel = "AMOUNT", converter = Converters.AmountConverter.class,
      description = "Technology-transfer revenue (技术转让收入) of qualifying transfers and licences.")
  Cny transferIncome;

  @Option(names = "--tech-transfer-cost", paramLabel = "AMOUNT", converter = Converters.AmountConverter.class,
      description = "Their cost and related taxes (技术转让成本、相关税费); given with --tech-transfer-income.")
  Cny transferCost;

  @Option(names = "--vc-investment", paramLabel = "AMOUNT@DATE[@start-up]", split = "[;；]",
      converter = Converters.InvestmentConverter.class,
      description = {"A venture-capital investment made on DATE (YYYY-MM-DD) in an unlisted SME high-tech",
          "enterprise, or with @start-up in a start-up technology enterprise (初创科技型企业). Repeatable."})
  List<Converters.InvestmentOption> vcInvestments;

  @Option(names = "--vc-held", paramLabel = "AMOUNT@DATE[@start-up]", split = "[;；]",
      converter = Converters.InvestmentConverter.class,
      description = "An investment whose holding period completes on DATE, where you know that day. Repeatable.")
  List<Converters.InvestmentOption> vcHeld;

  @Option(names = "--vc-carried", paramLabel = "AMOUNT", converter = Converters.AmountConverter.class,
      description = "Venture-capital credit of earlier years not yet deducted.")
  Cny vcCarried;

  @Option(names = "--loss", paramLabel = "YEAR=AMOUNT", split = "[;；]",
      converter = Converters.YearAmountConverter.class,
      description = "The unused remainder of an earlier year's loss. Repeatable.")
  List<Converters.YearAmount> losses;

  @Option(names = "--qualified-years", paramLabel = "YYYY[,YYYY…]", split = "[,，]",
      converter = Converters.YearConverter.class,
      description = "Earlier years as a high-tech enterprise or technology SME (财税〔2018〕76号).")
  List<Year> qualifiedYears;

  @Option(names = "--high-tech", description = "A high and new technology enterprise (高新技术企业) in the year.")
  boolean highTech;

  @Mixin SizeOptions size;

  @Mixin OutputOptions output;

  @Mixin CatalogueOption catalogue;

  @Mixin CsvOptions csv;

  /** The options every case needs (on the command line, or as columns with --csv). */
  static final List<String> REQUIRED = List.of("--year", "--jurisdiction", "--profit");

  private AnnualReturnCalculator calculator;

  @Override
  public Integer call() {
    return CsvBatch.oneOrMany(spec, csv, output, this, REQUIRED, () -> {
      AnnualReturnAssessment a = assess();
      return output.print(spec, l -> json(Contract.output(spec, l), a, l), l -> text(a, l));
    });
  }

  private AnnualReturnAssessment assess() {
    AnnualReturnCase c = annualReturn();
    try {
      return calculator().assess(c);
    } catch (DateNotCoveredException e) {
      throw Refusals.invalid(spec, "--year", e.problem());
    } catch (MissingFactsException e) {
      throw missing(e);
    } catch (ContradictoryFactsException e) {
      throw Refusals.invalid(spec, option(e.facts().get(0)), e.problem());
    } catch (PolicyInputException e) {
      // Law a changed catalogue lacks (no statutory rate for the year): the library's message says which.
      throw new Refusals.Refusal(spec, e.problem());
    }
  }

  /** The option that gives a fact of the annual return, named as the case's builder method. */
  static String option(String fact) {
    return switch (fact) {
      case "researchExpensed" -> "--rd-expensed";
      case "researchExpensedFourthQuarter" -> "--rd-expensed-q4";
      case "researchAmortised" -> "--rd-amortised";
      case "researchAmortisedFourthQuarter" -> "--rd-amortised-q4";
      case "transferCost" -> "--tech-transfer-cost";
      case "priorLoss" -> "--loss";
      case "qualifiedYears" -> "--qualified-years";
      case "ventureInvestment" -> "--vc-investment";
      default -> throw new IllegalStateException("no option gives the fact " + fact);
    };
  }

  private AnnualReturnCalculator calculator() {
    if (calculator == null) {
      calculator = AnnualReturnCalculator.of(catalogue.catalogue());
    }
    return calculator;
  }

  // ---------------------------------------------------------------------------------------------- reading

  /** The case the options give (also read from a profile's {@code eit} section by {@link BenefitsCommand}). */
  AnnualReturnCase annualReturn() {
    AnnualReturnCase.Builder b = AnnualReturnCase.builder().taxYear(year).jurisdiction(jurisdiction)
        .totalProfit(profit);
    if (adjustments != null) {
      b.taxAdjustments(adjustments);
    }
    if (rdExpensed != null) {
      Refusals.about(spec, "--rd-expensed", () -> b.researchExpensed(rdExpensed));
    }
    if (rdExpensedQ4 != null) {
      Refusals.about(spec, "--rd-expensed-q4", () -> b.researchExpensedFourthQuarter(rdExpensedQ4));
    }
    for (Converters.YearAmount charge : list(rdAmortised)) {
      Refusals.about(spec, "--rd-amortised", () -> b.researchAmortised(charge.year(), charge.amount()));
    }
    if (rdAmortisedQ4 != null) {
      Refusals.about(spec, "--rd-amortised-q4", () -> b.researchAmortisedFourthQuarter(rdAmortisedQ4));
    }
    b.manufacturing(manufacturing).technologySme(techSme).negativeListIndustry(negativeList)
        .listedIcOrMachineTool(listedIc).highTech(highTech);
    if ((transferIncome == null) != (transferCost == null)) {
      String given = transferIncome == null ? "--tech-transfer-cost" : "--tech-transfer-income";
      String other = transferIncome == null ? "--tech-transfer-income=AMOUNT" : "--tech-transfer-cost=AMOUNT";
      throw Refusals.missing(spec, List.of(other), Refusals.text("技术转让收入和成本须一并给出（已给出 " + given + "）",
          "technology-transfer revenue and cost go together (" + given + " was given)"));
    }
    if (transferIncome != null) {
      Refusals.about(spec, "--tech-transfer-cost", () -> b.transfer(transferIncome, transferCost));
    }
    for (Converters.InvestmentOption v : list(vcInvestments)) {
      Refusals.about(spec, "--vc-investment", () -> b.ventureInvestment(VentureInvestment.invested(v.amount(), v.day(),
          investee(v))));
    }
    for (Converters.InvestmentOption v : list(vcHeld)) {
      Refusals.about(spec, "--vc-held", () -> b.ventureInvestment(VentureInvestment.heldUntil(v.amount(), v.day(),
          investee(v))));
    }
    if (vcCarried != null) {
      Refusals.about(spec, "--vc-carried", () -> b.ventureCreditCarriedIn(vcCarried));
    }
    for (Converters.YearAmount loss : list(losses)) {
      Refusals.about(spec, "--loss", () -> b.priorLoss(loss.year(), loss.amount()));
    }
    b.qualifiedYears(list(qualifiedYears).toArray(Year[]::new));
    if (size.given()) {
      EnterpriseFacts.Builder facts = EnterpriseFacts.builder();
      size.apply(spec, facts);
      try {
        b.enterprise(facts);
      } catch (SizeFormException e) {
        throw Refusals.invalid(spec, size.quarterlyOption(), e.problem());
      } catch (MissingFactsException e) {
        throw missing(e);
      }
    }
    try {
      return b.build();
    } catch (ContradictoryFactsException e) {
      throw Refusals.invalid(spec, option(e.facts().get(0)), e.problem());
    }
  }

  private static <T> List<T> list(List<T> values) {
    return values == null ? List.of() : values;
  }

  private static Investee investee(Converters.InvestmentOption v) {
    return v.startUp() ? Investee.START_UP_TECHNOLOGY : Investee.SME_HIGH_TECH;
  }

  /** Names the options that give the facts the library found missing. */
  private RuntimeException missing(MissingFactsException e) {
    List<String> options = new ArrayList<>();
    String alternative = null;
    for (String fact : e.facts()) {
      switch (fact) {
        case "enterprise" -> {
          options.add("--employees=N");
          options.add("--assets=AMOUNT");
          alternative = "--qualifies";
        }
        case "employees" -> {
          options.add("--employees=N");
          alternative = "--qualifies";
        }
        case "totalAssets" -> {
          options.add("--assets=AMOUNT");
          alternative = "--qualifies";
        }
        case "industry" -> options.add("--industry=industrial|other");
        case "researchExpensedFourthQuarter" -> options.add("--rd-expensed-q4=AMOUNT");
        case "researchAmortisedFourthQuarter" -> options.add("--rd-amortised-q4=AMOUNT");
        default -> throw new IllegalStateException("no option gives the fact " + fact);
      }
    }
    return Refusals.missing(spec, options, alternative, e.why());
  }

  // ---------------------------------------------------------------------------------------------- CSV

  /** One enterprise per row of a CSV file. */
  @Override
  public CsvBatch.Rows rows() {
    return CsvBatch.Rows.of(ALIASES, Map.of(), REQUIRED, CSV_HEADER, language -> {
      AnnualReturnAssessment a = assess();
      List<String> worth = new ArrayList<>();
      for (Benefit b : a.benefits()) {
        worth.add(b.preference().code() + "=" + b.worth().toPlainString());
      }
      return List.of(a.taxYear().toString(), a.jurisdiction().key(), a.lines().totalProfit().toPlainString(),
          a.researchExtraDeduction().toPlainString(), a.transferIncomeReduction().toPlainString(),
          a.lossesOffset().toPlainString(), a.ventureCapitalDeduction().toPlainString(),
          a.ventureCreditCarriedForward().toPlainString(), a.taxableIncome().toPlainString(),
          a.rate().toDecimalString(), a.relief().toPlainString(), a.taxDue().toPlainString(), a.chosen().code(),
          String.join(";", worth), a.totalBenefit().toPlainString(), a.taxDueCertain().code(),
          Reports.joined(a.warnings(), language));
    });
  }

  /** The columns of {@code --csv} output after id, status and error. */
  static final List<String> CSV_HEADER = List.of("year", "jurisdiction", "profit", "rdExtraDeduction",
      "techTransferReduction", "lossesOffset", "vcDeduction", "vcCarriedForward", "taxableIncome", "rate", "relief",
      "taxDue", "chosen", "benefits", "totalBenefit", "taxDueCertain", "warnings");

  /** Chinese names of the input columns. */
  static final Map<String, List<String>> ALIASES = SizeOptions.withAliases(Map.ofEntries(
      Map.entry("year", List.of("年度", "纳税年度")),
      Map.entry("jurisdiction", List.of("地区", "所在地")),
      Map.entry("profit", List.of("利润总额")),
      Map.entry("adjustments", List.of("纳税调整")),
      Map.entry("rd-expensed", List.of("研发费用")),
      Map.entry("rd-expensed-q4", List.of("第四季度研发费用")),
      Map.entry("rd-amortised", List.of("研发无形资产摊销")),
      Map.entry("rd-amortised-q4", List.of("第四季度研发无形资产摊销")),
      Map.entry("manufacturing", List.of("制造业企业")),
      Map.entry("tech-sme", List.of("科技型中小企业")),
      Map.entry("negative-list", List.of("负面清单行业")),
      Map.entry("listed-ic", List.of("集成电路或工业母机企业")),
      Map.entry("tech-transfer-income", List.of("技术转让收入")),
      Map.entry("tech-transfer-cost", List.of("技术转让成本")),
      Map.entry("vc-investment", List.of("创业投资")),
      Map.entry("vc-held", List.of("持有期满的创业投资")),
      Map.entry("vc-carried", List.of("创业投资结转抵扣额")),
      Map.entry("loss", List.of("以前年度亏损")),
      Map.entry("qualified-years", List.of("资格年度")),
      Map.entry("high-tech", List.of("高新技术企业"))));

  // ---------------------------------------------------------------------------------------------- output

  /** The result as JSON (contract version 1; schema {@code schemas/v1/eit.json}). */
  static Json.Obj json(Json.Obj out, AnnualReturnAssessment a, Language l) {
    ReturnLines lines = a.lines();
    List<Object> benefits = new ArrayList<>();
    for (Benefit b : a.benefits()) {
      benefits.add(Json.object().put("preference", b.preference().code())
          .put("provision", Contract.provisionOrNull(b.provisions().isEmpty() ? null : b.provisions().get(0)))
          .put("provisions", Contract.provisions(b.provisions()))
          .put("worth", b.worth()));
    }
    List<Object> carried = new ArrayList<>();
    for (CarriedLoss loss : a.lossesCarriedForward()) {
      carried.add(Json.object().put("year", loss.year().getValue()).put("amount", loss.amount())
          .put("lastYear", loss.lastYear().getValue())
          .put("extendedBy", Contract.provisionOrNull(loss.extendedBy().orElse(null)))
          .put("extensionUnconfirmed", loss.extensionUnconfirmed()));
    }
    List<Object> uncertain = new ArrayList<>();
    for (Uncertainty u : a.uncertainties()) {
      uncertain.add(Json.object().put("question", u.question().code()).put("otherTaxDue", u.otherTaxDue()));
    }
    return out
        .put("taxYear", a.taxYear().getValue())
        .put("jurisdiction", Contract.place(a.jurisdiction(), l))
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
        .put("ratePercent", Contract.percent(a.rate()))
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
        .put("taxDueCertain", Contract.answer(a.taxDueCertain()))
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
    out.append(String.format("  %-5s %s%s%n", "24", t(l, "税率：", "rate: "), Reports.percent(lines.rate())));
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
