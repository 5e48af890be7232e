package org.zhongchuang.policy.text;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The template files beside this class, one family per area ({@link #FAMILIES}): {@code <family>.properties} is
 * English, the fallback of every other language, and {@code <family>_<language>.properties} another language; UTF-8,
 * in the {@code java.util.Properties} format. A key belongs to one family only. A template is text with numbered holes
 * {@code {0}}, {@code {1}}…; {@code {{} writes a brace. Each file is read and parsed once per JVM, on first use; the
 * keys of formulas ({@code <key>.formula}) and of enum constants ({@code enum.<SimpleName>.<NAME>}) are resolved once
 * too, so that rendering builds no key strings.
 */
final class Templates {
  private Templates() {}

  /** The families: shared words, the catalogue's loader, explanations, and one per calculator. */
  static final List<String> FAMILIES = List.of("policy", "catalogue", "explain", "tax", "transfer", "grants",
      "incubator", "eit", "benefits");

  private static final Object[] NO_ARGS = new Object[0];
  private static final Map<String, Bundle> BUNDLES = new ConcurrentHashMap<>();
  /** Per enum class, the template key of each constant, by ordinal. */
  private static final ClassValue<String[]> ENUM_KEYS = new ClassValue<>() {
    @Override
    protected String[] computeValue(Class<?> type) {
      Object[] constants = type.getEnumConstants();
      String[] keys = new String[constants.length];
      for (int i = 0; i < constants.length; i++) {
        keys[i] = "enum." + type.getSimpleName() + "." + ((Enum<?>) constants[i]).name();
      }
      return keys;
    }
  };

  /** One language's parsed templates, English filling the keys it lacks. */
  static final class Bundle {
    final Map<String, Object[]> templates;
    /** The formula template of each key that has one, by the key without {@code .formula}. */
    final Map<String, Object[]> formulas;
    final Object[] listSeparator;

    Bundle(Map<String, Object[]> templates) {
      this.templates = templates;
      Map<String, Object[]> f = new HashMap<>();
      templates.forEach((k, v) -> {
        if (k.endsWith(".formula")) {
          f.put(k.substring(0, k.length() - ".formula".length()), v);
        }
      });
      this.formulas = Map.copyOf(f);
      this.listSeparator = templates.get("list.separator");
    }
  }

  static boolean has(String key, Language language) {
    return bundle(language).templates.containsKey(key);
  }

  /** Keys of the templates of a language's own files (without the English fallback), for tests that compare files. */
  static Set<String> ownKeys(Language language) {
    Set<String> keys = new TreeSet<>();
    for (String family : FAMILIES) {
      keys.addAll(read(file(family, language)).stringPropertyNames());
    }
    return keys;
  }

  private static String file(String family, Language language) {
    return language.equals(Language.EN) ? family + ".properties" : family + "_" + language.code() + ".properties";
  }

  static void render(String key, Object[] args, Language language, StringBuilder out) {
    Bundle bundle = bundle(language);
    Object[] template = bundle.templates.get(key);
    if (template == null) {
      throw new IllegalStateException("no template '" + key + "': every key the library uses must have an English"
          + " template in one of " + FAMILIES);
    }
    fill(key, template, args, bundle, language, out);
  }

  static boolean renderFormula(String key, Object[] args, Language language, StringBuilder out) {
    Bundle bundle = bundle(language);
    Object[] template = bundle.formulas.get(key);
    if (template == null) {
      return false;
    }
    fill(key, template, args, bundle, language, out);
    return true;
  }

  private static void fill(String key, Object[] template, Object[] args, Bundle bundle, Language language,
      StringBuilder out) {
    for (Object part : template) {
      if (part instanceof String) {
        out.append((String) part);
      } else {
        int index = (Integer) part;
        if (index >= args.length) {
          throw new IllegalStateException("template '" + key + "' uses {" + index + "} but has " + args.length
              + " arguments");
        }
        append(args[index], bundle, language, out);
      }
    }
  }

  static void append(Object arg, Language language, StringBuilder out) {
    append(arg, bundle(language), language, out);
  }

  private static void append(Object arg, Bundle bundle, Language language, StringBuilder out) {
    if (arg instanceof String) {
      out.append((String) arg);
    } else if (arg instanceof Renderable) {
      ((Renderable) arg).renderTo(out, language);
    } else if (arg instanceof Enum<?>) {
      Enum<?> e = (Enum<?>) arg;
      String key = ENUM_KEYS.get(e.getDeclaringClass())[e.ordinal()];
      Object[] template = bundle.templates.get(key);
      if (template != null) {
        fill(key, template, NO_ARGS, bundle, language, out);
      } else {
        out.append(e.name().toLowerCase(Locale.ROOT).replace('_', ' '));
      }
    } else if (arg instanceof Boolean) {
      render((Boolean) arg ? "bool.true" : "bool.false", NO_ARGS, language, out);
    } else if (arg instanceof Collection<?>) {
      boolean first = true;
      for (Object element : (Collection<?>) arg) {
        if (!first) {
          fill("list.separator", bundle.listSeparator, NO_ARGS, bundle, language, out);
        }
        append(element, bundle, language, out);
        first = false;
      }
    } else if (arg == null) {
      out.append('—');
    } else {
      out.append(arg);
    }
  }

  private static Bundle bundle(Language language) {
    Bundle b = BUNDLES.get(language.code());
    if (b == null) {
      b = BUNDLES.computeIfAbsent(language.code(), code -> load(language));
    }
    return b;
  }

  /** Reads and parses a language's files; {@link #bundle} does so once per language. */
  static Bundle load(Language language) {
    Map<String, Object[]> templates = new HashMap<>();
    Map<String, String> familyOf = new HashMap<>();
    for (String family : FAMILIES) {
      Properties english = read(file(family, Language.EN));
      for (String k : english.stringPropertyNames()) {
        String other = familyOf.put(k, family);
        if (other != null) {
          throw new IllegalStateException("template key '" + k + "' is in both " + other + " and " + family);
        }
        templates.put(k, parse(english.getProperty(k), k));
      }
      if (!language.equals(Language.EN)) {
        Properties own = read(file(family, language));
        own.stringPropertyNames().forEach(k -> templates.put(k, parse(own.getProperty(k), k)));
      }
    }
    return new Bundle(Map.copyOf(templates));
  }

  private static Properties read(String file) {
    Properties p = new Properties();
    try (InputStream in = Templates.class.getResourceAsStream(file)) {
      if (in != null) {
        p.load(new InputStreamReader(in, UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the template file " + file, e);
    }
    return p;
  }

  /** Literal runs as Strings, holes as Integers. */
  static Object[] parse(String template, String key) {
    List<Object> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c == '{' && i + 1 < template.length() && template.charAt(i + 1) == '{') {
        literal.append('{');
        i++;
      } else if (c == '{') {
        int close = template.indexOf('}', i);
        if (close == -1) {
          throw new IllegalStateException("template '" + key + "' has an unclosed '{'");
        }
        int index;
        try {
          index = Integer.parseInt(template.substring(i + 1, close));
        } catch (NumberFormatException e) {
          throw new IllegalStateException("template '" + key + "' has a hole that is not a number: "
              + template.substring(i, close + 1), e);
        }
        if (literal.length() > 0) {
          parts.add(literal.toString());
          literal.setLength(0);
        }
        parts.add(index);
        i = close;
      } else {
        literal.append(c);
      }
    }
    if (literal.length() > 0) {
      parts.add(literal.toString());
    }
    return parts.toArray();
  }
}
