package org.zhongchuang.policy.catalogue;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.text.Phrase;
import org.zhongchuang.policy.text.Renderable;

/**
 * A kind of institution at a level of recognition, e.g. a national-level incubator or a nationally registered maker
 * space. The catalogue files write it {@code national incubator}, {@code provincial university science park},
 * {@code national maker space}, {@code maker space in national incubator}. A value.
 *
 * @param kind not null
 * @param level not null
 */
public record Institution(InstitutionKind kind, RecognitionLevel level) implements Renderable, Serializable {
  public Institution {
    requireNonNull(kind, "kind");
    requireNonNull(level, "level");
  }

  /** The same as the constructor. */
  public static Institution of(InstitutionKind kind, RecognitionLevel level) {
    return new Institution(kind, level);
  }

  /** E.g. {@code national incubator}, {@code maker space in municipal incubator}. */
  public String fileName() {
    return kind == InstitutionKind.MAKER_SPACE_IN_INCUBATOR ? "maker space in " + level.code() + " incubator"
        : level.code() + " " + kind.fileName();
  }

  /** The name as the files write it, any case; null if it names no institution. */
  static Institution byName(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    for (InstitutionKind kind : InstitutionKind.values()) {
      for (RecognitionLevel level : RecognitionLevel.values()) {
        Institution i = new Institution(kind, level);
        if (i.fileName().equals(n)) {
          return i;
        }
      }
    }
    return null;
  }

  /** Every name the files accept, for refusals. */
  static List<String> names() {
    List<String> out = new ArrayList<>();
    for (InstitutionKind kind : InstitutionKind.values()) {
      for (RecognitionLevel level : RecognitionLevel.values()) {
        out.add(new Institution(kind, level).fileName());
      }
    }
    return out;
  }

  /** The template of each institution, by kind and level ordinals. */
  private static final String[][] KEYS = keys();

  private static String[][] keys() {
    String[][] keys = new String[InstitutionKind.values().length][RecognitionLevel.values().length];
    for (InstitutionKind k : InstitutionKind.values()) {
      for (RecognitionLevel l : RecognitionLevel.values()) {
        keys[k.ordinal()][l.ordinal()] = "institution." + k.name() + "." + l.name();
      }
    }
    return keys;
  }

  /** E.g. 国家级科技企业孵化器, 国家备案众创空间 (template {@code institution.<KIND>.<LEVEL>}). */
  @Override
  public String render(Language language) {
    StringBuilder out = new StringBuilder(24);
    renderTo(out, language);
    return out.toString();
  }

  @Override
  public void renderTo(StringBuilder out, Language language) {
    Phrase.render(KEYS[kind.ordinal()][level.ordinal()], NO_ARGS, language, out);
  }

  private static final Object[] NO_ARGS = new Object[0];

  @Override
  public String toString() {
    return fileName();
  }
}
