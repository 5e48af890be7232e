package org.zhongchuang.policy.eit;

/** Which relief of line 26 the tax due takes: they are never stacked (PROVISIONS.md §11). */
public enum ReliefRoute {
  /** The small low-profit enterprise relief (企业所得税法 第二十八条第一款 and the notices of §2). */
  SMALL_LOW_PROFIT("small-low-profit"),
  /** The high and new technology enterprise rate, 15% (第二十八条第二款). */
  HIGH_TECH("high-tech"),
  /** No relief: the statutory rate. */
  NONE("none");

  private final String code;

  ReliefRoute(String code) {
    this.code = code;
  }

  /** As the JSON contract writes it: {@code small-low-profit}, {@code high-tech}, {@code none}. */
  public String code() {
    return code;
  }
}
