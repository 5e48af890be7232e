package org.zhongchuang.policy.catalogue;

import static java.util.Objects.requireNonNull;

import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.text.Text;

/**
 * The rate of income whose tax is halved (减半征收): it is computed apart ("单独核算") at {@code rate}, halved, whatever
 * reduced rate the enterprise otherwise pays (国税函〔2010〕157号 一（三）): a high-tech enterprise does not take 15% on
 * it.
 *
 * @param rate the rate that is halved, e.g. the statutory 25%, not null
 */
public record HalvedIncomeRate(Share rate) implements Terms {
  public HalvedIncomeRate {
    requireNonNull(rate, "rate");
  }

  /** The same rule at another rate. */
  public HalvedIncomeRate withRate(Share newRate) {
    return new HalvedIncomeRate(newRate);
  }

  @Override
  public TermsKind termsKind() {
    return TermsKind.HALVED_INCOME_RATE;
  }

  @Override
  public Text summary() {
    return Text.of("减半征收的所得单独核算，按 " + rate + " 的税率减半", "income taxed at half is computed apart, at half of "
        + rate);
  }
}
