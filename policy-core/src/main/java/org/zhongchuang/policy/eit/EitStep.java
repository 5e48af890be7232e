package org.zhongchuang.policy.eit;

import org.zhongchuang.policy.explain.StepKind;

/** The kinds of steps and warnings of an annual return; templates in {@code eit*.properties}. */
public enum EitStep implements StepKind {
  /** Line 13, as given. */
  PROFIT("eit.profit"),
  /** Lines 15 − 16, as given. */
  ADJUSTMENTS("eit.adjustments"),
  /** The enterprise's categories for the research deduction, as stated. */
  RESEARCH_CATEGORIES("eit.research.categories"),
  /** An excluded industry: no research super-deduction. */
  RESEARCH_EXCLUDED("eit.research.excluded"),
  /** No research super-deduction is in force for the enterprise. */
  RESEARCH_NONE("eit.research.none"),
  /** Research costs expensed, times the extra share. */
  RESEARCH_EXPENSED("eit.research.expensed"),
  /** The amortisation of research intangibles, times the extra share. */
  RESEARCH_AMORTISED("eit.research.amortised"),
  /** Line 17. */
  LINE_17("eit.line17"),
  /** Line 19. */
  LINE_19("eit.line19"),
  /** Line 19 at or below zero: a loss year. */
  LOSS_YEAR("eit.lossYear"),
  /** Technology-transfer income: revenue − cost. */
  TRANSFER("eit.transfer"),
  /** Its exempt and halved parts. */
  TRANSFER_RELIEF("eit.transfer.relief"),
  /** No transfer relief is in force. */
  TRANSFER_NONE("eit.transfer.none"),
  /** Line 20. */
  LINE_20("eit.line20"),
  /** A loss of an earlier year, made good or not. */
  LOSS_USED("eit.loss.used"),
  /** A loss past its last year. */
  LOSS_EXPIRED("eit.loss.expired"),
  /** Line 21. */
  LINE_21("eit.line21"),
  /** A holding that completes this year. */
  VENTURE_COMPLETES("eit.venture.completes"),
  /** A holding that completes later. */
  VENTURE_PENDING("eit.venture.pending"),
  /** The credit arising. */
  VENTURE_CREDIT("eit.venture.credit"),
  /** Line 22. */
  LINE_22("eit.line22"),
  /** Line 23. */
  LINE_23("eit.line23"),
  /** Line 25. */
  LINE_25("eit.line25"),
  /** The high-tech route. */
  ROUTE_HIGH_TECH("eit.route.highTech"),
  /** The small low-profit route on line 23. */
  ROUTE_SMALL_LOW_PROFIT("eit.route.smallLowProfit"),
  /** The small low-profit route with the halved part of transfer income kept apart. */
  ROUTE_SMALL_LOW_PROFIT_HALVED("eit.route.smallLowProfitHalved"),
  /** Not a small low-profit enterprise on line 23. */
  ROUTE_NOT_SMALL_LOW_PROFIT("eit.route.notSmallLowProfit"),
  /** The small low-profit facts not given, and above the ceiling anyway. */
  ROUTE_FACTS_NOT_GIVEN("eit.route.factsNotGiven"),
  /** The lower tax chosen. */
  CHOICE("eit.choice"),
  /** Line 26. */
  LINE_26("eit.line26"),
  /** Line 28. */
  LINE_28("eit.line28"),
  /** A loss carried into the next year. */
  CARRIED("eit.carried"),
  /** A loss that lapses unused at the end of the year. */
  LAPSES("eit.lapses"),
  /** What one preference is worth. */
  BENEFIT("eit.benefit"),
  /** What all preferences together are worth. */
  TOTAL_BENEFIT("eit.benefit.total"),

  /** Warning: the small low-profit and high-tech reliefs are not stacked, as tax bureaus answer (secondary). */
  NO_STACKING("eit.warn.noStacking"),
  /** Warning: §15 item 7 answered both ways. */
  UNCERTAIN_FOURTH_QUARTER("eit.warn.uncertain.fourthQuarter"),
  /** Warning: §15 item 8 answered both ways. */
  UNCERTAIN_FORMED("eit.warn.uncertain.formed"),
  /** Warning: the small low-profit relief on the halved part answered both ways. */
  UNCERTAIN_HALVED("eit.warn.uncertain.halved"),
  /** Warning: §15 item 13 (the qualified year's own loss) answered both ways. */
  UNCERTAIN_OWN_LOSS("eit.warn.uncertain.ownLoss"),
  /** Warning: losses are made good oldest first, an order not stated as a rule. */
  LOSS_ORDER("eit.warn.lossOrder"),
  /** Warning: the venture-capital conditions rest on the caller's assertion. */
  VENTURE_ASSERTED("eit.warn.ventureAsserted"),
  /** Warning: the worths of the preferences need not add up to the total. */
  BENEFITS_DO_NOT_ADD("eit.warn.benefitsDoNotAdd"),
  /** Warning: a worth was computed without the small low-profit facts. */
  BENEFIT_WITHOUT_FACTS("eit.warn.benefitWithoutFacts"),
  /** Warning: a rate for one of the enterprise's categories ended before the year. */
  CATEGORY_ENDED("eit.warn.categoryEnded"),
  /** Warning: the year is after every dated provision the catalogue knows. */
  PAST_LAST_KNOWN("eit.warn.pastLastKnown"),
  /** Warning: a rule of the annual computation came into force during the year. */
  STARTED_IN_YEAR("eit.warn.startedInYear"),
  /** Warning: how losses and the venture deduction divide between the halved part and other income is not stated. */
  HALVED_DIVISION("eit.warn.halvedDivision"),
  /** Warning: no rule keeps the halved part at the statutory rate in the year. */
  HALVED_RULE_ABSENT("eit.warn.halvedRuleAbsent");

  private final String key;

  EitStep(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }
}
