package org.zhongchuang.policy.catalogue;

import java.util.Locale;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.text.Phrase;

/** The level of government that made an award to a maker space. */
public enum AwardLevel {
  NATIONAL("国家"),
  PROVINCIAL("省"),
  MUNICIPAL("市"),
  COUNTY("县（市、区）"),
  OTHER("其他");

  private final String chinese;

  AwardLevel(String chinese) {
    this.chinese = chinese;
  }

  public String chinese() {
    return chinese;
  }

  /** {@code national}, {@code provincial}, {@code municipal}, {@code county} or {@code other}, any case. */
  public static AwardLevel parse(String text) {
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new PolicyInputException(Phrase.of("error.awardLevel", text));
    }
  }
}
