package org.zhongchuang.policy.tax;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.zhongchuang.policy.Calculator;
import org.zhongchuang.policy.DateNotCoveredException;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.PrepaymentRule;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.law.Applicability.Status;
import org.zhongchuang.policy.text.Phrase;

/**
 * The enterprise income tax a small low-profit enterprise prepays for a quarter (预缴, PROVISIONS.md §7.1), from 2019:
 * judged on the figures of the year to the end of the quarter, as the prepayment rule in force says (国家税务总局公告
 * 2019年第2号 第三条, 2022年第5号 四, 2023年第6号 四): the headcount and assets averaged over the quarters so far, the
 * cumulative taxable income against the annual ceiling, the relief computed on the cumulative income with the year's
 * bands, and the tax already prepaid this year deducted. The cumulative tax is the small low-profit assessment of the
 * year-to-date figures: one computation, {@link SmallLowProfitTaxCalculator}'s.
 *
 * <p>Years before the first prepayment rule the catalogue holds (2019 in the built-in catalogue) are refused: the
 * earlier tests (on the prior year's status and cumulative profit) are not modelled.
 *
 * <p>Immutable and thread-safe.
 */
public final class PrepaymentCalculator implements Calculator<PrepaymentCase, PrepaymentAssessment>, Serializable {
  private static final long serialVersionUID = 1L;

  private final SmallLowProfitTaxCalculator tax;
  private final List<Provision> rules;

  private PrepaymentCalculator(SmallLowProfitTaxCalculator tax) {
    this.tax = tax;
    this.rules = tax.catalogue().withTerms(PrepaymentRule.class).stream().sorted(TaxPlan.ISSUE_ORDER).toList();
  }

  /** A calculator over {@link Catalogue#builtIn()}. */
  public static PrepaymentCalculator builtIn() {
    return of(Catalogue.builtIn());
  }

  /** A calculator over a catalogue. */
  public static PrepaymentCalculator of(Catalogue catalogue) {
    return new PrepaymentCalculator(SmallLowProfitTaxCalculator.of(requireNonNull(catalogue, "catalogue")));
  }

  @Override
  public Catalogue catalogue() {
    return tax.catalogue();
  }

  /**
   * @throws DateNotCoveredException for a year before the first prepayment rule in force in the place
   * @throws org.zhongchuang.policy.PolicyInputException as {@link SmallLowProfitTaxCalculator#assess}
   */
  @Override
  public PrepaymentAssessment assess(PrepaymentCase c) {
    requireNonNull(c, "case");
    LocalDate end = c.taxYear().atMonth(c.quarter() * 3).atEndOfMonth();
    Provision rule = null;
    for (Provision p : rules) {
      if (c.jurisdiction().isWithin(p.jurisdiction())
          && p.validity().status(c.taxYear().atDay(1), end) == Status.IN_FORCE) {
        rule = p;
      }
    }
    if (rule == null) {
      Provision first = rules.stream().filter(p -> c.jurisdiction().isWithin(p.jurisdiction()))
          .min(Comparator.comparing(p -> p.validity().earliestStart())).orElse(null);
      if (first == null) {
        throw new org.zhongchuang.policy.PolicyInputException(Phrase.of("error.prepay.noRule", c.taxYear()));
      }
      throw new DateNotCoveredException(Phrase.of("tax.year", c.taxYear()), Phrase.of("prepay.what"),
          first.validity().earliestStart(), first.citation());
    }
    TaxAssessment cumulative = tax.assess(TaxCase.of(c.taxYear(), c.jurisdiction(), c.yearToDate()));
    return new PrepaymentAssessment(c, rule, cumulative);
  }

  @Override
  public String toString() {
    return "PrepaymentCalculator(" + catalogue() + ")";
  }
}
