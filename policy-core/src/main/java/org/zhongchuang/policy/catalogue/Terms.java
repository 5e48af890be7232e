package org.zhongchuang.policy.catalogue;

import java.io.Serializable;
import org.zhongchuang.policy.text.Text;

/**
 * What a provision grants or requires, as data a calculator reads. The family is closed: each kind of quantity is a
 * record (or value class) of its own and names its {@link TermsKind}; a {@code switch} expression over the kinds has no
 * {@code default}, so a new kind is a compile error wherever it must be handled, never a silent default. Every kind has {@code with…} methods for "what if"
 * copies ({@link Catalogue#withModified}).
 */
public sealed interface Terms extends Serializable
    permits TaxRate, SmallLowProfitCriteria, SmallLowProfitRelief, SizeMeasure, PrepaymentRule,
        SplitYearApportionment, Restatement, DeductionRate, RewardFloor, MatchingRule, SupportFloor, Target, TermLimit,
        ReportingDeadline, NoFormula, WageInclusion, IncubatorExemption, RecognitionTiming, TaxReferral,
        ResearchDeduction, ResearchExclusion, TransferIncomeRelief, HalvedIncomeRate, VentureCapitalDeduction,
        LossCarryForward {

  /** One line that states the terms, e.g. "应纳税所得额 ≤ 200,000.00 元的，全部所得按 50% 计入、税率 20%". */
  Text summary();

  /** False for clauses that promise support with no amount or rate ("给予适当补贴"). */
  default boolean hasFormula() {
    return true;
  }

  /** Which kind of terms these are. */
  TermsKind termsKind();
}
