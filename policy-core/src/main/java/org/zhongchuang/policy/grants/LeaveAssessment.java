package org.zhongchuang.policy.grants;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.zhongchuang.policy.Answer;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.TermLimit;
import org.zhongchuang.policy.explain.Caveat;
import org.zhongchuang.policy.explain.Explanation;
import org.zhongchuang.policy.explain.Step;
import org.zhongchuang.policy.law.Citation;
import org.zhongchuang.policy.text.Phrase;

/**
 * The last day a researcher on leave to found a company may keep the personnel relationship
 * ({@link LeaveCalculator#assess}).
 *
 * <p>Where nobody can know whether the provision is in force on the leave start ({@link #inForceOnStart()}), or
 * whether it is still in force on the last day ({@link #inForceToLastDay()}), the answer is
 * {@link Answer#UNCERTAIN}, and {@link #lastDay()} is the last day were it in force.
 *
 * <p>A value: equal when the case, the provision, the results and the catalogue are equal. Immutable in every
 * observable way and thread-safe; the explanation is built on first read.
 */
public final class LeaveAssessment extends GrantsAssessment {
  private static final long serialVersionUID = 1L;

  private final LeaveCase leaveCase;
  private final Provision provision;
  private final Period maximum;
  private final LocalDate lastDay;
  private final boolean corresponding;
  private final Answer inForceOnStart;
  private final Answer inForceToLastDay;

  LeaveAssessment(Catalogue catalogue, LeaveCase leaveCase, Provision provision, Period maximum, LocalDate lastDay,
      boolean corresponding, Answer inForceOnStart, Answer inForceToLastDay) {
    super(catalogue);
    this.leaveCase = leaveCase;
    this.provision = provision;
    this.maximum = maximum;
    this.lastDay = lastDay;
    this.corresponding = corresponding;
    this.inForceOnStart = inForceOnStart;
    this.inForceToLastDay = inForceToLastDay;
  }

  /** The case assessed. */
  public LeaveCase leaveCase() {
    return leaveCase;
  }

  /** The term-limit provision. */
  public Provision provision() {
    return provision;
  }

  /** The day the leave starts (not counted). */
  public LocalDate leaveStart() {
    return leaveCase.leaveStart();
  }

  /** The longest period the provision allows. */
  public Period maximum() {
    return maximum;
  }

  /** The day after the leave start, where the period begins to run. */
  public LocalDate firstDayCounted() {
    return leaveCase.leaveStart().plusDays(1);
  }

  /** The last day of the period. */
  public LocalDate lastDay() {
    return lastDay;
  }

  /** Whether the period ends on the corresponding day of its last month (else on that month's last day). */
  public boolean endsOnCorrespondingDay() {
    return corresponding;
  }

  /** Whether the provision is in force on the leave start: {@link Answer#YES} or {@link Answer#UNCERTAIN}. */
  public Answer inForceOnStart() {
    return inForceOnStart;
  }

  /**
   * Whether the provision is still in force on the last day: {@link Answer#NO} where it has certainly ceased before,
   * {@link Answer#UNCERTAIN} where it may have (or where its being in force on the start is uncertain). Whether its
   * ceasing affects leave already agreed is not stated in the catalogue.
   */
  public Answer inForceToLastDay() {
    return inForceToLastDay;
  }



  @Override
  Explanation build() {
    LocalDate start = leaveCase.leaveStart();
    List<Citation> counting = CountingRules.forPeriod(start, lastDay);
    TermLimit terms = (TermLimit) provision.terms();
    Step rule = Step.of(GrantsStep.LEAVE_RULE, List.of(provision.citation()), provision, terms.subject(),
        period(maximum));
    Step runs = Step.of(GrantsStep.LEAVE_RUNS, List.of(counting.get(0)), start, firstDayCounted());
    // 民法通则 states no corresponding-day rule; the 民法典 wrote down the same method.
    Object note = counting.contains(CountingRules.GPCL_154) ? Phrase.of("grants.leave.gpclNote") : "";
    Step ends = Step.of(corresponding ? GrantsStep.LEAVE_ENDS_CORRESPONDING : GrantsStep.LEAVE_ENDS_MONTH_END,
        counting, start, maximum, lastDay, start.getDayOfMonth(), note);

    List<Step> warnings = new ArrayList<>(Caveat.of(provision));
    if (inForceOnStart != Answer.YES) {
      warnings.add(Caveat.notReliedOn(provision, provision.statusOn(start)));
    }
    if (lastDay.isAfter(provision.validity().earliestEnd())) {
      warnings.add(Step.of(GrantsStep.LEAVE_AFTER_END, lastDay, provision.validity()));
    }
    DayOfWeek day = lastDay.getDayOfWeek();
    boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    warnings.add(Step.of(GrantsStep.LEAVE_HOLIDAY,
        lastDay.isBefore(CountingRules.CIVIL_CODE_IN_FORCE) ? HolidayRule.GENERAL_PRINCIPLES_154
            : HolidayRule.CIVIL_CODE_203,
        weekend ? Phrase.of("grants.leave.weekend", lastDay) : ""));
    return new Explanation(List.of(rule, runs, ends), warnings);
  }

  /** A period as people say it: in years where it is whole years, else in months. */
  private static Object period(Period p) {
    if (p.getDays() != 0) {
      return p;
    }
    long months = p.toTotalMonths();
    return months % 12 == 0 ? Phrase.of("grants.period.years", months / 12) : Phrase.of("grants.period.months", months);
  }

  @Override
  public boolean equals(Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof LeaveAssessment)) {
      return false;
    }
    LeaveAssessment a = (LeaveAssessment) o;
    return corresponding == a.corresponding && inForceOnStart == a.inForceOnStart
        && inForceToLastDay == a.inForceToLastDay && lastDay.equals(a.lastDay) && maximum.equals(a.maximum)
        && leaveCase.equals(a.leaveCase) && provision.equals(a.provision)
        && sameCatalogue(a);
  }

  /** The hash of the case and the results. */
  @Override
  public int hashCode() {
    return Objects.hash(leaveCase, maximum, lastDay, inForceOnStart, inForceToLastDay);
  }

  /** The dates and answers, without building the explanation. */
  @Override
  public String toString() {
    return "LeaveAssessment[" + provision.id() + ", start " + leaveStart() + ", last day " + lastDay
        + ", in force on start " + inForceOnStart + ", to last day " + inForceToLastDay + "]";
  }
}
