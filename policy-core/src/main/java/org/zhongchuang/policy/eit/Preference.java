package org.zhongchuang.policy.eit;

/** The preferences whose worth an assessment states: the tax due if it alone were removed, less the tax due. */
public enum Preference {
  /** The research super-deduction (line 17; PROVISIONS.md §8). */
  RESEARCH_DEDUCTION("research-deduction"),
  /** The exemption and halving of technology-transfer income (line 20; §9). */
  TRANSFER_INCOME("transfer-income"),
  /** Losses carried forward ten years instead of five (line 21; 财税〔2018〕76号). */
  LOSS_EXTENSION("loss-extension"),
  /** The venture-capital deduction (line 22; §10). */
  VENTURE_CAPITAL("venture-capital"),
  /** The small low-profit enterprise relief (line 26; §2). */
  SMALL_LOW_PROFIT("small-low-profit"),
  /** The high-tech enterprise rate (line 26; §11). */
  HIGH_TECH("high-tech");

  private final String code;

  Preference(String code) {
    this.code = code;
  }

  /** As the JSON contract writes it, e.g. {@code research-deduction}. */
  public String code() {
    return code;
  }
}
