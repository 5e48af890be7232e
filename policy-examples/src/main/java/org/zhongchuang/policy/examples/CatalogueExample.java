package org.zhongchuang.policy.examples;

import java.io.PrintStream;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.MatchingRule;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.ProvisionStatus;
import org.zhongchuang.policy.catalogue.SmallLowProfitCriteria;
import org.zhongchuang.policy.explain.Citations;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.text.Text;

/**
 * The catalogue API: amounts, a provision with its citation, what is in force on a day (and what cannot be known),
 * and a "what if" copy with one provision changed. Run it with {@code main}; {@code CatalogueExampleTest} runs it
 * too, so it cannot rot.
 */
public final class CatalogueExample {
  private CatalogueExample() {}

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
    // Amounts are exact: parsed as people write them, rounded only where a RoundingMode is given.
    Cny income = Cny.parse("25万元");
    Cny tax = income.multipliedBy(Share.percent(10), RoundingMode.HALF_UP);
    out.println(income + " × 10% = " + tax);

    // A provision is data with provenance: where, when, what, and the clause's own words.
    Catalogue catalogue = Catalogue.builtIn();
    Provision matching = catalogue.byId("JX-2015-90/5.2");
    MatchingRule rule = (MatchingRule) matching.terms();
    out.println(matching.id() + ": " + rule.summary().zh() + " (" + rule.ratio().toDecimalString() + ")");
    out.println(Citations.render(matching.citation(), Language.ZH));

    // What applies in Jiaxing on a day; a date nobody knows is UNCERTAIN with the reason, never guessed.
    Jurisdiction jiaxing = Jurisdiction.parse("嘉兴市");
    for (ProvisionStatus s : catalogue.statusOn(LocalDate.of(2021, 6, 1))) {
      if (jiaxing.isWithin(s.provision().jurisdiction()) && s.applicability().isUncertain()) {
        out.println(s.provision().id() + " UNCERTAIN: " + s.applicability().reason().render(Language.EN));
        break;
      }
    }

    // "What if": a derived catalogue with one provision changed; results computed with it cite it as modified.
    Provision criteria = catalogue.byId("CN-EIT-REG-92");
    Catalogue whatIf = catalogue.withReplaced(criteria.modifiedTerms(
        ((SmallLowProfitCriteria) criteria.terms()).withIncomeCeiling(Cny.ofYuan(500_000)),
        Text.of("应纳税所得额上限改为50万元", "income ceiling set to 500,000")));
    Provision changed = whatIf.byId("CN-EIT-REG-92");
    out.println(changed + ": " + changed.modification().orElseThrow().en());
  }
}
