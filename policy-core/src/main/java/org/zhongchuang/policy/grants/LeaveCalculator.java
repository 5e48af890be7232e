package org.zhongchuang.policy.grants;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Period;
import org.zhongchuang.policy.Answer;
import org.zhongchuang.policy.Calculator;
import org.zhongchuang.policy.DateNotCoveredException;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.NoFormulaException;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.TermLimit;
import org.zhongchuang.policy.catalogue.UnknownProvisionException;
import org.zhongchuang.policy.catalogue.WrongTermsException;
import org.zhongchuang.policy.law.Applicability;
import org.zhongchuang.policy.law.ValidityPeriod;
import org.zhongchuang.policy.text.Phrase;

/**
 * The last day a researcher on leave to found a company may keep the personnel relationship ("可在3年内保留人事关系",
 * 嘉政办发〔2015〕90号 四(四)), counted as Chinese civil law counts periods: the start day is not counted; a period in
 * years or months ends on the corresponding day of its last month, or on that month's last day where there is no
 * corresponding day (民法通则 第一百五十四条; from 2021-01-01 民法典 第二百零一、二百零二条). So a leave starting
 * 2016-03-01 may keep the relationship to 2019-03-01, one starting 2016-02-29 to 2019-02-28.
 *
 * <p>The extension of a period whose last day is a statutory holiday (民法通则 第一百五十四条, 民法典 第二百零三条) is not
 * applied: the library holds no holiday calendar, and every result says so.
 *
 * <p>This class is immutable and thread-safe: {@link #assess} is a pure function of the catalogue and the case.
 */
public final class LeaveCalculator implements Calculator<LeaveCase, LeaveAssessment>, Serializable {
  private static final long serialVersionUID = 2L;

  /** The id of Jiaxing's leave provision, 嘉政办发〔2015〕90号 四(四), in the built-in catalogue. */
  public static final String JIAXING_LEAVE = "JX-2015-90/4.4-leave";

  private final Catalogue catalogue;
  private final transient Coverage coverage;

  private LeaveCalculator(Catalogue catalogue) {
    this.catalogue = catalogue;
    this.coverage = new Coverage(catalogue);
  }

  /**
   * @param catalogue the provisions to read the term limit from, not null
   * @return a calculator reading that catalogue
   */
  public static LeaveCalculator of(Catalogue catalogue) {
    return new LeaveCalculator(requireNonNull(catalogue, "catalogue"));
  }

  /** A calculator reading {@link Catalogue#builtIn()}. */
  public static LeaveCalculator builtIn() {
    return of(Catalogue.builtIn());
  }

  @Override
  public Catalogue catalogue() {
    return catalogue;
  }

  /**
   * The last day under the case's term-limit provision.
   *
   * @param input not null
   * @return the last day, explained
   * @throws UnknownProvisionException if the catalogue has no such provision
   * @throws NoFormulaException if the provision states no period
   * @throws WrongTermsException if it states terms other than a term limit
   * @throws PolicyInputException if its period is not positive
   * @throws DateNotCoveredException if the leave starts before every provision of the provision's places
   * @throws NotInForceException if the provision is certainly not in force on the leave start
   */
  @Override
  public LeaveAssessment assess(LeaveCase input) {
    requireNonNull(input, "input");
    Provision provision = catalogue.byId(input.provisionId());
    Period maximum = Cited.terms(provision, TermLimit.class, catalogue).maximum();
    if (maximum.isNegative() || maximum.isZero()) {
      throw new PolicyInputException(Phrase.of("error.grants.leave.period", provision.id(), provision, maximum));
    }
    LocalDate start = input.leaveStart();
    coverage.check(provision.jurisdiction(), start);
    ValidityPeriod validity = provision.validity();
    Applicability.Status status = validity.statusOn(start);
    if (status == Applicability.Status.NOT_IN_FORCE) {
      throw new NotInForceException(provision, start, "grants.day.leaveStart");
    }
    // 民法典 第二百零二条: LocalDate.plus clamps a missing corresponding day to the month's last day.
    LocalDate lastDay = start.plus(maximum);
    boolean corresponding = start.plusMonths(maximum.toTotalMonths()).getDayOfMonth() == start.getDayOfMonth();
    Answer onStart = status == Applicability.Status.IN_FORCE ? Answer.YES : Answer.UNCERTAIN;
    Answer toLastDay = onStart == Answer.UNCERTAIN ? Answer.UNCERTAIN
        : !lastDay.isAfter(validity.earliestEnd()) ? Answer.YES
        : lastDay.isAfter(validity.latestEnd()) ? Answer.NO : Answer.UNCERTAIN;
    return new LeaveAssessment(catalogue, input, provision, maximum, lastDay, corresponding, onStart, toLastDay);
  }

  /** A new calculator over the same catalogue. */
  private Object readResolve() {
    return of(catalogue);
  }
}
