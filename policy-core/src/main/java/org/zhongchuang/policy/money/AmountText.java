package org.zhongchuang.policy.money;

import org.zhongchuang.policy.text.Phrase;

/**
 * A cursor over the text of an amount or a share, and the characters the grammars of {@link Cny#parse} and
 * {@link Share#parse} are made of. Each character is tested exactly; the text is never normalised (NFKC would turn
 * ①, ₁, ² and other compatibility characters into digits).
 *
 * <p>A cursor is used by one thread for one parse; the static methods are thread-safe.
 */
final class AmountText {
  private final String text;
  private final int end;
  private int pos;

  /** A cursor over {@code text} without its leading and trailing spaces. */
  AmountText(String text) {
    this.text = text;
    int last = text.length();
    while (last > 0 && isSpace(text.charAt(last - 1))) {
      last--;
    }
    this.end = last;
    skipSpaces();
  }

  /** A space between the parts of an amount: ASCII space, tab, ideographic space U+3000; nothing else. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u3000';
  }

  /**
   * The value of an ASCII digit {@code 0-9} or a full-width digit {@code ０-９} (U+FF10–U+FF19), else -1. No other
   * character is a digit: not ①, ₁, ², ٣, 𝟙 or 三.
   */
  static int digit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= '\uFF10' && c <= '\uFF19') {
      return c - '\uFF10';
    }
    return -1;
  }

  boolean atEnd() {
    return pos >= end;
  }

  /** Whether the whole text, without its surrounding spaces, is empty. */
  boolean isEmpty() {
    return end == 0;
  }

  /** The current character; only when not {@link #atEnd()}. */
  char peek() {
    return text.charAt(pos);
  }

  /** Moves past the current character if it is {@code a} or {@code b}. */
  boolean take(char a, char b) {
    if (!atEnd() && (peek() == a || peek() == b)) {
      pos++;
      return true;
    }
    return false;
  }

  void skipSpaces() {
    while (pos < end && isSpace(text.charAt(pos))) {
      pos++;
    }
  }

  /** Moves past digits, appending their ASCII forms to {@code out}; the number of digits read. */
  int digits(StringBuilder out) {
    int start = pos;
    int d;
    while (pos < end && (d = digit(text.charAt(pos))) >= 0) {
      out.append((char) ('0' + d));
      pos++;
    }
    return pos - start;
  }

  /** The current character for a message, with its code point and position: {@code '①' (U+2460) at position 1}. */
  Phrase current() {
    if (atEnd()) {
      return Phrase.of("error.amount.char.end");
    }
    int cp = text.codePointAt(pos);
    String shown = Character.isISOControl(cp) || Character.isWhitespace(cp) ? "" : "'" + Character.toString(cp)
        + "' ";
    String code = String.format("U+%04X", cp);
    int type = Character.getType(cp);
    boolean numeric = Character.isDigit(cp) || type == Character.OTHER_NUMBER || type == Character.LETTER_NUMBER;
    return Phrase.of(numeric ? "error.amount.char.notDigit" : "error.amount.char", shown, code,
        text.codePointCount(0, pos) + 1);
  }
}
