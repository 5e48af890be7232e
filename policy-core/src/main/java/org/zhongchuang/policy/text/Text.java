package org.zhongchuang.policy.text;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;

/**
 * A short text of the catalogue's data in Chinese and English, e.g. a provision's scope or a note, or the reason a
 * date is uncertain. What the calculators themselves write comes from templates ({@link Phrase}); a {@code Text} is
 * data they quote. Immutable.
 *
 * @param zh the Chinese text, not null
 * @param en the English text, not null
 */
public record Text(String zh, String en) implements Renderable, Serializable {
  public Text {
    requireNonNull(zh, "zh");
    requireNonNull(en, "en");
  }

  public static Text of(String zh, String en) {
    return new Text(zh, en);
  }

  /** The same words in both languages, e.g. a proper name or a document number. */
  public static Text same(String text) {
    return new Text(text, text);
  }

  /** @param language not null; Chinese reads {@link #zh()}, every other language {@link #en()} */
  public String in(Language language) {
    return language.isChinese() ? zh : en;
  }

  @Override
  public String render(Language language) {
    return in(language);
  }

  @Override
  public void renderTo(StringBuilder out, Language language) {
    out.append(in(language));
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
