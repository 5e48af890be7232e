package org.zhongchuang.policy.examples.cli;

import static org.zhongchuang.policy.examples.cli.Reports.t;

import java.time.Year;
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
final class PrepayCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--jurisdiction", required = true, paramLabel = "J",
      converter = Converters.JurisdictionConverter.class,
      description = "Where the enterprise is: a code (330400), a Chinese name (嘉兴市, 海宁市) or pinyin.")
  Jurisdiction jurisdiction;

  @Option(names = "--year", required = true, paramLabel = "YYYY", converter = Converters.YearConverter.class,
      description = "The tax year.")
  Year year;

  @Option(names = "--quarter", required = true, paramLabel = "1-4", converter = Converters.QuarterConverter.class,
      description = "The quarter prepaid for.")
  int quarter;

  @Option(names = "--cumulative-profit", required = true, paramLabel = "AMOUNT",
      converter = Converters.AmountConverter.class,
      description = "Cumulative taxable income (actual profit) from the start of the year to the end of the quarter.")
  Cny cumulativeProfit;

  @Option(names = "--prepaid", required = true, paramLabel = "AMOUNT", converter = Converters.AmountConverter.class,
      description = "Tax already prepaid this year (0 in the first quarter).")
  Cny prepaid;

  @Mixin SizeOptions size;

  @Mixin OutputOptions output;

  @Mixin CatalogueOption catalogue;

  @Override
  public Integer call() {
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
      a = PrepaymentCalculator.of(catalogue.catalogue()).assess(c);
    } catch (DateNotCoveredException e) {
      throw Refusals.invalid(spec, "--year", e.problem());
    } catch (SizeFormException e) {
      throw Refusals.invalid(spec, size.quarterlyOption(), e.problem());
    } catch (MissingFactsException e) {
      throw SizeOptions.missing(spec, e, l -> t(l, year + " 年第 " + quarter + " 季度", "for " + year + " Q" + quarter));
    }
    return output.print(spec, l -> json(a, l), l -> text(a, l));
  }

  static Json.Obj json(PrepaymentAssessment a, Language language) {
    EnterpriseFacts f = a.cumulativeAssessment().facts();
    return Json.object()
        .put("taxYear", a.prepaymentCase().taxYear().getValue())
        .put("quarter", a.prepaymentCase().quarter())
        .put("jurisdiction", a.prepaymentCase().jurisdiction().key())
        .put("cumulativeProfit", f.taxableIncome())
        .put("employees", f.employees().map(Average::toString).orElse(null))
        .put("totalAssets", f.totalAssets().map(Average::toString).orElse(null))
        .put("eligible", a.eligible())
        .put("cumulativeTax", a.cumulativeTax())
        .put("prepaid", a.prepaid())
        .put("taxDue", a.taxDue())
        .put("overpaid", a.overpaid())
        .put("rule", a.rule().id())
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
