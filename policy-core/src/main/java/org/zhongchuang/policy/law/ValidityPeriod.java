package org.zhongchuang.policy.law;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import org.zhongchuang.policy.law.Applicability.Status;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.text.Phrase;
import org.zhongchuang.policy.text.Renderable;
import org.zhongchuang.policy.text.Text;

/**
 * The days a provision is in force: a first and a last day, both inclusive. Either end may be open (no end is known
 * or stated) or known only within a window (e.g. a start tied to an undated document).
 *
 * @param start the first day in force, not null
 * @param end the last day in force, not null
 */
public record ValidityPeriod(Bound start, Bound end) implements Renderable, Serializable {

  /** One end of a period: rendered as a day, {@code earliest~latest}, or {@code …} for an open end. */
  public sealed interface Bound extends Renderable, Serializable permits Open, On, Within {}

  /** No bound: the period has no start, or no known end. */
  public record Open() implements Bound {
    @Override
    public String render(Language language) {
      return "…";
    }
  }

  /** A known day. */
  public record On(LocalDate day) implements Bound {
    public On {
      requireNonNull(day, "day");
    }

    @Override
    public String render(Language language) {
      return day.toString();
    }
  }

  /** A day known only to lie in {@code [earliest, latest]}, and why. */
  public record Within(LocalDate earliest, LocalDate latest, Text reason) implements Bound {
    @Override
    public String render(Language language) {
      return earliest + "~" + latest;
    }


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
    Object span = first.equals(last) ? first : Phrase.of("validity.span", first, last);
    return switch (status(first, last)) {
      case NOT_IN_FORCE -> last.isBefore(earliestStart())
          ? new Applicability(Status.NOT_IN_FORCE, Phrase.of("validity.before", span, start))
          : new Applicability(Status.NOT_IN_FORCE, Phrase.of("validity.after", span, end));
      case IN_FORCE -> new Applicability(Status.IN_FORCE, Phrase.of("validity.covers", start, end, span));
      case UNCERTAIN -> new Applicability(Status.UNCERTAIN, Phrase.of("validity.uncertain", span,
          !last.isBefore(latestStart()) ? reason(end) : reason(start)));
    };
  }

  /**
   * Whether the period covers at least one day of {@code [first, last]}, without the reason: what a calculator asks of
   * many provisions per case, allocating nothing.
   */
  public Status status(LocalDate first, LocalDate last) {
    if (last.isBefore(earliestStart()) || first.isAfter(latestEnd())) {
      return Status.NOT_IN_FORCE;
    }
    boolean surelyStarted = !last.isBefore(latestStart());
    boolean surelyNotEnded = !first.isAfter(earliestEnd());
    // Certainly in force on some day of the span: the span meets [latestStart, earliestEnd].
    return surelyStarted && surelyNotEnded && !latestStart().isAfter(earliestEnd()) ? Status.IN_FORCE
        : Status.UNCERTAIN;
  }

  /** As {@link #status(LocalDate, LocalDate)} for one day. */
  public Status statusOn(LocalDate day) {
    return status(day, day);
  }

  private static Renderable reason(Bound bound) {
    return bound instanceof Within ? ((Within) bound).reason() : Text.same("");
  }

  /** E.g. {@code 2015-12-01 – 2020-12-31~2021-12-30}. */
  @Override
  public String render(Language language) {
    return start.render(language) + " – " + end.render(language);
  }

  @Override
  public String toString() {
    return render(Language.EN);
  }
}
