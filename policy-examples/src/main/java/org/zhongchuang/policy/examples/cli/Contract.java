package org.zhongchuang.policy.examples.cli;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.zhongchuang.policy.Answer;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.law.IssueDate;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.law.ValidityPeriod;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.tax.Average;
import org.zhongchuang.policy.text.Language;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The JSON contract, version {@value #SCHEMA_VERSION}, the same in every subcommand: camelCase keys; money as a string
 * with two decimals; a share as its exact decimal, or {@code p/q} where the decimal does not end, with a
 * {@code …Percent} string for reading; yes/no/uncertain answers as {@code "yes"}, {@code "no"}, {@code "uncertain"};
 * dates ISO; a place as {@code {code, name}}; a provision as {@code {id, document, clause}}; validity as
 * {@code {from, to}} (null for an open end, {@code {earliest, latest}} for a day known only within a window); codes
 * in kebab-case; text fields in the chosen language, data fields in none; the inputs echoed under {@code input}. The
 * schemas are in {@code policy-examples/src/main/resources/schemas/v1/}.
 */
final class Contract {
  private Contract() {}

  /** The version every output carries as {@code schemaVersion}. */
  static final int SCHEMA_VERSION = 1;

  /** Options that say how to run, not what the case is; they are not echoed. */
  private static final Set<String> NOT_INPUT = Set.of("--json", "--lang", "--csv", "--out", "--bom", "--encoding",
      "--help", "--version");

  /** A new output object: its schema version, then the inputs echoed. */
  static Json.Obj output(CommandSpec spec, Language language) {
    return Json.object().put("schemaVersion", SCHEMA_VERSION).put("input", input(spec, language));
  }

  /** The options as the command read them, by camelCase name: null where not given. */
  static Json.Obj input(CommandSpec spec, Language language) {
    Json.Obj input = Json.object();
    for (OptionSpec option : spec.options()) {
      String name = option.longestName();
      if (NOT_INPUT.contains(name) || option.hidden()) {
        continue;
      }
      input.put(camel(name.substring(2)), value(option.getValue(), language));
    }
    return input;
  }

  private static Object value(Object value, Language language) {
    if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
        || value instanceof Long || value instanceof Cny || value instanceof Share) {
      return value;
    }
    if (value instanceof Jurisdiction) {
      return place((Jurisdiction) value, language);
    }
    if (value instanceof Year) {
      return ((Year) value).getValue();
    }
    if (value instanceof LocalDate || value instanceof Average || value instanceof java.nio.file.Path) {
      return value.toString();
    }
    if (value instanceof org.zhongchuang.policy.transfer.TransferMode) {
      return ((org.zhongchuang.policy.transfer.TransferMode) value).code();
    }
    if (value instanceof Enum) {
      return code((Enum<?>) value);
    }
    if (value instanceof List) {
      List<Object> out = new ArrayList<>();
      for (Object item : (List<?>) value) {
        out.add(value(item, language));
      }
      return out;
    }
    if (value instanceof Echoed echoed) {
      return echoed.echo(language);
    }
    if (value instanceof Converters.YearAmount) {
      Converters.YearAmount pair = (Converters.YearAmount) value;
      return Json.object().put("year", pair.year().getValue()).put("amount", pair.amount());
    }
    if (value instanceof Converters.InvestmentOption) {
      Converters.InvestmentOption investment = (Converters.InvestmentOption) value;
      return Json.object().put("amount", investment.amount()).put("date", investment.day().toString())
          .put("investee", investment.startUp() ? "start-up" : "sme-high-tech");
    }
    if (value instanceof Converters.AwardOption) {
      Converters.AwardOption award = (Converters.AwardOption) value;
      return Json.object().put("level", code(award.level())).put("amount", award.amount())
          .put("body", award.body().orElse(null));
    }
    throw new IllegalStateException("no JSON form for an option value of " + value.getClass());
  }

  /** An option value that says how it is echoed under {@code input}. */
  interface Echoed {
    /** The value as JSON. */
    Object echo(Language language);
  }

  /** {@code net-income} → {@code netIncome}. */
  static String camel(String kebab) {
    StringBuilder out = new StringBuilder(kebab.length());
    boolean upper = false;
    for (char c : kebab.toCharArray()) {
      if (c == '-') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }

  /** {@code RESEARCH_INSTITUTE} → {@code research-institute}. */
  static String code(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** A place: {@code {code, name}}, the name in the language asked. */
  static Json.Obj place(Jurisdiction place, Language language) {
    return Json.object().put("code", place.key())
        .put("name", language.isChinese() ? place.chineseName() : place.englishName());
  }

  /** A provision: {@code {id, document, clause}}. */
  static Json.Obj provision(Provision provision) {
    return Json.object().put("id", provision.id())
        .put("document", provision.citation().document().reference())
        .put("clause", provision.citation().clause());
  }

  /** Provisions, each as {@link #provision}. */
  static List<Object> provisions(List<Provision> provisions) {
    List<Object> out = new ArrayList<>(provisions.size());
    provisions.forEach(p -> out.add(provision(p)));
    return out;
  }

  /** A provision or null. */
  static Json.Obj provisionOrNull(Provision provision) {
    return provision == null ? null : provision(provision);
  }

  /** {@code "yes"}, {@code "no"} or {@code "uncertain"}; null for no answer. */
  static String answer(Answer answer) {
    return answer == null ? null : answer.code();
  }

  /** {@code "yes"} or {@code "no"}. */
  static String answer(boolean answer) {
    return answer ? "yes" : "no";
  }

  /** A share for reading: {@code 12.5%}, or cut with {@code …} where it does not end. Null for null. */
  static String percent(Share share) {
    return share == null ? null : share.toPercentString();
  }

  /** An average: money where it is a whole number of fen, otherwise exact ({@code p/q}). */
  static Object amount(Average yuan) {
    return yuan == null ? null : yuan.asAmount().map(a -> (Object) a).orElse(yuan.toString());
  }

  /** Validity as {@code {from, to}}: an ISO day, null for an open end, {@code {earliest, latest}} for a window. */
  static Json.Obj validity(ValidityPeriod validity) {
    return Json.object().put("from", bound(validity.start())).put("to", bound(validity.end()));
  }

  private static Object bound(ValidityPeriod.Bound bound) {
    if (bound instanceof ValidityPeriod.On on) {
      return on.day().toString();
    }
    if (bound instanceof ValidityPeriod.Within within) {
      return Json.object().put("earliest", within.earliest().toString()).put("latest", within.latest().toString());
    }
    return null;
  }

  /** The day a document was issued: an ISO day, or {@code {earliest, latest}} where only a window is known. */
  static Object issued(IssueDate issued) {
    if (issued.earliest().equals(issued.latest())) {
      return issued.earliest().toString();
    }
    return Json.object().put("earliest", issued.earliest().toString()).put("latest", issued.latest().toString());
  }
}
