package org.zhongchuang.policy.catalogue;

import static java.util.Objects.requireNonNull;

import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.text.Text;

/**
 * A fixed support of at least an amount ("给予50万元以上的启动资金支持").
 *
 * @param minimum the least amount, inclusive, not null
 * @param purpose what it is for, not null
 */
public record SupportFloor(Cny minimum, Text purpose) implements Terms {
  public SupportFloor {
    requireNonNull(minimum, "minimum");
    requireNonNull(purpose, "purpose");
  }

  /** The same support with another least amount. */
  public SupportFloor withMinimum(Cny newMinimum) {
    return new SupportFloor(newMinimum, purpose);
  }

  @Override
  public TermsKind termsKind() {
    return TermsKind.SUPPORT_FLOOR;
  }

  @Override
  public Text summary() {
    return Text.of(purpose.zh() + "：不低于 " + minimum.format() + " 元", purpose.en() + ": at least " + minimum.format());
  }
}
