package org.zhongchuang.policy.eit;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.HalvedIncomeRate;
import org.zhongchuang.policy.catalogue.LossCarryForward;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.ResearchDeduction;
import org.zhongchuang.policy.catalogue.ResearchExclusion;
import org.zhongchuang.policy.catalogue.TaxRate;
import org.zhongchuang.policy.catalogue.Terms;
import org.zhongchuang.policy.catalogue.TransferIncomeRelief;
import org.zhongchuang.policy.catalogue.VentureCapitalDeduction;
import org.zhongchuang.policy.catalogue.VentureCapitalDeduction.Investee;
import org.zhongchuang.policy.law.Applicability.Status;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.law.ValidityPeriod;
import org.zhongchuang.policy.money.Share;

/**
 * The law of one tax year in one place, as the annual return reads it, compiled once per calculator: the rates, the
 * research deduction of every combination of the enterprise's categories in the first three quarters and the fourth
 * (公告2022年第28号 splits 2022 there), the technology-transfer relief, the rate of halved income, the venture-capital
 * deductions by investee, and the loss carry-forward rules. Rules of the annual computation are those in force at the
 * end of the tax year; research rates are those in force when the costs are incurred. A provision whose being in force
 * is uncertain is not relied on, and said so. Immutable.
 */
final class YearLaw {
  /** The research categories of an enterprise as bits; {@link #NEGATIVE} is the excluded industries. */
  static final int MANUFACTURING = 1;
  static final int TECHNOLOGY_SME = 2;
  static final int LISTED = 4;
  static final int NEGATIVE = 8;
  static final int CATEGORY_MASKS = 16;

  static final Comparator<Provision> ISSUE_ORDER =
      Comparator.comparing((Provision p) -> p.citation().document().issued().latest())
          .thenComparing(p -> p.citation().document().issued().earliest())
          .thenComparing(p -> p.validity().earliestStart())
          .thenComparing(Provision::id);

  private static final MonthDay FOURTH_QUARTER = MonthDay.of(10, 1);

  final Year year;
  final Provision statutory;
  final Share statutoryRate;
  /** Null where none is in force at the year's end. */
  final Provision highTech;
  final Provision halved;
  final Provision transfer;
  final Provision lossBase;
  /** Every extension of the carry-forward in the place's chain; a qualified year counts where one is in force. */
  final List<Provision> lossExtensions;
  final Map<Investee, Provision> venture;
  /** By category mask. */
  final Research[] research;
  /** A research provision in force for part of a quarter group: the year cannot be computed with research costs. */
  final Provision researchPartial;
  /** Provisions of the kinds read whose being in force is uncertain: not relied on. */
  final List<Provision> uncertain;
  /** Annual rules that started during the year (in force at its end only). */
  final List<Provision> startedInYear;
  /** The income-tax provision with the latest finite end, where that end is before the year: nothing later is known. */
  final Provision lastKnown;

  /** The research deduction of one combination of categories: first three quarters, fourth quarter. */
  static final class Research {
    /** Extra share on expensed costs, and its provision (null: none, or excluded). */
    final Share rest;
    final Provision restBy;
    final Share fourth;
    final Provision fourthBy;
    /** Extra share on amortisation (amortisation share − 100%), and its provision. */
    final Share amortRest;
    final Provision amortRestBy;
    final Share amortFourth;
    final Provision amortFourthBy;
    /** The fourth quarter's amortisation where a clause that states none is read as its expensed rate (§15 item 7). */
    final Share amortFourthStated;
    final Provision amortFourthStatedBy;
    /** The exclusion that denies the deduction in the first three quarters, or the fourth; else null. */
    final Provision excludedRest;
    final Provision excludedFourth;
    /** The newest provision for one of the enterprise's own categories that ended before the year, if any. */
    final Provision categoryEnded;

    Research(Share rest, Provision restBy, Share fourth, Provision fourthBy, Share amortRest, Provision amortRestBy,
        Share amortFourth, Provision amortFourthBy, Share amortFourthStated, Provision amortFourthStatedBy,
        Provision excludedRest, Provision excludedFourth, Provision categoryEnded) {
      this.rest = rest;
      this.restBy = restBy;
      this.fourth = fourth;
      this.fourthBy = fourthBy;
      this.amortRest = amortRest;
      this.amortRestBy = amortRestBy;
      this.amortFourth = amortFourth;
      this.amortFourthBy = amortFourthBy;
      this.amortFourthStated = amortFourthStated;
      this.amortFourthStatedBy = amortFourthStatedBy;
      this.excludedRest = excludedRest;
      this.excludedFourth = excludedFourth;
      this.categoryEnded = categoryEnded;
    }

    /** Whether the fourth quarter's expensed rate differs from the rest of the year's. */
    boolean splitsExpensed() {
      return !rest.equals(fourth);
    }

    /** Whether the fourth quarter's amortisation rate differs from the rest of the year's, in a reading. */
    boolean splitsAmortisation(boolean statedReading) {
      return !amortRest.equals(statedReading ? amortFourthStated : amortFourth);
    }
  }

  private YearLaw(Year year, List<Provision> chain) {
    this.year = year;
    LocalDate first = year.atDay(1);
    LocalDate last = year.atMonth(12).atEndOfMonth();
    Set<Provision> unsure = new LinkedHashSet<>();
    List<Provision> started = new ArrayList<>();
    this.statutory = atYearEnd(chain, TaxRate.class, p -> ((TaxRate) p.terms()).kind() == TaxRate.Kind.STATUTORY,
        last, unsure, started);
    this.statutoryRate = statutory == null ? null : ((TaxRate) statutory.terms()).rate();
    this.highTech = atYearEnd(chain, TaxRate.class, p -> ((TaxRate) p.terms()).kind() == TaxRate.Kind.HIGH_TECH, last,
        unsure, started);
    this.halved = atYearEnd(chain, HalvedIncomeRate.class, p -> true, last, unsure, started);
    this.transfer = atYearEnd(chain, TransferIncomeRelief.class, p -> true, last, unsure, started);
    this.lossBase = atYearEnd(chain, LossCarryForward.class, p -> !((LossCarryForward) p.terms()).qualifiedOnly(),
        last, unsure, started);
    List<Provision> extensions = new ArrayList<>();
    for (Provision p : chain) {
      if (p.terms() instanceof LossCarryForward l && l.qualifiedOnly()) {
        extensions.add(p);
      }
    }
    this.lossExtensions = List.copyOf(extensions);
    Map<Investee, Provision> vc = new EnumMap<>(Investee.class);
    for (Investee investee : Investee.values()) {
      Provision p = atYearEnd(chain, VentureCapitalDeduction.class,
          q -> ((VentureCapitalDeduction) q.terms()).investee() == investee, last, unsure, started);
      if (p != null) {
        vc.put(investee, p);
      }
    }
    this.venture = vc;

    LocalDate fourth = year.atMonthDay(FOURTH_QUARTER);
    List<Provision> rows = new ArrayList<>();
    List<Provision> exclusions = new ArrayList<>();
    Provision partial = null;
    for (Provision p : chain) {
      if (!(p.terms() instanceof ResearchDeduction) && !(p.terms() instanceof ResearchExclusion)) {
        continue;
      }
      Status status = p.validity().status(first, last);
      if (status == Status.NOT_IN_FORCE) {
        continue;
      }
      boolean exact = !(p.validity().start() instanceof ValidityPeriod.Within)
          && !(p.validity().end() instanceof ValidityPeriod.Within);
      if (!exact) {
        unsure.add(p);
        continue;
      }
      boolean rest = covers(p, first, fourth.minusDays(1));
      boolean q4 = covers(p, fourth, last);
      if (rest != touches(p, first, fourth.minusDays(1)) || q4 != touches(p, fourth, last)) {
        partial = p;
        continue;
      }
      (p.terms() instanceof ResearchDeduction ? rows : exclusions).add(p);
    }
    this.researchPartial = partial;
    this.research = new Research[CATEGORY_MASKS];
    for (int mask = 0; mask < CATEGORY_MASKS; mask++) {
      research[mask] = research(mask, rows, exclusions, chain, first, fourth, last);
    }
    this.uncertain = List.copyOf(unsure);
    this.startedInYear = List.copyOf(started);
    Provision known = null;
    for (Provision p : chain) {
      if (!isIncomeTaxKind(p.terms())) {
        continue;
      }
      LocalDate end = p.validity().latestEnd();
      if (!end.equals(LocalDate.MAX) && (known == null || end.isAfter(known.validity().latestEnd()))) {
        known = p;
      }
    }
    this.lastKnown = known != null && known.validity().latestEnd().isBefore(first) ? known : null;
  }

  /** The law of a year in a chain, or null where no statutory rate is in force at its end. */
  static YearLaw compile(Year year, List<Provision> chain) {
    YearLaw law = new YearLaw(year, chain);
    return law.statutory == null ? null : law;
  }

  static boolean isIncomeTaxKind(Terms t) {
    return t instanceof TaxRate || t instanceof HalvedIncomeRate || t instanceof TransferIncomeRelief
        || t instanceof LossCarryForward || t instanceof VentureCapitalDeduction || t instanceof ResearchDeduction
        || t instanceof ResearchExclusion;
  }

  private static boolean covers(Provision p, LocalDate from, LocalDate to) {
    return !p.validity().latestStart().isAfter(from) && !p.validity().earliestEnd().isBefore(to);
  }

  private static boolean touches(Provision p, LocalDate from, LocalDate to) {
    return p.validity().status(from, to) != Status.NOT_IN_FORCE;
  }

  /** The newest provision of a kind in force on the year's last day; uncertain ones noted, not relied on. */
  private static Provision atYearEnd(List<Provision> chain, Class<? extends Terms> kind,
      java.util.function.Predicate<Provision> which, LocalDate last, Set<Provision> unsure, List<Provision> started) {
    Provision newest = null;
    for (Provision p : chain) {
      if (!kind.isInstance(p.terms()) || !which.test(p)) {
        continue;
      }
      Status status = p.validity().status(last, last);
      if (status == Status.UNCERTAIN) {
        unsure.add(p);
      } else if (status == Status.IN_FORCE && (newest == null || ISSUE_ORDER.compare(p, newest) > 0)) {
        newest = p;
      }
    }
    if (newest != null && newest.validity().latestStart().isAfter(last.withDayOfYear(1))) {
      started.add(newest);
    }
    return newest;
  }

  private static Research research(int mask, List<Provision> rows, List<Provision> exclusions, List<Provision> chain,
      LocalDate first, LocalDate fourth, LocalDate last) {
    Provision excludedRest = null;
    Provision excludedFourth = null;
    if ((mask & NEGATIVE) != 0) {
      for (Provision p : exclusions) {
        if (covers(p, first, fourth.minusDays(1))) {
          excludedRest = p;
        }
        if (covers(p, fourth, last)) {
          excludedFourth = p;
        }
      }
    }
    Best rest = new Best();
    Best q4 = new Best();
    Best amortRest = new Best();
    Best amortQ4 = new Best();
    Best amortQ4Stated = new Best();
    for (Provision p : rows) {
      ResearchDeduction r = (ResearchDeduction) p.terms();
      if (!applies(r.enterprises(), mask)) {
        continue;
      }
      Share amort = r.extraAmortisation().orElse(null);
      if (excludedRest == null && covers(p, first, fourth.minusDays(1))) {
        rest.offer(r.extra(), p);
        if (amort != null) {
          amortRest.offer(amort, p);
        }
      }
      if (excludedFourth == null && covers(p, fourth, last)) {
        q4.offer(r.extra(), p);
        if (amort != null) {
          amortQ4.offer(amort, p);
          amortQ4Stated.offer(amort, p);
        } else {
          amortQ4Stated.offer(r.extra(), p);
        }
      }
    }
    Provision ended = null;
    for (Provision p : chain) {
      if (p.terms() instanceof ResearchDeduction r && r.enterprises() != ResearchDeduction.Category.ALL
          && applies(r.enterprises(), mask) && p.validity().latestEnd().isBefore(first)
          && (ended == null || p.validity().latestEnd().isAfter(ended.validity().latestEnd()))) {
        ended = p;
      }
    }
    return new Research(rest.share, rest.by, q4.share, q4.by, amortRest.share, amortRest.by, amortQ4.share,
        amortQ4.by, amortQ4Stated.share, amortQ4Stated.by, excludedRest, excludedFourth, ended);
  }

  /** The highest share offered, and the newest provision among those that state it. */
  private static final class Best {
    Share share = Share.ZERO;
    Provision by;

    void offer(Share s, Provision p) {
      if (by == null || s.isGreaterThan(share) || s.equals(share) && ISSUE_ORDER.compare(p, by) > 0) {
        share = s;
        by = p;
      }
    }
  }

  private static boolean applies(ResearchDeduction.Category category, int mask) {
    return switch (category) {
      case ALL -> true;
      case MANUFACTURING -> (mask & MANUFACTURING) != 0;
      case TECHNOLOGY_SME -> (mask & TECHNOLOGY_SME) != 0;
      case LISTED_IC_OR_MACHINE_TOOL -> (mask & LISTED) != 0;
    };
  }

  /** The category mask of a case. */
  static int mask(AnnualReturnCase c) {
    return (c.manufacturing() ? MANUFACTURING : 0) | (c.technologySme() ? TECHNOLOGY_SME : 0)
        | (c.listedIcOrMachineTool() ? LISTED : 0) | (c.negativeListIndustry() ? NEGATIVE : 0);
  }

  /**
   * Whether a year is a qualified year of an extension: the enterprise qualified in it and an extension of the chain
   * is in force at its end. Returns the extension, or null.
   */
  Provision extensionFor(Year qualified) {
    LocalDate end = qualified.atMonth(12).atEndOfMonth();
    Provision found = null;
    for (Provision p : lossExtensions) {
      if (p.validity().status(end, end) == Status.IN_FORCE && (found == null || ISSUE_ORDER.compare(p, found) > 0)) {
        found = p;
      }
    }
    return found;
  }

  /**
   * The compiled laws of every tax year and place of one catalogue, on first use. Years after every date of the
   * catalogue share one slot; a place that names no income-tax provision shares the slots of the nearest place it lies
   * within that does.
   */
  static final class Shelf {
    private final Jurisdiction[] places;
    private final List<List<Provision>> chains = new ArrayList<>();
    private final int firstYear;
    private final int years;
    private final AtomicReferenceArray<Object> slots;
    private static final Object NO_LAW = new Object();

    Shelf(Catalogue catalogue) {
      List<Provision> all = catalogue.all();
      Set<Jurisdiction> named = new LinkedHashSet<>();
      int firstDate = Integer.MAX_VALUE;
      int lastDate = 0;
      for (Provision p : all) {
        named.add(p.jurisdiction());
        for (LocalDate day : new LocalDate[] {p.validity().earliestStart(), p.validity().latestStart(),
            p.validity().earliestEnd(), p.validity().latestEnd()}) {
          if (!day.equals(LocalDate.MIN) && !day.equals(LocalDate.MAX)) {
            firstDate = Math.min(firstDate, day.getYear());
            lastDate = Math.max(lastDate, day.getYear() + 1);
          }
        }
      }
      this.places = named.toArray(Jurisdiction[]::new);
      for (Jurisdiction place : places) {
        List<Provision> chain = new ArrayList<>();
        for (Provision p : all) {
          if (place.isWithin(p.jurisdiction())) {
            chain.add(p);
          }
        }
        chains.add(List.copyOf(chain));
      }
      // No dated provision at all: one slot, from year 0.
      this.firstYear = Math.min(firstDate, lastDate);
      this.years = lastDate - firstYear + 1;
      this.slots = new AtomicReferenceArray<>(Math.max(1, places.length * years));
    }

    /** The law, or null where the catalogue holds no statutory rate for the year and place. */
    YearLaw law(Year year, Jurisdiction jurisdiction) {
      int place = place(jurisdiction);
      int y = year.getValue() - firstYear;
      if (place < 0 || y < 0) {
        return null;
      }
      int index = place * years + Math.min(y, years - 1);
      Object law = slots.get(index);
      if (law == null) {
        YearLaw fresh = compile(Year.of(firstYear + Math.min(y, years - 1)), chains.get(place));
        slots.compareAndSet(index, null, fresh == null ? NO_LAW : fresh);
        law = slots.get(index);
      }
      if (law == NO_LAW) {
        return null;
      }
      YearLaw l = (YearLaw) law;
      // A year past the shelf is compiled as its last year; its "nothing later is known" is the asked year's.
      return l.year.equals(year) ? l : l.asYear(year);
    }

    private int place(Jurisdiction jurisdiction) {
      for (Jurisdiction at = jurisdiction; at != null; at = at.parent().orElse(null)) {
        for (int k = 0; k < places.length; k++) {
          if (places[k].equals(at)) {
            return k;
          }
        }
      }
      return -1;
    }
  }

  /** The same law for a later year in which no provision's status changes. */
  private YearLaw(YearLaw from, Year year) {
    this.year = year;
    this.statutory = from.statutory;
    this.statutoryRate = from.statutoryRate;
    this.highTech = from.highTech;
    this.halved = from.halved;
    this.transfer = from.transfer;
    this.lossBase = from.lossBase;
    this.lossExtensions = from.lossExtensions;
    this.venture = from.venture;
    this.research = from.research;
    this.researchPartial = from.researchPartial;
    this.uncertain = from.uncertain;
    this.startedInYear = List.of();
    this.lastKnown = from.lastKnown;
  }

  YearLaw asYear(Year other) {
    return new YearLaw(this, other);
  }
}
