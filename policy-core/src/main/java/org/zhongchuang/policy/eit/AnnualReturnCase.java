package org.zhongchuang.policy.eit;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.zhongchuang.policy.ContradictoryFactsException;
import org.zhongchuang.policy.MissingFactsException;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.tax.EnterpriseFacts;
import org.zhongchuang.policy.text.Phrase;

/**
 * One enterprise's figures for one tax year, as the annual return takes them (PROVISIONS.md §14): total profit
 * (line 13) and the net tax adjustments (lines 15 − 16); research costs expensed and the amortisation of research
 * intangibles; the enterprise's categories; technology-transfer revenue and cost; venture-capital investments and the
 * credit carried in; the unused losses of earlier years; high-tech status and the earlier years with high-tech or
 * technology-SME status; and, for the small low-profit relief, the facts {@link EnterpriseFacts} holds (their taxable
 * income is not read: line 23 takes its place).
 *
 * <p>Amounts not given are zero, and categories not stated are false; the explanation says which categories were
 * taken. This class is immutable and thread-safe.
 */
public final class AnnualReturnCase implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Year taxYear;
  private final Jurisdiction jurisdiction;
  private final Cny totalProfit;
  private final Cny taxAdjustments;
  private final Cny researchExpensed;
  private final Cny researchExpensedFourthQuarter;
  private final List<ResearchAmortisation> researchAmortisation;
  private final Cny researchAmortisedFourthQuarter;
  private final boolean manufacturing;
  private final boolean technologySme;
  private final boolean negativeListIndustry;
  private final boolean listedIcOrMachineTool;
  private final boolean highTech;
  private final Cny transferRevenue;
  private final Cny transferCost;
  private final List<VentureInvestment> ventureInvestments;
  private final Cny ventureCreditCarriedIn;
  private final SortedMap<Year, Cny> priorLosses;
  private final SortedSet<Year> qualifiedYears;
  private final EnterpriseFacts enterprise;

  private AnnualReturnCase(Builder b) {
    this.taxYear = b.taxYear;
    this.jurisdiction = b.jurisdiction;
    this.totalProfit = b.totalProfit;
    this.taxAdjustments = b.taxAdjustments;
    this.researchExpensed = b.researchExpensed;
    this.researchExpensedFourthQuarter = b.researchExpensedFourthQuarter;
    this.researchAmortisation = List.copyOf(b.researchAmortisation);
    this.researchAmortisedFourthQuarter = b.researchAmortisedFourthQuarter;
    this.manufacturing = b.manufacturing;
    this.technologySme = b.technologySme;
    this.negativeListIndustry = b.negativeListIndustry;
    this.listedIcOrMachineTool = b.listedIcOrMachineTool;
    this.highTech = b.highTech;
    this.transferRevenue = b.transferRevenue;
    this.transferCost = b.transferCost;
    this.ventureInvestments = List.copyOf(b.ventureInvestments);
    this.ventureCreditCarriedIn = b.ventureCreditCarriedIn;
    this.priorLosses = Collections.unmodifiableSortedMap(new TreeMap<>(b.priorLosses));
    this.qualifiedYears = Collections.unmodifiableSortedSet(new TreeSet<>(b.qualifiedYears));
    this.enterprise = b.enterprise;
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this case's figures, for a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.taxYear = taxYear;
    b.jurisdiction = jurisdiction;
    b.totalProfit = totalProfit;
    b.taxAdjustments = taxAdjustments;
    b.researchExpensed = researchExpensed;
    b.researchExpensedFourthQuarter = researchExpensedFourthQuarter;
    b.researchAmortisation.addAll(researchAmortisation);
    b.researchAmortisedFourthQuarter = researchAmortisedFourthQuarter;
    b.manufacturing = manufacturing;
    b.technologySme = technologySme;
    b.negativeListIndustry = negativeListIndustry;
    b.listedIcOrMachineTool = listedIcOrMachineTool;
    b.highTech = highTech;
    b.transferRevenue = transferRevenue;
    b.transferCost = transferCost;
    b.ventureInvestments.addAll(ventureInvestments);
    b.ventureCreditCarriedIn = ventureCreditCarriedIn;
    b.priorLosses.putAll(priorLosses);
    b.qualifiedYears.addAll(qualifiedYears);
    b.enterprise = enterprise;
    return b;
  }

  /** The tax (calendar) year. */
  public Year taxYear() {
    return taxYear;
  }

  /** Where the enterprise is. */
  public Jurisdiction jurisdiction() {
    return jurisdiction;
  }

  /** Line 13, 利润总额: any sign. */
  public Cny totalProfit() {
    return totalProfit;
  }

  /** Lines 15 − 16, 纳税调整增加额 − 纳税调整减少额, as one net figure: any sign. */
  public Cny taxAdjustments() {
    return taxAdjustments;
  }

  /** Research costs of the year charged to profit (未形成无形资产计入当期损益的研发费用); zero or more. */
  public Cny researchExpensed() {
    return researchExpensed;
  }

  /** The part of {@link #researchExpensed()} incurred in the fourth quarter, where given (tax year 2022). */
  public Optional<Cny> researchExpensedFourthQuarter() {
    return Optional.ofNullable(researchExpensedFourthQuarter);
  }

  /** The year's amortisation of research intangibles, by the year they were formed. */
  public List<ResearchAmortisation> researchAmortisation() {
    return researchAmortisation;
  }

  /** The part of the amortisation charged in the fourth quarter, where given (tax year 2022). */
  public Optional<Cny> researchAmortisedFourthQuarter() {
    return Optional.ofNullable(researchAmortisedFourthQuarter);
  }

  /** Whether it is a manufacturing enterprise (制造业企业) in the year. */
  public boolean manufacturing() {
    return manufacturing;
  }

  /** Whether it is a registered 科技型中小企业 in the year. */
  public boolean technologySme() {
    return technologySme;
  }

  /** Whether its main business is in an industry excluded from the research super-deduction (负面清单行业). */
  public boolean negativeListIndustry() {
    return negativeListIndustry;
  }

  /** Whether it is an integrated-circuit or industrial-machine-tool (工业母机) enterprise on the lists. */
  public boolean listedIcOrMachineTool() {
    return listedIcOrMachineTool;
  }

  /** Whether it is a high and new technology enterprise (高新技术企业) in the year. */
  public boolean highTech() {
    return highTech;
  }

  /** Technology-transfer revenue (技术转让收入) of qualifying transfers, where given. */
  public Optional<Cny> transferRevenue() {
    return Optional.ofNullable(transferRevenue);
  }

  /** Their cost and related taxes (技术转让成本、相关税费), where given. */
  public Optional<Cny> transferCost() {
    return Optional.ofNullable(transferCost);
  }

  /** Technology-transfer income: revenue − cost, zero where none was given. */
  public Cny transferIncome() {
    return transferRevenue == null ? Cny.ZERO : transferRevenue.minus(transferCost);
  }

  /** The venture-capital investments. */
  public List<VentureInvestment> ventureInvestments() {
    return ventureInvestments;
  }

  /** The venture-capital credit of earlier years not yet deducted (以前年度结转的尚未抵扣的股权投资余额). */
  public Cny ventureCreditCarriedIn() {
    return ventureCreditCarriedIn;
  }

  /** The losses of earlier years not yet made good, by year. */
  public SortedMap<Year, Cny> priorLosses() {
    return priorLosses;
  }

  /** Earlier years in which the enterprise was a high-tech enterprise or a 科技型中小企业 (财税〔2018〕76号). */
  public SortedSet<Year> qualifiedYears() {
    return qualifiedYears;
  }

  /**
   * The facts the small low-profit relief is judged on, where given; their taxable income is zero, a placeholder the
   * assessment replaces with line 23.
   */
  public Optional<EnterpriseFacts> enterprise() {
    return Optional.ofNullable(enterprise);
  }

  // Reads without Optional for the calculator's hot path.

  Cny researchExpensedFourthQuarterOrNull() {
    return researchExpensedFourthQuarter;
  }

  Cny researchAmortisedFourthQuarterOrNull() {
    return researchAmortisedFourthQuarter;
  }

  EnterpriseFacts enterpriseOrNull() {
    return enterprise;
  }

  /** Whether the year itself is a qualified year of 财税〔2018〕76号: high-tech or technology SME. */
  boolean qualifiedThisYear() {
    return highTech || technologySme;
  }

  /** A builder that refuses, on {@link #build()}, figures that are missing or contradict each other. Not thread-safe. */
  public static final class Builder {
    private Year taxYear;
    private Jurisdiction jurisdiction;
    private Cny totalProfit;
    private Cny taxAdjustments = Cny.ZERO;
    private Cny researchExpensed = Cny.ZERO;
    private Cny researchExpensedFourthQuarter;
    private final List<ResearchAmortisation> researchAmortisation = new ArrayList<>();
    private Cny researchAmortisedFourthQuarter;
    private boolean manufacturing;
    private boolean technologySme;
    private boolean negativeListIndustry;
    private boolean listedIcOrMachineTool;
    private boolean highTech;
    private Cny transferRevenue;
    private Cny transferCost;
    private final List<VentureInvestment> ventureInvestments = new ArrayList<>();
    private Cny ventureCreditCarriedIn = Cny.ZERO;
    private final SortedMap<Year, Cny> priorLosses = new TreeMap<>();
    private final SortedSet<Year> qualifiedYears = new TreeSet<>();
    private EnterpriseFacts enterprise;

    private Builder() {}

    /** @param year the tax year, not null */
    public Builder taxYear(Year year) {
      this.taxYear = requireNonNull(year, "year");
      return this;
    }

    /** @param year the tax year */
    public Builder taxYear(int year) {
      return taxYear(Year.of(year));
    }

    /** @param place where the enterprise is, not null */
    public Builder jurisdiction(Jurisdiction place) {
      this.jurisdiction = requireNonNull(place, "place");
      return this;
    }

    /** @param profit line 13, 利润总额, any sign, not null */
    public Builder totalProfit(Cny profit) {
      this.totalProfit = requireNonNull(profit, "profit");
      return this;
    }

    /** @param net lines 15 − 16 as one net figure, any sign, not null; zero if not called */
    public Builder taxAdjustments(Cny net) {
      this.taxAdjustments = requireNonNull(net, "net");
      return this;
    }

    /** @param expensed research costs charged to the year's profit, zero or more, not null */
    public Builder researchExpensed(Cny expensed) {
      this.researchExpensed = notNegative(expensed, "researchExpensed");
      return this;
    }

    /**
     * @param fourthQuarter the part of the expensed research costs incurred from 1 October, as 公告2022年第28号 二 lets
     *     it be counted (the actual costs, or the year's apportioned by months operated); needed in tax year 2022
     *     where the fourth quarter's rate differs from the rest of the year's
     */
    public Builder researchExpensedFourthQuarter(Cny fourthQuarter) {
      this.researchExpensedFourthQuarter = notNegative(fourthQuarter, "researchExpensedFourthQuarter");
      return this;
    }

    /**
     * Adds a year's straight-line amortisation of research intangibles formed in a year.
     *
     * @param formed the tax year they were formed, not null
     * @param charge the straight-line charge of this tax year, more than zero, not null
     */
    public Builder researchAmortised(Year formed, Cny charge) {
      researchAmortisation.add(new ResearchAmortisation(formed, charge));
      return this;
    }

    /** @param fourthQuarter the part of the amortisation charged from 1 October (tax year 2022), zero or more */
    public Builder researchAmortisedFourthQuarter(Cny fourthQuarter) {
      this.researchAmortisedFourthQuarter = notNegative(fourthQuarter, "researchAmortisedFourthQuarter");
      return this;
    }

    /** @param yes a manufacturing enterprise (制造业企业) in the year; false if not called */
    public Builder manufacturing(boolean yes) {
      this.manufacturing = yes;
      return this;
    }

    /** @param yes a registered 科技型中小企业 in the year; false if not called */
    public Builder technologySme(boolean yes) {
      this.technologySme = yes;
      return this;
    }

    /** @param yes main business in an industry excluded from the research super-deduction; false if not called */
    public Builder negativeListIndustry(boolean yes) {
      this.negativeListIndustry = yes;
      return this;
    }

    /** @param yes an integrated-circuit or 工业母机 enterprise on the lists; false if not called */
    public Builder listedIcOrMachineTool(boolean yes) {
      this.listedIcOrMachineTool = yes;
      return this;
    }

    /** @param yes a high and new technology enterprise in the year; false if not called */
    public Builder highTech(boolean yes) {
      this.highTech = yes;
      return this;
    }

    /**
     * @param revenue technology-transfer revenue of qualifying transfers (and, from 2015-10-01, qualifying licences),
     *     zero or more, not null
     * @param cost their cost and related taxes, zero or more, not null; more than the revenue is refused (whether a
     *     negative transfer income offsets other income is unconfirmed)
     */
    public Builder transfer(Cny revenue, Cny cost) {
      this.transferRevenue = notNegative(revenue, "transferRevenue");
      this.transferCost = notNegative(cost, "transferCost");
      return this;
    }

    /** Adds a venture-capital investment. */
    public Builder ventureInvestment(VentureInvestment investment) {
      ventureInvestments.add(requireNonNull(investment, "investment"));
      return this;
    }

    /** @param credit venture-capital credit of earlier years not yet deducted, zero or more; zero if not called */
    public Builder ventureCreditCarriedIn(Cny credit) {
      this.ventureCreditCarriedIn = notNegative(credit, "ventureCreditCarriedIn");
      return this;
    }

    /**
     * Adds the unused remainder of an earlier year's loss.
     *
     * @param year the year of the loss, before the tax year, not null
     * @param unused what of it is not yet made good, more than zero, not null
     */
    public Builder priorLoss(Year year, Cny unused) {
      requireNonNull(year, "year");
      requireNonNull(unused, "unused");
      if (!unused.isPositive()) {
        throw new PolicyInputException(Phrase.of("error.eit.loss", year, unused));
      }
      if (priorLosses.putIfAbsent(year, unused) != null) {
        throw new PolicyInputException(Phrase.of("error.eit.lossTwice", year));
      }
      return this;
    }

    /** @param years earlier years with high-tech or 科技型中小企业 status, not null */
    public Builder qualifiedYears(Year... years) {
      for (Year y : years) {
        qualifiedYears.add(requireNonNull(y, "year"));
      }
      return this;
    }

    /**
     * @param facts what the small low-profit relief is judged on (restricted industry, industry, headcount and assets
     *     or the assertion, establishment, incubation), not null; their taxable income is not read
     */
    public Builder enterprise(EnterpriseFacts facts) {
      this.enterprise = requireNonNull(facts, "facts").withTaxableIncome(Cny.ZERO);
      return this;
    }

    /**
     * @param facts the same, still to be built: its taxable income is set to zero, a placeholder, and it is built now
     * @throws MissingFactsException if the facts other than the taxable income are incomplete
     */
    public Builder enterprise(EnterpriseFacts.Builder facts) {
      this.enterprise = requireNonNull(facts, "facts").taxableIncome(Cny.ZERO).build();
      return this;
    }

    /**
     * @return the case
     * @throws MissingFactsException if the tax year, the place or the total profit is missing
     * @throws PolicyInputException if figures contradict each other: a quarter larger than its year, a transfer cost
     *     above its revenue, a loss or qualified year not before the tax year, intangibles formed after it
     */
    public AnnualReturnCase build() {
      List<String> missing = new ArrayList<>();
      if (taxYear == null) {
        missing.add("taxYear");
      }
      if (jurisdiction == null) {
        missing.add("jurisdiction");
      }
      if (totalProfit == null) {
        missing.add("totalProfit");
      }
      if (!missing.isEmpty()) {
        throw new MissingFactsException(missing, Phrase.of("error.eit.missing"));
      }
      if (researchExpensedFourthQuarter != null && researchExpensedFourthQuarter.isGreaterThan(researchExpensed)) {
        throw new ContradictoryFactsException(List.of("researchExpensedFourthQuarter", "researchExpensed"),
            Phrase.of("error.eit.quarterAboveYear", researchExpensedFourthQuarter, researchExpensed));
      }
      Cny amortised = Cny.ZERO;
      for (ResearchAmortisation a : researchAmortisation) {
        amortised = amortised.plus(a.charge());
        if (a.formed().isAfter(taxYear)) {
          throw new ContradictoryFactsException(List.of("researchAmortised"), Phrase.of("error.eit.formedAfter",
              a.formed(), taxYear));
        }
      }
      if (researchAmortisedFourthQuarter != null && researchAmortisedFourthQuarter.isGreaterThan(amortised)) {
        throw new ContradictoryFactsException(List.of("researchAmortisedFourthQuarter", "researchAmortised"),
            Phrase.of("error.eit.quarterAboveYear", researchAmortisedFourthQuarter, amortised));
      }
      if (transferRevenue != null && transferCost.isGreaterThan(transferRevenue)) {
        throw new ContradictoryFactsException(List.of("transferCost", "transferRevenue"),
            Phrase.of("error.eit.transferLoss", transferRevenue, transferCost, transferRevenue.minus(transferCost)));
      }
      for (Year y : priorLosses.keySet()) {
        if (!y.isBefore(taxYear)) {
          throw new ContradictoryFactsException(List.of("priorLoss"), Phrase.of("error.eit.lossYear", y, taxYear));
        }
      }
      for (Year y : qualifiedYears) {
        if (!y.isBefore(taxYear)) {
          throw new ContradictoryFactsException(List.of("qualifiedYears"), Phrase.of("error.eit.qualifiedYear", y,
              taxYear));
        }
      }
      return new AnnualReturnCase(this);
    }

    private static Cny notNegative(Cny amount, String what) {
      requireNonNull(amount, what);
      if (amount.isNegative()) {
        throw new PolicyInputException(Phrase.of("error.eit.negative", Phrase.of("eit.fact." + what), amount));
      }
      return amount;
    }
  }

  @Override
  public boolean equals(Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof AnnualReturnCase)) {
      return false;
    }
    AnnualReturnCase c = (AnnualReturnCase) o;
    return taxYear.equals(c.taxYear) && jurisdiction.equals(c.jurisdiction) && totalProfit.equals(c.totalProfit)
        && taxAdjustments.equals(c.taxAdjustments) && researchExpensed.equals(c.researchExpensed)
        && Objects.equals(researchExpensedFourthQuarter, c.researchExpensedFourthQuarter)
        && researchAmortisation.equals(c.researchAmortisation)
        && Objects.equals(researchAmortisedFourthQuarter, c.researchAmortisedFourthQuarter)
        && manufacturing == c.manufacturing && technologySme == c.technologySme
        && negativeListIndustry == c.negativeListIndustry && listedIcOrMachineTool == c.listedIcOrMachineTool
        && highTech == c.highTech && Objects.equals(transferRevenue, c.transferRevenue)
        && Objects.equals(transferCost, c.transferCost) && ventureInvestments.equals(c.ventureInvestments)
        && ventureCreditCarriedIn.equals(c.ventureCreditCarriedIn) && priorLosses.equals(c.priorLosses)
        && qualifiedYears.equals(c.qualifiedYears) && Objects.equals(enterprise, c.enterprise);
  }

  @Override
  public int hashCode() {
    return Objects.hash(taxYear, jurisdiction, totalProfit, taxAdjustments, researchExpensed, researchAmortisation,
        transferRevenue, ventureInvestments, priorLosses, highTech, enterprise);
  }

  /** The year, place and the figures given (cheap). */
  @Override
  public String toString() {
    return "AnnualReturnCase{" + taxYear + ", " + jurisdiction.key() + ", profit " + totalProfit.toPlainString()
        + (taxAdjustments.isZero() ? "" : ", adjustments " + taxAdjustments.toPlainString())
        + (researchExpensed.isZero() ? "" : ", research expensed " + researchExpensed.toPlainString())
        + (researchAmortisation.isEmpty() ? "" : ", amortised " + researchAmortisation)
        + (transferRevenue == null ? "" : ", transfer " + transferRevenue.toPlainString() + " − "
            + transferCost.toPlainString())
        + (ventureInvestments.isEmpty() ? "" : ", investments " + ventureInvestments.size())
        + (ventureCreditCarriedIn.isZero() ? "" : ", credit carried in " + ventureCreditCarriedIn.toPlainString())
        + (priorLosses.isEmpty() ? "" : ", losses " + priorLosses)
        + (highTech ? ", high-tech" : "") + (enterprise == null ? "" : ", " + enterprise) + "}";
  }
}
