package org.zhongchuang.policy.grants;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.zhongchuang.policy.catalogue.MatchingRule;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.explain.Explained;
import org.zhongchuang.policy.explain.Explanation;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;

/**
 * The local matching owed on a maker space's awards, line by line. Immutable.
 *
 * @param makerSpace where the maker space is, not null
 * @param rule the {@link MatchingRule} provision applied; empty when none applies there
 * @param lines one per award, in the order given, not null
 * @param matchingAmount the matching owed: exactly the sum of the lines' matched amounts, not null
 * @param uncertainAmount the further matching owed only if the rule was in force on dates nobody can decide: exactly
 *     the sum of the lines' uncertain amounts, never part of {@code matchingAmount}, not null
 * @param explanation the steps, citations and warnings, not null
 */
public record MatchingResult(Jurisdiction makerSpace, Optional<Provision> rule, List<MatchingLine> lines,
    Cny matchingAmount, Cny uncertainAmount, Explanation explanation) implements Explained, Serializable {

  public MatchingResult {
    requireNonNull(makerSpace, "makerSpace");
    requireNonNull(rule, "rule");
    lines = ImmutableList.copyOf(requireNonNull(lines, "lines"));
    requireNonNull(matchingAmount, "matchingAmount");
    requireNonNull(uncertainAmount, "uncertainAmount");
    requireNonNull(explanation, "explanation");
    checkArgument(matchingAmount.equals(Cny.total(lines.stream().map(MatchingLine::matched).toList())),
        "matching amount %s is not the sum of its lines", matchingAmount);
    checkArgument(uncertainAmount.equals(Cny.total(lines.stream().map(MatchingLine::uncertain).toList())),
        "uncertain amount %s is not the sum of its lines", uncertainAmount);
  }
}
