package org.zhongchuang.policy.grants;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.zhongchuang.policy.DateNotCoveredException;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.text.Phrase;

/**
 * The first day a catalogue knows any law of a place's chain (its own provisions and those of every place it lies
 * within), found once per place and kept: before it, the catalogue's silence is ignorance of the law of the time, not
 * an answer, so every grants calculator refuses such a date ({@link DateNotCoveredException}). One per calculator;
 * thread-safe.
 */
final class Coverage {
  private static final First NOTHING = new First(null, List.of());

  private final Catalogue catalogue;
  private final ConcurrentHashMap<Jurisdiction, First> byPlace = new ConcurrentHashMap<>();

  /** The first day and the provisions in force from it; {@code day} is null where the chain has no provision. */
  record First(LocalDate day, List<Provision> from) {}

  Coverage(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  /** The first day known for a place's chain; null when the catalogue holds nothing for it. */
  LocalDate firstDay(Jurisdiction place) {
    return first(place).day();
  }

  /**
   * @throws DateNotCoveredException if {@code day} is before every provision of the place's chain
   */
  void check(Jurisdiction place, LocalDate day) {
    First first = first(place);
    if (first.day() != null && day.isBefore(first.day())) {
      throw refusal(place, day, first);
    }
  }

  DateNotCoveredException refusal(Jurisdiction place, LocalDate day) {
    return refusal(place, day, first(place));
  }

  private static DateNotCoveredException refusal(Jurisdiction place, LocalDate day, First first) {
    return new DateNotCoveredException(day, Phrase.of("grants.notCovered.what", place), first.day(), first.from());
  }

  private First first(Jurisdiction place) {
    First first = byPlace.get(place);
    return first != null ? first : byPlace.computeIfAbsent(place, this::find);
  }

  private First find(Jurisdiction place) {
    LocalDate earliest = null;
    List<Provision> from = new ArrayList<>();
    for (Provision p : catalogue.applicableIn(place)) {
      LocalDate start = p.validity().earliestStart();
      if (earliest == null || start.isBefore(earliest)) {
        earliest = start;
        from.clear();
      }
      if (start.equals(earliest)) {
        from.add(p);
      }
    }
    return earliest == null ? NOTHING : new First(earliest, List.copyOf(from));
  }
}
