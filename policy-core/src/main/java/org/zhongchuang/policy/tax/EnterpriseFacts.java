package org.zhongchuang.policy.tax;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.money.Cny;

/**
 * What an assessment needs to know about an enterprise in one tax year.
 *
 * <p>Headcount and total assets decide eligibility, so they are either given ({@link Builder#employees},
 * {@link Builder#totalAssets}, and {@link Builder#industry} for years whose limits depend on it) or the caller
 * explicitly asserts that the enterprise meets the size conditions ({@link Builder#assertQualifyingSize()}); the
 * calculator never assumes either. Whether the enterprise is in a restricted or prohibited industry must always be
 * stated.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EnterpriseFacts implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Cny taxableIncome;
  private final boolean restrictedOrProhibitedIndustry;
  private final Industry industry;
  private final Integer employees;
  private final Cny totalAssets;
  private final boolean sizeAsserted;
  private final LocalDate established;
  private final boolean incubatedStartUp;

  private EnterpriseFacts(Builder b) {
    this.taxableIncome = b.taxableIncome;
    this.restrictedOrProhibitedIndustry = b.restrictedOrProhibitedIndustry;
    this.industry = b.industry;
    this.employees = b.employees;
    this.totalAssets = b.totalAssets;
    this.sizeAsserted = b.sizeAsserted;
    this.established = b.established;
    this.incubatedStartUp = b.incubatedStartUp;
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Annual taxable income (应纳税所得额); zero or negative is a loss year. */
  public Cny taxableIncome() {
    return taxableIncome;
  }

  /** Whether the enterprise is in an industry the state restricts or prohibits (国家限制和禁止行业). */
  public boolean restrictedOrProhibitedIndustry() {
    return restrictedOrProhibitedIndustry;
  }

  /** Industrial or other; empty if not given. */
  public Optional<Industry> industry() {
    return Optional.ofNullable(industry);
  }

  /** Employees (从业人数); empty when the size is asserted instead. */
  public OptionalInt employees() {
    return employees == null ? OptionalInt.empty() : OptionalInt.of(employees);
  }

  /** Total assets (资产总额); empty when the size is asserted instead. */
  public Optional<Cny> totalAssets() {
    return Optional.ofNullable(totalAssets);
  }

  /** Whether the caller asserted, instead of giving headcount and assets, that they are within the limits. */
  public boolean sizeAsserted() {
    return sizeAsserted;
  }

  /** The establishment (tax registration) date; needed only for the 2015 split year. */
  public Optional<LocalDate> established() {
    return Optional.ofNullable(established);
  }

  // Package-private reads without Optional, for the compiled plans (TaxPlan), whose call allocates nothing else.

  /** The industry, or null. */
  Industry industryOrNull() {
    return industry;
  }

  /** Employees; only when the size is not asserted (then always given). */
  int employeesGiven() {
    return employees;
  }

  /** Total assets in fen; only when the size is not asserted (then always given). */
  long totalAssetsFenGiven() {
    return totalAssets.toFen();
  }

  /** The establishment date, or null. */
  LocalDate establishedOrNull() {
    return established;
  }

  /** Whether it is a start-up incubated in an incubator (in Jilin, JL-2015-31 二(六) is then cited). */
  public boolean incubatedStartUp() {
    return incubatedStartUp;
  }

  /** A builder that refuses, on {@link #build()}, facts that are missing or contradict each other. */
  public static final class Builder {
    private Cny taxableIncome;
    private Boolean restrictedOrProhibitedIndustry;
    private Industry industry;
    private Integer employees;
    private Cny totalAssets;
    private boolean sizeAsserted;
    private LocalDate established;
    private boolean incubatedStartUp;

    private Builder() {}

    /** @param income annual taxable income, any sign, not null */
    public Builder taxableIncome(Cny income) {
      this.taxableIncome = requireNonNull(income, "income");
      return this;
    }

    /** @param restricted whether the enterprise is in a restricted or prohibited industry; must be stated */
    public Builder restrictedOrProhibitedIndustry(boolean restricted) {
      this.restrictedOrProhibitedIndustry = restricted;
      return this;
    }

    /** @param industry not null */
    public Builder industry(Industry industry) {
      this.industry = requireNonNull(industry, "industry");
      return this;
    }

    /** @param employees the headcount, zero or more */
    public Builder employees(int employees) {
      if (employees < 0) {
        throw new PolicyInputException("employees (从业人数) must be zero or more, got " + employees);
      }
      this.employees = employees;
      return this;
    }

    /** @param assets total assets, zero or more, not null */
    public Builder totalAssets(Cny assets) {
      requireNonNull(assets, "assets");
      if (assets.isNegative()) {
        throw new PolicyInputException("totalAssets (资产总额) must be zero or more, got " + assets.format());
      }
      this.totalAssets = assets;
      return this;
    }

    /**
     * Asserts, instead of giving headcount and assets, that the enterprise is within the employee and asset limits of
     * the tax year. The assessment says that eligibility rests on this assertion.
     */
    public Builder assertQualifyingSize() {
      this.sizeAsserted = true;
      return this;
    }

    /** @param date the establishment (tax registration) date, not null */
    public Builder established(LocalDate date) {
      this.established = requireNonNull(date, "date");
      return this;
    }

    /** @param incubated whether it is a start-up incubated in an incubator; false if not called */
    public Builder incubatedStartUp(boolean incubated) {
      this.incubatedStartUp = incubated;
      return this;
    }

    /**
     * @return the facts
     * @throws MissingFactsException if taxable income, the restricted-industry answer, or the size facts (employees
     *     and total assets, or the assertion) are missing
     * @throws PolicyInputException if both the size facts and the assertion are given
     */
    public EnterpriseFacts build() {
      List<String> missing = new ArrayList<>();
      if (taxableIncome == null) {
        missing.add("taxableIncome");
      }
      if (restrictedOrProhibitedIndustry == null) {
        missing.add("restrictedOrProhibitedIndustry");
      }
      if (sizeAsserted && (employees != null || totalAssets != null || industry != null)) {
        throw new PolicyInputException("both measured size facts (employees, totalAssets, industry) and"
            + " assertQualifyingSize() were given; give either the measured facts or the assertion, not both");
      }
      if (!sizeAsserted) {
        if (employees == null) {
          missing.add("employees");
        }
        if (totalAssets == null) {
          missing.add("totalAssets");
        }
      }
      if (!missing.isEmpty()) {
        throw new MissingFactsException(ImmutableList.copyOf(missing),
            "eligibility as a small low-profit enterprise depends on annual taxable income (应纳税所得额), whether it is"
                + " in a restricted or prohibited industry, and on employees (从业人数) and total assets (资产总额);"
                + " give each, or for the last two call assertQualifyingSize() to assert that they are within the"
                + " limits; nothing is assumed");
      }
      return new EnterpriseFacts(this);
    }
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof EnterpriseFacts)) {
      return false;
    }
    EnterpriseFacts f = (EnterpriseFacts) o;
    return taxableIncome.equals(f.taxableIncome) && restrictedOrProhibitedIndustry == f.restrictedOrProhibitedIndustry
        && industry == f.industry && Objects.equals(employees, f.employees)
        && Objects.equals(totalAssets, f.totalAssets) && sizeAsserted == f.sizeAsserted
        && Objects.equals(established, f.established) && incubatedStartUp == f.incubatedStartUp;
  }

  @Override
  public int hashCode() {
    return Objects.hash(taxableIncome, restrictedOrProhibitedIndustry, industry, employees, totalAssets, sizeAsserted,
        established, incubatedStartUp);
  }

  @Override
  public String toString() {
    return "EnterpriseFacts{income=" + taxableIncome + ", restricted=" + restrictedOrProhibitedIndustry
        + (sizeAsserted ? ", size asserted" : ", industry=" + industry + ", employees=" + employees + ", assets="
            + totalAssets)
        + (established != null ? ", established=" + established : "") + (incubatedStartUp ? ", incubated" : "")
        + "}";
  }
}
