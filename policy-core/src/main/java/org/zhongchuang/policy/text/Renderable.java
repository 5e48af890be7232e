package org.zhongchuang.policy.text;

/**
 * Something the library can write in a {@link Language}: a step of an explanation, a warning, a refusal, an amount, a
 * place. Renderables nest: an argument of a template that is itself renderable is written in the same language.
 */
public interface Renderable {

  /**
   * @param language not null
   * @return the text in that language (English where the language has no template of its own)
   */
  String render(Language language);

  /**
   * Appends the text in a language: what a template does with its arguments, without an intermediate string where
   * the renderable can write directly.
   *
   * @param out not null
   * @param language not null
   */
  default void renderTo(StringBuilder out, Language language) {
    out.append(render(language));
  }
}
