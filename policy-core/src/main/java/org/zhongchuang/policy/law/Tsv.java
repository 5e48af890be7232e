package org.zhongchuang.policy.law;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the tab-separated resources of this package (places.tsv, zones.tsv) with a hand-written loop. */
final class Tsv {
  private Tsv() {}

  /** The bytes of a resource next to {@link Jurisdiction}. */
  static byte[] read(String resource) {
    try (InputStream in = Jurisdiction.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("resource " + resource + " is missing next to " + Jurisdiction.class);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /**
   * The rows of a UTF-8, tab-separated resource: lines starting with # are comments, the first other line must be
   * {@code header}, every later one has exactly as many fields; an empty field is null.
   *
   * <p>Works on the bytes (a tab or a newline byte is never part of a multi-byte UTF-8 character) and decodes field
   * by field, in small methods the JIT compiles after a few hundred rows. Decoding the whole file to one String and
   * cutting it up in one loop was slower in a fresh JVM (a median of 49 against 43 ms of CPU for the whole load, on a
   * busy two-core machine), most of the long loop running interpreted.
   */
  static List<String[]> rows(byte[] data, String resource, String header) {
    int columns = 1;
    for (int i = 0; i < header.length(); i++) {
      columns += header.charAt(i) == '\t' ? 1 : 0;
    }
    List<String[]> rows = new ArrayList<>(3400);
    boolean sawHeader = false;
    for (int start = 0; start < data.length; ) {
      int end = indexOf(data, (byte) '\n', start, data.length);
      int next = end + 1;
      if (end > start && data[end - 1] == '\r') {
        end--;
      }
      if (end > start && data[start] != '#') {
        if (sawHeader) {
          rows.add(split(data, start, end, columns, resource));
        } else if (header.equals(new String(data, start, end - start, StandardCharsets.UTF_8))) {
          sawHeader = true;
        } else {
          throw new IllegalStateException(resource + ": expected the column header '" + header + "'");
        }
      }
      start = next;
    }
    if (!sawHeader) {
      throw new IllegalStateException(resource + ": no column header");
    }
    return rows;
  }

  private static int indexOf(byte[] data, byte b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (data[i] == b) {
        return i;
      }
    }
    return to;
  }

  /** Splits the line [start, end) at tabs into exactly {@code columns} fields; an empty field is null. */
  private static String[] split(byte[] data, int start, int end, int columns, String resource) {
    String[] fields = new String[columns];
    int from = start;
    for (int f = 0; f < columns; f++) {
      int tab = indexOf(data, (byte) '\t', from, end);
      if ((tab == end) != (f == columns - 1)) {
        throw new IllegalStateException(resource + ": expected " + columns + " tab-separated fields in '"
            + new String(data, start, end - start, StandardCharsets.UTF_8) + "'");
      }
      fields[f] = from == tab ? null : new String(data, from, tab - from, StandardCharsets.UTF_8);
      from = tab + 1;
    }
    return fields;
  }
}
