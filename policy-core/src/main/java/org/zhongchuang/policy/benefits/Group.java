package org.zhongchuang.policy.benefits;

import java.util.Set;
import org.zhongchuang.policy.catalogue.Audience;
import org.zhongchuang.policy.catalogue.Provision;

/** The kinds of thing a profile may be owed, in the order a report lists them. */
public enum Group {
  /** Enterprise income tax: rates, reliefs, deductions of the annual return. */
  INCOME_TAX("income-tax"),
  /** Property tax, urban land-use tax, business tax and VAT of incubators, science parks and maker spaces. */
  INCUBATOR_TAXES("incubator-taxes"),
  /** Rewards for results-transfer, how they are taxed, leave to found a company. */
  REWARDS("rewards"),
  /** Local matching of awards and start-up support with a stated amount. */
  GRANTS("grants"),
  /** Subsidies and support the clauses promise without an amount or rate. */
  SUBSIDIES("subsidies");

  private final String code;

  Group(String code) {
    this.code = code;
  }

  /** The name in JSON, e.g. {@code income-tax}. */
  public String code() {
    return code;
  }

  /**
   * The group of a provision, by the kind of its terms; a clause without a formula belongs to the rewards when it
   * addresses research units or researchers only. Null for the government's own targets and deadlines.
   */
  public static Group of(Provision provision) {
    return switch (provision.terms().termsKind()) {
      case INCUBATOR_EXEMPTION, RECOGNITION_TIMING, TAX_REFERRAL -> INCUBATOR_TAXES;
      case REWARD_FLOOR, WAGE_INCLUSION, TERM_LIMIT -> REWARDS;
      case MATCHING, SUPPORT_FLOOR -> GRANTS;
      case NO_FORMULA -> Set.of(Audience.RESEARCH_UNIT, Audience.RESEARCHER).containsAll(Audience.of(provision))
          ? REWARDS : SUBSIDIES;
      case TARGET, REPORTING_DEADLINE -> null;
      default -> INCOME_TAX;
    };
  }
}
