package org.zhongchuang.policy.grants;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Period;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.explain.Explained;
import org.zhongchuang.policy.explain.Explanation;
import org.zhongchuang.policy.law.Applicability;

/**
 * The last day a researcher on leave to found a company may keep the personnel relationship. Immutable.
 *
 * @param provision the term-limit provision, not null
 * @param leaveStart the day the leave starts (not counted), not null
 * @param maximum the longest period the provision allows, not null
 * @param firstDayCounted the day after the leave start, where the period begins to run, not null
 * @param lastDay the last day of the period, not null
 * @param applicability whether the provision is in force on the leave start (in force or uncertain), not null
 * @param explanation the steps, citations and warnings, not null
 */
public record LeaveEnd(Provision provision, LocalDate leaveStart, Period maximum, LocalDate firstDayCounted,
    LocalDate lastDay, Applicability applicability, Explanation explanation) implements Explained, Serializable {

  public LeaveEnd {
    requireNonNull(provision, "provision");
    requireNonNull(leaveStart, "leaveStart");
    requireNonNull(maximum, "maximum");
    requireNonNull(firstDayCounted, "firstDayCounted");
    requireNonNull(lastDay, "lastDay");
    requireNonNull(applicability, "applicability");
    requireNonNull(explanation, "explanation");
    checkArgument(firstDayCounted.equals(leaveStart.plusDays(1)), "the period runs from the day after the start");
    checkArgument(lastDay.isAfter(leaveStart), "the last day %s is not after the start %s", lastDay, leaveStart);
  }
}
