package org.zhongchuang.policy.grants;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.text.Text;

/**
 * One award and what it earns. Immutable.
 *
 * @param award the award, not null
 * @param reason why it is matched or not, not null
 * @param matched the matching owed, counted in the total; zero unless {@link MatchingReason#isMatched()}; not null
 * @param uncertain the matching it would earn were the rule in force on its date; non-zero only for
 *     {@link MatchingReason#IN_FORCE_UNCERTAIN}; never counted in the total; not null
 * @param detail the reason with its numbers, not null
 */
public record MatchingLine(Award award, MatchingReason reason, Cny matched, Cny uncertain, Text detail)
    implements Serializable {

  public MatchingLine {
    requireNonNull(award, "award");
    requireNonNull(reason, "reason");
    requireNonNull(matched, "matched");
    requireNonNull(uncertain, "uncertain");
    requireNonNull(detail, "detail");
    checkArgument(matched.isPositiveOrZero() && uncertain.isPositiveOrZero(), "negative matching on %s", award);
    checkArgument(reason.isMatched() || matched.isZero(), "%s line with a matched amount", reason);
    checkArgument(reason == MatchingReason.IN_FORCE_UNCERTAIN || uncertain.isZero(), "%s line with an uncertain amount",
        reason);
  }
}
