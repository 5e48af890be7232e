package org.zhongchuang.policy.catalogue;

import java.util.Locale;

/** The kinds of {@link Terms}, with the name each has in the catalogue files ({@code kind: small low-profit relief}). */
public enum TermsKind {
  TAX_RATE("tax rate", TaxRate.class),
  SMALL_LOW_PROFIT_CRITERIA("small low-profit criteria", SmallLowProfitCriteria.class),
  SMALL_LOW_PROFIT_RELIEF("small low-profit relief", SmallLowProfitRelief.class),
  SIZE_MEASURE("size measure", SizeMeasure.class),
  PREPAYMENT("prepayment", PrepaymentRule.class),
  SPLIT_YEAR("split year", SplitYearApportionment.class),
  RESTATEMENT("restatement", Restatement.class),
  EXTRA_DEDUCTION("extra deduction", DeductionRate.class),
  REWARD_FLOOR("reward floor", RewardFloor.class),
  MATCHING("matching", MatchingRule.class),
  SUPPORT_FLOOR("support floor", SupportFloor.class),
  TARGET("target", Target.class),
  TERM_LIMIT("term limit", TermLimit.class),
  REPORTING_DEADLINE("reporting deadline", ReportingDeadline.class),
  NO_FORMULA("no formula", NoFormula.class),
  WAGE_INCLUSION("wage inclusion", WageInclusion.class),
  INCUBATOR_EXEMPTION("incubator exemption", IncubatorExemption.class),
  RECOGNITION_TIMING("recognition timing", RecognitionTiming.class),
  TAX_REFERRAL("tax referral", TaxReferral.class),
  RESEARCH_DEDUCTION("research deduction", ResearchDeduction.class),
  RESEARCH_EXCLUSION("research exclusion", ResearchExclusion.class),
  TRANSFER_INCOME_RELIEF("transfer income relief", TransferIncomeRelief.class),
  HALVED_INCOME_RATE("halved income rate", HalvedIncomeRate.class),
  VENTURE_CAPITAL_DEDUCTION("venture capital deduction", VentureCapitalDeduction.class),
  LOSS_CARRY_FORWARD("loss carry-forward", LossCarryForward.class);

  private final String fileName;
  private final Class<? extends Terms> type;

  TermsKind(String fileName, Class<? extends Terms> type) {
    this.fileName = fileName;
    this.type = type;
  }

  /** The name in the catalogue files, e.g. {@code reward floor}. */
  public String fileName() {
    return fileName;
  }

  /** The Java type of terms of this kind. */
  public Class<? extends Terms> type() {
    return type;
  }

  static TermsKind ofType(Class<?> type) {
    for (TermsKind kind : values()) {
      if (kind.type.isAssignableFrom(type)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("not a kind of terms: " + type);
  }

  /**
   * @param name a kind as the files write it, any case, or the enum name, e.g. {@code reward floor}
   * @return the kind, or null if none has that name
   */
  static TermsKind byName(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
    for (TermsKind kind : values()) {
      if (kind.fileName.replace('-', ' ').equals(n)) {
        return kind;
      }
    }
    return null;
  }
}
