package org.zhongchuang.policy.catalogue;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.catalogue.RewardFloor.Basis;
import org.zhongchuang.policy.catalogue.RewardFloor.Force;
import org.zhongchuang.policy.catalogue.SmallLowProfitRelief.Application;
import org.zhongchuang.policy.catalogue.YamlFile.Fields;
import org.zhongchuang.policy.law.Citation;
import org.zhongchuang.policy.law.IssueDate;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.law.PolicyDocument;
import org.zhongchuang.policy.law.QuoteKind;
import org.zhongchuang.policy.law.Repeal;
import org.zhongchuang.policy.law.ValidityPeriod;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.text.Phrase;
import org.zhongchuang.policy.text.Text;

/**
 * Reads the catalogue files: one YAML file per policy document (a {@code document} and its {@code provisions}), or a
 * reform (a {@code reform} that {@code replaces} provisions or {@code adds} new ones). The format is described in
 * {@code policy-core/CATALOGUE.md}; everything it does not know is refused with the file, line and field.
 */
final class CatalogueFiles {
  private CatalogueFiles() {}

  /** The built-in files, listed in order in {@value #INDEX} beside them. */
  static final String DIRECTORY = "documents/";
  static final String INDEX = "index.txt";

  private static final Text ISSUED_BASIS = Text.of("发文日期", "date of issue");

  /** One document file's content. */
  record DocumentFile(String name, PolicyDocument document, List<Provision> provisions, Map<String, Integer> lines) {}

  /** One reform file's content. */
  record ReformFile(String name, Reform reform, List<Replacement> replacements, List<Provision> additions) {}

  /** A replacement: the id, where it was written, and what it changes. */
  record Replacement(String id, Fields fields, Fields inForce, Fields terms, Fields who) {}

  /** The built-in files, in index order. */
  static List<DocumentFile> builtIn() {
    List<DocumentFile> files = new ArrayList<>();
    for (String name : resource(INDEX).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .toList()) {
      Object read = read("built-in:" + name, reader(name));
      if (!(read instanceof DocumentFile)) {
        throw new IllegalStateException("built-in file " + name + " is not a document");
      }
      files.add((DocumentFile) read);
    }
    return files;
  }

  private static Reader reader(String name) {
    InputStream in = CatalogueFiles.class.getResourceAsStream(DIRECTORY + name);
    if (in == null) {
      throw new IllegalStateException("built-in catalogue file missing: " + DIRECTORY + name);
    }
    return new InputStreamReader(in, UTF_8);
  }

  private static String resource(String name) {
    try (Reader r = reader(name)) {
      java.io.StringWriter out = new java.io.StringWriter();
      r.transferTo(out);
      return out.toString();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read built-in catalogue file " + name, e);
    }
  }

  /** A caller's file: a {@link DocumentFile} or a {@link ReformFile}. */
  static Object read(Path path) {
    Reader reader;
    try {
      reader = Files.newBufferedReader(path, UTF_8);
    } catch (IOException e) {
      throw new CatalogueFileException(path.toString(), 0, "", Phrase.of("catalogue.unreadable",
          Phrase.of(e instanceof java.nio.file.NoSuchFileException ? "catalogue.unreadable.missing"
              : e instanceof java.nio.file.AccessDeniedException ? "catalogue.unreadable.denied"
              : "catalogue.unreadable.other")));
    }
    return read(path.toString(), reader);
  }

  static Object read(String name, Reader reader) {
    YamlFile file = YamlFile.read(name, reader);
    Fields top = file.top();
    if (top.has("reform")) {
      return reform(name, top);
    }
    if (!top.has("document")) {
      throw file.error(file.root, "", Phrase.of("catalogue.notCatalogue"));
    }
    Fields d = top.map("document");
    PolicyDocument document = document(d);
    List<Provision> provisions = new ArrayList<>();
    Map<String, Integer> lines = new LinkedHashMap<>();
    for (Fields p : top.maps("provisions")) {
      Provision provision = provision(p, document);
      if (lines.putIfAbsent(provision.id(), p.line()) != null) {
        throw p.error("id", Phrase.of("catalogue.duplicateId", provision.id(), name + ":" + lines.get(provision.id())));
      }
      provisions.add(provision);
    }
    if (provisions.isEmpty()) {
      throw top.error("provisions", Phrase.of("catalogue.missing", "provisions"));
    }
    top.done();
    return new DocumentFile(name, document, List.copyOf(provisions), Map.copyOf(lines));
  }

  // ------------------------------------------------------------------------------------------------ documents

  private static PolicyDocument document(Fields d) {
    String id = d.text("id");
    String number = d.optionalText("number");
    String title = d.text("title");
    String issuer = d.text("issuer");
    Jurisdiction place = place(d, "place");
    IssueDate issued;
    if (d.isMap("issued")) {
      issued = window(d.map("issued"));
      d.has("issued basis");
    } else {
      LocalDate day = d.date("issued");
      issued = IssueDate.exact(day, d.has("issued basis") ? d.bilingual("issued basis") : ISSUED_BASIS);
    }
    Repeal repeal = null;
    if (d.has("repealed")) {
      Fields r = d.map("repealed");
      String by = r.text("by");
      IssueDate on = r.isMap("on") ? window(r.map("on")) : IssueDate.exact(r.date("on"), Text.of("废止日期", "date of repeal"));
      Text note = r.bilingual("note");
      r.done();
      if (on.latest().isBefore(issued.earliest())) {
        throw r.error("on", Phrase.of("catalogue.repealBeforeIssue", on.latest(), issued.earliest()));
      }
      repeal = new Repeal(by, on, note);
    }
    d.optionalText("source");
    d.done();
    return new PolicyDocument(id, java.util.Optional.ofNullable(number), title, issuer, place, issued,
        java.util.Optional.ofNullable(repeal));
  }

  private static IssueDate window(Fields w) {
    LocalDate earliest = w.date("between");
    LocalDate latest = w.date("and");
    Text why = w.bilingual("why");
    w.done();
    if (latest.isBefore(earliest)) {
      throw w.error("and", Phrase.of("catalogue.windowBackwards", earliest, latest));
    }
    return IssueDate.between(earliest, latest, why);
  }

  private static Jurisdiction place(Fields f, String key) {
    return f.parsed(key, Jurisdiction::parse, Phrase.of("catalogue.accepted.place"));
  }

  // ------------------------------------------------------------------------------------------------ provisions

  private static final Map<String, QuoteKind> QUOTE_KINDS = Map.of("seed verbatim", QuoteKind.SEED_VERBATIM,
      "law verbatim", QuoteKind.LAW_VERBATIM, "specification", QuoteKind.SPECIFICATION_SUMMARY);
  private static final Map<String, Confidence> CONFIDENCE = Map.of("confirmed", Confidence.CONFIRMED, "secondary",
      Confidence.SECONDARY, "unconfirmed", Confidence.UNCONFIRMED);

  static Provision provision(Fields positional, PolicyDocument document) {
    String id = positional.text("id");
    Fields p = positional.named(positional.path.replaceFirst("\\[\\d+]$", "") + "[" + id + "]");
    Jurisdiction place = p.has("place") ? place(p, "place") : document.jurisdiction();
    Citation citation = new Citation(document, p.text("clause"), p.text("quote"), p.choice("quote is", QUOTE_KINDS),
        p.text("gloss"));
    ValidityPeriod validity = validity(p.map("in force"), document);
    Text who = p.bilingual("who");
    Confidence confidence = p.choice("confidence", CONFIDENCE);
    List<Text> notes = new ArrayList<>();
    for (Fields n : p.maps("notes")) {
      notes.add(Text.of(n.text("zh"), n.text("en")));
      n.done();
    }
    Text unquoted = p.has("numbers not in quote") ? p.bilingual("numbers not in quote") : null;
    List<Audience> audience = new ArrayList<>();
    for (String a : p.texts("audience")) {
      Audience named = Audience.byName(a);
      if (named == null) {
        throw p.error("audience", Phrase.of("catalogue.unknownAudience", a));
      }
      audience.add(named);
    }
    Terms terms = terms(p.map("terms"));
    p.done();
    return Provision.builder().id(id).jurisdiction(place).citation(citation).validity(validity).scope(who)
        .terms(terms).confidence(confidence).notes(notes).numbersNotQuoted(java.util.Optional.ofNullable(unquoted))
        .audience(audience).build();
  }

  /** {@code in force: {from, to, retroactive}}: within the document's life unless it says it reaches back. */
  static ValidityPeriod validity(Fields f, PolicyDocument document) {
    ValidityPeriod.Bound start = bound(f, "from", document, true);
    ValidityPeriod.Bound end = bound(f, "to", document, false);
    boolean retroactive = f.flag("retroactive");
    f.done();
    ValidityPeriod period;
    try {
      period = new ValidityPeriod(start, end);
    } catch (IllegalArgumentException e) {
      throw f.error("to", Phrase.of("catalogue.endsBeforeStart"));
    }
    if (!retroactive && period.earliestStart().isBefore(document.issued().earliest())) {
      throw f.error("from", Phrase.of("catalogue.beforeDocument", period.earliestStart(), document.issued().earliest()));
    }
    if (document.repeal().isPresent()
        && period.earliestEnd().isAfter(document.repeal().get().effective().latest().minusDays(1))) {
      throw f.error("to", Phrase.of("catalogue.afterRepeal", period.earliestEnd(),
          document.repeal().get().effective().latest()));
    }
    return period;
  }

  private static ValidityPeriod.Bound bound(Fields f, String key, PolicyDocument document, boolean start) {
    if (f.isMap(key)) {
      IssueDate w = window(f.map(key));
      return new ValidityPeriod.Within(w.earliest(), w.latest(), ((IssueDate.Window) w).reason());
    }
    String text = f.text(key);
    switch (text.toLowerCase(java.util.Locale.ROOT)) {
      case "issued":
        if (!start) {
          break;
        }
        return document.issued() instanceof IssueDate.Window w
            ? new ValidityPeriod.Within(w.earliest(), w.latest(), w.reason())
            : new ValidityPeriod.On(document.issued().earliest());
      case "repeal":
        if (start || document.repeal().isEmpty()) {
          break;
        }
        Repeal r = document.repeal().get();
        return r.effective() instanceof IssueDate.Window w
            ? new ValidityPeriod.Within(w.earliest().minusDays(1), w.latest().minusDays(1),
                r.note().plus(Text.of("；", "; ")).plus(w.reason()))
            : new ValidityPeriod.On(r.effective().earliest().minusDays(1));
      case "open":
        if (start) {
          break;
        }
        return new ValidityPeriod.Open();
      default:
        return new ValidityPeriod.On(f.date(key));
    }
    throw f.error(key, Phrase.of("catalogue.badValue", text, Phrase.of(start ? "catalogue.accepted.from"
        : "catalogue.accepted.to")));
  }

  // ------------------------------------------------------------------------------------------------ terms

  private static final Map<String, TaxRate.Kind> RATE_KINDS = Map.of("statutory", TaxRate.Kind.STATUTORY,
      "small low-profit", TaxRate.Kind.SMALL_LOW_PROFIT, "high-tech", TaxRate.Kind.HIGH_TECH);
  private static final Map<String, Application> APPLICATIONS = Map.of("whole income", Application.WHOLE_INCOME,
      "portion", Application.PORTION);
  private static final Map<String, SizeMeasure.Method> MEASURES = Map.of(
      "year start and end", SizeMeasure.Method.YEAR_START_AND_END, "monthly", SizeMeasure.Method.MONTHLY_AVERAGE,
      "quarterly", SizeMeasure.Method.QUARTERLY_AVERAGE);
  private static final Map<String, Basis> BASES = Map.of("net income", Basis.NET_INCOME, "equity", Basis.EQUITY,
      "operating profit", Basis.OPERATING_PROFIT, "new retained profit", Basis.NEW_RETAINED_PROFIT, "reward",
      Basis.REWARD);
  private static final Map<String, Force> FORCES = Map.of("mandatory", Force.MANDATORY, "default", Force.DEFAULT,
      "permissive", Force.PERMISSIVE);

  static Terms terms(Fields t) {
    String kindName = t.text("kind");
    TermsKind kind = TermsKind.byName(kindName);
    if (kind == null) {
      List<String> names = new ArrayList<>();
      for (TermsKind k : TermsKind.values()) {
        names.add(k.fileName());
      }
      throw t.error("kind", Phrase.of("catalogue.badChoice", kindName, names));
    }
    Terms terms = switch (kind) {
      case TAX_RATE -> new TaxRate(t.choice("for", RATE_KINDS), t.share("rate"));
      case SMALL_LOW_PROFIT_CRITERIA -> criteria(t);
      case SMALL_LOW_PROFIT_RELIEF -> new SmallLowProfitRelief(band(t.map("income")),
          t.choice("applies to", APPLICATIONS), t.share("counted"), t.share("rate"));
      case SIZE_MEASURE -> new SizeMeasure(t.choice("averaging", MEASURES));
      case PREPAYMENT -> new PrepaymentRule(t.choice("judged", Map.of("year to date",
          PrepaymentRule.Judged.YEAR_TO_DATE)));
      case SPLIT_YEAR -> new SplitYearApportionment(t.parsed("tax year", Year::parse,
          Phrase.of("catalogue.accepted.year")));
      case RESTATEMENT -> new Restatement(t.text("restates"), t.flag("incubated start-ups only"));
      case EXTRA_DEDUCTION -> new DeductionRate(t.share("extra"), t.bilingual("expense"));
      case REWARD_FLOOR -> floor(t);
      case MATCHING -> matching(t);
      case SUPPORT_FLOOR -> new SupportFloor(t.amount("at least"), t.bilingual("purpose"));
      case TARGET -> new Target(t.text("metric"), t.bilingual("what"), positive(t, "at least"), t.bilingual("unit"),
          t.parsed("by", Year::parse, Phrase.of("catalogue.accepted.year")));
      case TERM_LIMIT -> new TermLimit(period(t, "at most"), t.bilingual("subject"));
      case REPORTING_DEADLINE -> new ReportingDeadline((int) positive(t, "within working days"),
          t.bilingual("subject"));
      case NO_FORMULA -> new NoFormula(t.bilingual("subject"));
      case WAGE_INCLUSION -> new WageInclusion(t.share("counted"), t.choice("of", BASES), units(t),
          t.flag("non-profit only"));
      case INCUBATOR_EXEMPTION -> exemption(t);
      case RECOGNITION_TIMING -> timing(t);
      case TAX_REFERRAL -> referral(t);
      case RESEARCH_DEDUCTION -> research(t);
      case RESEARCH_EXCLUSION -> new ResearchExclusion(t.bilingual("industries"));
      case TRANSFER_INCOME_RELIEF -> transferRelief(t);
      case HALVED_INCOME_RATE -> new HalvedIncomeRate(t.share("rate"));
      case VENTURE_CAPITAL_DEDUCTION -> ventureCapital(t);
      case LOSS_CARRY_FORWARD -> lossCarryForward(t);
    };
    t.done();
    return terms;
  }

  private static final Map<String, ResearchDeduction.Category> RESEARCH_CATEGORIES = Map.of("all",
      ResearchDeduction.Category.ALL, "manufacturing", ResearchDeduction.Category.MANUFACTURING, "technology sme",
      ResearchDeduction.Category.TECHNOLOGY_SME, "listed ic or machine tool",
      ResearchDeduction.Category.LISTED_IC_OR_MACHINE_TOOL);
  private static final Map<String, VentureCapitalDeduction.Investee> INVESTEES = Map.of("sme high-tech",
      VentureCapitalDeduction.Investee.SME_HIGH_TECH, "start-up technology",
      VentureCapitalDeduction.Investee.START_UP_TECHNOLOGY);
  private static final Map<String, Boolean> LOSS_SCOPES = Map.of("all", false, "high-tech or technology sme", true);

  /** {@code extra: 75%, amortised at: 175% (or: not stated), enterprises: all}. */
  private static ResearchDeduction research(Fields t) {
    Share extra = t.share("extra");
    java.util.Optional<Share> amortised = t.text("amortised at").strip().equalsIgnoreCase("not stated")
        ? java.util.Optional.empty() : java.util.Optional.of(t.share("amortised at"));
    if (amortised.filter(a -> a.isLessThan(Share.ONE)).isPresent()) {
      throw t.error("amortised at", Phrase.of("catalogue.badValue", t.text("amortised at"),
          Phrase.of("catalogue.accepted.amortised")));
    }
    return new ResearchDeduction(extra, amortised, t.choice("enterprises", RESEARCH_CATEGORIES));
  }

  /** {@code exempt up to: 500万, excess counted: 50%}. */
  private static TransferIncomeRelief transferRelief(Fields t) {
    Cny ceiling = t.amount("exempt up to");
    if (ceiling.isNegative()) {
      throw t.error("exempt up to", Phrase.of("catalogue.badValue", t.text("exempt up to"),
          Phrase.of("catalogue.accepted.notNegative")));
    }
    Share counted = t.share("excess counted");
    if (counted.isGreaterThan(Share.ONE)) {
      throw t.error("excess counted", Phrase.of("catalogue.badValue", t.text("excess counted"),
          Phrase.of("catalogue.accepted.atMostAll")));
    }
    return new TransferIncomeRelief(ceiling, counted);
  }

  /** {@code share: 70%, held at least: 2 years, investee: SME high-tech}. */
  private static VentureCapitalDeduction ventureCapital(Fields t) {
    return new VentureCapitalDeduction(t.share("share"), period(t, "held at least"), t.choice("investee", INVESTEES));
  }

  /** {@code years: 5} or {@code years: 10, for: high-tech or technology SME, losses of years before: 5}. */
  private static LossCarryForward lossCarryForward(Fields t) {
    int years = (int) positive(t, "years");
    boolean qualified = t.choice("for", LOSS_SCOPES);
    int before = 0;
    if (qualified) {
      before = (int) positive(t, "losses of years before");
    } else if (t.has("losses of years before")) {
      throw t.error("losses of years before", Phrase.of("catalogue.lossScope"));
    }
    return new LossCarryForward(years, qualified, before);
  }

  private static long positive(Fields t, String key) {
    long n = t.whole(key);
    if (n <= 0) {
      throw t.error(key, Phrase.of("catalogue.badValue", t.text(key), Phrase.of("catalogue.accepted.positive")));
    }
    return n;
  }

  private static SmallLowProfitCriteria criteria(Fields t) {
    Cny ceiling = t.amount("income up to");
    int industrialEmployees;
    int otherEmployees;
    if (t.has("employees up to")) {
      industrialEmployees = otherEmployees = (int) t.whole("employees up to");
      t.has("industrial employees up to");
      t.has("other employees up to");
    } else {
      industrialEmployees = (int) t.whole("industrial employees up to");
      otherEmployees = (int) t.whole("other employees up to");
    }
    Cny industrialAssets;
    Cny otherAssets;
    if (t.has("assets up to")) {
      industrialAssets = otherAssets = t.amount("assets up to");
      t.has("industrial assets up to");
      t.has("other assets up to");
    } else {
      industrialAssets = t.amount("industrial assets up to");
      otherAssets = t.amount("other assets up to");
    }
    return new SmallLowProfitCriteria(ceiling, industrialEmployees, otherEmployees, industrialAssets, otherAssets);
  }

  /** {@code {above: 20万, up to: 30万}}: "above" and "below" exclude the amount, "from" and "up to" include it. */
  static IncomeBand band(Fields b) {
    Cny lower = null;
    boolean lowerIncluded = false;
    if (b.has("above")) {
      lower = b.amount("above");
      if (b.has("from")) {
        throw b.error("from", Phrase.of("catalogue.bothKeys", "above", "from"));
      }
    } else if (b.has("from")) {
      lower = b.amount("from");
      lowerIncluded = true;
    }
    Cny upper;
    boolean upperIncluded;
    if (b.has("up to")) {
      upper = b.amount("up to");
      upperIncluded = true;
      if (b.has("below")) {
        throw b.error("below", Phrase.of("catalogue.bothKeys", "up to", "below"));
      }
    } else {
      upper = b.amount("below");
      upperIncluded = false;
    }
    b.done();
    try {
      return new IncomeBand(lower, lowerIncluded, upper, upperIncluded);
    } catch (IllegalArgumentException e) {
      throw b.file.error(b.node, b.path, Phrase.of("catalogue.emptyBand"));
    }
  }

  private static RewardFloor floor(Fields t) {
    Share minimum = t.share("minimum");
    if (minimum.isGreaterThan(Share.ONE)) {
      throw t.error("minimum", Phrase.of("catalogue.badValue", t.text("minimum"),
          Phrase.of("catalogue.accepted.atMostAll")));
    }
    Basis basis = t.choice("of", BASES);
    UnitScope scope = units(t);
    Force force = t.choice("force", FORCES);
    UnitScope hardFor = null;
    if (t.has("hard for")) {
      Fields h = t.map("hard for");
      hardFor = units(h);
      h.done();
    }
    boolean unlessContract = t.flag("unless contract");
    int minYears = 0;
    int maxYears = 0;
    if (basis.isYearly()) {
      String years = t.text("for years");
      String[] parts = years.split("\\s*(to|-|–|～)\\s*");
      try {
        minYears = Integer.parseInt(parts[0].strip());
        maxYears = Integer.parseInt(parts[parts.length - 1].strip());
      } catch (NumberFormatException e) {
        minYears = -1;
      }
      if (parts.length > 2 || minYears < 1 || maxYears < minYears) {
        throw t.error("for years", Phrase.of("catalogue.badValue", years, Phrase.of("catalogue.accepted.years")));
      }
    }
    return new RewardFloor(minimum, basis, scope, force, hardFor, unlessContract, minYears, maxYears);
  }

  private static final Map<String, UnitKind> UNIT_KINDS = Map.of("university", UnitKind.UNIVERSITY,
      "research institute", UnitKind.RESEARCH_INSTITUTE, "enterprise", UnitKind.ENTERPRISE, "other", UnitKind.OTHER);

  private static UnitScope units(Fields t) {
    List<String> names = t.texts("units");
    if (names.isEmpty()) {
      throw t.error("units", Phrase.of("catalogue.missing", "units"));
    }
    Set<UnitKind> kinds = EnumSet.noneOf(UnitKind.class);
    if (names.size() == 1 && names.get(0).equalsIgnoreCase("all")) {
      kinds.addAll(EnumSet.allOf(UnitKind.class));
    } else {
      for (String name : names) {
        UnitKind kind = UNIT_KINDS.get(name.toLowerCase(java.util.Locale.ROOT));
        if (kind == null) {
          List<String> accepted = new ArrayList<>(UNIT_KINDS.keySet());
          accepted.add("all");
          throw t.error("units", Phrase.of("catalogue.badChoice", name, accepted));
        }
        kinds.add(kind);
      }
    }
    return new UnitScope(kinds, t.flag("state-established only"), t.flag("provincial only"));
  }

  private static final Map<String, AwardLevel> LEVELS = Map.of("national", AwardLevel.NATIONAL, "provincial",
      AwardLevel.PROVINCIAL, "municipal", AwardLevel.MUNICIPAL, "county", AwardLevel.COUNTY, "other",
      AwardLevel.OTHER);

  private static MatchingRule matching(Fields t) {
    Share ratio = t.share("ratio");
    Set<AwardLevel> levels = EnumSet.noneOf(AwardLevel.class);
    for (String name : t.texts("levels")) {
      AwardLevel level = LEVELS.get(name.toLowerCase(java.util.Locale.ROOT));
      if (level == null) {
        throw t.error("levels", Phrase.of("catalogue.badChoice", name, List.copyOf(LEVELS.keySet())));
      }
      levels.add(level);
    }
    if (levels.isEmpty()) {
      throw t.error("levels", Phrase.of("catalogue.missing", "levels"));
    }
    return new MatchingRule(ratio, levels, java.util.Optional.ofNullable(t.has("cap per award")
        ? t.amount("cap per award") : null), java.util.Optional.ofNullable(t.has("cap per year")
        ? t.amount("cap per year") : null));
  }

  /** {@code 3 years}, {@code 18 months}. */
  private static Period period(Fields t, String key) {
    return t.parsed(key, text -> {
      String[] parts = text.strip().split("\\s+");
      if (parts.length != 2) {
        throw new IllegalArgumentException(text);
      }
      int n = Integer.parseInt(parts[0]);
      if (n <= 0) {
        throw new IllegalArgumentException(text);
      }
      return switch (parts[1].toLowerCase(java.util.Locale.ROOT)) {
        case "year", "years" -> Period.ofYears(n);
        case "month", "months" -> Period.ofMonths(n);
        default -> throw new IllegalArgumentException(text);
      };
    }, Phrase.of("catalogue.accepted.period"));
  }

  // ------------------------------------------------------------------------------------------------ incubators

  private static final Map<String, TaxType> TAXES = taxNames(EnumSet.allOf(TaxType.class));
  private static final Map<String, TaxType> EXEMPTIBLE = taxNames(EnumSet.of(TaxType.PROPERTY_TAX,
      TaxType.URBAN_LAND_USE_TAX, TaxType.BUSINESS_TAX, TaxType.VAT));

  private static Map<String, TaxType> taxNames(Set<TaxType> taxes) {
    Map<String, TaxType> names = new LinkedHashMap<>();
    for (TaxType tax : taxes) {
      names.put(tax.fileName().toLowerCase(java.util.Locale.ROOT), tax);
    }
    return names;
  }

  /** {@code taxes: [property tax, urban land-use tax]}, each one of {@code accepted}. */
  private static Set<TaxType> taxes(Fields t, String key, Map<String, TaxType> accepted) {
    Set<TaxType> out = EnumSet.noneOf(TaxType.class);
    for (String name : t.texts(key)) {
      TaxType tax = accepted.get(name.toLowerCase(java.util.Locale.ROOT));
      if (tax == null) {
        throw t.error(key, Phrase.of("catalogue.badChoice", name, List.copyOf(accepted.keySet())));
      }
      out.add(tax);
    }
    return out;
  }

  /** {@code institutions: [national incubator, maker space in national incubator]}. */
  private static Set<Institution> institutions(Fields t, String key) {
    Set<Institution> out = new java.util.LinkedHashSet<>();
    for (String name : t.texts(key)) {
      Institution institution = Institution.byName(name);
      if (institution == null) {
        throw t.error(key, Phrase.of("catalogue.badChoice", name, Institution.names()));
      }
      out.add(institution);
    }
    return out;
  }

  private static IncubatorExemption exemption(Fields t) {
    String wave = t.text("wave");
    Set<TaxType> taxes = taxes(t, "taxes", EXEMPTIBLE);
    if (taxes.isEmpty()) {
      throw t.error("taxes", Phrase.of("catalogue.missing", "taxes"));
    }
    Set<Institution> covered = institutions(t, "institutions");
    Set<Institution> uncertain = institutions(t, "uncertain institutions");
    if (covered.isEmpty() && uncertain.isEmpty()) {
      throw t.error("institutions", Phrase.of("catalogue.missing", "institutions"));
    }
    for (Institution i : uncertain) {
      if (covered.contains(i)) {
        throw t.error("uncertain institutions", Phrase.of("catalogue.incubator.both", i.fileName()));
      }
    }
    Text why = t.has("why uncertain") ? t.bilingual("why uncertain") : null;
    if (uncertain.isEmpty() != (why == null)) {
      throw t.error(why == null ? "uncertain institutions" : "why uncertain",
          Phrase.of(why == null ? "catalogue.incubator.noWhy" : "catalogue.incubator.whyAlone"));
    }
    Text base = t.bilingual("on");
    Text conditions = t.has("conditions") ? t.bilingual("conditions") : null;
    TaxType replacing = t.has("replacing") ? t.choice("replacing", TAXES) : null;
    if (replacing != null && taxes.contains(replacing)) {
      throw t.error("replacing", Phrase.of("catalogue.incubator.replacingItself", replacing.fileName()));
    }
    return new IncubatorExemption(wave, taxes, covered, uncertain, java.util.Optional.ofNullable(why), base,
        java.util.Optional.ofNullable(conditions), java.util.Optional.ofNullable(replacing));
  }

  private static RecognitionTiming timing(Fields t) {
    String wave = t.text("wave");
    t.choice("start", Map.of("month after recognition", Boolean.TRUE));
    LocalDate by = t.has("continuing if recognised by") ? t.date("continuing if recognised by") : null;
    boolean stops = t.has("stop") && t.choice("stop", Map.of("month after loss", Boolean.TRUE));
    return new RecognitionTiming(wave, java.util.Optional.ofNullable(by), stops);
  }

  private static TaxReferral referral(Fields t) {
    Set<TaxType> taxes = taxes(t, "taxes", TAXES);
    Set<Institution> institutions = institutions(t, "institutions");
    if (institutions.isEmpty()) {
      throw t.error("institutions", Phrase.of("catalogue.missing", "institutions"));
    }
    return new TaxReferral(taxes, institutions);
  }

  // ------------------------------------------------------------------------------------------------ reforms

  private static ReformFile reform(String name, Fields top) {
    Fields r = top.map("reform");
    String id = r.text("id");
    String title = r.text("title");
    Text reason = r.bilingual("reason");
    Jurisdiction place = r.has("place") ? place(r, "place") : Jurisdiction.CHINA;
    String issuer = r.has("issuer") ? r.text("issuer") : title;
    IssueDate issued = r.has("issued") ? IssueDate.exact(r.date("issued"), Text.of("改革方案日期", "date of the reform"))
        : null;
    r.done();
    Reform reform = new Reform(id, title, reason);
    List<Replacement> replacements = new ArrayList<>();
    for (Fields f : top.maps("replaces")) {
      String target = f.text("id");
      Fields named = f.named(f.path.replaceFirst("\\[\\d+]$", "") + "[" + target + "]");
      Fields inForce = named.has("in force") ? named.map("in force") : null;
      Fields terms = named.has("terms") ? named.map("terms") : null;
      Fields who = named.has("who") ? named.map("who") : null;
      named.done();
      if (inForce == null && terms == null && who == null) {
        throw named.error("terms", Phrase.of("catalogue.emptyReplacement", target));
      }
      replacements.add(new Replacement(target, named, inForce, terms, who));
    }
    List<Fields> additionFields = top.maps("adds");
    List<Provision> additions = new ArrayList<>();
    if (!additionFields.isEmpty()) {
      if (issued == null) {
        throw r.error("issued", Phrase.of("catalogue.reformNeedsDate"));
      }
      PolicyDocument document = new PolicyDocument(id, java.util.Optional.empty(), title, issuer, place, issued,
          java.util.Optional.empty());
      for (Fields a : additionFields) {
        additions.add(provision(a, document));
      }
    }
    top.done();
    if (replacements.isEmpty() && additions.isEmpty()) {
      throw top.error("replaces", Phrase.of("catalogue.emptyReform"));
    }
    return new ReformFile(name, reform, List.copyOf(replacements), List.copyOf(additions));
  }

  /** Applies a replacement to the provision it names: validity ends as given, terms and scope as given. */
  static Provision replaced(Provision original, Replacement r, Reform reform) {
    ImmutableProvision p = ImmutableProvision.copyOf(original);
    if (r.inForce() != null) {
      Fields f = r.inForce();
      PolicyDocument document = original.citation().document();
      ValidityPeriod.Bound start = f.has("from") ? boundOf(f, "from", document, true) : original.validity().start();
      ValidityPeriod.Bound end = f.has("to") ? boundOf(f, "to", document, false) : original.validity().end();
      f.flag("retroactive");
      f.done();
      try {
        p = p.withValidity(new ValidityPeriod(start, end));
      } catch (IllegalArgumentException e) {
        throw f.error("to", Phrase.of("catalogue.endsBeforeStart"));
      }
    }
    if (r.terms() != null) {
      Terms terms = terms(r.terms());
      if (terms.termsKind() != original.terms().termsKind()) {
        throw r.terms().error("kind", Phrase.of("catalogue.kindChanged", original.id(), original.terms().termsKind()
            .fileName(), terms.termsKind().fileName()));
      }
      p = p.withTerms(terms);
    }
    if (r.who() != null) {
      Text who = Text.of(r.who().text("zh"), r.who().text("en"));
      r.who().done();
      p = p.withScope(who);
    }
    return p.withModification(reform.reason());
  }

  private static ValidityPeriod.Bound boundOf(Fields f, String key, PolicyDocument document, boolean start) {
    return bound(f, key, document, start);
  }

  static PolicyInputException unknownProvision(Replacement r) {
    return r.fields().error("id", Phrase.of("catalogue.unknownProvision", r.id()));
  }
}
