package org.zhongchuang.policy.tax;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.SmallLowProfitCriteria;
import org.zhongchuang.policy.catalogue.SmallLowProfitRelief;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;

/**
 * The numbers of one tax year in one jurisdiction chain, compiled once per calculator from the provisions the
 * reference computation ({@code SmallLowProfitTaxCalculator.Run}) would choose: the statutory rate, the eligibility
 * limits of the newest criteria, and the relief bands laid out on the income axis. {@link #taxDue} then computes with
 * {@code long} fen what the reference computes with ranges, provisions and text — the same bands, each rounded half-up
 * once — and the assessment builds its explanation from the reference computation only when it is read.
 *
 * <p>A year the plan cannot express exactly (a portion relief band that is not of the form {@code (low, high]}, a
 * provision missing so that the reference computation would refuse) is not compiled, and an income whose bands the
 * zones cannot express (a split-year band below the top one) or that needs a fact the enterprise did not give (the
 * establishment date in a split year) gives {@link #REFERENCE}: the calculator then runs the reference computation.
 * Immutable.
 */
final class TaxPlan {

  /** The relief decisions of the reference computation, in a form the plan is compiled from. */
  record Choice(Year year, Provision statutory, Provision criteria, Provision smallLowProfitRate,
      List<Provision> reliefs, List<Provision> splitting) {}

  /** What {@link #reliefTaxDue} gives where the reference computation must decide. */
  static final long REFERENCE = Long.MIN_VALUE;

  private final FenRate statutory;
  private final long incomeCeiling;
  private final boolean sameLimits;
  private final int industrialEmployees;
  private final int otherEmployees;
  private final long industrialAssets;
  private final long otherAssets;
  /**
   * The income axis cut into zones within which the same provisions grant the same slices: zone z holds the incomes
   * {@code (zoneFloor[z], zoneFloor[z + 1]]} (the last is unbounded). For an income in zone z, every band below the top
   * one is complete and their taxes add up to {@code zoneTax[z]}; the top band starts at {@code zoneStart[z]} and is
   * taxed at {@code zoneRate[z]}.
   */
  private final long[] zoneFloor;
  private final long[] zoneTax;
  private final long[] zoneStart;
  /** Null where a zone is left to the reference (a split relief granting a band below the top one). */
  private final FenRate[] zoneRate;
  /**
   * Where the top band is granted by a whole-income relief that starts during the year and the year is apportioned by
   * months (国家税务总局公告2015年第61号): the relief's first day; else null.
   */
  private final LocalDate[] zoneSplitFrom;
  private final int year;
  /** The plain small low-profit rate: what the months before a split relief pay. */
  private final FenRate plain;

  private TaxPlan(Choice choice, long[] zoneFloor, long[] zoneTax, long[] zoneStart, FenRate[] zoneRate,
      LocalDate[] zoneSplitFrom, FenRate plain) {
    this.statutory = new FenRate(rateOf(choice.statutory()));
    SmallLowProfitCriteria c = (SmallLowProfitCriteria) choice.criteria().terms();
    this.incomeCeiling = c.incomeCeiling().toFen();
    this.sameLimits = c.sameForEveryIndustry();
    this.industrialEmployees = c.industrialEmployees();
    this.otherEmployees = c.otherEmployees();
    this.industrialAssets = c.industrialAssets().toFen();
    this.otherAssets = c.otherAssets().toFen();
    this.zoneFloor = zoneFloor;
    this.zoneTax = zoneTax;
    this.zoneStart = zoneStart;
    this.zoneRate = zoneRate;
    this.zoneSplitFrom = zoneSplitFrom;
    this.year = choice.year().getValue();
    this.plain = plain;
  }

  /**
   * Compiles a year's choice of provisions; empty when the plan cannot express it and the reference computation must
   * run.
   */
  static Optional<TaxPlan> compile(Choice choice) {
    if (choice.statutory() == null || choice.criteria() == null || choice.smallLowProfitRate() == null) {
      return Optional.empty();
    }
    return Layout.of(choice).map(layout -> layout.zones(choice));
  }

  /**
   * Where the reliefs of a year lie on the income axis, as the reference lays them: the plain small low-profit rate
   * beneath, each relief over it oldest first, a whole-income relief over all the income when the income is in its
   * band, a portion relief over its band. Used only to compile the zones.
   */
  private static final class Layout {
    /** Whole-income reliefs, oldest first: the least and greatest income in fen their band holds, their place. */
    final long[] wholeLeast;
    final long[] wholeGreatest;
    final int[] wholeOrder;
    /** The axis cut at every edge of a portion relief: interval k is {@code (edges[k], edges[k + 1]]}. */
    final long[] edges;
    /** Per interval, the place in issue order of the newest portion relief covering it; −1 for the plain rate. */
    final int[] portionWinner;
    /** Per place in issue order + 1 (0 is the plain small low-profit rate): the share of income taxed. */
    final FenRate[] rates;
    /** Per place in issue order + 1: the first day of a relief whose year is split, else null. */
    final LocalDate[] splitFrom;

    private Layout(long[] wholeLeast, long[] wholeGreatest, int[] wholeOrder, long[] edges, int[] portionWinner,
        FenRate[] rates, LocalDate[] splitFrom) {
      this.wholeLeast = wholeLeast;
      this.wholeGreatest = wholeGreatest;
      this.wholeOrder = wholeOrder;
      this.edges = edges;
      this.portionWinner = portionWinner;
      this.rates = rates;
      this.splitFrom = splitFrom;
    }

    static Optional<Layout> of(Choice choice) {
      List<Provision> reliefs = choice.reliefs();
      List<Range<Cny>> wholeBands = new ArrayList<>();
      int[] wholeOrder = new int[reliefs.size()];
      TreeSet<Long> cuts = new TreeSet<>();
      cuts.add(0L);
      for (int i = 0; i < reliefs.size(); i++) {
        SmallLowProfitRelief r = (SmallLowProfitRelief) reliefs.get(i).terms();
        if (r.application() == SmallLowProfitRelief.Application.WHOLE_INCOME) {
          wholeOrder[wholeBands.size()] = i;
          wholeBands.add(SmallLowProfitTaxCalculator.range(r.band()));
        } else if (!isOpenClosed(SmallLowProfitTaxCalculator.range(r.band()))) {
          return Optional.empty();
        } else {
          cuts.add(Math.max(0L, lower(SmallLowProfitTaxCalculator.range(r.band()))));
          cuts.add(Math.max(0L, r.band().upper().toFen()));
        }
      }
      long[] edges = cuts.stream().mapToLong(Long::longValue).toArray();
      int[] winner = new int[edges.length];
      for (int k = 0; k < edges.length; k++) {
        winner[k] = -1;
        // The interval (edges[k], edges[k + 1]], or (edges[last], ∞): covered when the band holds both of its ends.
        long low = edges[k];
        long high = k + 1 < edges.length ? edges[k + 1] : Long.MAX_VALUE;
        for (int i = 0; i < reliefs.size(); i++) {
          SmallLowProfitRelief r = (SmallLowProfitRelief) reliefs.get(i).terms();
          if (r.application() == SmallLowProfitRelief.Application.PORTION && lower(SmallLowProfitTaxCalculator.range(r.band())) <= low
              && high <= r.band().upper().toFen()) {
            winner[k] = i;
          }
        }
      }
      FenRate[] rates = new FenRate[reliefs.size() + 1];
      LocalDate[] splitFrom = new LocalDate[reliefs.size() + 1];
      for (int i = 0; i < rates.length; i++) {
        rates[i] = new FenRate(rateOf(i == 0 ? choice.smallLowProfitRate() : reliefs.get(i - 1)));
        if (i > 0 && choice.splitting().contains(reliefs.get(i - 1))) {
          splitFrom[i] = reliefs.get(i - 1).validity().firstDay().orElseThrow();
        }
      }
      return Optional.of(new Layout(wholeBands.stream().mapToLong(TaxPlan::least).toArray(),
          wholeBands.stream().mapToLong(TaxPlan::greatest).toArray(), Arrays.copyOf(wholeOrder, wholeBands.size()),
          edges, winner, rates, splitFrom));
    }

    /**
     * The zones: the axis cut at every portion edge and at the edges of every whole-income band, so that within a
     * zone the same whole-income reliefs apply and the same intervals lie below the income. Each zone's complete
     * bands and top band are read from its least income.
     */
    TaxPlan zones(Choice choice) {
      TreeSet<Long> cuts = new TreeSet<>();
      for (long edge : edges) {
        cuts.add(edge);
      }
      for (int i = 0; i < wholeOrder.length; i++) {
        // The band holds [least, greatest]: it starts to apply above least − 1 and stops above greatest.
        if (wholeLeast[i] != Long.MIN_VALUE) {
          cuts.add(Math.max(0L, wholeLeast[i] - 1));
        }
        if (wholeGreatest[i] != Long.MAX_VALUE) {
          cuts.add(Math.max(0L, wholeGreatest[i]));
        }
      }
      // No income lies above the greatest amount there is.
      long[] floor = cuts.stream().mapToLong(Long::longValue).filter(cut -> cut != Long.MAX_VALUE).toArray();
      long[] tax = new long[floor.length];
      long[] start = new long[floor.length];
      FenRate[] rate = new FenRate[floor.length];
      LocalDate[] split = new LocalDate[floor.length];
      for (int z = 0; z < floor.length; z++) {
        lay(floor[z] + 1, z, tax, start, rate, split);
      }
      return new TaxPlan(choice, floor, tax, start, rate, split, rates[0]);
    }

    /**
     * Lays the bands of {@code (0, fen]} as the reference does, and records in slot z the taxes of the complete
     * bands, and the start and rate of the top band.
     */
    private void lay(long fen, int z, long[] tax, long[] start, FenRate[] rate, LocalDate[] split) {
      int whole = -1;
      for (int i = 0; i < wholeOrder.length; i++) {
        if (wholeLeast[i] <= fen && fen <= wholeGreatest[i]) {
          whole = wholeOrder[i];
        }
      }
      long complete = 0;
      int granter = Integer.MIN_VALUE;
      long bandStart = 0;
      for (int k = 0; k < edges.length && edges[k] < fen; k++) {
        int winner = Math.max(portionWinner[k], whole);
        if (winner != granter) {
          if (granter != Integer.MIN_VALUE) {
            if (splitFrom[granter + 1] != null) {
              // A split band below the top one: left to the reference (no catalogue has one).
              return;
            }
            complete += rates[granter + 1].of(edges[k] - bandStart);
          }
          granter = winner;
          bandStart = edges[k];
        }
      }
      tax[z] = complete;
      start[z] = bandStart;
      rate[z] = rates[granter + 1];
      split[z] = splitFrom[granter + 1];
    }
  }

  private static boolean isOpenClosed(Range<Cny> band) {
    return (!band.hasLowerBound() || band.lowerBoundType() == BoundType.OPEN)
        && band.hasUpperBound() && band.upperBoundType() == BoundType.CLOSED;
  }

  /** The least whole number of fen in the band (empty bands give least > greatest). */
  private static long least(Range<Cny> band) {
    if (!band.hasLowerBound()) {
      return Long.MIN_VALUE;
    }
    long low = band.lowerEndpoint().toFen();
    return band.lowerBoundType() == BoundType.CLOSED ? low : low == Long.MAX_VALUE ? low : low + 1;
  }

  /** The greatest whole number of fen in the band. */
  private static long greatest(Range<Cny> band) {
    if (!band.hasUpperBound()) {
      return Long.MAX_VALUE;
    }
    long high = band.upperEndpoint().toFen();
    return band.upperBoundType() == BoundType.CLOSED ? high : high == Long.MIN_VALUE ? high : high - 1;
  }

  private static long lower(Range<Cny> band) {
    return band.hasLowerBound() ? band.lowerEndpoint().toFen() : Long.MIN_VALUE;
  }

  private static Share rateOf(Provision p) {
    return SmallLowProfitTaxCalculator.inclusion(p).times(SmallLowProfitTaxCalculator.rate(p));
  }

  /** What the plan's criteria say of an enterprise. */
  enum Verdict {
    ELIGIBLE,
    NOT_ELIGIBLE,
    /** The facts do not say (the criteria distinguish industries and none was given): the reference refuses. */
    UNDECIDED
  }

  /** Whether the enterprise is a small low-profit enterprise under the plan's criteria, as the reference decides. */
  Verdict eligibility(EnterpriseFacts facts, long income) {
    boolean asserted = facts.sizeAsserted();
    boolean industrial = false;
    if (!asserted && !sameLimits) {
      // Asked before anything else, as the reference does: it refuses even an enterprise that fails another condition.
      Industry industry = facts.industryOrNull();
      if (industry == null) {
        return Verdict.UNDECIDED;
      }
      industrial = industry == Industry.INDUSTRIAL;
    }
    if (facts.restrictedOrProhibitedIndustry() || income > incomeCeiling) {
      return Verdict.NOT_ELIGIBLE;
    }
    return asserted || facts.employeesGiven() <= (industrial ? industrialEmployees : otherEmployees)
        && facts.totalAssetsFenGiven() <= (industrial ? industrialAssets : otherAssets)
        ? Verdict.ELIGIBLE : Verdict.NOT_ELIGIBLE;
  }

  /** Taxable income at the statutory rate, rounded half-up once; zero for a loss or nil year. */
  long standardTax(Cny income) {
    return income.isPositive() ? statutory.of(income.toFen()) : 0;
  }

  /**
   * The tax due of a small low-profit enterprise: the sum over the bands of {@code band income × inclusion × rate},
   * each band rounded half-up once, where a band is a maximal stretch of {@code (0, income]} granted by one provision
   * — the complete bands of the income's zone, precomputed, and the top band.
   */
  long reliefTaxDue(Cny income, LocalDate established) {
    long fen = income.toFen();
    if (fen <= 0) {
      return 0;
    }
    int z = 0;
    while (z + 1 < zoneFloor.length && zoneFloor[z + 1] < fen) {
      z++;
    }
    FenRate rate = zoneRate[z];
    if (rate == null) {
      return REFERENCE;
    }
    long top = fen - zoneStart[z];
    LocalDate from = zoneSplitFrom[z];
    if (from == null) {
      return zoneTax[z] + rate.of(top);
    }
    if (established == null) {
      return REFERENCE;
    }
    if (!established.isBefore(from)) {
      return zoneTax[z] + rate.of(top);
    }
    // 61号: the share of months operated from the relief's first day relieved, the rest at the plain rate.
    int monthsOperated = established.getYear() == year ? 13 - established.getMonthValue() : 12;
    int monthsAfter = 13 - from.getMonthValue();
    long relieved = Cny.ofFen(top).multipliedBy(Share.ofFraction(monthsAfter, monthsOperated), RoundingMode.HALF_UP)
        .toFen();
    long rest = top - relieved;
    return zoneTax[z] + (relieved == 0 ? 0 : rate.of(relieved)) + (rest == 0 ? 0 : plain.of(rest));
  }
}
