package org.zhongchuang.policy.benefits;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.zhongchuang.policy.Answer;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.text.Renderable;

/**
 * One thing a profile may be owed, or one provision that could concern it: whether it applies, why, what it is worth
 * where a formula exists, and for a clause without one, whom to ask.
 *
 * @param group the kind of thing, not null
 * @param item a stable key: a preference ({@code research-deduction}), a tax ({@code vat}) or the provision's id
 * @param title what it is, rendered in each language, not null
 * @param provisions the provisions that grant it, at least one
 * @param applies yes, no, or uncertain (a fact not given, a date not known), not null
 * @param why the reason, rendered in each language, not null
 * @param worth what it is worth for certain, where a formula exists and the facts are given
 * @param worthIfUncertain what it would be worth if the uncertain point went the profile's way; empty when nothing is
 *     uncertain
 * @param worthKind what the worth measures; present when a worth is
 * @param askWhom for a clause without a formula, the body that issued it
 */
public record Entitlement(Group group, String item, Renderable title, List<Provision> provisions, Answer applies, Renderable why,
    Optional<Cny> worth, Optional<Cny> worthIfUncertain, Optional<WorthKind> worthKind, Optional<String> askWhom)
    implements Serializable {

  public Entitlement {
    requireNonNull(group, "group");
    requireNonNull(item, "item");
    requireNonNull(title, "title");
    provisions = List.copyOf(provisions);
    if (provisions.isEmpty()) {
      throw new IllegalArgumentException("an entitlement needs a provision");
    }
    requireNonNull(applies, "applies");
    requireNonNull(why, "why");
    requireNonNull(worth, "worth");
    requireNonNull(worthIfUncertain, "worthIfUncertain");
    requireNonNull(worthKind, "worthKind");
    requireNonNull(askWhom, "askWhom");
    if ((worth.isPresent() || worthIfUncertain.isPresent()) != worthKind.isPresent()) {
      throw new IllegalArgumentException("a worth needs its kind, and a kind its worth");
    }
  }
}
