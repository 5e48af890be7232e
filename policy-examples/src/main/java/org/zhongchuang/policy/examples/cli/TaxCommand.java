package org.zhongchuang.policy.examples.cli;

import java.time.LocalDate;
import java.time.Year;
import java.util.concurrent.Callable;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code policy tax}: small low-profit enterprise income tax for one tax year. */
@Command(name = "tax", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Small low-profit enterprise income tax (小型微利企业所得税) for one tax year.",
        "Prints the tax due, the relief, each band with the provision that grants it, and the citations."})
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
      description = "Industrial enterprise or other (the employee and asset ceilings differ up to 2018).")
  Industry industry;

  @Option(names = "--employees", paramLabel = "N", description = "Number of employees (从业人数).")
  Integer employees;

  @Option(names = "--assets", paramLabel = "AMOUNT", converter = Converters.AmountConverter.class,
      description = "Total assets (资产总额).")
  Cny assets;

  @Option(names = "--qualifies",
      description = "Assert that the enterprise meets the employee and asset conditions, instead of giving them.")
  boolean qualifies;

  @Option(names = "--established", paramLabel = "YYYY-MM-DD", converter = Converters.DateConverter.class,
      description = "Date of establishment (tax registration); needed for the 2015 split year.")
  LocalDate established;

  @Option(names = "--incubated", description = "A start-up incubated in an incubator (Jilin 二(六)).")
  boolean incubated;

  @Option(names = "--restricted", description = "The enterprise is in a restricted or prohibited industry.")
  boolean restricted;

  @Mixin OutputOptions output;

  /** The two kinds of enterprise the employee and asset ceilings distinguish (实施条例 第九十二条). */
  enum Industry {
    INDUSTRIAL,
    OTHER
  }

  @Override
  public Integer call() {
    throw new UnsupportedOperationException("the tax calculator (issue 3) is not merged yet");
  }
}
