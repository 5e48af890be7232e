package org.zhongchuang.policy.examples.cli;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;

/**
 * A small JSON writer for the command's output: objects keep the order their fields were put in, money is written as
 * a string with two decimals ({@code "25000.00"}) and a share as a string of decimals ({@code "0.70"}), so no reader
 * ever sees a binary floating-point number. Text is written as it is (the caller encodes the output as UTF-8); only
 * what JSON requires is escaped, plus U+2028/U+2029 and unpaired surrogates, so the output is valid UTF-8 JSON.
 *
 * <p>Values may be: {@code null}, {@link String}, {@link Boolean}, {@link Integer}, {@link Long}, {@link Cny},
 * {@link Share}, {@link Obj}, a {@link Map} with string keys, or a {@link List} of values.
 */
public final class Json {
  private Json() {}

  /** An ordered JSON object under construction. Not thread-safe; build it, write it, drop it. */
  public static final class Obj {
    private final Map<String, Object> fields = new LinkedHashMap<>();

    /**
     * @param name the field name, not null; a name put twice keeps its first position and takes the last value
     * @param value a value of a supported type, or null for JSON {@code null}
     * @return this object
     */
    public Obj put(String name, Object value) {
      fields.put(requireNonNull(name, "name"), value);
      return this;
    }

    /** The fields in order. */
    Map<String, Object> fields() {
      return fields;
    }
  }

  /** A new empty object. */
  public static Obj object() {
    return new Obj();
  }

  /**
   * Writes a value as indented JSON (two spaces), without a trailing newline.
   *
   * @param value a value of a supported type, or null
   * @return the JSON text
   * @throws IllegalArgumentException for a value of an unsupported type
   */
  public static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out, 0);
    return out.toString();
  }

  private static void write(Object value, StringBuilder out, int indent) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String) {
      quote((String) value, out);
    } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
      out.append(value);
    } else if (value instanceof Cny) {
      quote(((Cny) value).toPlainString(), out);
    } else if (value instanceof Share) {
      quote(((Share) value).toDecimalString(), out);
    } else if (value instanceof Obj) {
      writeObject(((Obj) value).fields(), out, indent);
    } else if (value instanceof Map) {
      writeObject((Map<?, ?>) value, out, indent);
    } else if (value instanceof List) {
      writeArray((List<?>) value, out, indent);
    } else {
      throw new IllegalArgumentException("no JSON form for a " + value.getClass().getName());
    }
  }

  private static void writeObject(Map<?, ?> fields, StringBuilder out, int indent) {
    if (fields.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append('{');
    String separator = "\n";
    for (Map.Entry<?, ?> field : fields.entrySet()) {
      if (!(field.getKey() instanceof String)) {
        throw new IllegalArgumentException("JSON object keys are strings, got " + field.getKey());
      }
      out.append(separator);
      indent(out, indent + 1);
      quote((String) field.getKey(), out);
      out.append(": ");
      write(field.getValue(), out, indent + 1);
      separator = ",\n";
    }
    out.append('\n');
    indent(out, indent);
    out.append('}');
  }

  private static void writeArray(List<?> items, StringBuilder out, int indent) {
    if (items.isEmpty()) {
      out.append("[]");
      return;
    }
    out.append('[');
    String separator = "\n";
    for (Object item : items) {
      out.append(separator);
      indent(out, indent + 1);
      write(item, out, indent + 1);
      separator = ",\n";
    }
    out.append('\n');
    indent(out, indent);
    out.append(']');
  }

  private static void indent(StringBuilder out, int level) {
    out.append("  ".repeat(level));
  }

  /** Appends a JSON string literal (RFC 8259 §7). */
  static void quote(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        case '\b':
          out.append("\\b");
          break;
        case '\f':
          out.append("\\f");
          break;
        default:
          if (c < 0x20 || c == '\u2028' || c == '\u2029' || isUnpairedSurrogate(s, i)) {
            // Control characters must be escaped; U+2028/2029 break JavaScript readers; an unpaired surrogate
            // cannot be encoded as UTF-8 and would otherwise become '?'.
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }

  private static boolean isUnpairedSurrogate(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
    }
    return false;
  }
}
