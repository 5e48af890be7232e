package org.zhongchuang.policy.catalogue;

import static java.util.Objects.requireNonNull;

import java.time.Period;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.text.Text;

/**
 * The venture-capital deduction (创业投资抵扣应纳税所得额, PROVISIONS.md §10) of a corporate venture-capital enterprise:
 * {@code share} of an equity investment in a qualifying investee is deducted from taxable income in the tax year the
 * holding completes {@code heldAtLeast}; what that year's income cannot absorb is carried forward. The provision's
 * validity is the tax years in which the deduction may be taken.
 *
 * @param share the share of the investment deducted, e.g. 70%, not null
 * @param heldAtLeast the holding period, e.g. 2 years, not null, positive
 * @param investee which investees, not null
 */
public record VentureCapitalDeduction(Share share, Period heldAtLeast, Investee investee) implements Terms {

  /** The investees a deduction is for. */
  public enum Investee {
    /** 未上市的中小高新技术企业 (企业所得税法 第三十一条, 实施条例 第九十七条). */
    SME_HIGH_TECH,
    /** 初创科技型企业 (财税〔2018〕55号). */
    START_UP_TECHNOLOGY
  }

  public VentureCapitalDeduction {
    requireNonNull(share, "share");
    requireNonNull(heldAtLeast, "heldAtLeast");
    requireNonNull(investee, "investee");
    if (heldAtLeast.isNegative() || heldAtLeast.isZero()) {
      throw new IllegalArgumentException("a holding period is positive: " + heldAtLeast);
    }
  }

  /** The same deduction at another share. */
  public VentureCapitalDeduction withShare(Share newShare) {
    return new VentureCapitalDeduction(newShare, heldAtLeast, investee);
  }

  /** The same deduction after another holding period. */
  public VentureCapitalDeduction withHeldAtLeast(Period newPeriod) {
    return new VentureCapitalDeduction(share, newPeriod, investee);
  }

  @Override
  public TermsKind termsKind() {
    return TermsKind.VENTURE_CAPITAL_DEDUCTION;
  }

  @Override
  public Text summary() {
    Text who = investee == Investee.SME_HIGH_TECH ? Text.of("未上市的中小高新技术企业", "unlisted SME high-tech enterprises")
        : Text.of("初创科技型企业", "start-up technology enterprises");
    return Text.of("投资于" + who.zh() + "满 " + months(heldAtLeast) + " 个月的，按投资额的 " + share + " 抵扣应纳税所得额",
        share + " of an investment in " + who.en() + " held " + months(heldAtLeast)
            + " months deducted from taxable income");
  }

  private static long months(Period p) {
    return p.toTotalMonths();
  }
}
