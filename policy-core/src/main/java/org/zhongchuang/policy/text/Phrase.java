package org.zhongchuang.policy.text;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A sentence the library writes: the key of a template and its typed arguments (amounts, shares, dates, provisions,
 * places, other phrases). The words live only in the template files, one template per key and language; rendering the
 * same phrase in two languages gives the same numbers, because the numbers are arguments, not words.
 *
 * <p>An argument is rendered by its type: a {@link Renderable} (an amount, a share, a provision, a place, a
 * {@link Text}, another phrase) renders itself in the language; an enum constant is looked up as
 * {@code enum.<SimpleName>.<NAME>}; a {@link java.util.Collection} is rendered element by element and joined with the
 * language's list separator; a boolean as {@code bool.true}/{@code bool.false}; anything else (numbers, dates, ids)
 * as {@code String.valueOf}.
 *
 * <p>Immutable when its arguments are; serializable when they are.
 */
public final class Phrase implements Renderable, Serializable {
  private static final long serialVersionUID = 1L;

  private static final Object[] NO_ARGS = new Object[0];

  private final String key;
  private final Object[] args;

  private Phrase(String key, Object[] args) {
    this.key = key;
    this.args = args;
  }

  /**
   * @param key a template key, e.g. {@code tax.band}, not null
   * @param args the template's arguments in order, not null
   */
  public static Phrase of(String key, Object... args) {
    requireNonNull(key, "key");
    requireNonNull(args, "args");
    return new Phrase(key, args.length == 0 ? args : args.clone());
  }

  /**
   * Elements rendered one after another, separated by the template {@code separatorKey} (e.g. {@code list.semicolon}):
   * for lists whose separator differs from the language's ordinary list separator.
   */
  public static Renderable joined(java.util.List<?> elements, String separatorKey) {
    return new Joined(java.util.List.copyOf(elements), requireNonNull(separatorKey, "separatorKey"));
  }

  /** See {@link #joined}. */
  private record Joined(java.util.List<?> elements, String separatorKey) implements Renderable, Serializable {
    @Override
    public String render(Language language) {
      StringBuilder out = new StringBuilder();
      renderTo(out, language);
      return out.toString();
    }

    @Override
    public void renderTo(StringBuilder out, Language language) {
      for (int i = 0; i < elements.size(); i++) {
        if (i > 0) {
          Templates.render(separatorKey, NO_ARGS, language, out);
        }
        Templates.append(elements.get(i), language, out);
      }
    }
  }

  /** Whether a template exists for a key (in the language, or in English). */
  public static boolean exists(String key, Language language) {
    return Templates.has(requireNonNull(key, "key"), requireNonNull(language, "language"));
  }

  /** The template key. */
  public String key() {
    return key;
  }

  /** The arguments, in order. */
  public List<Object> args() {
    return Collections.unmodifiableList(Arrays.asList(args));
  }

  @Override
  public String render(Language language) {
    requireNonNull(language, "language");
    StringBuilder out = new StringBuilder(64);
    Templates.render(key, args, language, out);
    return out.toString();
  }

  @Override
  public void renderTo(StringBuilder out, Language language) {
    Templates.render(key, args, language, out);
  }

  /**
   * Renders a template directly into {@code out}, without making a phrase: for code that renders many steps.
   *
   * @param key a template key, not null
   * @param args its arguments, not null
   * @param language not null
   * @param out not null
   */
  public static void render(String key, Object[] args, Language language, StringBuilder out) {
    Templates.render(key, args, language, out);
  }

  /** Renders the template {@code key + ".formula"} into {@code out}, if there is one; whether there was. */
  public static boolean renderFormula(String key, Object[] args, Language language, StringBuilder out) {
    return Templates.renderFormula(key, args, language, out);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Phrase && ((Phrase) o).key.equals(key) && Arrays.equals(((Phrase) o).args, args);
  }

  @Override
  public int hashCode() {
    return key.hashCode() * 31 + Arrays.hashCode(args);
  }

  /** The key and arguments, e.g. {@code tax.band[1000000.00, 25%]}: what was said, not how. */
  @Override
  public String toString() {
    return key + Arrays.toString(args);
  }
}
