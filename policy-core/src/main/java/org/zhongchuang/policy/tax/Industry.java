package org.zhongchuang.policy.tax;

import org.zhongchuang.policy.text.Text;

/** The two industry classes of 实施条例 第九十二条, whose employee and asset limits differed until 2018. */
public enum Industry {
  /** 工业企业. */
  INDUSTRIAL(Text.of("工业企业", "industrial enterprise")),
  /** 其他企业. */
  OTHER(Text.of("其他企业", "other enterprise"));

  private final Text label;

  Industry(Text label) {
    this.label = label;
  }

  /** The class as the regulation names it. */
  public Text label() {
    return label;
  }
}
