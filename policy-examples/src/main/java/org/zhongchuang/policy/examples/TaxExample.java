package org.zhongchuang.policy.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.SmallLowProfitCriteria;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.tax.EnterpriseFacts;
import org.zhongchuang.policy.tax.Industry;
import org.zhongchuang.policy.tax.SmallLowProfitTaxCalculator;
import org.zhongchuang.policy.tax.TaxAssessment;
import org.zhongchuang.policy.tax.TaxBand;
import org.zhongchuang.policy.tax.TaxCase;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.text.Text;

/**
 * The small low-profit enterprise income tax calculator: a Jiaxing enterprise in the 2015 split year, band by band,
 * then the same enterprise under a "what if" catalogue. {@code TaxExampleTest} runs it.
 */
public final class TaxExample {
  private TaxExample() {}

  /** Prints the example to standard output, as UTF-8. */
  public static void main(String[] args) {
    run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /**
   * Runs the example.
   *
   * @param out where to print, not null
   */
  public static void run(PrintStream out) {
    EnterpriseFacts facts = EnterpriseFacts.builder()
        .taxableIncome(Cny.parse("25万"))
        .restrictedOrProhibitedIndustry(false)
        .industry(Industry.OTHER)
        .employees(50)
        .totalAssets(Cny.parse("800万"))
        .established(LocalDate.of(2014, 5, 1))  // before 2015-10-01: the year is split (国家税务总局公告2015年第61号)
        .build();
    TaxAssessment tax = SmallLowProfitTaxCalculator.builtIn()
        .assess(TaxCase.of(2015, Jurisdiction.parse("嘉兴市"), facts));

    out.println("eligible: " + tax.eligible() + ", tax due: " + tax.taxDue() + ", relief: " + tax.relief());
    for (TaxBand band : tax.bands()) {
      out.println(band.amount() + " × " + band.inclusion() + " × " + band.rate() + " = " + band.tax()
          + "  " + band.grantedBy().id());
    }
    out.println(tax.render(Language.EN));

    // What if the income ceiling had been 200,000? The same facts, a derived catalogue, a different answer.
    Catalogue whatIf = Catalogue.builtIn().withModified("CN-EIT-REG-92", SmallLowProfitCriteria.class,
        criteria -> criteria.withIncomeCeiling(Cny.ofYuan(200_000)),
        Text.of("应纳税所得额上限改为20万元", "income ceiling set to 200,000"));
    TaxAssessment changed = SmallLowProfitTaxCalculator.of(whatIf)
        .assess(TaxCase.of(2015, Jurisdiction.parse("嘉兴市"), facts));
    out.println("what if: eligible: " + changed.eligible() + ", tax due: " + changed.taxDue());
    changed.warnings().forEach(w -> out.println("warning: " + w.description(Language.EN)));
  }
}
