package org.zhongchuang.policy.tax;

import com.google.common.collect.BoundType;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import java.math.RoundingMode;
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
 * <p>A year the plan cannot express exactly (a split year apportioned by months, a relief band that is not of the form
 * {@code (low, high]}, a provision missing so that the reference computation would refuse) is not compiled: the
 * calculator then runs the reference computation at once. Immutable.
 */
final class TaxPlan {

  /** The relief decisions of the reference computation, in a form the plan is compiled from. */
  record Choice(Provision statutory, Provision criteria, Provision smallLowProfitRate, List<Provision> reliefs,
      boolean splitYear) {}

  private final long statutoryNumerator;
  private final long statutoryDenominator;
  private final long incomeCeiling;
  private final boolean sameLimits;
  private final int industrialEmployees;
  private final int otherEmployees;
  private final long industrialAssets;
  private final long otherAssets;
  /**
   * Whole-income reliefs, oldest first: the band their income must lie in, as the least and greatest income in fen it
   * holds (income is a whole number of fen, so an open end is the next fen in), and their place in issue order.
   */
  private final long[] wholeLeast;
  private final long[] wholeGreatest;
  private final int[] wholeOrder;
  /** The income axis cut at every edge of a portion relief: interval i is {@code (edges[i], edges[i + 1]]}. */
  private final long[] edges;
  /** Per interval, the place in issue order of the newest portion relief covering it; −1 for the plain rate. */
  private final int[] portionWinner;
  /** Per place in issue order + 1 (0 is the plain small low-profit rate): the share of income taxed. */
  private final long[] numerators;
  private final long[] denominators;

  private TaxPlan(Choice choice, List<Range<Cny>> wholeBands, int[] wholeOrder, long[] edges, int[] portionWinner) {
    Share statutory = rateOf(choice.statutory());
    this.statutoryNumerator = statutory.numerator();
    this.statutoryDenominator = statutory.denominator();
    SmallLowProfitCriteria c = (SmallLowProfitCriteria) choice.criteria().terms();
    this.incomeCeiling = c.incomeCeiling().toFen();
    this.sameLimits = c.industrialEmployees() == c.otherEmployees() && c.industrialAssets().equals(c.otherAssets());
    this.industrialEmployees = c.industrialEmployees();
    this.otherEmployees = c.otherEmployees();
    this.industrialAssets = c.industrialAssets().toFen();
    this.otherAssets = c.otherAssets().toFen();
    this.wholeLeast = wholeBands.stream().mapToLong(TaxPlan::least).toArray();
    this.wholeGreatest = wholeBands.stream().mapToLong(TaxPlan::greatest).toArray();
    this.wholeOrder = wholeOrder;
    this.edges = edges;
    this.portionWinner = portionWinner;
    int n = choice.reliefs().size() + 1;
    this.numerators = new long[n];
    this.denominators = new long[n];
    for (int i = 0; i < n; i++) {
      Share share = rateOf(i == 0 ? choice.smallLowProfitRate() : choice.reliefs().get(i - 1));
      numerators[i] = share.numerator();
      denominators[i] = share.denominator();
    }
  }

  /**
   * Compiles a year's choice of provisions; empty when the plan cannot express it and the reference computation must
   * run.
   */
  static Optional<TaxPlan> compile(Choice choice) {
    if (choice.splitYear() || choice.statutory() == null || choice.criteria() == null
        || choice.smallLowProfitRate() == null) {
      return Optional.empty();
    }
    List<Provision> reliefs = choice.reliefs();
    ImmutableList.Builder<Range<Cny>> wholeBands = ImmutableList.builder();
    int[] wholeOrder = new int[reliefs.size()];
    int wholeCount = 0;
    TreeSet<Long> cuts = new TreeSet<>();
    cuts.add(0L);
    for (int i = 0; i < reliefs.size(); i++) {
      SmallLowProfitRelief r = (SmallLowProfitRelief) reliefs.get(i).terms();
      if (r.application() == SmallLowProfitRelief.Application.WHOLE_INCOME) {
        wholeBands.add(r.band());
        wholeOrder[wholeCount++] = i;
      } else if (!isOpenClosed(r.band())) {
        return Optional.empty();
      } else {
        cuts.add(Math.max(0L, lower(r.band())));
        cuts.add(Math.max(0L, r.band().upperEndpoint().toFen()));
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
        if (r.application() == SmallLowProfitRelief.Application.PORTION && lower(r.band()) <= low
            && high <= r.band().upperEndpoint().toFen()) {
          winner[k] = i;
        }
      }
    }
    return Optional.of(new TaxPlan(choice, wholeBands.build(), Arrays.copyOf(wholeOrder, wholeCount),
        edges, winner));
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
    return income.isPositive() ? share(income.toFen(), statutoryNumerator, statutoryDenominator) : 0;
  }

  /**
   * The tax due of a small low-profit enterprise: the sum over the bands of {@code band income × inclusion × rate},
   * each band rounded half-up once, where a band is a maximal stretch of {@code (0, income]} granted by one provision.
   */
  long reliefTaxDue(Cny income) {
    long fen = income.toFen();
    if (fen <= 0) {
      return 0;
    }
    int whole = -1;
    for (int i = 0; i < wholeOrder.length; i++) {
      if (wholeLeast[i] <= fen && fen <= wholeGreatest[i]) {
        whole = wholeOrder[i];
      }
    }
    long tax = 0;
    int granter = Integer.MIN_VALUE;
    long width = 0;
    for (int k = 0; k < edges.length && edges[k] < fen; k++) {
      long high = k + 1 < edges.length ? Math.min(edges[k + 1], fen) : fen;
      int winner = Math.max(portionWinner[k], whole);
      if (winner != granter) {
        tax += width == 0 ? 0 : share(width, numerators[granter + 1], denominators[granter + 1]);
        granter = winner;
        width = 0;
      }
      width += high - edges[k];
    }
    return tax + share(width, numerators[granter + 1], denominators[granter + 1]);
  }

  /** {@code fen × numerator ÷ denominator} rounded half-up, for fen > 0 and a positive share. */
  private static long share(long fen, long numerator, long denominator) {
    long product;
    try {
      product = Math.multiplyExact(fen, numerator);
    } catch (ArithmeticException e) {
      // Beyond long: the money type's exact path (BigDecimal), which throws AmountOverflowException past Cny.MAX.
      return Cny.ofFen(fen).multipliedBy(Share.ofFraction(numerator, denominator), RoundingMode.HALF_UP).toFen();
    }
    long quotient = product / denominator;
    long remainder = product - quotient * denominator;
    return remainder >= denominator - remainder ? quotient + 1 : quotient;
  }
}
