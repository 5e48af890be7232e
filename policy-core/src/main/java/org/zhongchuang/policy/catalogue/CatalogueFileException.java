package org.zhongchuang.policy.catalogue;

import static java.util.Objects.requireNonNull;

import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.text.Phrase;
import org.zhongchuang.policy.text.Renderable;

/**
 * A catalogue file that cannot be loaded: its message names the file, the line and the field, what was wrong and what
 * is accepted, on one line. Loading never yields half a catalogue: one such problem refuses the whole load.
 */
public final class CatalogueFileException extends PolicyInputException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final String field;

  CatalogueFileException(String file, int line, String field, Renderable problem) {
    super(line <= 0 ? Phrase.of("error.catalogue.whole", requireNonNull(file, "file"), requireNonNull(problem, "problem"))
        : requireNonNull(field, "field").isEmpty() ? Phrase.of("error.catalogue.fileOnly", file, line, problem)
        : Phrase.of("error.catalogue.file", file, line, field, problem));
    this.file = file;
    this.line = line;
    this.field = field;
  }

  /** The file as it was named to the loader (a built-in file is named {@code built-in:<name>}). */
  public String file() {
    return file;
  }

  /** The line, counting from 1; 0 where the problem concerns the whole file. */
  public int line() {
    return line;
  }

  /** The field, as a path of keys, e.g. {@code provisions[CN-CS-2019-13-1].terms.counted}; empty for the file. */
  public String field() {
    return field;
  }
}
