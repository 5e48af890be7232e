package org.zhongchuang.policy.text;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;

/**
 * A short text in Chinese and English, e.g. a step description or a warning. Immutable.
 *
 * @param zh the Chinese text, not null
 * @param en the English text, not null
 */
public record Text(String zh, String en) implements Serializable {
  public Text {
    requireNonNull(zh, "zh");
    requireNonNull(en, "en");
  }

  public static Text of(String zh, String en) {
    return new Text(zh, en);
  }

  /** @param language not null */
  public String in(Language language) {
    return language == Language.ZH ? zh : en;
  }

  /** The same text with {@code other} appended in each language. */
  public Text plus(Text other) {
    return new Text(zh + other.zh, en + other.en);
  }

  @Override
  public String toString() {
    return en;
  }
}
