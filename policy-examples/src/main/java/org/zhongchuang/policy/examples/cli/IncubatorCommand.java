package org.zhongchuang.policy.examples.cli;

import static org.zhongchuang.policy.examples.cli.Reports.t;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.zhongchuang.policy.Answer;
import org.zhongchuang.policy.MissingFactsException;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.catalogue.InstitutionKind;
import org.zhongchuang.policy.catalogue.RecognitionLevel;
import org.zhongchuang.policy.catalogue.TaxType;
import org.zhongchuang.policy.incubator.CoveragePeriod;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code policy incubator}: the property tax, urban land-use tax, business tax and VAT exemptions of incubators,
 * university science parks and maker spaces for one tax year (PROVISIONS.md §12).
 */
@Command(name = "incubator", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Tax exemptions of incubators, university science parks and maker spaces (孵化器、大学科技园、众创空间)"
        + " for one tax year.",
        "Month by month: whether a wave of notices (2008-2027) exempts property tax, urban land-use tax, business tax",
        "or VAT for this kind and level of institution; the taxes given are split into exempt, uncertain and due.",
        "Give each tax for the year, or as 12 monthly amounts separated by ';' where only some months are exempt."})
final class IncubatorCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--year", required = true, paramLabel = "YYYY", converter = Converters.YearConverter.class,
      description = "The tax year.")
  Year year;

  @Option(names = "--jurisdiction", required = true, paramLabel = "J",
      converter = Converters.JurisdictionConverter.class,
      description = "Where the institution is: a code (330400), pinyin (jiaxing) or Chinese name (嘉兴市).")
  Jurisdiction jurisdiction;

  @Option(names = "--kind", required = true, paramLabel = KINDS, converter = KindConverter.class,
      description = "The kind of institution; maker-space-in-incubator is a maker space built by or part of an"
          + " incubator (含众创空间).")
  InstitutionKind kind;

  @Option(names = "--level", required = true, paramLabel = LEVELS, converter = LevelConverter.class,
      description = "The level that recognised it (a maker space: national = registered nationally, 国家备案; a maker"
          + " space in an incubator: the incubator's level).")
  RecognitionLevel level;

  @Option(names = "--recognised", paramLabel = "YYYY-MM-DD", converter = Converters.DateConverter.class,
      description = "The day it was recognised at that level (any day before the year if earlier); needed where a"
          + " wave could cover it.")
  LocalDate recognised;

  @Option(names = "--lost", paramLabel = "YYYY-MM-DD", converter = Converters.DateConverter.class,
      description = "The day it lost the status, if it did.")
  LocalDate lost;

  @Option(names = "--conditions-met",
      description = "It meets the conditions the notices set (shares of space and firms incubated, separately"
          + " accounted incubation income); without this or --conditions-not-met both readings are given.")
  boolean conditionsMet;

  @Option(names = "--conditions-not-met", description = "It does not meet those conditions.")
  boolean conditionsNotMet;

  @Option(names = "--property-tax", paramLabel = AMOUNTS, split = SEPARATOR,
      converter = Converters.AmountConverter.class,
      description = "Property tax on the premises it uses or provides to incubated firms, for the year or by month.")
  List<Cny> propertyTax;

  @Option(names = "--land-use-tax", paramLabel = AMOUNTS, split = SEPARATOR,
      converter = Converters.AmountConverter.class,
      description = "Urban land-use tax on that land, for the year or by month.")
  List<Cny> landUseTax;

  @Option(names = "--business-tax", paramLabel = AMOUNTS, split = SEPARATOR,
      converter = Converters.AmountConverter.class,
      description = "Business tax on rent and incubation services (to 2016-04-30), for the year or by month.")
  List<Cny> businessTax;

  @Option(names = "--vat", paramLabel = AMOUNTS, split = SEPARATOR, converter = Converters.AmountConverter.class,
      description = "VAT on rent and incubation services (from 2016-05-01), for the year or by month.")
  List<Cny> vat;

  @Mixin OutputOptions output;

  @Mixin CatalogueOption catalogue;

  static final String KINDS = "incubator|university-science-park|maker-space|maker-space-in-incubator";
  static final String LEVELS = "national|provincial|municipal";
  private static final String AMOUNTS = "AMOUNT|M1;…;M12";
  /** Twelve monthly amounts are separated by semicolons, half- or full-width. */
  private static final String SEPARATOR = "[;；]";

  @Override
  public Integer call() {
    IncubatorExemptionCalculator calculator = IncubatorExemptionCalculator.of(catalogue.catalogue());
    IncubatorCase c = incubatorCase();
    IncubatorAssessment a;
    try {
      a = calculator.assess(c);
    } catch (MissingFactsException e) {
      List<String> options = new ArrayList<>();
      e.facts().forEach(f -> options.add(option(f)));
      throw Refusals.missing(spec, options, e.why());
    } catch (PolicyInputException e) {
      // The one refusal of a complete case: business tax given for months in which VAT had replaced it.
      throw Refusals.invalid(spec, "--business-tax", e.problem());
    }
    return output.print(spec, l -> json(Contract.output(spec, l), a, l), l -> text(a, l));
  }

  /** The case the options give (also read from a profile's {@code incubator} section by {@link BenefitsCommand}). */
  IncubatorCase incubatorCase() {
    IncubatorCase.Builder b = IncubatorCase.builder().year(year).jurisdiction(jurisdiction).institution(kind, level);
    if (recognised != null) {
      b.recognised(recognised);
    }
    if (lost != null) {
      b.statusLost(lost);
    }
    if (conditionsMet && conditionsNotMet) {
      throw Refusals.invalid(spec, "--conditions-not-met", "不能与 --conditions-met 同时给出；可接受：其中之一，或都不给（两种解读并列）",
          "cannot be given with --conditions-met; accepted: one of them, or neither (both readings are given)");
    }
    if (conditionsMet || conditionsNotMet) {
      b.meetsConditions(conditionsMet);
    }
    tax(b, "--property-tax", TaxType.PROPERTY_TAX, propertyTax);
    tax(b, "--land-use-tax", TaxType.URBAN_LAND_USE_TAX, landUseTax);
    tax(b, "--business-tax", TaxType.BUSINESS_TAX, businessTax);
    tax(b, "--vat", TaxType.VAT, vat);
    try {
      return b.build();
    } catch (PolicyInputException e) {
      // The one refusal of the case as a whole: a loss of status before the recognition.
      throw Refusals.invalid(spec, "--lost", e.problem());
    }
  }

  /** The option, as the user types it with its label, that gives a fact the library asks for. */
  static String option(String fact) {
    return switch (fact) {
      case "recognised" -> "--recognised=YYYY-MM-DD";
      case "propertyTaxByMonth" -> "--property-tax=M1;…;M12";
      case "landUseTaxByMonth" -> "--land-use-tax=M1;…;M12";
      case "businessTaxByMonth" -> "--business-tax=M1;…;M12";
      case "vatByMonth" -> "--vat=M1;…;M12";
      default -> throw new IllegalStateException("no option gives the fact " + fact);
    };
  }

  /** An amount for the year, or twelve, one for each month. */
  private void tax(IncubatorCase.Builder b, String option, TaxType tax, List<Cny> amounts) {
    if (amounts != null) {
      Refusals.about(spec, option, () -> b.tax(amounts.size() == 1 ? TaxAmount.forYear(tax, amounts.get(0))
          : TaxAmount.byMonth(tax, amounts)));
    }
  }

  /** {@code incubator}, {@code university-science-park}, {@code maker-space} or {@code maker-space-in-incubator}. */
  static final class KindConverter implements ITypeConverter<InstitutionKind> {
    @Override
    public InstitutionKind convert(String value) {
      for (InstitutionKind k : InstitutionKind.values()) {
        if (k.code().equals(value.strip().toLowerCase(Locale.ROOT))) {
          return k;
        }
      }
      throw new Refusals.Unreadable("未知的机构类别 '" + value + "'；可接受：incubator（科技企业孵化器）、university-science-park"
          + "（大学科技园）、maker-space（众创空间）、maker-space-in-incubator（孵化器建设的众创空间）",
          "unknown kind '" + value + "'; accepted: incubator, university-science-park, maker-space,"
          + " maker-space-in-incubator");
    }
  }

  /** {@code national}, {@code provincial} or {@code municipal}. */
  static final class LevelConverter implements ITypeConverter<RecognitionLevel> {
    @Override
    public RecognitionLevel convert(String value) {
      for (RecognitionLevel l : RecognitionLevel.values()) {
        if (l.code().equals(value.strip().toLowerCase(Locale.ROOT))) {
          return l;
        }
      }
      throw new Refusals.Unreadable("未知的级别 '" + value + "'；可接受：national（国家级、国家备案）、provincial（省级）、"
          + "municipal（市级）", "unknown level '" + value + "'; accepted: national, provincial, municipal");
    }
  }

  // ------------------------------------------------------------------------------------------------ JSON

  /** The result as JSON (contract version 1; schema {@code schemas/v1/incubator.json}). */
  static Json.Obj json(Json.Obj out, IncubatorAssessment a, Language language) {
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
        p.reasons().forEach(r -> reasons.add(Contract.code(r)));
        periods.add(Json.object()
            .put("from", p.from().toString())
            .put("to", p.to().toString())
            .put("exempt", p.exempt().code())
            .put("provision", p.provision().map(x -> (Object) Contract.provision(x)).orElse(null))
            .put("reasons", reasons)
            .put("timing", p.timing().map(x -> (Object) Contract.provision(x)).orElse(null)));
      }
      coverage.add(Json.object().put("tax", tax.code()).put("answer", a.exempt(tax).code())
          .put("periods", periods));
    }
    List<Object> waves = new ArrayList<>();
    a.waves().forEach(w -> waves.add(wave(w)));
    List<Object> clauses = new ArrayList<>();
    for (LocalClause clause : a.localClauses()) {
      clauses.add(Json.object().put("provision", Contract.provision(clause.provision()))
          .put("inForce", clause.inForce().code()).put("addsExemption", Answer.NO.code()));
    }
    return out
        .put("taxYear", a.incubatorCase().year().getValue())
        .put("jurisdiction", Contract.place(a.incubatorCase().jurisdiction(), language))
        .put("meetsConditions", a.incubatorCase().meetsConditions().code())
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

  private static Json.Obj wave(Wave w) {
    List<Object> provisions = new ArrayList<>();
    w.provisions().forEach(p -> provisions.add(Contract.provision(p)));
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
}
