package org.zhongchuang.policy.incubator;

import static java.util.Objects.requireNonNull;
import static org.zhongchuang.policy.incubator.Decisions.EXEMPT;
import static org.zhongchuang.policy.incubator.Decisions.NOT;
import static org.zhongchuang.policy.incubator.Decisions.UNCERTAIN;
import static org.zhongchuang.policy.incubator.Decisions.bit;

import java.io.ObjectStreamException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.zhongchuang.policy.Answer;
import org.zhongchuang.policy.Calculator;
import org.zhongchuang.policy.MissingFactsException;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.Confidence;
import org.zhongchuang.policy.catalogue.IncubatorExemption;
import org.zhongchuang.policy.catalogue.Institution;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.RecognitionTiming;
import org.zhongchuang.policy.catalogue.TaxReferral;
import org.zhongchuang.policy.catalogue.TaxType;
import org.zhongchuang.policy.law.Applicability.Status;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.law.ValidityPeriod;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.text.Phrase;

/**
 * The tax exemptions of incubators, university science parks and maker spaces (孵化器、大学科技园、众创空间, PROVISIONS.md
 * §12) for one institution and one tax year: for each month and each of property tax, urban land-use tax, business tax
 * and VAT, whether a provision in force exempts it for this kind and level of institution, from when (the month after
 * recognition, where the wave's timing rule says so) and to when (the month the status was lost); then the taxes the
 * caller gave split exactly into the part exempt, the part uncertain and the part still due, each cited.
 *
 * <p>Every wave, institution, tax, date and rule is read from the catalogue ({@link IncubatorExemption},
 * {@link RecognitionTiming}, {@link TaxReferral}). A year no known wave reaches is not refused: it is answered "no
 * exemption known", naming the nearest known waves before and after, since these notices exempt from taxes that exist
 * before and after them and the answer is the taxes as given. A wave that is only believed (2011–2012) and an
 * institution a clause may or may not cover (provincial incubators under 财税〔2013〕117号) give uncertain amounts with
 * both readings; nothing uncertain is relied on.
 *
 * <p>This class is immutable and thread-safe; {@link #assess} is a pure function of the catalogue and the case. The
 * provisions of each place are looked up once per calculator.
 */
public final class IncubatorExemptionCalculator
    implements Calculator<IncubatorCase, IncubatorAssessment>, Serializable {
  private static final long serialVersionUID = 1L;

  /** The taxes a case takes, by ordinal. */
  static final TaxType[] TAXES = {TaxType.PROPERTY_TAX, TaxType.URBAN_LAND_USE_TAX, TaxType.BUSINESS_TAX,
      TaxType.VAT};

  private static final class BuiltIn {
    static final IncubatorExemptionCalculator CALCULATOR = new IncubatorExemptionCalculator(Catalogue.builtIn());
  }

  private final Catalogue catalogue;
  private final transient List<Provision> exemptions;
  private final transient List<Provision> timings;
  private final transient List<Provision> referrals;
  private final transient ConcurrentHashMap<Jurisdiction, Place> places = new ConcurrentHashMap<>();

  /** The provisions that reach one place, in catalogue order. */
  static final class Place {
    /** By tax ordinal: the exemptions of that tax. */
    final Provision[][] byTax = new Provision[TAXES.length][];
    final Provision[] timings;
    final Provision[] referrals;
    /** By first day. */
    final Wave[] waves;
    /** By tax ordinal: from when another tax replaced it (business tax from 2016-05-01), and by which provision. */
    final LocalDate[] replacedFrom = new LocalDate[TAXES.length];
    /** By tax ordinal: the provisions exempting the tax that replaced it, in the catalogue's order. */
    final List<List<Provision>> replacing = new ArrayList<>();

    Place(Jurisdiction place, List<Provision> exemptions, List<Provision> timings, List<Provision> referrals) {
      Map<String, List<Provision>> waves = new LinkedHashMap<>();
      List<Provision> here = new ArrayList<>();
      for (int t = 0; t < TAXES.length; t++) {
        replacing.add(new ArrayList<>());
      }
      for (Provision p : exemptions) {
        if (place.isWithin(p.jurisdiction())) {
          here.add(p);
          IncubatorExemption e = (IncubatorExemption) p.terms();
          waves.computeIfAbsent(e.wave(), w -> new ArrayList<>()).add(p);
          if (e.replacing().isPresent()) {
            int t = e.replacing().get().ordinal();
            LocalDate from = p.validity().earliestStart();
            if (replacedFrom[t] == null || from.isBefore(replacedFrom[t])) {
              replacedFrom[t] = from;
            }
            replacing.get(t).add(p);
          }
        }
      }
      for (TaxType tax : TAXES) {
        byTax[tax.ordinal()] = here.stream().filter(p -> ((IncubatorExemption) p.terms()).taxes().contains(tax))
            .toArray(Provision[]::new);
      }
      this.timings = timings.stream().filter(p -> place.isWithin(p.jurisdiction())).toArray(Provision[]::new);
      this.referrals = referrals.stream().filter(p -> place.isWithin(p.jurisdiction())).toArray(Provision[]::new);
      List<Wave> list = new ArrayList<>();
      waves.forEach((label, provisions) -> {
        LocalDate from = LocalDate.MAX;
        LocalDate to = LocalDate.MIN;
        for (Provision p : provisions) {
          from = p.validity().earliestStart().isBefore(from) ? p.validity().earliestStart() : from;
          to = p.validity().latestEnd().isAfter(to) ? p.validity().latestEnd() : to;
        }
        list.add(new Wave(label, from, to, provisions));
      });
      list.sort(Comparator.comparing(Wave::from));
      this.waves = list.toArray(new Wave[0]);
    }

    /**
     * The provision exempting the tax that replaced tax {@code t}: the first in the catalogue that covers (or may
     * cover) the institution, else the first (business tax → VAT: 财税〔2016〕89号 for incubators, 98号 for science
     * parks).
     */
    Provision replacedBy(int t, Institution institution) {
      List<Provision> ps = replacing.get(t);
      for (Provision p : ps) {
        IncubatorExemption e = (IncubatorExemption) p.terms();
        if (e.covers(institution) || e.mayCover(institution)) {
          return p;
        }
      }
      return ps.get(0);
    }
  }

  private IncubatorExemptionCalculator(Catalogue catalogue) {
    this.catalogue = catalogue;
    this.exemptions = catalogue.withTerms(IncubatorExemption.class);
    this.timings = catalogue.withTerms(RecognitionTiming.class);
    this.referrals = catalogue.withTerms(TaxReferral.class);
  }

  /** A calculator over {@link Catalogue#builtIn()}. */
  public static IncubatorExemptionCalculator builtIn() {
    return BuiltIn.CALCULATOR;
  }

  /**
   * A calculator over a catalogue, e.g. one with a caller's reform or a local notice of its own.
   *
   * @param catalogue the provisions to read, not null
   */
  public static IncubatorExemptionCalculator of(Catalogue catalogue) {
    requireNonNull(catalogue, "catalogue");
    return catalogue.isBuiltIn() ? builtIn() : new IncubatorExemptionCalculator(catalogue);
  }

  @Override
  public Catalogue catalogue() {
    return catalogue;
  }

  private Object readResolve() throws ObjectStreamException {
    return of(catalogue);
  }

  private Place place(Jurisdiction jurisdiction) {
    Place p = places.get(jurisdiction);
    return p != null ? p : places.computeIfAbsent(jurisdiction, j -> new Place(j, exemptions, timings, referrals));
  }

  /**
   * Assesses one institution's tax year.
   *
   * @param incubatorCase not null
   * @return month by month and tax by tax, what is exempt, uncertain and due, and why; the explanation is built when
   *     first read
   * @throws MissingFactsException if a provision could cover the institution in the year and no recognition date was
   *     given ({@code recognised}), or a tax was given for the year although only some of its months are exempt
   *     ({@code propertyTaxByMonth}, …)
   * @throws PolicyInputException if business tax is given for months in which another tax replaced it
   */
  @Override
  public IncubatorAssessment assess(IncubatorCase incubatorCase) {
    IncubatorCase c = requireNonNull(incubatorCase, "incubatorCase");
    Place place = place(c.jurisdiction());
    int year = c.year().getValue();
    Decisions d = new Decisions();
    boolean datesMatter = false;
    for (int t = 0; t < TAXES.length; t++) {
      for (int m = 1; m <= 12; m++) {
        LocalDate first = LocalDate.of(year, m, 1);
        datesMatter |= decide(place, t, first, first.withDayOfMonth(first.lengthOfMonth()), c, d, t * 12 + m - 1);
      }
    }
    if (datesMatter) {
      LocalDate recognised = c.recognisedOrNull();
      if (recognised == null) {
        throw new MissingFactsException(List.of("recognised"), Phrase.of("incubator.why.recognised", c.year(),
            firstCovering(d), c.institution()));
      }
      for (int i = 0; i < Decisions.MONTHS; i++) {
        if (d.status[i] != NOT) {
          dates(place, d, i, YearMonth.of(year, i % 12 + 1), recognised, c.statusLostOrNull());
        }
      }
    }
    TaxExemption[] lines = new TaxExemption[TAXES.length];
    List<String> missing = new ArrayList<>(0);
    List<Phrase> partly = new ArrayList<>(0);
    for (int t = 0; t < TAXES.length; t++) {
      TaxAmount given = c.taxOrNull(TAXES[t]);
      if (given != null) {
        lines[t] = split(d, t, given, year, place, c.institution());
        if (lines[t] == null) {
          missing.add(IncubatorCase.byMonthFact(TAXES[t]));
          partly.add(Phrase.of("incubator.why.byMonth.tax", TAXES[t], periods(d, t, year)));
        }
      }
    }
    if (!missing.isEmpty()) {
      throw new MissingFactsException(missing, Phrase.of("incubator.why.byMonth", c.year(),
          Phrase.joined(partly, "list.semicolon")));
    }
    return new IncubatorAssessment(catalogue, c, d, lines, waves(place, year), clauses(place, c));
  }

  /**
   * The provision that exempts, or may exempt, a tax in a month for this kind and level of institution, before the
   * institution's own dates are looked at; whether one may.
   */
  private static boolean decide(Place place, int t, LocalDate first, LocalDate last, IncubatorCase c, Decisions d,
      int i) {
    if (place.replacedFrom[t] != null && !first.isBefore(place.replacedFrom[t])) {
      d.set(i, NOT, bit(CoverageReason.NOT_LEVIED), place.replacedBy(t, c.institution()), null);
      return false;
    }
    Institution institution = c.institution();
    byte best = -1;
    int bestReasons = 0;
    Provision chosen = null;
    for (Provision p : place.byTax[t]) {
      ValidityPeriod v = p.validity();
      if (v.status(first, last) == Status.NOT_IN_FORCE) {
        continue;
      }
      IncubatorExemption e = (IncubatorExemption) p.terms();
      byte s;
      int reasons = 0;
      if (!e.covers(institution) && !e.mayCover(institution)) {
        s = NOT;
        reasons = bit(CoverageReason.INSTITUTION_NOT_COVERED);
      } else {
        int not = 0;
        if (e.mayCover(institution)) {
          reasons |= bit(CoverageReason.INSTITUTION_UNCERTAIN);
        }
        if (v.latestStart().isAfter(first) || v.earliestEnd().isBefore(last)) {
          reasons |= bit(CoverageReason.PART_OF_MONTH);
        }
        if (p.confidence() == Confidence.UNCONFIRMED) {
          reasons |= bit(CoverageReason.PROVISION_UNCONFIRMED);
        }
        if (e.conditions().isPresent()) {
          if (c.meetsConditions() == Answer.NO) {
            not = bit(CoverageReason.CONDITIONS_NOT_MET);
          } else if (c.meetsConditions() == Answer.UNCERTAIN) {
            reasons |= bit(CoverageReason.CONDITIONS_NOT_STATED);
          }
        }
        s = not != 0 ? NOT : reasons != 0 ? UNCERTAIN : EXEMPT;
        reasons = not != 0 ? not : reasons;
      }
      if (s > best) {
        best = s;
        bestReasons = reasons;
        chosen = p;
      }
    }
    if (chosen == null) {
      d.set(i, NOT, bit(CoverageReason.NO_PROVISION), null, null);
      return false;
    }
    d.set(i, best, bestReasons, chosen, null);
    return best != NOT;
  }

  /** The institution's own dates: not before its recognition, not after its loss of status, per the wave's timing. */
  private static void dates(Place place, Decisions d, int i, YearMonth month, LocalDate recognised, LocalDate lost) {
    Provision p = d.provision[i];
    YearMonth from = YearMonth.from(recognised);
    YearMonth until = lost == null ? null : YearMonth.from(lost);
    if (month.isBefore(from)) {
      d.set(i, NOT, bit(CoverageReason.NOT_YET_RECOGNISED), p, null);
      return;
    }
    if (until != null && month.isAfter(until)) {
      d.set(i, NOT, bit(CoverageReason.STATUS_LOST), p, null);
      return;
    }
    boolean recognitionMonth = month.equals(from);
    boolean lossMonth = month.equals(until);
    if (!recognitionMonth && !lossMonth) {
      return;
    }
    Provision timing = timing(place, ((IncubatorExemption) p.terms()).wave(), month);
    RecognitionTiming rule = timing == null ? null : (RecognitionTiming) timing.terms();
    int uncertain = 0;
    int info = 0;
    if (recognitionMonth) {
      if (rule == null) {
        uncertain |= bit(CoverageReason.RECOGNITION_MONTH_UNKNOWN);
      } else if (rule.continuingIfRecognisedBy().filter(by -> !recognised.isAfter(by)).isPresent()) {
        info |= bit(CoverageReason.RECOGNISED_BY_CUT_OFF);
      } else {
        d.set(i, NOT, bit(CoverageReason.RECOGNITION_MONTH), p, timing);
        return;
      }
    }
    if (lossMonth) {
      if (rule != null && rule.stopsMonthAfterLoss()) {
        info |= bit(CoverageReason.LOSS_MONTH);
      } else {
        uncertain |= bit(CoverageReason.LOSS_MONTH_UNKNOWN);
      }
    }
    byte status = uncertain != 0 ? UNCERTAIN : d.status[i];
    int reasons = (d.status[i] == UNCERTAIN ? d.reasons[i] : 0) | uncertain | info;
    d.set(i, status, reasons, p, timing);
  }

  /** The timing rule of a wave in force in a month, if the catalogue holds one. */
  private static Provision timing(Place place, String wave, YearMonth month) {
    LocalDate first = month.atDay(1);
    LocalDate last = month.atEndOfMonth();
    for (Provision p : place.timings) {
      if (((RecognitionTiming) p.terms()).wave().equals(wave) && p.validity().status(first, last)
          != Status.NOT_IN_FORCE) {
        return p;
      }
    }
    return null;
  }

  /** The tax split into its exempt, uncertain and due parts; null where it was given for the year and must not be. */
  private static TaxExemption split(Decisions d, int t, TaxAmount given, int year, Place place,
      Institution institution) {
    long[] parts = new long[3];
    if (given.isByMonth()) {
      for (int m = 1; m <= 12; m++) {
        int i = t * 12 + m - 1;
        Cny amount = given.month(m);
        if (amount.isPositive() && d.has(i, CoverageReason.NOT_LEVIED)) {
          throw notLevied(given.tax(), YearMonth.of(year, m), place.replacedBy(t, institution), place.replacedFrom[t]);
        }
        parts[d.status[i]] += amount.toFen();
      }
    } else if (given.total().isZero()) {
      return new TaxExemption(given, Cny.ZERO, Cny.ZERO, Cny.ZERO, d.answer(t));
    } else {
      int status = -1;
      for (int m = 0; m < 12; m++) {
        int i = t * 12 + m;
        if (!d.has(i, CoverageReason.NOT_LEVIED)) {
          if (status >= 0 && status != d.status[i]) {
            return null;
          }
          status = d.status[i];
        }
      }
      if (status < 0) {
        throw notLevied(given.tax(), YearMonth.of(year, 1), place.replacedBy(t, institution), place.replacedFrom[t]);
      }
      parts[status] += given.total().toFen();
    }
    return new TaxExemption(given, Cny.ofFen(parts[EXEMPT]), Cny.ofFen(parts[UNCERTAIN]), Cny.ofFen(parts[NOT]),
        d.answer(t));
  }

  private static PolicyInputException notLevied(TaxType tax, YearMonth month, Provision by, LocalDate from) {
    IncubatorExemption e = (IncubatorExemption) by.terms();
    return new PolicyInputException(Phrase.of("incubator.error.notLevied", tax, month, from, by, e.taxes()));
  }

  /** A tax's months as phrases, each run of one answer once, e.g. {@code 2019-01 – 2019-07 not exempt}. */
  private static List<Phrase> periods(Decisions d, int t, int year) {
    List<Phrase> out = new ArrayList<>(2);
    List<CoveragePeriod> periods = d.periods(t, year);
    for (int i = 0; i < periods.size(); i++) {
      CoveragePeriod p = periods.get(i);
      int j = i;
      while (j + 1 < periods.size() && periods.get(j + 1).exempt() == p.exempt()) {
        j++;
      }
      YearMonth to = periods.get(j).to();
      out.add(Phrase.of("incubator.why.byMonth.period", p.from().equals(to) ? p.from()
          : Phrase.of("incubator.span", p.from(), to), Phrase.of("incubator.answer." + p.exempt().name())));
      i = j;
    }
    return out;
  }

  /** The first provision that may cover the institution, for the refusal that asks for the recognition date. */
  private static Provision firstCovering(Decisions d) {
    int i = 0;
    while (d.status[i] == NOT) {
      i++;
    }
    return d.provision[i];
  }

  private static Waves waves(Place place, int year) {
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate last = LocalDate.of(year, 12, 31);
    List<Wave> inForce = new ArrayList<>(2);
    boolean known = false;
    for (Wave w : place.waves) {
      if (!w.from().isAfter(last) && !w.to().isBefore(first)) {
        inForce.add(w);
        known |= w.known();
      }
    }
    Wave before = null;
    Wave after = null;
    if (!known) {
      for (Wave w : place.waves) {
        if (w.known() && w.to().isBefore(first)) {
          before = w;
        }
        if (w.known() && after == null && w.from().isAfter(last)) {
          after = w;
        }
      }
    }
    return new Waves(List.copyOf(inForce), known, before, after);
  }

  /** The waves in force in the year, whether one of them is known, and the nearest known ones where none is. */
  record Waves(List<Wave> inForce, boolean known, Wave before, Wave after) implements Serializable {}

  private static List<LocalClause> clauses(Place place, IncubatorCase c) {
    List<LocalClause> out = new ArrayList<>(0);
    LocalDate first = c.year().atDay(1);
    LocalDate last = c.year().atMonth(12).atEndOfMonth();
    for (Provision p : place.referrals) {
      Status s = p.validity().status(first, last);
      if (s != Status.NOT_IN_FORCE && ((TaxReferral) p.terms()).concerns(c.institution())) {
        out.add(new LocalClause(p, s == Status.IN_FORCE ? Answer.YES : Answer.UNCERTAIN));
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "IncubatorExemptionCalculator(" + catalogue + ")";
  }
}
