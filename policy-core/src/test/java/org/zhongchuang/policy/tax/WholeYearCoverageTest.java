package org.zhongchuang.policy.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.law.ValidityPeriod;
import org.zhongchuang.policy.text.Text;

/**
 * The calculator decides "in force all year" from a period's bounds (latest start ≤ 1 January, earliest end ≥
 * 31 December) instead of asking {@code statusOn} for both days; the two must agree for every kind of bound.
 */
class WholeYearCoverageTest {

  private static boolean fromBounds(ValidityPeriod v, Year y) {
    return !v.latestStart().isAfter(y.atDay(1)) && !v.earliestEnd().isBefore(y.atMonth(12).atEndOfMonth());
  }

  private static boolean fromStatus(ValidityPeriod v, Year y) {
    return v.on(y.atDay(1)).isInForce() && v.on(y.atMonth(12).atEndOfMonth()).isInForce();
  }

  private static ValidityPeriod.Bound bound(int kind, LocalDate day, int width) {
    switch (kind) {
      case 0:
        return new ValidityPeriod.Open();
      case 1:
        return new ValidityPeriod.On(day);
      default:
        return new ValidityPeriod.Within(day, day.plusDays(width), Text.of("未知", "unknown"));
    }
  }

  @Test
  void builtInProvisions() {
    for (Provision p : Catalogue.builtIn().all()) {
      for (int y = 1995; y <= 2035; y++) {
        assertThat(fromBounds(p.validity(), Year.of(y))).as(p.id() + " " + y)
            .isEqualTo(fromStatus(p.validity(), Year.of(y)));
      }
    }
  }

  @Test
  void generatedPeriods() {
    LocalDate base = LocalDate.of(2014, 1, 1);
    // kinds: start kind × 3 + end kind (open, a day, a window).
    qt().withExamples(5000).forAll(integers().between(0, 8), integers().between(0, 1500), integers().between(0, 400),
        integers().between(0, 1500)).checkAssert((kinds, sd, w, ed) -> {
          ValidityPeriod.Bound start = bound(kinds / 3, base.plusDays(sd), w);
          ValidityPeriod.Bound end = bound(kinds % 3, base.plusDays(sd + w + ed), w);
          ValidityPeriod v = new ValidityPeriod(start, end);
          for (int y = 2013; y <= 2020; y++) {
            assertThat(fromBounds(v, Year.of(y))).as(v + " " + y).isEqualTo(fromStatus(v, Year.of(y)));
          }
        });
  }
}
