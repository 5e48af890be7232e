package org.zhongchuang.policy.grants;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.time.LocalDate;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.SupportFloor;
import org.zhongchuang.policy.explain.Explained;
import org.zhongchuang.policy.explain.Explanation;
import org.zhongchuang.policy.law.Applicability;
import org.zhongchuang.policy.money.Cny;

/**
 * A proposed amount checked against a {@link SupportFloor} ("50万元以上", inclusive). Immutable.
 *
 * @param provision the floor's provision, not null
 * @param floor the least amount, inclusive, not null
 * @param proposed the amount proposed, zero or more, not null
 * @param decisionDate the day the support is decided, not null
 * @param applicability whether the provision is in force that day (in force or uncertain), not null
 * @param meets whether {@code proposed ≥ floor}
 * @param shortfall {@code floor − proposed} when it falls short, else zero; not null
 * @param explanation the steps, citations and warnings, not null
 */
public record FloorCheck(Provision provision, Cny floor, Cny proposed, LocalDate decisionDate,
    Applicability applicability, boolean meets, Cny shortfall, Explanation explanation) implements Explained, Serializable {

  public FloorCheck {
    requireNonNull(provision, "provision");
    requireNonNull(floor, "floor");
    requireNonNull(proposed, "proposed");
    requireNonNull(decisionDate, "decisionDate");
    requireNonNull(applicability, "applicability");
    requireNonNull(shortfall, "shortfall");
    requireNonNull(explanation, "explanation");
    checkArgument(meets == !proposed.isLessThan(floor), "meets disagrees with %s against %s", proposed, floor);
    checkArgument(shortfall.equals(meets ? Cny.ZERO : floor.minus(proposed)), "wrong shortfall %s", shortfall);
  }
}
