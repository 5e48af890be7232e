package org.zhongchuang.policy.transfer;

import org.zhongchuang.policy.catalogue.RewardFloor.Basis;

/**
 * How a job-related achievement is put to use (促进科技成果转化法 第十六条, 第四十五条第一款), which decides what the reward is
 * a share of.
 */
public enum TransferMode {
  /** Transfer or licence to others (转让、许可): a share of the net income. */
  TRANSFER_OR_LICENCE,
  /** Investment of the achievement as equity (作价投资): a share of the shares or capital contribution formed. */
  INVESTMENT_AS_EQUITY,
  /**
   * Own or joint implementation (自行实施或合作实施): a share of each year's profit from it, for several years — the
   * operating profit (营业利润) under the 2015 law, the new retained profit (新增留利) under the 1996 law.
   */
  OWN_IMPLEMENTATION;

  /** Whether a floor taken of this basis is a floor of this mode's reward. */
  public boolean rewardsFrom(Basis basis) {
    return switch (this) {
      case TRANSFER_OR_LICENCE -> basis == Basis.NET_INCOME;
      case INVESTMENT_AS_EQUITY -> basis == Basis.EQUITY;
      case OWN_IMPLEMENTATION -> basis == Basis.OPERATING_PROFIT || basis == Basis.NEW_RETAINED_PROFIT;
    };
  }

  /** The code the command line and JSON use: {@code transfer}, {@code equity}, {@code own-implementation}. */
  public String code() {
    return switch (this) {
      case TRANSFER_OR_LICENCE -> "transfer";
      case INVESTMENT_AS_EQUITY -> "equity";
      case OWN_IMPLEMENTATION -> "own-implementation";
    };
  }
}
