package org.zhongchuang.policy.eit;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.money.Cny;

/**
 * What one preference is worth this year: the tax due if it alone were removed, less the tax due. The worths of the
 * preferences need not add up to the total benefit (see {@link AnnualReturnAssessment#totalBenefit()}).
 *
 * @param preference not null
 * @param provisions the provisions that grant it here, not null
 * @param worth the tax it saves, not null
 */
public record Benefit(Preference preference, List<Provision> provisions, Cny worth) {
  public Benefit {
    requireNonNull(preference, "preference");
    provisions = List.copyOf(requireNonNull(provisions, "provisions"));
    requireNonNull(worth, "worth");
  }
}
