package org.zhongchuang.policy.text;

import static java.util.Objects.requireNonNull;

import java.io.ObjectStreamException;
import java.io.Serializable;
import java.util.Locale;
import org.zhongchuang.policy.PolicyInputException;

/**
 * A language results and messages are rendered in. Chinese ({@link #ZH}) is the default: the law is written in it;
 * English ({@link #EN}) ships too.
 *
 * <p>Every text the library writes comes from templates in resource bundles (base name
 * {@code org.zhongchuang.policy.text.policy}: {@code policy.properties} is English, {@code policy_zh.properties}
 * Chinese). Adding a language is adding a {@code policy_xx.properties} file and asking for {@code Language.of(locale)};
 * a template missing from it falls back to English. Texts that come from the catalogue's data (scopes, notes) exist in
 * Chinese and English only: other languages read the English.
 *
 * <p>This class is immutable and thread-safe; two languages are equal when their locales' languages are equal.
 */
public final class Language implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Chinese, the default. */
  public static final Language ZH = new Language(Locale.CHINESE);
  /** English. */
  public static final Language EN = new Language(Locale.ENGLISH);

  private final Locale locale;

  private Language(Locale locale) {
    this.locale = locale;
  }

  /**
   * @param locale not null; only its language counts
   * @return {@link #ZH} or {@link #EN} for Chinese and English, else a language whose templates are read from
   *     {@code policy_<language>.properties}
   */
  public static Language of(Locale locale) {
    requireNonNull(locale, "locale");
    String code = locale.getLanguage();
    if (code.equals(ZH.locale.getLanguage())) {
      return ZH;
    }
    if (code.equals(EN.locale.getLanguage()) || code.isEmpty()) {
      return EN;
    }
    return new Language(new Locale(code));
  }

  /**
   * @param code {@code zh} or {@code en} (any case), not null
   * @throws PolicyInputException for any other code
   */
  public static Language parse(String code) {
    requireNonNull(code, "code");
    switch (code.strip().toLowerCase(Locale.ROOT)) {
      case "zh":
        return ZH;
      case "en":
        return EN;
      default:
        throw new PolicyInputException(Text.of("未知语言“" + code + "”；可用：zh、en",
            "unknown language '" + code + "'; accepted: zh, en"));
    }
  }

  /** The two languages the library ships, Chinese first. */
  public static java.util.List<Language> shipped() {
    return java.util.List.of(ZH, EN);
  }

  /** The locale whose bundle holds this language's templates. */
  public Locale locale() {
    return locale;
  }

  /** Whether this is Chinese: data texts are read in Chinese, every other language reads them in English. */
  public boolean isChinese() {
    return this.equals(ZH);
  }

  /** The ISO 639 code, e.g. {@code zh}. */
  public String code() {
    return locale.getLanguage();
  }

  private Object readResolve() throws ObjectStreamException {
    return of(locale);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Language && ((Language) o).locale.getLanguage().equals(locale.getLanguage());
  }

  @Override
  public int hashCode() {
    return locale.getLanguage().hashCode();
  }

  @Override
  public String toString() {
    return code();
  }
}
