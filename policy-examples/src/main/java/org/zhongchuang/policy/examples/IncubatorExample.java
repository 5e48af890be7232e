package org.zhongchuang.policy.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import org.zhongchuang.policy.catalogue.InstitutionKind;
import org.zhongchuang.policy.catalogue.RecognitionLevel;
import org.zhongchuang.policy.catalogue.TaxType;
import org.zhongchuang.policy.incubator.CoveragePeriod;
import org.zhongchuang.policy.incubator.IncubatorAssessment;
import org.zhongchuang.policy.incubator.IncubatorCase;
import org.zhongchuang.policy.incubator.IncubatorExemptionCalculator;
import org.zhongchuang.policy.incubator.TaxExemption;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.text.Language;

/**
 * The incubator calculator: a Gansu provincial incubator recognised in March 2020 (财税〔2018〕120号: exempt from the
 * month after recognition), its property tax and VAT month by month, without saying whether it keeps separate
 * accounts of its incubation income — so the VAT is uncertain, with both readings. {@code IncubatorExampleTest} runs
 * it.
 */
public final class IncubatorExample {
  private IncubatorExample() {}

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
    Cny[] property = new Cny[12];
    Arrays.fill(property, Cny.parse("1万"));
    Cny[] vat = new Cny[12];
    Arrays.fill(vat, Cny.parse("2000"));
    IncubatorAssessment a = IncubatorExemptionCalculator.builtIn().assess(IncubatorCase.builder()
        .year(2020)
        .jurisdiction(Jurisdiction.parse("甘肃省"))
        .institution(InstitutionKind.INCUBATOR, RecognitionLevel.PROVINCIAL)
        .recognised(LocalDate.of(2020, 3, 5))
        .propertyTaxByMonth(property)
        .vatByMonth(vat)
        .build());

    out.println("exempt: " + a.exempt().code());
    for (TaxExemption line : a.taxes()) {
      out.println(line.tax().code() + ": given " + line.given().total() + ", exempt " + line.exempt()
          + ", uncertain " + line.uncertain() + ", due " + line.due() + " (at most " + line.dueAtMost() + ")");
    }
    for (CoveragePeriod p : a.coverage(TaxType.VAT)) {
      out.println("VAT " + p.from() + ".." + p.to() + ": " + p.exempt().code() + " " + p.reasons());
    }
    out.println(a.render(Language.EN));
  }
}
