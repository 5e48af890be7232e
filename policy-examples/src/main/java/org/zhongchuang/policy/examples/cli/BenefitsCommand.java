package org.zhongchuang.policy.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.schema.FailsafeSchema;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.benefits.BenefitsFinder;
import org.zhongchuang.policy.benefits.BenefitsReport;
import org.zhongchuang.policy.benefits.Entitlement;
import org.zhongchuang.policy.benefits.GroupTotal;
import org.zhongchuang.policy.benefits.Profile;
import org.zhongchuang.policy.catalogue.Audience;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.text.Renderable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code policy benefits --profile FILE}: "what am I owed?" for an enterprise, a maker space, a research unit or a
 * researcher, from a profile file in YAML or JSON. The sections of the file hold the options of the subcommands that
 * compute them ({@code eit}, {@code incubator}, {@code transfer}, {@code awards} as {@code policy match}), read by those
 * subcommands' own options, so a value is accepted or refused exactly as on their command lines.
 */
@Command(name = "benefits", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"What am I owed? Every provision that could concern an enterprise, a maker space, a research unit or"
        + " a researcher in a place and a tax year: whether it applies (yes / no / uncertain, and why), what it is"
        + " worth where a formula exists, and for clauses without one, whom to ask.",
        "The profile is a YAML or JSON file: profile, place, year (or day), and optional sections eit, incubator,"
        + " transfer and awards whose keys are the options of policy eit, policy incubator, policy transfer and"
        + " policy match without the leading dashes."})
final class BenefitsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--profile", required = true, paramLabel = "FILE",
      description = "The profile: a YAML or JSON file (see the README, \"What am I owed?\").")
  Path profileFile;

  @Mixin OutputOptions output;

  @Mixin CatalogueOption catalogue;

  /** The keys of the file's top level. */
  private static final Set<String> TOP = Set.of("profile", "place", "year", "day", "eit", "incubator", "transfer",
      "awards");

  @Override
  public Integer call() {
    Map<String, Object> file = read();
    Profile profile = profile(file);
    BenefitsReport report;
    try {
      report = BenefitsFinder.of(catalogue.catalogue()).find(profile);
    } catch (PolicyInputException e) {
      throw new Refusals.Refusal(spec, e.problem());
    }
    return output.print(spec, l -> json(Contract.output(spec, l), report, l), report::render);
  }

  // ------------------------------------------------------------------------------------------------ reading

  private Map<String, Object> read() {
    String text;
    try {
      text = Files.readString(profileFile, UTF_8);
    } catch (IOException | java.io.UncheckedIOException e) {
      boolean absent = e instanceof java.nio.file.NoSuchFileException;
      throw Refusals.invalid(spec, "--profile", "无法读取文件“" + profileFile + "”（" + (absent ? "文件不存在" : "不可读或不是"
          + " UTF-8") + "）；可接受：可读的 UTF-8 YAML 或 JSON 文件", "cannot read '" + profileFile + "' (" + (absent
          ? "no such file" : "not readable, or not UTF-8") + "); accepted: a readable UTF-8 YAML or JSON file");
    }
    Object root;
    try {
      // Every scalar stays text, so amounts keep their fen and codes their leading zeros.
      root = new Load(LoadSettings.builder().setSchema(new FailsafeSchema()).build()).loadFromString(text);
    } catch (YamlEngineException e) {
      String at = "";
      String atEn = "";
      if (e instanceof MarkedYamlEngineException marked && marked.getProblemMark().isPresent()) {
        int line = marked.getProblemMark().get().getLine() + 1;
        int column = marked.getProblemMark().get().getColumn() + 1;
        at = "（第 " + line + " 行第 " + column + " 列）";
        atEn = " (line " + line + ", column " + column + ")";
      }
      throw Refusals.invalid(spec, "--profile", "“" + profileFile + "”不是有效的 YAML 或 JSON" + at,
          "'" + profileFile + "' is not valid YAML or JSON" + atEn);
    }
    if (!(root instanceof Map<?, ?> map)) {
      throw Refusals.invalid(spec, "--profile", "“" + profileFile + "”的顶层须为键值对（profile、place、year…）", "the top"
          + " level of '" + profileFile + "' must be a mapping (profile, place, year…)");
    }
    Map<String, Object> out = new LinkedHashMap<>();
    map.forEach((k, v) -> out.put(String.valueOf(k), v));
    for (String key : out.keySet()) {
      if (!TOP.contains(key)) {
        throw invalid(key, "未知的键；可接受：" + String.join("、", List.of("profile", "place", "year", "day", "eit",
            "incubator", "transfer", "awards")), "unknown key; accepted: profile, place, year, day, eit, incubator,"
            + " transfer, awards");
      }
    }
    return out;
  }

  private Profile profile(Map<String, Object> file) {
    String kind = scalar(file, "profile");
    if (kind == null) {
      throw invalid("profile", "缺少；可接受：enterprise、maker-space、research-unit、researcher",
          "missing; accepted: enterprise, maker-space, research-unit, researcher");
    }
    Audience audience = Audience.byName(kind);
    if (audience == null || audience == Audience.GOVERNMENT) {
      throw invalid("profile", "“" + kind + "”不是可查询的主体；可接受：enterprise、maker-space、research-unit、researcher",
          "'" + kind + "' is not a profile; accepted: enterprise, maker-space, research-unit, researcher");
    }
    String placeText = scalar(file, "place");
    if (placeText == null) {
      throw invalid("place", "缺少；可接受：代码（330400）、拼音（jiaxing）或中文名（嘉兴市）",
          "missing; accepted: a code (330400), pinyin (jiaxing) or Chinese name (嘉兴市)");
    }
    Jurisdiction place;
    try {
      place = Jurisdiction.parse(placeText);
    } catch (PolicyInputException e) {
      throw invalid("place", e.problem());
    }
    LocalDate day = null;
    String dayText = scalar(file, "day");
    if (dayText != null) {
      day = date("day", dayText);
    }
    String yearText = scalar(file, "year");
    Year year;
    if (yearText != null) {
      try {
        year = Year.of(Integer.parseInt(yearText.strip()));
      } catch (NumberFormatException e) {
        throw invalid("year", "“" + yearText + "”不是年度；可接受：四位数字，如 2023", "'" + yearText
            + "' is not a year; accepted: four digits, e.g. 2023");
      }
    } else if (day != null) {
      year = Year.from(day);
    } else {
      throw invalid("year", "缺少；可接受：纳税年度（如 2023），或给出 day", "missing; accepted: the tax year (e.g. 2023), or give day");
    }
    Profile.Builder b = Profile.builder().audience(audience).jurisdiction(place).taxYear(year);
    if (day != null) {
      b.day(day);
    }
    List<String> where = List.of("--year", year.toString(), "--jurisdiction", place.key());
    if (file.containsKey("eit")) {
      b.annualReturn(section(file, "eit", new EitCommand(), where, EitCommand.REQUIRED, EitCommand::annualReturn));
    }
    if (file.containsKey("incubator")) {
      b.incubator(section(file, "incubator", new IncubatorCommand(), where, List.of(),
          IncubatorCommand::incubatorCase));
    }
    if (file.containsKey("transfer")) {
      b.transfer(section(file, "transfer", new TransferCommand(), dated(file, "transfer", place, day),
          TransferCommand.REQUIRED, TransferCommand::transferCase));
    }
    if (file.containsKey("awards")) {
      b.awards(section(file, "awards", new MatchCommand(), dated(file, "awards", place, day),
          List.of(), MatchCommand::matchingCase));
    }
    try {
      return b.build();
    } catch (PolicyInputException e) {
      throw new Refusals.Refusal(spec, e.problem());
    }
  }

  /** A transfer or awards need their day: the section's {@code date}, else the profile's {@code day}. */
  private List<String> dated(Map<String, Object> file, String section, Jurisdiction place, LocalDate day) {
    Map<String, Object> keys = map(file, section);
    if (!keys.containsKey("date") && day == null) {
      throw invalid(section + ".date", "缺少；可接受：该节的 date（YYYY-MM-DD），或档案的 day",
          "missing; accepted: the section's date (YYYY-MM-DD), or the profile's day");
    }
    List<String> args = new ArrayList<>(List.of("--jurisdiction", place.key()));
    if (!keys.containsKey("date")) {
      args.add("--date");
      args.add(day.toString());
    }
    return args;
  }

  /**
   * Reads a section with the options of the subcommand that computes it: the profile's place (and year or day) first,
   * then each key as {@code --key=value}, a list as the option repeated, {@code true} as a flag given.
   */
  private <C, T> T section(Map<String, Object> file, String name, C command, List<String> given,
      List<String> required, Function<C, T> build) {
    Map<String, Object> keys = map(file, name);
    List<String> args = new ArrayList<>(given);
    for (Map.Entry<String, Object> e : keys.entrySet()) {
      String key = e.getKey();
      if (key.equals("year") || key.equals("jurisdiction")) {
        throw invalid(name + "." + key, "由档案的 year、place 给出，不能在节中重复", "given by the profile's year and"
            + " place; not repeated in a section");
      }
      Object value = e.getValue();
      if (value instanceof List<?> list) {
        for (Object item : list) {
          args.add("--" + key + "=" + text(name + "." + key, item));
        }
      } else {
        String v = text(name + "." + key, value);
        String lower = v.strip().toLowerCase(Locale.ROOT);
        if (lower.equals("true") || lower.equals("yes")) {
          args.add("--" + key);
        } else if (!lower.equals("false") && !lower.equals("no")) {
          args.add("--" + key + "=" + v);
        }
      }
    }
    CommandLine line = new CommandLine(command);
    try {
      line.parseArgs(args.toArray(String[]::new));
      Refusals.required(line.getCommandSpec(), required);
      return build.apply(command);
    } catch (ParameterException e) {
      String zh = Parsing.describe(e, Language.ZH);
      String en = Parsing.describe(e, Language.EN);
      throw invalid(name, zh + "（该节的键即 policy " + line.getCommandName() + " 的选项，去掉前面的 --）", en
          + " (the section's keys are the options of policy " + line.getCommandName() + ", without the leading --)");
    }
  }

  private String text(String key, Object value) {
    if (value instanceof Map<?, ?> || value instanceof List<?>) {
      throw invalid(key, "须为单个值或值的列表", "must be a value or a list of values");
    }
    return value == null ? "" : value.toString();
  }

  private Map<String, Object> map(Map<String, Object> file, String key) {
    Object value = file.get(key);
    if (!(value instanceof Map<?, ?> m)) {
      throw invalid(key, "须为键值对（选项名: 值）", "must be a mapping (option: value)");
    }
    Map<String, Object> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(String.valueOf(k), v));
    return out;
  }

  private String scalar(Map<String, Object> file, String key) {
    Object value = file.get(key);
    return value == null ? null : text(key, value);
  }

  private LocalDate date(String key, String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw invalid(key, "“" + text + "”不是日期；可接受：YYYY-MM-DD，如 2023-06-30", "'" + text
          + "' is not a date; accepted: YYYY-MM-DD, e.g. 2023-06-30");
    }
  }

  private Refusals.Refusal invalid(String key, String zh, String en) {
    return invalid(key, Refusals.text(zh, en));
  }

  private Refusals.Refusal invalid(String key, Renderable problem) {
    return new Refusals.Refusal(spec, Refusals.text("档案“" + profileFile + "”的“" + key + "”：" + problem.render(
        Language.ZH), "profile '" + profileFile + "' key '" + key + "': " + problem.render(Language.EN)));
  }

  // ------------------------------------------------------------------------------------------------ output

  /** The report as JSON (contract version 1; schema {@code schemas/v1/benefits.json}). */
  static Json.Obj json(Json.Obj out, BenefitsReport r, Language language) {
    Profile p = r.profile();
    List<Object> groups = new ArrayList<>();
    for (GroupTotal t : r.totals()) {
      List<Object> items = new ArrayList<>();
      for (Entitlement e : r.entitlements(t.group())) {
        items.add(Json.object()
            .put("item", e.item())
            .put("title", e.title().render(language))
            .put("applies", e.applies().code())
            .put("why", e.why().render(language))
            .put("provisions", Contract.provisions(e.provisions()))
            .put("worth", e.worth().orElse(null))
            .put("worthIfUncertain", e.worthIfUncertain().orElse(null))
            .put("worthKind", e.worthKind().map(k -> k.code()).orElse(null))
            .put("askWhom", e.askWhom().orElse(null))
            .put("quote", e.askWhom().isPresent() ? e.provisions().get(0).citation().quote() : null));
      }
      groups.add(Json.object()
          .put("group", t.group().code())
          .put("title", org.zhongchuang.policy.text.Phrase.of("benefits.title", t.group()).render(language))
          .put("entitlements", items)
          .put("total", t.total().orElse(null))
          .put("totalIfUncertain", t.ifUncertain().orElse(null))
          .put("basis", t.basis().render(language)));
    }
    return out
        .put("profile", Json.object()
            .put("audience", p.audience().code())
            .put("jurisdiction", Contract.place(p.jurisdiction(), language))
            .put("taxYear", p.taxYear().getValue())
            .put("day", p.day().map(LocalDate::toString).orElse(null))
            .put("facts", facts(p)))
        .put("groups", groups)
        .put("leftOut", Json.object().put("elsewhere", r.elsewhere()).put("otherTimes", r.otherTimes())
            .put("addressedToOthers", r.addressedToOthers()))
        .put("citations", Reports.citations(r.citations(), language))
        .put("warnings", Reports.texts(r.warnings(), language));
  }

  private static List<Object> facts(Profile p) {
    List<Object> out = new ArrayList<>();
    p.annualReturn().ifPresent(f -> out.add("eit"));
    p.incubator().ifPresent(f -> out.add("incubator"));
    p.transfer().ifPresent(f -> out.add("transfer"));
    p.awards().ifPresent(f -> out.add("awards"));
    return out;
  }
}
