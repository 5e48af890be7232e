package org.zhongchuang.policy.tax;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.zhongchuang.policy.catalogue.IncomeBand;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.Restatement;
import org.zhongchuang.policy.catalogue.SizeMeasure;
import org.zhongchuang.policy.catalogue.SmallLowProfitCriteria;
import org.zhongchuang.policy.catalogue.SmallLowProfitRelief;
import org.zhongchuang.policy.catalogue.SplitYearApportionment;
import org.zhongchuang.policy.catalogue.TaxRate;
import org.zhongchuang.policy.explain.Step;
import org.zhongchuang.policy.law.Applicability.Status;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;

/**
 * The law of one tax year in one place, as the calculator computes with it: the provisions chosen (PROVISIONS.md §2),
 * and the income axis cut into zones within which the same provisions grant the same bands, the complete bands' taxes
 * added up in advance. This is the computation, compiled once per calculator, year and place; an assessment records
 * which zone it fell in and builds its explanation from the zone's bands. Immutable.
 *
 * <p>The rules, all over the provisions in force during the year along the place's chain (a provision whose being in
 * force is uncertain is not relied on; the explanation says so):
 * <ul>
 *   <li>the statutory rate, the eligibility criteria, the plain small low-profit rate and the size measure are the
 *       newest in force, by the issue date of their documents;
 *   <li>on the income axis {@code (0, income]} the plain small low-profit rate lies beneath, and each relief is laid
 *       over it oldest first: a whole-income relief over all of the income when the income lies in its band, a
 *       portion relief over its band; the newest relief granting a slice wins, and adjacent slices granted by one
 *       provision form one band, taxed and rounded half-up once;
 *   <li>a whole-income relief that starts during the year, with a split-year rule for the year in force, relieves only
 *       the months after its start for an enterprise established before it (国家税务总局公告2015年第61号).
 * </ul>
 */
final class TaxPlan {
  /** Oldest first by the document's issue date (the latest it can be), then deterministically. */
  static final Comparator<Provision> ISSUE_ORDER =
      Comparator.comparing((Provision p) -> p.citation().document().issued().latest())
          .thenComparing(p -> p.citation().document().issued().earliest())
          .thenComparing(p -> p.validity().earliestStart())
          .thenComparing(Provision::id);

  final Year year;
  final Provision statutory;
  final FenRate statutoryRate;
  final Provision criteria;
  /** A newer criteria provision that ended before the year: the year falls back to {@link #criteria}. */
  final Provision expiredCriteria;
  final Provision smallLowProfit;
  final Provision measure;
  final List<Provision> reliefs;
  final List<Provision> apportionments;
  final List<Provision> restatements;
  /** Provisions of the kinds the calculator reads whose being in force during the year is uncertain. */
  final List<Provision> uncertain;
  /** The relief in force last, where it ended before the year (no extension is assumed); else null. */
  final Provision lastReliefEnded;

  final long incomeCeiling;
  final boolean sameLimits;
  final int industrialEmployees;
  final int otherEmployees;
  final Cny industrialAssets;
  final Cny otherAssets;

  /** Zone {@code z} holds incomes {@code [zoneFrom[z], zoneFrom[z + 1] − 1]} in fen; the first starts at 1 fen. */
  final long[] zoneFrom;
  final Zone[] zones;

  /**
   * The warnings and the granting provisions of the assessments of this year and place, by the key of what they depend
   * on ({@code TaxAssessment.summaryKey}): taken from the explanation of the first assessment read with each key, and
   * shared by the others. A cache of values that never change, so the plan stays immutable in every observable way.
   */
  final ConcurrentHashMap<Integer, Summary> summaries = new ConcurrentHashMap<>();

  /** The warnings of an explanation, and its bands' granting provisions, each once, in band order. */
  record Summary(List<Step> warnings, List<Provision> grantedBy) {}

  /** The bands an income in one zone is taxed in: all but the last are complete. */
  static final class Zone {
    final Band[] bands;
    /** The complete bands' taxes, where no band is split. */
    final long fixedTax;
    /** Whether a band's relief starts during the year and the year is apportioned by months. */
    final boolean split;

    Zone(Band[] bands, long fixedTax, boolean split) {
      this.bands = bands;
      this.fixedTax = fixedTax;
      this.split = split;
    }

    Band top() {
      return bands[bands.length - 1];
    }
  }

  /** A slice {@code (lower, upper]} of the income axis ({@code upper} is the income for the top band). */
  static final class Band {
    /** The upper end of the top band, which ends at the income. */
    static final long OPEN = -1;

    final long lower;
    /** The upper end in fen; {@link #OPEN} for the top band. */
    final long upper;
    final Provision grantedBy;
    final Share inclusion;
    final Share rate;
    final FenRate effective;
    final List<Provision> alsoInForce;
    /** The day the granting relief starts, where the year is split at it; else null. */
    final LocalDate splitFrom;
    /** Whether the granting relief is in force for only part of the year with no split-year rule. */
    final boolean partYear;
    /** The tax of a complete band; zero for the top band. */
    final long tax;

    Band(long lower, long upper, Provision grantedBy, Share inclusion, Share rate, List<Provision> alsoInForce,
        LocalDate splitFrom, boolean partYear) {
      this.lower = lower;
      this.upper = upper;
      this.grantedBy = grantedBy;
      this.inclusion = inclusion;
      this.rate = rate;
      this.effective = new FenRate(inclusion.times(rate));
      this.alsoInForce = alsoInForce;
      this.splitFrom = splitFrom;
      this.partYear = partYear;
      this.tax = upper == OPEN ? 0 : effective.of(upper - lower);
    }
  }

  /** The provisions of the calculator's kinds in issue order, for choosing. */
  record Kinds(List<Provision> rates, List<Provision> criteria, List<Provision> reliefs, List<Provision> measures,
      List<Provision> apportionments, List<Provision> restatements) {}

  private TaxPlan(Year year, Provision statutory, Provision criteria, Provision expiredCriteria,
      Provision smallLowProfit, Provision measure, List<Provision> reliefs, List<Provision> apportionments,
      List<Provision> restatements, List<Provision> uncertain, Provision lastReliefEnded) {
    this.year = year;
    this.statutory = statutory;
    this.statutoryRate = new FenRate(((TaxRate) statutory.terms()).rate());
    this.criteria = criteria;
    this.expiredCriteria = expiredCriteria;
    this.smallLowProfit = smallLowProfit;
    this.measure = measure;
    this.reliefs = reliefs;
    this.apportionments = apportionments;
    this.restatements = restatements;
    this.uncertain = uncertain;
    this.lastReliefEnded = lastReliefEnded;
    SmallLowProfitCriteria c = (SmallLowProfitCriteria) criteria.terms();
    this.incomeCeiling = c.incomeCeiling().toFen();
    this.sameLimits = c.sameForEveryIndustry();
    this.industrialEmployees = c.industrialEmployees();
    this.otherEmployees = c.otherEmployees();
    this.industrialAssets = c.industrialAssets();
    this.otherAssets = c.otherAssets();
    List<long[]> froms = new ArrayList<>();
    List<Zone> built = new ArrayList<>();
    zones(froms, built);
    this.zoneFrom = froms.stream().mapToLong(f -> f[0]).toArray();
    this.zones = built.toArray(Zone[]::new);
  }

  /**
   * Chooses the year's provisions in a place's chain and compiles the zones.
   *
   * @return the plan, or null where the catalogue holds no statutory rate, criteria or small low-profit rate certainly
   *     in force for the year (the calculator refuses such a year)
   */
  static TaxPlan compile(Year year, List<Provision> inChain, Kinds kinds) {
    List<Provision> uncertain = new ArrayList<>();
    Provision statutory = newest(inForce(rates(kinds.rates(), TaxRate.Kind.STATUTORY), inChain, year, uncertain));
    Provision smallLowProfit = newest(inForce(rates(kinds.rates(), TaxRate.Kind.SMALL_LOW_PROFIT), inChain, year,
        uncertain));
    Provision criteria = newest(inForce(kinds.criteria(), inChain, year, uncertain));
    if (statutory == null || smallLowProfit == null || criteria == null) {
      return null;
    }
    LocalDate first = year.atDay(1);
    Provision expired = null;
    for (Provision p : kinds.criteria()) {
      if (inChain.contains(p) && p.validity().latestEnd().isBefore(first) && ISSUE_ORDER.compare(p, criteria) > 0) {
        expired = p;
      }
    }
    Provision measure = newest(inForce(kinds.measures(), inChain, year, uncertain));
    List<Provision> reliefs = inForce(kinds.reliefs(), inChain, year, uncertain);
    List<Provision> forTheYear = new ArrayList<>();
    for (Provision p : kinds.apportionments()) {
      if (((SplitYearApportionment) p.terms()).taxYear().equals(year)) {
        forTheYear.add(p);
      }
    }
    List<Provision> apportionments = inForce(forTheYear, inChain, year, uncertain);
    List<Provision> restatements = inForce(kinds.restatements(), inChain, year, uncertain);
    Provision lastEnded = null;
    Provision last = null;
    for (Provision p : kinds.reliefs()) {
      if (inChain.contains(p) && (last == null || p.validity().latestEnd().compareTo(last.validity().latestEnd()) >= 0)) {
        last = p;
      }
    }
    if (last != null && last.validity().latestEnd().isBefore(first)) {
      lastEnded = last;
    }
    return new TaxPlan(year, statutory, criteria, expired, smallLowProfit, measure, List.copyOf(reliefs),
        List.copyOf(apportionments), List.copyOf(restatements), List.copyOf(uncertain), lastEnded);
  }

  /** The kinds of provision a year lacks, where {@link #compile} gives null; template keys. */
  static List<String> missing(Year year, List<Provision> inChain, Kinds kinds) {
    List<Provision> ignored = new ArrayList<>();
    List<String> out = new ArrayList<>();
    if (newest(inForce(rates(kinds.rates(), TaxRate.Kind.STATUTORY), inChain, year, ignored)) == null) {
      out.add("tax.missing.statutory");
    }
    if (newest(inForce(kinds.criteria(), inChain, year, ignored)) == null) {
      out.add("tax.missing.criteria");
    }
    if (newest(inForce(rates(kinds.rates(), TaxRate.Kind.SMALL_LOW_PROFIT), inChain, year, ignored)) == null) {
      out.add("tax.missing.smallLowProfit");
    }
    return out;
  }

  private static List<Provision> rates(List<Provision> rates, TaxRate.Kind kind) {
    List<Provision> out = new ArrayList<>();
    for (Provision p : rates) {
      if (((TaxRate) p.terms()).kind() == kind) {
        out.add(p);
      }
    }
    return out;
  }

  /** The provisions certainly in force during the year in the chain, in issue order; uncertain ones noted apart. */
  private static List<Provision> inForce(List<Provision> kind, List<Provision> inChain, Year year,
      List<Provision> uncertain) {
    List<Provision> out = new ArrayList<>();
    for (Provision p : kind) {
      if (!inChain.contains(p)) {
        continue;
      }
      Status status = p.validity().status(year.atDay(1), year.atMonth(12).atEndOfMonth());
      if (status == Status.IN_FORCE) {
        out.add(p);
      } else if (status == Status.UNCERTAIN && !uncertain.contains(p)) {
        uncertain.add(p);
      }
    }
    return out;
  }

  private static Provision newest(List<Provision> inIssueOrder) {
    return inIssueOrder.isEmpty() ? null : inIssueOrder.get(inIssueOrder.size() - 1);
  }

  // ------------------------------------------------------------------------------------------------ zones

  private static long fen(Cny amount) {
    return amount.toFen();
  }

  private void zones(List<long[]> froms, List<Zone> built) {
    TreeSet<Long> ends = new TreeSet<>();
    TreeSet<Long> portionEnds = new TreeSet<>();
    for (Provision p : reliefs) {
      IncomeBand b = relief(p).band();
      for (Cny end : new Cny[] {b.lower(), b.upper()}) {
        if (end != null && end.isPositive()) {
          ends.add(fen(end));
          if (relief(p).application() == SmallLowProfitRelief.Application.PORTION) {
            portionEnds.add(fen(end));
          }
        }
      }
    }
    long from = 1;
    for (long e : ends) {
      if (e > from) {
        addZone(froms, built, from, e - 1, portionEnds);
      }
      addZone(froms, built, e, e, portionEnds);
      if (e == Long.MAX_VALUE) {
        return;
      }
      from = e + 1;
    }
    addZone(froms, built, from, Long.MAX_VALUE, portionEnds);
  }

  private void addZone(List<long[]> froms, List<Zone> built, long from, long to, TreeSet<Long> portionEnds) {
    Cny representative = Cny.ofFen(from);
    List<Provision> wholeActive = new ArrayList<>();
    for (Provision p : reliefs) {
      SmallLowProfitRelief r = relief(p);
      if (r.application() == SmallLowProfitRelief.Application.WHOLE_INCOME && r.band().contains(representative)) {
        wholeActive.add(p);
      }
    }
    List<Long> breaks = new ArrayList<>();
    breaks.add(0L);
    for (long e : portionEnds.headSet(from, false)) {
      breaks.add(e);
    }
    List<Band> bands = new ArrayList<>();
    for (int i = 0; i < breaks.size(); i++) {
      long lower = breaks.get(i);
      long upper = i + 1 < breaks.size() ? breaks.get(i + 1) : Band.OPEN;
      Provision winner = smallLowProfit;
      for (Provision p : reliefs) {
        if (wholeActive.contains(p) || covers(relief(p), lower, upper == Band.OPEN ? to : upper)) {
          winner = p;
        }
      }
      Band previous = bands.isEmpty() ? null : bands.get(bands.size() - 1);
      if (previous != null && previous.grantedBy == winner) {
        bands.set(bands.size() - 1, band(previous.lower, upper, winner, wholeActive, from, to));
      } else {
        bands.add(band(lower, upper, winner, wholeActive, from, to));
      }
    }
    boolean split = false;
    long fixed = 0;
    for (Band b : bands) {
      split |= b.splitFrom != null;
      fixed += b.tax; // the top band's is zero
    }
    froms.add(new long[] {from});
    built.add(new Zone(bands.toArray(Band[]::new), fixed, split));
  }

  /** Whether a portion relief's band holds the slice {@code (lower, upper]} (a point's worth of income is no fen). */
  private static boolean covers(SmallLowProfitRelief r, long lower, long upper) {
    if (r.application() != SmallLowProfitRelief.Application.PORTION) {
      return false;
    }
    IncomeBand b = r.band();
    return (b.lower() == null || fen(b.lower()) <= lower) && upper <= fen(b.upper());
  }

  private Band band(long lower, long upper, Provision winner, List<Provision> wholeActive, long from, long to) {
    Share inclusion = winner == smallLowProfit ? Share.ONE : relief(winner).inclusion();
    Share rate = winner == smallLowProfit ? ((TaxRate) winner.terms()).rate() : relief(winner).rate();
    List<Provision> also = new ArrayList<>();
    if (winner != smallLowProfit) {
      long top = upper == Band.OPEN ? from : upper;
      for (Provision p : reliefs) {
        SmallLowProfitRelief r = relief(p);
        if (p != winner && r.inclusion().equals(inclusion) && r.rate().equals(rate)
            && (wholeActive.contains(p) || overlaps(r, lower, top))) {
          also.add(p);
        }
      }
    }
    LocalDate splitFrom = null;
    boolean partYear = false;
    if (winner != smallLowProfit) {
      if (!apportionments.isEmpty() && startsInYear(winner)) {
        splitFrom = winner.validity().firstDay().orElseThrow();
      } else {
        partYear = !coversWholeYear(winner);
      }
    }
    return new Band(lower, upper, winner, inclusion, rate, List.copyOf(also), splitFrom, partYear);
  }

  /** Whether a portion band shares some income with {@code (lower, upper]}. */
  private static boolean overlaps(SmallLowProfitRelief r, long lower, long upper) {
    if (r.application() != SmallLowProfitRelief.Application.PORTION) {
      return false;
    }
    IncomeBand b = r.band();
    long bandLow = b.lower() == null ? Long.MIN_VALUE : fen(b.lower());
    return Math.max(bandLow, lower) < Math.min(fen(b.upper()), upper);
  }

  /** A whole-income relief that starts after 1 January of the year: its year may be split (61号). */
  private boolean startsInYear(Provision p) {
    return relief(p).application() == SmallLowProfitRelief.Application.WHOLE_INCOME
        && p.validity().firstDay().filter(d -> d.getYear() == year.getValue() && d.getDayOfYear() > 1).isPresent();
  }

  /** Certainly in force on the year's first and last days. */
  private boolean coversWholeYear(Provision p) {
    return !p.validity().latestStart().isAfter(year.atDay(1))
        && !p.validity().earliestEnd().isBefore(year.atMonth(12).atEndOfMonth());
  }

  static SmallLowProfitRelief relief(Provision p) {
    return (SmallLowProfitRelief) p.terms();
  }

  /** The zone of an income of at least one fen. */
  int zoneOf(long incomeFen) {
    int i = Arrays.binarySearch(zoneFrom, incomeFen);
    return i >= 0 ? i : -i - 2;
  }

  /** The local clauses restating a band's provisions here, for an incubated start-up or not. */
  List<Provision> restating(Band band, boolean incubatedStartUp) {
    List<Provision> out = new ArrayList<>(0);
    for (Provision p : restatements) {
      Restatement r = (Restatement) p.terms();
      boolean names = r.restatedId().equals(band.grantedBy.id())
          || band.alsoInForce.stream().anyMatch(a -> a.id().equals(r.restatedId()));
      if (names && (!r.incubatedStartUpsOnly() || incubatedStartUp)) {
        out.add(p);
      }
    }
    return out;
  }

  /** The measure's averaging, where a measure is in force. */
  SizeMeasure.Method averaging() {
    return measure == null ? null : ((SizeMeasure) measure.terms()).method();
  }
}
