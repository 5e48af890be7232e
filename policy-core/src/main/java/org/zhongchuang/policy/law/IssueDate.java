package org.zhongchuang.policy.law;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.time.LocalDate;
import org.zhongchuang.policy.text.Text;

/**
 * The date a document was issued (or a repeal took effect): either known exactly, or known only to lie in a window,
 * with the reason it is not known better.
 */
public sealed interface IssueDate extends Serializable permits IssueDate.Exact, IssueDate.Window {

  /** The earliest the date can be. */
  LocalDate earliest();

  /** The latest the date can be. */
  LocalDate latest();

  /** Whether the date is known to the day. */
  default boolean isExact() {
    return this instanceof Exact;
  }

  /** @param date the date, not null; @param basis where it is read, e.g. "signature date in the seed" */
  static IssueDate exact(LocalDate date, Text basis) {
    return new Exact(date, basis);
  }

  /** A date known only to lie between two days, inclusive, and why. */
  static IssueDate between(LocalDate earliest, LocalDate latest, Text reason) {
    return new Window(earliest, latest, reason);
  }

  /**
   * @param date the day, not null
   * @param basis where the date is read, not null
   */
  record Exact(LocalDate date, Text basis) implements IssueDate {
    public Exact {
      requireNonNull(date, "date");
      requireNonNull(basis, "basis");
    }

    @Override
    public LocalDate earliest() {
      return date;
    }

    @Override
    public LocalDate latest() {
      return date;
    }

    @Override
    public String toString() {
      return date.toString();
    }
  }

  /**
   * @param earliest not null
   * @param latest not null, not before earliest
   * @param reason why the date is not known to the day, and how the bounds were found, not null
   */
  record Window(LocalDate earliest, LocalDate latest, Text reason) implements IssueDate {
    public Window {
      requireNonNull(earliest, "earliest");
      requireNonNull(latest, "latest");
      requireNonNull(reason, "reason");
      if (latest.isBefore(earliest)) {
        throw new IllegalArgumentException("window ends " + latest + " before it starts " + earliest);
      }
    }

    @Override
    public String toString() {
      return "between " + earliest + " and " + latest;
    }
  }
}
