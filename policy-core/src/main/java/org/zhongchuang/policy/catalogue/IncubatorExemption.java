package org.zhongchuang.policy.catalogue;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.text.Text;

/**
 * An exemption of incubators, university science parks or maker spaces from taxes on a base (PROVISIONS.md §12): which
 * institutions qualify, which taxes are exempt, and on what. One wave of notices (W1 … W5) is several provisions, one
 * per tax and base, so that each has its own dates (the business tax of 2016 ends on 04-30, the VAT starts on 05-01).
 *
 * <p>A value: immutable, thread-safe, serializable.
 */
public final class IncubatorExemption implements Terms {
  private static final long serialVersionUID = 1L;

  private final String wave;
  private final Set<TaxType> taxes;
  private final Set<Institution> institutions;
  private final Set<Institution> uncertainInstitutions;
  private final Text whyUncertain;
  private final Text base;
  private final Text conditions;
  private final TaxType replacing;

  /**
   * @param wave the wave the provision belongs to, e.g. {@code W4}: results name the nearest waves by it, not blank
   * @param taxes the taxes exempt, not empty; property tax, urban land-use tax, business tax or VAT
   * @param institutions the institutions that qualify, not null
   * @param uncertainInstitutions institutions whose qualifying is unconfirmed, not null, none of them in
   *     {@code institutions}; at least one of the two sets is not empty
   * @param whyUncertain why they are uncertain; present exactly when {@code uncertainInstitutions} is not empty
   * @param base what the exemption is on (the premises used or let, the incubation-service income), not null
   * @param conditions what the institution must meet beyond its kind and level (shares of space let to incubated
   *     firms, income accounted for separately), where the clause sets any, not null
   * @param replacing the tax that the exempt tax replaced on the same income from this provision's start (VAT for
   *     business tax, 营改增): that tax is not levied from then on, not null
   */
  public IncubatorExemption(String wave, Set<TaxType> taxes, Set<Institution> institutions,
      Set<Institution> uncertainInstitutions, Optional<Text> whyUncertain, Text base, Optional<Text> conditions,
      Optional<TaxType> replacing) {
    this.wave = requireNonNull(wave, "wave");
    requireNonNull(taxes, "taxes");
    requireNonNull(institutions, "institutions");
    requireNonNull(uncertainInstitutions, "uncertainInstitutions");
    this.whyUncertain = requireNonNull(whyUncertain, "whyUncertain").orElse(null);
    this.base = requireNonNull(base, "base");
    this.conditions = requireNonNull(conditions, "conditions").orElse(null);
    this.replacing = requireNonNull(replacing, "replacing").orElse(null);
    if (wave.isBlank()) {
      throw new IllegalArgumentException("an exemption names its wave");
    }
    if (taxes.isEmpty() || taxes.contains(TaxType.ENTERPRISE_INCOME_TAX)) {
      throw new IllegalArgumentException("an exemption exempts property tax, urban land-use tax, business tax or VAT,"
          + " got " + taxes);
    }
    if (institutions.isEmpty() && uncertainInstitutions.isEmpty()) {
      throw new IllegalArgumentException("an exemption names the institutions it covers");
    }
    if (!Collections.disjoint(institutions, uncertainInstitutions)) {
      throw new IllegalArgumentException("an institution is either covered or uncertain, not both");
    }
    if (uncertainInstitutions.isEmpty() != (this.whyUncertain == null)) {
      throw new IllegalArgumentException("uncertain institutions come with the reason, and a reason with them");
    }
    if (this.replacing != null && taxes.contains(this.replacing)) {
      throw new IllegalArgumentException("a tax cannot replace itself");
    }
    this.taxes = Collections.unmodifiableSet(EnumSet.copyOf(taxes));
    this.institutions = Collections.unmodifiableSet(new LinkedHashSet<>(institutions));
    this.uncertainInstitutions = Collections.unmodifiableSet(new LinkedHashSet<>(uncertainInstitutions));
  }

  /** The wave, e.g. {@code W4}. */
  public String wave() {
    return wave;
  }

  /** The taxes exempt, in the order of {@link TaxType}. */
  public Set<TaxType> taxes() {
    return taxes;
  }

  /** The institutions that qualify, in the order written. */
  public Set<Institution> institutions() {
    return institutions;
  }

  /** The institutions that may qualify: the clause's wording is unconfirmed ({@link #whyUncertain()}). */
  public Set<Institution> uncertainInstitutions() {
    return uncertainInstitutions;
  }

  /** Why the {@link #uncertainInstitutions()} are uncertain; empty when there are none. */
  public Optional<Text> whyUncertain() {
    return Optional.ofNullable(whyUncertain);
  }

  /** What the exemption is on. */
  public Text base() {
    return base;
  }

  /** What the institution must meet beyond its kind and level, where the clause sets anything. */
  public Optional<Text> conditions() {
    return Optional.ofNullable(conditions);
  }

  /** The tax the exempt tax replaced on the same income from this provision's start, if any. */
  public Optional<TaxType> replacing() {
    return Optional.ofNullable(replacing);
  }

  /** Whether the institution certainly qualifies. */
  public boolean covers(Institution institution) {
    return institutions.contains(institution);
  }

  /** Whether the institution may qualify: the clause's wording is unconfirmed ({@link #whyUncertain()}). */
  public boolean mayCover(Institution institution) {
    return uncertainInstitutions.contains(institution);
  }

  /** The same exemption for other institutions (and no uncertain ones). */
  public IncubatorExemption withInstitutions(Set<Institution> newInstitutions) {
    return new IncubatorExemption(wave, taxes, newInstitutions, Set.of(), Optional.empty(), base, conditions(),
        replacing());
  }

  /** The same exemption with other conditions, or none. */
  public IncubatorExemption withConditions(Optional<Text> newConditions) {
    return new IncubatorExemption(wave, taxes, institutions, uncertainInstitutions, whyUncertain(), base,
        newConditions, replacing());
  }

  @Override
  public TermsKind termsKind() {
    return TermsKind.INCUBATOR_EXEMPTION;
  }

  @Override
  public Text summary() {
    return Text.of(
        wave + "：" + institutions.stream().map(i -> i.render(Language.ZH)).collect(Collectors.joining("、"))
            + "免征" + taxes.stream().map(IncubatorExemption::zh).collect(Collectors.joining("、")) + "（"
            + base.zh() + "）",
        wave + ": " + institutions.stream().map(i -> i.render(Language.EN)).collect(Collectors.joining(", "))
            + " exempt from " + taxes.stream().map(TaxType::fileName).collect(Collectors.joining(", ")) + " ("
            + base.en() + ")");
  }

  static String zh(TaxType tax) {
    return switch (tax) {
      case PROPERTY_TAX -> "房产税";
      case URBAN_LAND_USE_TAX -> "城镇土地使用税";
      case BUSINESS_TAX -> "营业税";
      case VAT -> "增值税";
      case ENTERPRISE_INCOME_TAX -> "企业所得税";
    };
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IncubatorExemption e && wave.equals(e.wave) && taxes.equals(e.taxes)
        && institutions.equals(e.institutions) && uncertainInstitutions.equals(e.uncertainInstitutions)
        && Objects.equals(whyUncertain, e.whyUncertain) && base.equals(e.base)
        && Objects.equals(conditions, e.conditions) && replacing == e.replacing;
  }

  @Override
  public int hashCode() {
    return Objects.hash(wave, taxes, institutions, uncertainInstitutions, base);
  }

  @Override
  public String toString() {
    return summary().en();
  }
}
