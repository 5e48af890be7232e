package org.zhongchuang.policy.catalogue;

import static java.util.Objects.requireNonNull;

import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.text.Text;

/**
 * The relief of a year's technology-transfer income (技术转让所得, 实施条例 第九十条): the part up to {@code exemptUpTo}
 * is exempt; of the part above it only {@code excessCounted} is taxed ("减半征收": half).
 *
 * @param exemptUpTo the exempt part's ceiling (inclusive), zero or more, not null
 * @param excessCounted the share of the part above the ceiling that stays taxable, at most 100%, not null
 */
public record TransferIncomeRelief(Cny exemptUpTo, Share excessCounted) implements Terms {
  public TransferIncomeRelief {
    requireNonNull(exemptUpTo, "exemptUpTo");
    requireNonNull(excessCounted, "excessCounted");
    if (exemptUpTo.isNegative() || excessCounted.isGreaterThan(Share.ONE)) {
      throw new IllegalArgumentException("an exempt ceiling of zero or more and a share of at most 100%: "
          + exemptUpTo + ", " + excessCounted);
    }
  }

  /** The same relief with another exempt ceiling. */
  public TransferIncomeRelief withExemptUpTo(Cny newCeiling) {
    return new TransferIncomeRelief(newCeiling, excessCounted);
  }

  /** The same relief with another share of the excess counted. */
  public TransferIncomeRelief withExcessCounted(Share newShare) {
    return new TransferIncomeRelief(exemptUpTo, newShare);
  }

  @Override
  public TermsKind termsKind() {
    return TermsKind.TRANSFER_INCOME_RELIEF;
  }

  @Override
  public Text summary() {
    return Text.of("技术转让所得不超过 " + exemptUpTo.format() + " 元的部分免征，超过部分按 " + excessCounted + " 计税",
        "technology-transfer income up to " + exemptUpTo.format() + " exempt; " + excessCounted
            + " of the part above taxed");
  }
}
