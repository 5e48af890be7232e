package org.zhongchuang.policy.law;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import org.zhongchuang.policy.law.Applicability.Status;
import org.zhongchuang.policy.text.Text;

/**
 * The days a provision is in force: a first and a last day, both inclusive. Either end may be open (no end is known
 * or stated) or known only within a window (e.g. a start tied to an undated document).
 *
 * @param start the first day in force, not null
 * @param end the last day in force, not null
 */
public record ValidityPeriod(Bound start, Bound end) implements Serializable {

  /** One end of a period. */
  public sealed interface Bound extends Serializable permits Open, On, Within {}

  /** No bound: the period has no start, or no known end. */
  public record Open() implements Bound {}

  /** A known day. */
  public record On(LocalDate day) implements Bound {
    public On {
      requireNonNull(day, "day");
    }
  }

  /** A day known only to lie in {@code [earliest, latest]}, and why. */
  public record Within(LocalDate earliest, LocalDate latest, Text reason) implements Bound {
    public Within {
      requireNonNull(earliest, "earliest");
      requireNonNull(latest, "latest");
      requireNonNull(reason, "reason");
      if (latest.isBefore(earliest)) {
        throw new IllegalArgumentException("bound window ends " + latest + " before it starts " + earliest);
      }
    }
  }

  public ValidityPeriod {
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    if (latest(end, LocalDate.MAX).isBefore(earliest(start, LocalDate.MIN))) {
      throw new IllegalArgumentException("period ends before it starts: " + start + " – " + end);
    }
  }

  /** In force from {@code first}, with no known end. */
  public static ValidityPeriod from(LocalDate first) {
    return new ValidityPeriod(new On(first), new Open());
  }

  /** In force from {@code first} to {@code last}, both inclusive. */
  public static ValidityPeriod between(LocalDate first, LocalDate last) {
    return new ValidityPeriod(new On(first), new On(last));
  }

  /** The same period with another last day. */
  public ValidityPeriod withEnd(Bound newEnd) {
    return new ValidityPeriod(start, newEnd);
  }

  /** The first day, where it is known exactly. */
  public Optional<LocalDate> firstDay() {
    return start instanceof On ? Optional.of(((On) start).day()) : Optional.empty();
  }

  /** The last day, where it is known exactly. */
  public Optional<LocalDate> lastDay() {
    return end instanceof On ? Optional.of(((On) end).day()) : Optional.empty();
  }

  /** The earliest the period can start ({@link LocalDate#MIN} when open). */
  public LocalDate earliestStart() {
    return earliest(start, LocalDate.MIN);
  }

  /** The latest the period can start. */
  public LocalDate latestStart() {
    return latest(start, LocalDate.MIN);
  }

  /** The earliest the last day can be ({@link LocalDate#MAX} when open). */
  public LocalDate earliestEnd() {
    return earliest(end, LocalDate.MAX);
  }

  /** The latest the last day can be. */
  public LocalDate latestEnd() {
    return latest(end, LocalDate.MAX);
  }

  private static LocalDate earliest(Bound bound, LocalDate open) {
    if (bound instanceof On) {
      return ((On) bound).day();
    }
    if (bound instanceof Within) {
      return ((Within) bound).earliest();
    }
    return open;
  }

  private static LocalDate latest(Bound bound, LocalDate open) {
    if (bound instanceof On) {
      return ((On) bound).day();
    }
    if (bound instanceof Within) {
      return ((Within) bound).latest();
    }
    return open;
  }

  /**
   * Whether the period covers a day.
   *
   * @param day not null
   */
  public Applicability on(LocalDate day) {
    requireNonNull(day, "day");
    return during(day, day);
  }

  /** Whether the period covers at least one day of a calendar (tax) year. */
  public Applicability during(Year year) {
    requireNonNull(year, "year");
    return during(year.atDay(1), year.atMonth(12).atEndOfMonth());
  }

  /**
   * Whether the period covers at least one day of {@code [first, last]}.
   *
   * @param first not null
   * @param last not null, not before first
   */
  public Applicability during(LocalDate first, LocalDate last) {
    requireNonNull(first, "first");
    requireNonNull(last, "last");
    String span = first.equals(last) ? first.toString() : first + " – " + last;
    if (last.isBefore(earliestStart())) {
      return new Applicability(Status.NOT_IN_FORCE,
          Text.of(span + " 早于施行日期（" + describe(start) + "）", span + " is before the start (" + describe(start) + ")"));
    }
    if (first.isAfter(latestEnd())) {
      return new Applicability(Status.NOT_IN_FORCE,
          Text.of(span + " 晚于有效期截止日（" + describe(end) + "）", span + " is after the end (" + describe(end) + ")"));
    }
    boolean surelyStarted = !last.isBefore(latestStart());
    boolean surelyNotEnded = !first.isAfter(earliestEnd());
    // Certainly in force on some day of the span: the span meets [latestStart, earliestEnd].
    if (surelyStarted && surelyNotEnded && !latestStart().isAfter(earliestEnd())) {
      return new Applicability(Status.IN_FORCE,
          Text.of("有效期 " + describe(start) + " 至 " + describe(end) + " 涵盖 " + span,
              "in force " + describe(start) + " – " + describe(end) + ", which covers " + span));
    }
    Text why = !surelyStarted ? reason(start) : reason(end);
    return new Applicability(Status.UNCERTAIN,
        Text.of(span + " 是否在有效期内无法确定：", "whether " + span + " is in force cannot be known: ").plus(why));
  }

  private static Text reason(Bound bound) {
    return bound instanceof Within ? ((Within) bound).reason() : Text.of("", "");
  }

  private static String describe(Bound bound) {
    if (bound instanceof On) {
      return ((On) bound).day().toString();
    }
    if (bound instanceof Within) {
      Within w = (Within) bound;
      return w.earliest() + "~" + w.latest();
    }
    return "…";
  }

  @Override
  public String toString() {
    return describe(start) + " – " + describe(end);
  }
}
