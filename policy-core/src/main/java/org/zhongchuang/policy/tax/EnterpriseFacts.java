package org.zhongchuang.policy.tax;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.zhongchuang.policy.MissingFactsException;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.text.Phrase;

/**
 * What an assessment needs to know about an enterprise in one tax year.
 *
 * <p>Headcount (从业人数) and total assets (资产总额) are averages (PROVISIONS.md §7): give the averaged figures
 * ({@link Builder#employees(Average)}, which may be fractional, e.g. 300.5; {@link Builder#totalAssets(Cny)}), or the
 * values the year's measure averages — the start and end of each quarter operated ({@link Builder#employeesByQuarter},
 * {@link Builder#assetsByQuarter}), or for 2008 the assets at the start and end of the year
 * ({@link Builder#assetsAtStartAndEndOfYear}) — and the calculator averages them exactly and shows the arithmetic.
 * Or the caller asserts that the enterprise is within the limits ({@link Builder#assertQualifyingSize()}). Nothing is
 * assumed: whether the enterprise is in a restricted or prohibited industry must always be stated.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EnterpriseFacts implements Serializable {
  private static final long serialVersionUID = 2L;

  /** How a size figure was given. */
  public enum Form {
    /** The averaged figure itself. */
    AVERAGE,
    /** The start and end of each quarter operated. */
    QUARTERLY,
    /** The start and end of the year (国税函〔2008〕251号's assets). */
    YEAR_START_AND_END
  }

  private final Cny taxableIncome;
  private final boolean restrictedOrProhibitedIndustry;
  private final Industry industry;
  private final Average employees;
  private final long[] employeeValues;
  private final Average assets;
  private final Form assetsForm;
  private final long[] assetValues;
  private final boolean sizeAsserted;
  private final LocalDate established;
  private final boolean incubatedStartUp;

  private EnterpriseFacts(Builder b) {
    this.taxableIncome = b.taxableIncome;
    this.restrictedOrProhibitedIndustry = b.restrictedOrProhibitedIndustry;
    this.industry = b.industry;
    this.employees = b.employees;
    this.employeeValues = b.employeeValues;
    this.assets = b.assets;
    this.assetsForm = b.assetsForm;
    this.assetValues = b.assetValues;
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

  /** The average headcount; empty when the size is asserted instead. */
  public Optional<Average> employees() {
    return Optional.ofNullable(employees);
  }

  /** How the headcount was given; empty when the size is asserted. */
  public Optional<Form> employeesForm() {
    return employees == null ? Optional.empty() : Optional.of(employeeValues == null ? Form.AVERAGE : Form.QUARTERLY);
  }

  /** The start and end headcount of each quarter, in order, where they were given; else empty. */
  public List<Long> employeesByQuarter() {
    return employeeValues == null ? List.of() : Arrays.stream(employeeValues).boxed().toList();
  }

  /** The average total assets in yuan; empty when the size is asserted instead. */
  public Optional<Average> totalAssets() {
    return Optional.ofNullable(assets);
  }

  /** How the assets were given; empty when the size is asserted. */
  public Optional<Form> assetsForm() {
    return Optional.ofNullable(assetsForm);
  }

  /** The assets values averaged (start and end of each quarter, or of the year), in order; else empty. */
  public List<Cny> assetValues() {
    return assetValues == null ? List.of() : Arrays.stream(assetValues).mapToObj(Cny::ofFen).toList();
  }

  /** Whether the caller asserted, instead of giving headcount and assets, that they are within the limits. */
  public boolean sizeAsserted() {
    return sizeAsserted;
  }

  /** The establishment (tax registration) date; needed only in a split year (2015). */
  public Optional<LocalDate> established() {
    return Optional.ofNullable(established);
  }

  /** Whether it is a start-up incubated in an incubator (in Jilin, JL-2015-31 二(六) is then cited). */
  public boolean incubatedStartUp() {
    return incubatedStartUp;
  }

  // Reads without Optional for the calculator's hot path.

  Industry industryOrNull() {
    return industry;
  }

  Average employeesOrNull() {
    return employees;
  }

  Average assetsOrNull() {
    return assets;
  }

  LocalDate establishedOrNull() {
    return established;
  }

  /** Whether the headcount was given by quarter, or the assets by quarter or at the year's start and end. */
  boolean sizeGivenAsValues() {
    return employeeValues != null || assetValues != null;
  }

  /** The same facts with another taxable income (what a "what if the income were…" needs). */
  public EnterpriseFacts withTaxableIncome(Cny income) {
    Builder b = toBuilder();
    b.taxableIncome = requireNonNull(income, "income");
    return new EnterpriseFacts(b);
  }

  private Builder toBuilder() {
    Builder b = new Builder();
    b.taxableIncome = taxableIncome;
    b.restrictedOrProhibitedIndustry = restrictedOrProhibitedIndustry;
    b.industry = industry;
    b.employees = employees;
    b.employeeValues = employeeValues;
    b.assets = assets;
    b.assetsForm = assetsForm;
    b.assetValues = assetValues;
    b.sizeAsserted = sizeAsserted;
    b.established = established;
    b.incubatedStartUp = incubatedStartUp;
    return b;
  }

  /** A builder that refuses, on {@link #build()}, facts that are missing or contradict each other. Not thread-safe. */
  public static final class Builder {
    private Cny taxableIncome;
    private Boolean restrictedOrProhibitedIndustry;
    private Industry industry;
    private Average employees;
    private long[] employeeValues;
    private Average assets;
    private Form assetsForm;
    private long[] assetValues;
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

    /** @param employees the average headcount, a whole number, zero or more */
    public Builder employees(long employees) {
      return employees(Average.of(employees));
    }

    /** @param employees the average headcount, exact, e.g. {@code Average.parse("300.5")}, not null */
    public Builder employees(Average employees) {
      this.employees = requireNonNull(employees, "employees");
      this.employeeValues = null;
      return this;
    }

    /**
     * The headcount at the start and end of each quarter operated, averaged exactly by the quarterly formula.
     *
     * @param startAndEnd start₁, end₁, start₂, end₂…: one to four quarters, zero or more each
     */
    public Builder employeesByQuarter(long... startAndEnd) {
      this.employees = Average.ofQuarters(startAndEnd);
      this.employeeValues = startAndEnd.clone();
      return this;
    }

    /** @param assets the average total assets, zero or more, not null */
    public Builder totalAssets(Cny assets) {
      this.assets = Average.of(requireNonNull(assets, "assets"));
      this.assetsForm = Form.AVERAGE;
      this.assetValues = null;
      return this;
    }

    /**
     * Total assets at the start and end of each quarter operated, averaged exactly by the quarterly formula.
     *
     * @param startAndEnd start₁, end₁, start₂, end₂…: one to four quarters, zero or more each
     */
    public Builder assetsByQuarter(Cny... startAndEnd) {
      this.assets = Average.ofQuarters(startAndEnd);
      this.assetsForm = Form.QUARTERLY;
      this.assetValues = Arrays.stream(startAndEnd).mapToLong(Cny::toFen).toArray();
      return this;
    }

    /** Total assets at the start and the end of the year, averaged (国税函〔2008〕251号). */
    public Builder assetsAtStartAndEndOfYear(Cny start, Cny end) {
      this.assets = Average.ofQuarters(requireNonNull(start, "start"), requireNonNull(end, "end"));
      this.assetsForm = Form.YEAR_START_AND_END;
      this.assetValues = new long[] {start.toFen(), end.toFen()};
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
      if (sizeAsserted && (employees != null || assets != null || industry != null)) {
        throw new PolicyInputException(Phrase.of("error.tax.sizeTwice"));
      }
      if (!sizeAsserted) {
        if (employees == null) {
          missing.add("employees");
        }
        if (assets == null) {
          missing.add("totalAssets");
        }
      }
      if (!missing.isEmpty()) {
        throw new MissingFactsException(missing, Phrase.of("error.tax.missingFacts"));
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
        && Arrays.equals(employeeValues, f.employeeValues) && Objects.equals(assets, f.assets)
        && assetsForm == f.assetsForm && Arrays.equals(assetValues, f.assetValues) && sizeAsserted == f.sizeAsserted
        && Objects.equals(established, f.established) && incubatedStartUp == f.incubatedStartUp;
  }

  @Override
  public int hashCode() {
    return Objects.hash(taxableIncome, restrictedOrProhibitedIndustry, industry, employees, assets, sizeAsserted,
        established, incubatedStartUp);
  }

  @Override
  public String toString() {
    return "EnterpriseFacts{income=" + taxableIncome + ", restricted=" + restrictedOrProhibitedIndustry
        + (sizeAsserted ? ", size asserted" : ", industry=" + industry + ", employees=" + employees + ", assets="
            + (assets == null ? null : assets.asAmount().map(Cny::toPlainString).orElse(assets.toString())))
        + (established != null ? ", established=" + established : "") + (incubatedStartUp ? ", incubated" : "")
        + "}";
  }
}
