package org.zhongchuang.policy.incubator;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.zhongchuang.policy.Answer;
import org.zhongchuang.policy.MissingFactsException;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.catalogue.Institution;
import org.zhongchuang.policy.catalogue.InstitutionKind;
import org.zhongchuang.policy.catalogue.RecognitionLevel;
import org.zhongchuang.policy.catalogue.TaxType;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.text.Phrase;

/**
 * One institution's tax year for the {@link IncubatorExemptionCalculator}: the year, the place, the kind and level of
 * the institution, when it was recognised at that level (and lost the status, if it did), whether it meets the
 * conditions the provisions set, and the taxes that would be due without any exemption — property tax and urban
 * land-use tax on the premises it uses itself or provides to incubated firms, business tax or VAT on its incubation
 * services — each for the year or month by month. Build one with {@link #builder()}.
 *
 * <p>Nothing the law depends on is assumed: the recognition date is required wherever a provision could cover the
 * institution in the year (any date before the year will do for one recognised earlier); where an exemption covers only
 * some months, the tax must be given by month; whether the conditions are met may be left unsaid, and the result then
 * gives both readings.
 *
 * <p>Immutable and thread-safe.
 */
public final class IncubatorCase implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Year year;
  private final Jurisdiction jurisdiction;
  private final Institution institution;
  private final LocalDate recognised;
  private final LocalDate statusLost;
  private final Answer meetsConditions;
  private final EnumMap<TaxType, TaxAmount> taxes;

  private IncubatorCase(Builder b) {
    List<String> missing = new ArrayList<>(0);
    if (b.year == null) {
      missing.add("year");
    }
    if (b.jurisdiction == null) {
      missing.add("jurisdiction");
    }
    if (b.institution == null) {
      missing.add("institution");
    }
    if (!missing.isEmpty()) {
      throw new MissingFactsException(missing, Phrase.of("incubator.why.required"));
    }
    if (b.recognised != null && b.statusLost != null && b.statusLost.isBefore(b.recognised)) {
      throw new PolicyInputException(Phrase.of("incubator.error.lostBeforeRecognised", b.statusLost, b.recognised));
    }
    this.year = b.year;
    this.jurisdiction = b.jurisdiction;
    this.institution = b.institution;
    this.recognised = b.recognised;
    this.statusLost = b.statusLost;
    this.meetsConditions = b.meetsConditions;
    this.taxes = new EnumMap<>(b.taxes);
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** The tax (calendar) year. */
  public Year year() {
    return year;
  }

  /** Where the institution is: national provisions apply everywhere, local ones within their place. */
  public Jurisdiction jurisdiction() {
    return jurisdiction;
  }

  /** The kind of institution and its level of recognition. */
  public Institution institution() {
    return institution;
  }

  /** The day it was recognised at its level (for a maker space, registered), if given. */
  public Optional<LocalDate> recognised() {
    return Optional.ofNullable(recognised);
  }

  /** The day it lost the status, if it did; empty means it held the status to the end of the year. */
  public Optional<LocalDate> statusLost() {
    return Optional.ofNullable(statusLost);
  }

  /** Whether it meets the conditions the provisions set beyond its kind and level; uncertain when not given. */
  public Answer meetsConditions() {
    return meetsConditions;
  }

  /** The taxes given, in the order of {@link TaxType}. */
  public Collection<TaxAmount> taxes() {
    return Collections.unmodifiableCollection(taxes.values());
  }

  /** The amount given for a tax, if it was. */
  public Optional<TaxAmount> tax(TaxType tax) {
    return Optional.ofNullable(taxes.get(requireNonNull(tax, "tax")));
  }

  LocalDate recognisedOrNull() {
    return recognised;
  }

  LocalDate statusLostOrNull() {
    return statusLost;
  }

  TaxAmount taxOrNull(TaxType tax) {
    return taxes.get(tax);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IncubatorCase c && year.equals(c.year) && jurisdiction.equals(c.jurisdiction)
        && institution.equals(c.institution) && Objects.equals(recognised, c.recognised)
        && Objects.equals(statusLost, c.statusLost) && meetsConditions == c.meetsConditions
        && taxes.equals(c.taxes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, jurisdiction, institution, recognised, statusLost, meetsConditions, taxes);
  }

  @Override
  public String toString() {
    return "IncubatorCase{" + year + ", " + jurisdiction.key() + ", " + institution + ", recognised=" + recognised
        + ", lost=" + statusLost + ", conditions=" + meetsConditions + ", taxes=" + taxes.values() + "}";
  }

  /** Builds an {@link IncubatorCase}; {@link #build()} checks it. Not thread-safe. */
  public static final class Builder {
    private Year year;
    private Jurisdiction jurisdiction;
    private Institution institution;
    private LocalDate recognised;
    private LocalDate statusLost;
    private Answer meetsConditions = Answer.UNCERTAIN;
    private final EnumMap<TaxType, TaxAmount> taxes = new EnumMap<>(TaxType.class);

    private Builder() {}

    /** @param taxYear the tax (calendar) year, not null */
    public Builder year(Year taxYear) {
      this.year = requireNonNull(taxYear, "taxYear");
      return this;
    }

    /** @param taxYear the tax (calendar) year */
    public Builder year(int taxYear) {
      return year(Year.of(taxYear));
    }

    /** @param place where the institution is, not null */
    public Builder jurisdiction(Jurisdiction place) {
      this.jurisdiction = requireNonNull(place, "place");
      return this;
    }

    /** @param kindAndLevel the institution's kind and level of recognition, not null */
    public Builder institution(Institution kindAndLevel) {
      this.institution = requireNonNull(kindAndLevel, "kindAndLevel");
      return this;
    }

    /**
     * @param kind not null
     * @param level the level that recognised it (for a maker space in an incubator, the incubator's), not null
     */
    public Builder institution(InstitutionKind kind, RecognitionLevel level) {
      return institution(Institution.of(kind, level));
    }

    /**
     * @param day the day the institution was recognised at its level (for a maker space, registered; for a maker space
     *     in an incubator, the incubator's recognition); any day before the tax year for one recognised earlier, not
     *     null
     */
    public Builder recognised(LocalDate day) {
      this.recognised = requireNonNull(day, "day");
      return this;
    }

    /** @param day the day it lost the status (取消资格), not null; not given: held to the end of the year */
    public Builder statusLost(LocalDate day) {
      this.statusLost = requireNonNull(day, "day");
      return this;
    }

    /**
     * @param meets whether it meets the conditions the provisions set beyond its kind and level (the shares of space
     *     and firms incubated, separately accounted incubation income…); when not given, the result gives both readings
     */
    public Builder meetsConditions(boolean meets) {
      this.meetsConditions = Answer.of(meets);
      return this;
    }

    /** A tax for the year or by month; replaces an amount given before for the same tax. */
    public Builder tax(TaxAmount amount) {
      requireNonNull(amount, "amount");
      taxes.put(amount.tax(), amount);
      return this;
    }

    /** @param year property tax on the premises used by the institution or provided to incubated firms */
    public Builder propertyTax(Cny year) {
      return tax(TaxAmount.forYear(TaxType.PROPERTY_TAX, year));
    }

    /** @param months the same, January to December */
    public Builder propertyTaxByMonth(Cny... months) {
      return tax(TaxAmount.byMonth(TaxType.PROPERTY_TAX, List.of(months)));
    }

    /** @param year urban land-use tax on the land used by the institution or provided to incubated firms */
    public Builder landUseTax(Cny year) {
      return tax(TaxAmount.forYear(TaxType.URBAN_LAND_USE_TAX, year));
    }

    /** @param months the same, January to December */
    public Builder landUseTaxByMonth(Cny... months) {
      return tax(TaxAmount.byMonth(TaxType.URBAN_LAND_USE_TAX, List.of(months)));
    }

    /** @param year business tax on rent and incubation services to incubated firms (to 2016-04-30) */
    public Builder businessTax(Cny year) {
      return tax(TaxAmount.forYear(TaxType.BUSINESS_TAX, year));
    }

    /** @param months the same, January to December */
    public Builder businessTaxByMonth(Cny... months) {
      return tax(TaxAmount.byMonth(TaxType.BUSINESS_TAX, List.of(months)));
    }

    /** @param year VAT on rent and incubation services to incubated firms, accounted for separately */
    public Builder vat(Cny year) {
      return tax(TaxAmount.forYear(TaxType.VAT, year));
    }

    /** @param months the same, January to December */
    public Builder vatByMonth(Cny... months) {
      return tax(TaxAmount.byMonth(TaxType.VAT, List.of(months)));
    }

    /**
     * @return the case
     * @throws MissingFactsException if the year, the place or the institution is missing
     * @throws PolicyInputException if enterprise income tax is given (no exemption of it is computed), or the status
     *     was lost before it was recognised
     */
    public IncubatorCase build() {
      if (taxes.containsKey(TaxType.ENTERPRISE_INCOME_TAX)) {
        throw new PolicyInputException(Phrase.of("incubator.error.eit"));
      }
      return new IncubatorCase(this);
    }
  }

  /** The builder method that gives a tax by month, as {@link MissingFactsException#facts()} names it. */
  static String byMonthFact(TaxType tax) {
    return BY_MONTH[tax.ordinal()];
  }

  /** By {@link TaxType} ordinal, for the four taxes a case takes. */
  private static final String[] BY_MONTH = {"propertyTaxByMonth", "landUseTaxByMonth", "businessTaxByMonth",
      "vatByMonth"};
}
