package org.zhongchuang.policy.catalogue;

import static java.util.Objects.requireNonNull;

import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.text.Text;

/**
 * An additional deduction of a share of an expense (加计扣除), e.g. 50% of research and development expenses.
 *
 * @param share the additional share deducted, not null
 * @param expense the expense, not null
 */
public record DeductionRate(Share share, Text expense) implements Terms {
  public DeductionRate {
    requireNonNull(share, "share");
    requireNonNull(expense, "expense");
  }

  /** The same deduction at another share. */
  public DeductionRate withShare(Share newShare) {
    return new DeductionRate(newShare, expense);
  }

  @Override
  public TermsKind termsKind() {
    return TermsKind.EXTRA_DEDUCTION;
  }

  @Override
  public Text summary() {
    return Text.of(expense.zh() + "按 " + share + " 加计扣除", expense.en() + ": additional deduction of " + share);
  }
}
