package org.zhongchuang.policy.incubator;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.zhongchuang.policy.Answer;
import org.zhongchuang.policy.catalogue.Provision;

/**
 * Consecutive months of a year in which a tax is treated alike: exempt, not exempt or uncertain, by the same provision
 * and for the same reasons.
 *
 * @param from the first month, not null
 * @param to the last month, not null
 * @param exempt {@link Answer#YES}, {@link Answer#NO} or {@link Answer#UNCERTAIN}, not null
 * @param provision the provision that exempts (or would exempt) the tax in these months, or the one in force that does
 *     not cover the institution; empty where none is in force
 * @param reasons why, in the order of {@link CoverageReason}, not null
 * @param timing the timing rule that decided a month of recognition or of loss, if one did
 */
public record CoveragePeriod(YearMonth from, YearMonth to, Answer exempt, Optional<Provision> provision,
    Set<CoverageReason> reasons, Optional<Provision> timing) {

  public CoveragePeriod {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireNonNull(exempt, "exempt");
    requireNonNull(provision, "provision");
    requireNonNull(timing, "timing");
    requireNonNull(reasons, "reasons");
    reasons = reasons.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(reasons));
  }

  /** How many months it spans. */
  public int months() {
    return to.getMonthValue() - from.getMonthValue() + 1;
  }
}
