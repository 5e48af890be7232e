package org.zhongchuang.policy.tax;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.zhongchuang.policy.catalogue.IncomeBand;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.law.Citation;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;

/**
 * One band of a tax computation: a slice of the income axis (and, in a split year, a share of the year), the income in
 * it, the share of that income counted into taxable income, the rate, and the tax, with the provision that grants it.
 *
 * @param incomeRange the slice of annual taxable income, e.g. {@code (1000000.00, 3000000.00]}, not null
 * @param yearShare the share of the slice's income in this band: one, except in a split year (国家税务总局公告2015年第61号),
 *     where the income is apportioned by months operated, not null
 * @param amount the income in the band, not null
 * @param inclusion the share of the amount counted into taxable income (计入应纳税所得额的比例), not null
 * @param rate the rate on the counted income, not null
 * @param tax {@code amount × inclusion × rate}, rounded half-up to the fen once, not null
 * @param grantedBy the newest provision granting this treatment, not null
 * @param alsoInForce older provisions in force that grant the same inclusion and rate on this slice, not null
 * @param restatedBy local clauses that restate the granting (or an also-in-force) provision here, not null
 * @param apportionedBy the split-year rules that apportioned the income, if any, not null
 */
public record TaxBand(IncomeBand incomeRange, Share yearShare, Cny amount, Share inclusion, Share rate, Cny tax,
    Provision grantedBy, List<Provision> alsoInForce, List<Provision> restatedBy, List<Provision> apportionedBy)
    implements Serializable {

  public TaxBand {
    requireNonNull(incomeRange, "incomeRange");
    requireNonNull(yearShare, "yearShare");
    requireNonNull(amount, "amount");
    requireNonNull(inclusion, "inclusion");
    requireNonNull(rate, "rate");
    requireNonNull(tax, "tax");
    requireNonNull(grantedBy, "grantedBy");
    alsoInForce = List.copyOf(requireNonNull(alsoInForce, "alsoInForce"));
    restatedBy = List.copyOf(requireNonNull(restatedBy, "restatedBy"));
    apportionedBy = List.copyOf(requireNonNull(apportionedBy, "apportionedBy"));
  }

  /** The rate on the band's income: inclusion × rate, e.g. 25% × 20% = 5%. */
  public Share effectiveRate() {
    return inclusion.times(rate);
  }

  /** The granting provision's clause, then the apportionment rules', then the local restatements'. */
  public List<Citation> citations() {
    List<Citation> all = new ArrayList<>();
    all.add(grantedBy.citation());
    apportionedBy.forEach(p -> all.add(p.citation()));
    restatedBy.forEach(p -> all.add(p.citation()));
    return List.copyOf(all);
  }
}
