package org.zhongchuang.policy.benefits;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.catalogue.Audience;
import org.zhongchuang.policy.eit.AnnualReturnCase;
import org.zhongchuang.policy.grants.Award;
import org.zhongchuang.policy.grants.MatchingCase;
import org.zhongchuang.policy.incubator.IncubatorCase;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.text.Phrase;
import org.zhongchuang.policy.transfer.TransferCase;

/**
 * Who asks "what am I owed?", where and when, and the facts it has: an enterprise, a maker space (or incubator, or
 * university science park), a research unit or a researcher; a place; a tax year, and optionally the day within it;
 * and for each calculator whose facts it gives, the case for it (the annual return, the incubator's taxes, a
 * results-transfer, awards to match). A provision whose facts are not given is answered "uncertain", never computed on
 * assumed figures.
 *
 * <p>Immutable and thread-safe. The facts must be about the same place and year as the profile: {@link Builder#build()}
 * refuses a case of another place or year.
 */
public final class Profile implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Audience audience;
  private final Jurisdiction jurisdiction;
  private final Year taxYear;
  private final LocalDate day;
  private final AnnualReturnCase annualReturn;
  private final IncubatorCase incubator;
  private final TransferCase transfer;
  private final MatchingCase awards;

  private Profile(Builder b) {
    this.audience = b.audience;
    this.jurisdiction = b.jurisdiction;
    this.taxYear = b.taxYear;
    this.day = b.day;
    this.annualReturn = b.annualReturn;
    this.incubator = b.incubator;
    this.transfer = b.transfer;
    this.awards = b.awards;
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** What kind of profile it is; never {@link Audience#GOVERNMENT}. */
  public Audience audience() {
    return audience;
  }

  /** Where it is. */
  public Jurisdiction jurisdiction() {
    return jurisdiction;
  }

  /** The tax year asked about. */
  public Year taxYear() {
    return taxYear;
  }

  /**
   * The day asked about, within {@link #taxYear()}, for the provisions that apply on a day (rewards, grants,
   * subsidies); the income tax and the incubators' taxes are annual and answered for the whole year. Empty: the whole
   * year for all.
   */
  public Optional<LocalDate> day() {
    return Optional.ofNullable(day);
  }

  /** The enterprise's figures for the annual return of the year, if given. */
  public Optional<AnnualReturnCase> annualReturn() {
    return Optional.ofNullable(annualReturn);
  }

  /** The institution and the taxes it would owe without exemption, if given. */
  public Optional<IncubatorCase> incubator() {
    return Optional.ofNullable(incubator);
  }

  /** A results-transfer and its reward, if given. */
  public Optional<TransferCase> transfer() {
    return Optional.ofNullable(transfer);
  }

  /** Provincial and national awards received, to be matched locally, if given. */
  public Optional<MatchingCase> awards() {
    return Optional.ofNullable(awards);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Profile p && audience == p.audience && jurisdiction.equals(p.jurisdiction)
        && taxYear.equals(p.taxYear) && Objects.equals(day, p.day) && Objects.equals(annualReturn, p.annualReturn)
        && Objects.equals(incubator, p.incubator) && Objects.equals(transfer, p.transfer)
        && Objects.equals(awards, p.awards);
  }

  @Override
  public int hashCode() {
    return Objects.hash(audience, jurisdiction, taxYear, day, annualReturn, incubator, transfer, awards);
  }

  @Override
  public String toString() {
    return "Profile[" + audience.code() + ", " + jurisdiction.id() + ", " + taxYear + (day == null ? "" : ", " + day)
        + (annualReturn == null ? "" : ", annual return") + (incubator == null ? "" : ", incubator")
        + (transfer == null ? "" : ", transfer") + (awards == null ? "" : ", awards") + "]";
  }

  /** Builds a {@link Profile}; audience, place and tax year are required. */
  public static final class Builder {
    private Audience audience;
    private Jurisdiction jurisdiction;
    private Year taxYear;
    private LocalDate day;
    private AnnualReturnCase annualReturn;
    private IncubatorCase incubator;
    private TransferCase transfer;
    private MatchingCase awards;

    private Builder() {}

    /** @param kind an enterprise, a maker space, a research unit or a researcher, not null */
    public Builder audience(Audience kind) {
      this.audience = requireNonNull(kind, "audience");
      return this;
    }

    /** @param place not null */
    public Builder jurisdiction(Jurisdiction place) {
      this.jurisdiction = requireNonNull(place, "jurisdiction");
      return this;
    }

    /** @param year not null */
    public Builder taxYear(Year year) {
      this.taxYear = requireNonNull(year, "taxYear");
      return this;
    }

    /** @param year e.g. 2023 */
    public Builder taxYear(int year) {
      return taxYear(Year.of(year));
    }

    /** @param date a day of the tax year, not null; the tax year is set to its year if not set */
    public Builder day(LocalDate date) {
      this.day = requireNonNull(date, "day");
      return this;
    }

    /** @param facts the annual return of the same year and place, not null */
    public Builder annualReturn(AnnualReturnCase facts) {
      this.annualReturn = requireNonNull(facts, "annualReturn");
      return this;
    }

    /** @param facts the institution's case for the same year and place, not null */
    public Builder incubator(IncubatorCase facts) {
      this.incubator = requireNonNull(facts, "incubator");
      return this;
    }

    /** @param facts a transfer in the same place, on a day of the tax year, not null */
    public Builder transfer(TransferCase facts) {
      this.transfer = requireNonNull(facts, "transfer");
      return this;
    }

    /** @param facts awards received in the tax year by a maker space of the same place, not null */
    public Builder awards(MatchingCase facts) {
      this.awards = requireNonNull(facts, "awards");
      return this;
    }

    /**
     * @return the profile
     * @throws PolicyInputException if the audience, place or year is missing, the audience is the government, or a
     *     case is of another place or year
     */
    public Profile build() {
      if (taxYear == null && day != null) {
        taxYear = Year.from(day);
      }
      if (audience == null || jurisdiction == null || taxYear == null) {
        throw new PolicyInputException(Phrase.of("benefits.profile.missing"));
      }
      if (audience == Audience.GOVERNMENT) {
        throw new PolicyInputException(Phrase.of("benefits.profile.government"));
      }
      if (day != null && !Year.from(day).equals(taxYear)) {
        throw new PolicyInputException(Phrase.of("benefits.profile.day", day, taxYear));
      }
      if (annualReturn != null) {
        same("annualReturn", annualReturn.jurisdiction(), annualReturn.taxYear());
      }
      if (incubator != null) {
        same("incubator", incubator.jurisdiction(), incubator.year());
      }
      if (transfer != null) {
        same("transfer", transfer.jurisdiction(), Year.from(transfer.date()));
      }
      if (awards != null) {
        if (awards.makerSpace().isPresent()) {
          same("awards", awards.makerSpace().get(), taxYear);
        }
        for (Award a : awards.awards()) {
          same("awards", jurisdiction, Year.from(a.date()));
        }
      }
      return new Profile(this);
    }

    private void same(String facts, Jurisdiction place, Year year) {
      if (!place.equals(jurisdiction) || !year.equals(taxYear)) {
        throw new PolicyInputException(Phrase.of("benefits.profile.elsewhere", Phrase.of("benefits.facts." + facts),
            place, year, jurisdiction, taxYear));
      }
    }
  }
}
