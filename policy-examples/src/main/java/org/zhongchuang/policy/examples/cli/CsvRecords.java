package org.zhongchuang.policy.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;

/**
 * Records in UTF-8, byte for byte as Commons CSV's {@link CSVFormat#DEFAULT} prints them (comma, a cell quoted only
 * where it must be, CRLF), built in a growing array by the lane that computed them, so that writing a run of rows is
 * one copy. A cell that needs no quotes — most of them — is copied as it is; any other is printed by
 * {@code CSVFormat.DEFAULT} itself. Cells that are not ASCII are encoded once per distinct text object and kept (a
 * lane's warnings are a few texts repeated). Not thread-safe: one per lane.
 */
final class CsvRecords {
  private static final CSVFormat FORMAT = CSVFormat.DEFAULT;
  private static final int KEPT = 256;

  private byte[] bytes = new byte[1 << 16];
  private int size;
  private final Map<String, byte[]> encoded = new IdentityHashMap<>();
  private final StringBuilder quoted = new StringBuilder();
  private final byte[] scratch = new byte[24];

  /** Appends one record. */
  void record(List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      cell(cells.get(i), i == 0);
    }
    end();
  }

  /**
   * Appends one cell: an amount as {@link Cny#toPlainString()} writes it and a share as
   * {@link Share#toDecimalString()} writes it (digits laid out here, no text made), any other value as its text, as
   * {@code CSVPrinter} prints it.
   */
  void value(Object value, boolean first) {
    if (value instanceof Cny amount) {
      if (!first) {
        put((byte) ',');
      }
      amount(amount.toFen());
    } else if (value instanceof Share share && !share.hasTerminatingDecimal()) {
      // Share.toDecimalString: the fraction p/q where the decimal does not end.
      if (!first) {
        put((byte) ',');
      }
      whole(share.numerator());
      put((byte) '/');
      whole(share.denominator());
    } else if (value instanceof Share share) {
      cell(share.toDecimalString(), first);
    } else {
      cell(value == null ? null : value.toString(), first);
    }
  }

  /** Appends one cell: the first of its record, or after a comma. */
  void cell(String cell, boolean first) {
    int n = cell == null ? -1 : cell.length();
    if (n == 0 && !first) {
      put((byte) ',');
      return;
    }
    if (n <= 0 || cell.charAt(0) <= '#' || cell.charAt(n - 1) <= ' ') {
      printed(cell, first);
      return;
    }
    boolean ascii = true;
    for (int i = 0; i < n; i++) {
      char c = cell.charAt(i);
      if (c == ',' || c == '"' || c == '\r' || c == '\n') {
        printed(cell, first);
        return;
      }
      ascii &= c < 0x80;
    }
    if (!first) {
      put((byte) ',');
    }
    if (ascii) {
      ascii(cell);
    } else {
      put(utf8(cell));
    }
  }

  /** Ends a record (CRLF). */
  void end() {
    put((byte) '\r');
    put((byte) '\n');
  }

  /** The bytes appended since the last call, and starts again. */
  byte[] take() {
    byte[] out = Arrays.copyOf(bytes, size);
    size = 0;
    return out;
  }

  /** How many bytes are waiting to be taken. */
  int size() {
    return size;
  }

  private void printed(String cell, boolean first) {
    quoted.setLength(0);
    try {
      FORMAT.print(cell, quoted, first);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder throws none
    }
    put(quoted.toString().getBytes(StandardCharsets.UTF_8));
  }

  private byte[] utf8(String cell) {
    byte[] b = encoded.get(cell);
    if (b == null) {
      b = cell.getBytes(StandardCharsets.UTF_8);
      if (encoded.size() < KEPT) {
        encoded.put(cell, b);
      }
    }
    return b;
  }

  /** The digits of a number zero or more. */
  private void whole(long n) {
    byte[] b = scratch;
    int at = b.length;
    do {
      b[--at] = (byte) ('0' + n % 10);
      n /= 10;
    } while (n != 0);
    room(b.length - at);
    System.arraycopy(b, at, bytes, size, b.length - at);
    size += b.length - at;
  }

  /** {@code [-]yuan.ff}, written right to left from the amount made negative (Long.MIN_VALUE has no opposite). */
  private void amount(long fen) {
    byte[] b = scratch;
    int at = b.length;
    long rest = fen < 0 ? fen : -fen;
    int cents = (int) (rest % 100);
    rest /= 100;
    b[--at] = (byte) ('0' - cents % 10);
    b[--at] = (byte) ('0' - cents / 10);
    b[--at] = '.';
    while (rest < Integer.MIN_VALUE) {
      b[--at] = (byte) ('0' - rest % 10);
      rest /= 10;
    }
    int yuan = (int) rest;
    do {
      b[--at] = (byte) ('0' - yuan % 10);
      yuan /= 10;
    } while (yuan != 0);
    if (fen < 0) {
      b[--at] = '-';
    }
    room(b.length - at);
    System.arraycopy(b, at, bytes, size, b.length - at);
    size += b.length - at;
  }

  private void ascii(String cell) {
    int n = cell.length();
    room(n);
    byte[] b = bytes;
    int at = size;
    for (int i = 0; i < n; i++) {
      b[at + i] = (byte) cell.charAt(i);
    }
    size = at + n;
  }

  private void put(byte b) {
    room(1);
    bytes[size++] = b;
  }

  private void put(byte[] b) {
    room(b.length);
    System.arraycopy(b, 0, bytes, size, b.length);
    size += b.length;
  }

  private void room(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }
}
