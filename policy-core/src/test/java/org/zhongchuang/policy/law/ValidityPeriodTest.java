package org.zhongchuang.policy.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.law.Applicability.Status;
import org.zhongchuang.policy.text.Text;

class ValidityPeriodTest {
  private static final LocalDate FIRST = LocalDate.of(2015, 10, 1);
  private static final LocalDate LAST = LocalDate.of(2017, 12, 31);

  @Test
  void inclusiveAtBothEnds() {
    ValidityPeriod p = ValidityPeriod.between(FIRST, LAST);
    assertThat(p.on(FIRST.minusDays(1)).status()).isEqualTo(Status.NOT_IN_FORCE);
    assertThat(p.on(FIRST).status()).isEqualTo(Status.IN_FORCE);
    assertThat(p.on(LAST).status()).isEqualTo(Status.IN_FORCE);
    assertThat(p.on(LAST.plusDays(1)).status()).isEqualTo(Status.NOT_IN_FORCE);
    assertThat(p.during(Year.of(2015)).status()).isEqualTo(Status.IN_FORCE);
    assertThat(p.during(Year.of(2014)).status()).isEqualTo(Status.NOT_IN_FORCE);
    assertThat(p.during(Year.of(2018)).status()).isEqualTo(Status.NOT_IN_FORCE);
    assertThat(p.firstDay()).contains(FIRST);
    assertThat(p.lastDay()).contains(LAST);
  }

  @Test
  void openEndsAreExplicit() {
    ValidityPeriod p = ValidityPeriod.from(FIRST);
    assertThat(p.on(LocalDate.of(9999, 1, 1)).isInForce()).isTrue();
    assertThat(p.lastDay()).isEmpty();
    assertThat(new ValidityPeriod(new ValidityPeriod.Open(), new ValidityPeriod.On(LAST)).on(LocalDate.MIN.plusDays(1))
        .isInForce()).isTrue();
  }

  @Test
  void aStartKnownOnlyWithinAWindowIsUncertainInsideIt() {
    Text why = Text.of("文件未载日期", "the document is undated");
    ValidityPeriod p = new ValidityPeriod(
        new ValidityPeriod.Within(LocalDate.of(2015, 3, 2), LocalDate.of(2015, 12, 31), why), new ValidityPeriod.Open());
    assertThat(p.on(LocalDate.of(2015, 3, 1)).status()).isEqualTo(Status.NOT_IN_FORCE);
    Applicability inside = p.on(LocalDate.of(2015, 3, 2));
    assertThat(inside.status()).isEqualTo(Status.UNCERTAIN);
    assertThat(inside.reason().render(Language.EN)).contains("the document is undated");
    assertThat(inside.reason().render(Language.ZH)).contains("文件未载日期");
    assertThat(p.on(LocalDate.of(2015, 12, 30)).status()).isEqualTo(Status.UNCERTAIN);
    // On the window's last day every possible start has passed: in force whatever the true date.
    assertThat(p.on(LocalDate.of(2015, 12, 31)).status()).isEqualTo(Status.IN_FORCE);
    assertThat(p.on(LocalDate.of(2016, 1, 1)).status()).isEqualTo(Status.IN_FORCE);
    // The start is 2015-12-31 at the latest, so some day of 2015 is certainly in force.
    assertThat(p.during(Year.of(2015)).status()).isEqualTo(Status.IN_FORCE);
    assertThat(p.during(Year.of(2014)).status()).isEqualTo(Status.NOT_IN_FORCE);
    assertThat(p.firstDay()).isEmpty();
  }

  @Test
  void anEndKnownOnlyWithinAWindowIsUncertainInsideIt() {
    ValidityPeriod p = new ValidityPeriod(new ValidityPeriod.On(LocalDate.of(2015, 12, 1)),
        new ValidityPeriod.Within(LocalDate.of(2020, 12, 31), LocalDate.of(2021, 12, 30), Text.of("废止日期不详", "repeal date unknown")));
    assertThat(p.on(LocalDate.of(2020, 12, 31)).status()).isEqualTo(Status.IN_FORCE);
    assertThat(p.on(LocalDate.of(2021, 1, 1)).status()).isEqualTo(Status.UNCERTAIN);
    assertThat(p.on(LocalDate.of(2021, 12, 30)).status()).isEqualTo(Status.UNCERTAIN);
    assertThat(p.on(LocalDate.of(2021, 12, 31)).status()).isEqualTo(Status.NOT_IN_FORCE);
    assertThat(p.during(Year.of(2021)).status()).isEqualTo(Status.UNCERTAIN);
    assertThat(p.during(Year.of(2020)).status()).isEqualTo(Status.IN_FORCE);
  }

  @Test
  void aPeriodCannotEndBeforeItStarts() {
    assertThatThrownBy(() -> ValidityPeriod.between(LAST, FIRST)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void exactlyOneStatusHolds() {
    ValidityPeriod p = ValidityPeriod.between(FIRST, LAST);
    Applicability in = p.on(FIRST);
    Applicability out = p.on(LAST.plusDays(1));
    Applicability unsure = p.withEnd(new ValidityPeriod.Within(LAST, LAST.plusDays(9), Text.of("不详", "unknown")))
        .on(LAST.plusDays(1));
    assertThat(in.isInForce()).isTrue();
    assertThat(in.isUncertain()).isFalse();
    assertThat(in.isNotInForce()).isFalse();
    assertThat(out.isInForce()).isFalse();
    assertThat(out.isUncertain()).isFalse();
    assertThat(out.isNotInForce()).isTrue();
    assertThat(unsure.isUncertain()).isTrue();
    assertThat(unsure.isInForce()).isFalse();
    assertThat(unsure.reason().render(Language.EN)).endsWith("unknown");
  }

  @Test
  void describesItself() {
    assertThat(ValidityPeriod.between(FIRST, LAST).toString()).isEqualTo("2015-10-01 – 2017-12-31");
    assertThat(ValidityPeriod.from(FIRST).toString()).isEqualTo("2015-10-01 – …");
    assertThat(new ValidityPeriod(new ValidityPeriod.Within(FIRST, LAST, Text.of("", "")), new ValidityPeriod.Open())
        .toString()).isEqualTo("2015-10-01~2017-12-31 – …");
    assertThat(ValidityPeriod.between(FIRST, LAST).on(FIRST.minusDays(1)).reason().render(Language.EN))
        .isEqualTo("2015-09-30 is before the start (2015-10-01)");
    assertThat(ValidityPeriod.between(FIRST, LAST).on(LAST.plusDays(1)).reason().render(Language.EN))
        .isEqualTo("2018-01-01 is after the end (2017-12-31)");
    assertThat(ValidityPeriod.between(FIRST, LAST).during(Year.of(2016)).reason().render(Language.EN))
        .isEqualTo("in force 2015-10-01 – 2017-12-31, which covers 2016-01-01 – 2016-12-31");
    assertThat(ValidityPeriod.between(FIRST, LAST).withEnd(new ValidityPeriod.Open()).lastDay()).isEmpty();
  }
}
