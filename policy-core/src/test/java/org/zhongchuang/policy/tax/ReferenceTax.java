package org.zhongchuang.policy.tax;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import com.google.common.collect.RangeMap;
import com.google.common.collect.TreeRangeMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.IncomeBand;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.SmallLowProfitCriteria;
import org.zhongchuang.policy.catalogue.SmallLowProfitRelief;
import org.zhongchuang.policy.catalogue.SplitYearApportionment;
import org.zhongchuang.policy.catalogue.TaxRate;
import org.zhongchuang.policy.law.Applicability;
import org.zhongchuang.policy.money.Share;

/**
 * A slow, obviously correct second reading of PROVISIONS.md §2, written apart from the calculator as an oracle for
 * property tests: it chooses the provisions afresh for every case, lays the reliefs on the income axis with Guava's
 * {@link TreeRangeMap} (the newest grant wins, a provision's adjacent slices coalesce) and computes each band's tax
 * with {@link BigDecimal}. No zones, no compiled plans, no reciprocal division.
 */
public final class ReferenceTax {
  private ReferenceTax() {}

  /** What the oracle decides: eligibility, the amounts in fen, and the granting provision of each band. */
  public record Result(boolean eligible, long taxDue, long standardTax, List<String> granters) {}

  private static final Comparator<Provision> OLDEST_FIRST =
      Comparator.comparing((Provision p) -> p.citation().document().issued().latest())
          .thenComparing(p -> p.citation().document().issued().earliest())
          .thenComparing(p -> p.validity().earliestStart())
          .thenComparing(Provision::id);

  /** Also the annual return's oracle's reading of the small low-profit route ({@code eit.ReferenceReturn}). */
  public static Result assess(Catalogue catalogue, TaxCase c) {
    Year year = c.taxYear();
    List<Provision> here = catalogue.all().stream()
        .filter(p -> c.jurisdiction().isWithin(p.jurisdiction()))
        .filter(p -> p.validity().during(year).status() == Applicability.Status.IN_FORCE)
        .sorted(OLDEST_FIRST).toList();
    Provision statutory = last(here, p -> p.terms() instanceof TaxRate t && t.kind() == TaxRate.Kind.STATUTORY);
    Provision plain = last(here, p -> p.terms() instanceof TaxRate t && t.kind() == TaxRate.Kind.SMALL_LOW_PROFIT);
    Provision criteria = last(here, p -> p.terms() instanceof SmallLowProfitCriteria);
    List<Provision> reliefs = here.stream().filter(p -> p.terms() instanceof SmallLowProfitRelief).toList();
    boolean splitRule = here.stream().anyMatch(p -> p.terms() instanceof SplitYearApportionment s
        && s.taxYear().equals(year));

    EnterpriseFacts f = c.facts();
    BigDecimal income = f.taxableIncome().toBigDecimal();
    BigDecimal standard = income.signum() > 0 ? times(income, ((TaxRate) statutory.terms()).rate()) : BigDecimal.ZERO;
    SmallLowProfitCriteria k = (SmallLowProfitCriteria) criteria.terms();
    boolean industrial = f.industry().orElse(Industry.OTHER) == Industry.INDUSTRIAL;
    boolean eligible = !f.restrictedOrProhibitedIndustry() && income.compareTo(k.incomeCeiling().toBigDecimal()) <= 0
        && (f.sizeAsserted()
            || decimal(f.employees().orElseThrow()).compareTo(BigDecimal.valueOf(industrial
                ? k.industrialEmployees() : k.otherEmployees())) <= 0
            && decimal(f.totalAssets().orElseThrow()).compareTo((industrial ? k.industrialAssets()
                : k.otherAssets()).toBigDecimal()) <= 0);
    if (income.signum() <= 0) {
      return new Result(eligible, 0, 0, List.of());
    }
    if (!eligible) {
      return new Result(false, fen(standard), fen(standard), List.of(statutory.id()));
    }
    RangeMap<BigDecimal, Provision> axis = TreeRangeMap.create();
    Range<BigDecimal> all = Range.openClosed(BigDecimal.ZERO, income);
    axis.put(all, plain);
    for (Provision p : reliefs) {
      SmallLowProfitRelief r = (SmallLowProfitRelief) p.terms();
      Range<BigDecimal> band = range(r.band());
      if (r.application() == SmallLowProfitRelief.Application.WHOLE_INCOME) {
        if (band.contains(income)) {
          axis.putCoalescing(all, p);
        }
      } else if (band.isConnected(all) && !band.intersection(all).isEmpty()) {
        axis.putCoalescing(band.intersection(all), p);
      }
    }
    BigDecimal tax = BigDecimal.ZERO;
    List<String> granters = new ArrayList<>();
    for (Map.Entry<Range<BigDecimal>, Provision> e : axis.asMapOfRanges().entrySet()) {
      BigDecimal width = e.getKey().upperEndpoint().subtract(e.getKey().lowerEndpoint());
      if (width.signum() == 0) {
        continue;
      }
      Provision p = e.getValue();
      granters.add(p.id());
      Share rate = p.terms() instanceof SmallLowProfitRelief r ? r.inclusion().times(r.rate())
          : ((TaxRate) p.terms()).rate();
      LocalDate start = p.validity().firstDay().orElse(null);
      boolean splits = splitRule && p.terms() instanceof SmallLowProfitRelief r
          && r.application() == SmallLowProfitRelief.Application.WHOLE_INCOME && start != null
          && start.getYear() == year.getValue() && start.getDayOfYear() > 1;
      LocalDate established = f.established().orElse(null);
      if (splits && established.isBefore(start)) {
        int operated = established.getYear() == year.getValue() ? 12 - established.getMonthValue() + 1 : 12;
        int after = 12 - start.getMonthValue() + 1;
        BigDecimal relieved = width.multiply(BigDecimal.valueOf(after))
            .divide(BigDecimal.valueOf(operated), 2, RoundingMode.HALF_UP);
        tax = tax.add(times(relieved, rate)).add(times(width.subtract(relieved), ((TaxRate) plain.terms()).rate()));
        granters.add(plain.id());
      } else {
        tax = tax.add(times(width, rate));
      }
    }
    return new Result(true, fen(tax), fen(standard), granters);
  }

  private static Provision last(List<Provision> inOrder, java.util.function.Predicate<Provision> kind) {
    Provision found = null;
    for (Provision p : inOrder) {
      if (kind.test(p)) {
        found = p;
      }
    }
    return found;
  }

  private static Range<BigDecimal> range(IncomeBand b) {
    BoundType upper = b.upperIncluded() ? BoundType.CLOSED : BoundType.OPEN;
    return b.lower() == null ? Range.upTo(b.upper().toBigDecimal(), upper)
        : Range.range(b.lower().toBigDecimal(), b.lowerIncluded() ? BoundType.CLOSED : BoundType.OPEN,
            b.upper().toBigDecimal(), upper);
  }

  /** Exact: an average's value scaled to 20 places cannot misjudge a comparison with a limit of at most two. */
  private static BigDecimal decimal(Average a) {
    return new BigDecimal(a.numerator()).divide(new BigDecimal(a.denominator()), 20, RoundingMode.CEILING);
  }

  private static BigDecimal times(BigDecimal amount, Share share) {
    return amount.multiply(BigDecimal.valueOf(share.numerator()))
        .divide(BigDecimal.valueOf(share.denominator()), 2, RoundingMode.HALF_UP);
  }

  private static long fen(BigDecimal yuan) {
    return yuan.movePointRight(2).longValueExact();
  }
}
