package org.zhongchuang.policy.incubator;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.catalogue.TaxType;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.text.Phrase;

/**
 * A tax that would be due for the year without any exemption, as the caller gives it: one amount for the year, or
 * twelve, one per month from January. Where an exemption covers only some months of the year the calculator needs the
 * months; it never spreads a yearly amount over them. A value: immutable, thread-safe, serializable.
 */
public final class TaxAmount implements Serializable {
  private static final long serialVersionUID = 1L;

  private final TaxType tax;
  private final Cny total;
  /** Null when given for the year. */
  private final ArrayList<Cny> months;

  private TaxAmount(TaxType tax, Cny total, ArrayList<Cny> months) {
    this.tax = tax;
    this.total = total;
    this.months = months;
  }

  /**
   * @param tax not null
   * @param year the tax for the year, zero or more, not null
   * @throws PolicyInputException if the amount is negative
   */
  public static TaxAmount forYear(TaxType tax, Cny year) {
    requireNonNull(tax, "tax");
    requireNonNull(year, "year");
    checkAmount(tax, year);
    return new TaxAmount(tax, year, null);
  }

  /**
   * @param tax not null
   * @param months the tax of each month from January to December, each zero or more, not null
   * @throws PolicyInputException if there are not twelve amounts, or one is negative
   */
  public static TaxAmount byMonth(TaxType tax, List<Cny> months) {
    requireNonNull(tax, "tax");
    requireNonNull(months, "months");
    if (months.size() != 12) {
      throw new PolicyInputException(Phrase.of("incubator.error.months", tax, months.size()));
    }
    ArrayList<Cny> copy = new ArrayList<>(12);
    for (Cny m : months) {
      checkAmount(tax, requireNonNull(m, "month"));
      copy.add(m);
    }
    return new TaxAmount(tax, Cny.total(copy), copy);
  }

  private static void checkAmount(TaxType tax, Cny amount) {
    if (amount.isNegative()) {
      throw new PolicyInputException(Phrase.of("incubator.error.negative", tax, amount));
    }
  }

  /** The tax. */
  public TaxType tax() {
    return tax;
  }

  /** The amount for the year: the sum of the months where given by month. */
  public Cny total() {
    return total;
  }

  /** Whether it was given month by month. */
  public boolean isByMonth() {
    return months != null;
  }

  /** The twelve amounts from January, where given by month. */
  public Optional<List<Cny>> months() {
    return months == null ? Optional.empty() : Optional.of(Collections.unmodifiableList(months));
  }

  /** The amount of a month (1 to 12), where given by month. */
  Cny month(int month) {
    return months.get(month - 1);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TaxAmount a && a.tax == tax && a.total.equals(total) && Objects.equals(a.months, months);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tax, total, months);
  }

  /** E.g. {@code property-tax 120000.00} or {@code vat 12 months 3000.00}. */
  @Override
  public String toString() {
    return tax.code() + (months == null ? " " : " 12 months ") + total.toPlainString();
  }
}
