package org.zhongchuang.policy.catalogue;

import static java.util.Objects.requireNonNull;

import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.text.Text;

/**
 * An enterprise income tax rate.
 *
 * @param kind which rate, not null
 * @param rate not null
 */
public record TaxRate(Kind kind, Share rate) implements Terms {

  /** The rates of 企业所得税法. */
  public enum Kind {
    /** 第四条: the statutory rate. */
    STATUTORY,
    /** 第二十八条第一款: qualifying small low-profit enterprises. */
    SMALL_LOW_PROFIT,
    /** 第二十八条第二款: high and new technology enterprises the state supports. */
    HIGH_TECH
  }

  public TaxRate {
    requireNonNull(kind, "kind");
    requireNonNull(rate, "rate");
  }

  /** The same terms with another rate. */
  public TaxRate withRate(Share newRate) {
    return new TaxRate(kind, newRate);
  }

  @Override
  public TermsKind termsKind() {
    return TermsKind.TAX_RATE;
  }

  @Override
  public Text summary() {
    return switch (kind) {
      case STATUTORY -> Text.of("企业所得税税率 " + rate, "enterprise income tax rate " + rate);
      case SMALL_LOW_PROFIT -> Text.of("小型微利企业减按 " + rate + " 的税率征收",
          "small low-profit enterprises are taxed at " + rate);
      case HIGH_TECH -> Text.of("高新技术企业减按 " + rate + " 的税率征收",
          "high and new technology enterprises are taxed at " + rate);
    };
  }
}
