package org.zhongchuang.policy.transfer;

import org.zhongchuang.policy.catalogue.RewardFloor.Basis;
import org.zhongchuang.policy.text.Text;

/**
 * How a job-related achievement is put to use (促进科技成果转化法 第十六条, 第四十五条第一款), which decides what the reward is
 * a share of.
 */
public enum TransferMode {
  /** Transfer or licence to others (转让、许可): a share of the net income. */
  TRANSFER_OR_LICENCE(Basis.NET_INCOME, Text.of("转让或许可", "transfer or licence")),
  /** Investment of the achievement as equity (作价投资): a share of the shares or capital contribution formed. */
  INVESTMENT_AS_EQUITY(Basis.EQUITY, Text.of("作价投资", "investment as equity")),
  /** Own or joint implementation (自行实施或合作实施): a share of each year's operating profit. */
  OWN_IMPLEMENTATION(Basis.OPERATING_PROFIT, Text.of("自行实施或合作实施", "own or joint implementation"));

  private final Basis basis;
  private final Text label;

  TransferMode(Basis basis, Text label) {
    this.basis = basis;
    this.label = label;
  }

  /** What the reward is a share of in this mode. */
  public Basis basis() {
    return basis;
  }

  /** The mode's name in Chinese and English. */
  public Text label() {
    return label;
  }

  /** What the input amount is in this mode: net income, value of the shares, or the year's operating profit. */
  Text amountLabel() {
    switch (basis) {
      case NET_INCOME:
        return Text.of("转让或许可净收入", "net transfer or licence income");
      case EQUITY:
        return Text.of("作价投资形成的股份价值", "value of the shares formed");
      default:
        return Text.of("当年营业利润", "the year's operating profit");
    }
  }
}
