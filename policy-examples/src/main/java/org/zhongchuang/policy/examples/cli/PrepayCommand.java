package org.zhongchuang.policy.examples.cli;

import static org.zhongchuang.policy.examples.cli.Reports.t;

import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.zhongchuang.policy.DateNotCoveredException;
import org.zhongchuang.policy.MissingFactsException;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.tax.Average;
import org.zhongchuang.policy.tax.SizeFormException;
import org.zhongchuang.policy.tax.EnterpriseFacts;
import org.zhongchuang.policy.tax.PrepaymentAssessment;
import org.zhongchuang.policy.tax.PrepaymentCalculator;
import org.zhongchuang.policy.tax.PrepaymentCase;
import org.zhongchuang.policy.text.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code policy prepay}: the enterprise income tax a small low-profit enterprise prepays for a quarter. */
@Command(name = "prepay", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Quarterly prepayment (预缴) of a small low-profit enterprise, from 2019.",
        "Judged on the year to the end of the quarter: the cumulative profit, and the headcount and assets of the",
        "quarters so far; prints the tax on the cumulative profit, less what was prepaid this year."})
final class PrepayCommand implements Callable<Integer>, CsvBatch.Source {
  @Spec CommandSpec spec;

  @Option(names = "--jurisdiction", paramLabel = "J",
      converter = Converters.JurisdictionConverter.class,
      description = "Where the enterprise is: a code (330400), a Chinese name (嘉兴市, 海宁市) or pinyin.")
  Jurisdiction jurisdiction;

  @Option(names = "--year", paramLabel = "YYYY", converter = Converters.YearConverter.class,
      description = "The tax year.")
  Year year;

  @Option(names = "--quarter", paramLabel = "1-4", converter = Converters.QuarterConverter.class,
      description = "The quarter prepaid for.")
  Integer quarter;

  @Option(names = "--cumulative-profit", paramLabel = "AMOUNT",
      converter = Converters.AmountConverter.class,
      description = "Cumulative taxable income (actual profit) from the start of the year to the end of the quarter.")
  Cny cumulativeProfit;

  @Option(names = "--prepaid", paramLabel = "AMOUNT", converter = Converters.AmountConverter.class,
      description = "Tax already prepaid this year (0 in the first quarter).")
  Cny prepaid;

  @Mixin SizeOptions size;

  @Mixin OutputOptions output;

  @Mixin CatalogueOption catalogue;

  @Mixin CsvOptions csv;

  /** The options every case needs (on the command line, or as columns with --csv). */
  private static final List<String> REQUIRED = List.of("--jurisdiction", "--year", "--quarter",
      "--cumulative-profit", "--prepaid");

  private PrepaymentCalculator calculator;

  @Override
  public Integer call() {
    return CsvBatch.oneOrMany(spec, csv, output, this, REQUIRED, () -> {
      PrepaymentAssessment a = assess();
      return output.print(spec, l -> json(Contract.output(spec, l), a, l), l -> text(a, l));
    });
  }

  private PrepaymentAssessment assess() {
    EnterpriseFacts.Builder facts = EnterpriseFacts.builder().taxableIncome(cumulativeProfit);
    size.apply(spec, facts);
    PrepaymentCase c;
    try {
      c = new PrepaymentCase(year, quarter, jurisdiction, facts.build(), prepaid);
    } catch (SizeFormException e) {
      throw Refusals.invalid(spec, size.quarterlyOption(), e.problem());
    } catch (MissingFactsException e) {
      throw SizeOptions.missing(spec, e, l -> t(l, year + " 年第 " + quarter + " 季度", "for " + year + " Q" + quarter));
    } catch (PolicyInputException e) {
      // The case's one other refusal: a negative amount already prepaid.
      throw Refusals.invalid(spec, "--prepaid", e.problem());
    }
    PrepaymentAssessment a;
    try {
      if (calculator == null) {
        calculator = PrepaymentCalculator.of(catalogue.catalogue());
      }
      a = calculator.assess(c);
    } catch (DateNotCoveredException e) {
      throw Refusals.invalid(spec, "--year", e.problem());
    } catch (SizeFormException e) {
      throw Refusals.invalid(spec, size.quarterlyOption(), e.problem());
    } catch (MissingFactsException e) {
      throw SizeOptions.missing(spec, e, l -> t(l, year + " 年第 " + quarter + " 季度", "for " + year + " Q" + quarter));
    }
    return a;
  }

  /** One quarter of one enterprise per row of a CSV file. */
  @Override
  public CsvBatch.Rows rows() {
    return CsvBatch.Rows.of(ALIASES, Map.of(), REQUIRED, CSV_HEADER, language -> {
      PrepaymentAssessment a = assess();
      PrepaymentCase c = a.prepaymentCase();
      return List.of(c.taxYear().toString(), Integer.toString(c.quarter()), c.jurisdiction().key(),
          a.cumulativeAssessment().facts().taxableIncome().toPlainString(), a.eligible() ? "yes" : "no",
          a.cumulativeTax().toPlainString(), a.prepaid().toPlainString(), a.taxDue().toPlainString(),
          a.overpaid().toPlainString(), a.rule().id(), Reports.joined(a.warnings(), language));
    });
  }

  /** The columns of {@code --csv} output after id, status and error. */
  static final List<String> CSV_HEADER = List.of("year", "quarter", "jurisdiction", "cumulativeProfit", "eligible",
      "cumulativeTax", "prepaid", "taxDue", "overpaid", "rule", "warnings");

  /** Chinese names of the input columns. */
  static final Map<String, List<String>> ALIASES = SizeOptions.withAliases(Map.ofEntries(
      Map.entry("year", List.of("年度", "纳税年度")),
      Map.entry("quarter", List.of("季度")),
      Map.entry("jurisdiction", List.of("地区", "所在地")),
      Map.entry("cumulative-profit", List.of("累计利润", "累计实际利润额")),
      Map.entry("prepaid", List.of("已预缴", "已预缴税额"))));

  /** The result as JSON (contract version 1; schema {@code schemas/v1/prepay.json}). */
  static Json.Obj json(Json.Obj out, PrepaymentAssessment a, Language language) {
    EnterpriseFacts f = a.cumulativeAssessment().facts();
    return out
        .put("taxYear", a.prepaymentCase().taxYear().getValue())
        .put("quarter", a.prepaymentCase().quarter())
        .put("jurisdiction", Contract.place(a.prepaymentCase().jurisdiction(), language))
        .put("cumulativeProfit", f.taxableIncome())
        .put("employees", f.employees().map(Average::toString).orElse(null))
        .put("totalAssets", Contract.amount(f.totalAssets().orElse(null)))
        .put("eligible", a.eligible())
        .put("cumulativeTax", a.cumulativeTax())
        .put("prepaid", a.prepaid())
        .put("taxDue", a.taxDue())
        .put("overpaid", a.overpaid())
        .put("rule", Contract.provision(a.rule()))
        .put("citations", Reports.citations(a.citations(), language))
        .put("warnings", Reports.texts(a.warnings(), language))
        .put("steps", Reports.steps(a.explanation(), language));
  }

  static String text(PrepaymentAssessment a, Language language) {
    return t(language, "企业所得税季度预缴（小型微利企业）：", "Quarterly prepayment of enterprise income tax: ")
        + a.prepaymentCase().taxYear() + t(language, " 年第 ", " Q") + a.prepaymentCase().quarter()
        + t(language, " 季度，", ", ") + Reports.place(a.prepaymentCase().jurisdiction(), language) + '\n'
        + t(language, "小型微利企业（暂定）：", "Small low-profit enterprise (provisional): ")
        + (a.eligible() ? t(language, "是", "yes") : t(language, "否", "no")) + '\n'
        + t(language, "累计税额：", "Cumulative tax: ") + Reports.yuan(a.cumulativeTax(), language) + '\n'
        + t(language, "已预缴：", "Prepaid: ") + Reports.yuan(a.prepaid(), language) + '\n'
        + t(language, "本季度应预缴：", "To prepay for the quarter: ") + Reports.yuan(a.taxDue(), language) + "\n\n"
        + a.render(language);
  }
}
