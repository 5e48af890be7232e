package org.zhongchuang.policy.grants;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.time.LocalDate;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.catalogue.AwardLevel;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.text.Phrase;

/**
 * A funding award a maker space received from some level of government: the input to local matching. Immutable.
 *
 * @param level the level of the awarding government, not null
 * @param amount the amount awarded, positive, not null
 * @param date the day of the award (the date on the award decision), not null
 * @param awardingBody who made the award, e.g. 科学技术部, not null, not blank
 */
public record Award(AwardLevel level, Cny amount, LocalDate date, String awardingBody) implements Serializable {

  /**
   * @throws PolicyInputException if the amount is not positive or the awarding body is blank
   */
  public Award {
    requireNonNull(level, "level");
    requireNonNull(amount, "amount");
    requireNonNull(date, "date");
    requireNonNull(awardingBody, "awardingBody");
    if (!amount.isPositive()) {
      throw new PolicyInputException(Phrase.of("error.grants.award.notPositive", amount.toPlainString(), awardingBody));
    }
    if (awardingBody.isBlank()) {
      throw new PolicyInputException(Phrase.of("error.grants.award.blankBody", amount, date));
    }
  }

  /**
   * @param level not null
   * @param amount positive, not null
   * @param date not null
   * @param awardingBody not null, not blank
   * @return the award
   * @throws PolicyInputException if the amount is not positive or the awarding body is blank
   */
  public static Award of(AwardLevel level, Cny amount, LocalDate date, String awardingBody) {
    return new Award(level, amount, date, awardingBody);
  }
}
