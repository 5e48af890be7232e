package org.zhongchuang.policy.text;

import java.util.Locale;
import org.zhongchuang.policy.PolicyInputException;

/** The languages results are rendered in. Chinese is the default: the law is written in it. */
public enum Language {
  ZH,
  EN;

  /**
   * @param code {@code zh} or {@code en} (any case), not null
   * @throws PolicyInputException for any other code
   */
  public static Language parse(String code) {
    switch (code.strip().toLowerCase(Locale.ROOT)) {
      case "zh":
        return ZH;
      case "en":
        return EN;
      default:
        throw new PolicyInputException("unknown language '" + code + "'; accepted: zh, en");
    }
  }
}
