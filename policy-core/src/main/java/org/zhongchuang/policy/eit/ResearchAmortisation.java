package org.zhongchuang.policy.eit;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.time.Year;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.text.Phrase;

/**
 * The year's straight-line amortisation (实施条例 第六十七条) of intangible assets formed by research, with the year they
 * were formed: the extra deduction on it is the share of the year of deduction by the plain reading, and the year of
 * formation matters where the other reading applies the rate of that year (PROVISIONS.md §15 item 8).
 *
 * @param formed the tax year the intangibles were formed, not null
 * @param charge the year's straight-line charge (the cost ÷ the years amortised, without any extra), more than zero
 */
public record ResearchAmortisation(Year formed, Cny charge) implements Serializable {
  public ResearchAmortisation {
    requireNonNull(formed, "formed");
    requireNonNull(charge, "charge");
    if (!charge.isPositive()) {
      throw new PolicyInputException(Phrase.of("error.eit.amortisation", charge));
    }
  }
}
