package org.zhongchuang.policy.transfer;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.text.Phrase;

/**
 * A member of the team that shares a reward, with a weight, and whether they are a main contributor (在研究开发和成果转化中
 * 作出主要贡献的人员, 国发〔2016〕16号 二（六）3).
 *
 * <p>A weight is a proportion (3 : 2 : 1, or 1.5 : 1) or a percentage of the reward (50%, 30%, 20%); only the ratios of
 * the weights decide the split, but percentages that do not add up to 100% are flagged in the assessment's warnings.
 *
 * @param name not blank; unique within a team
 * @param weight greater than zero
 * @param percent whether the weight was written as a percentage of the reward
 * @param mainContributor whether the member is a main contributor
 */
public record TeamMember(String name, Share weight, boolean percent, boolean mainContributor)
    implements Serializable {

  /**
   * @throws PolicyInputException if the name is blank or the weight is zero
   */
  public TeamMember {
    requireNonNull(name, "name");
    requireNonNull(weight, "weight");
    if (name.isBlank()) {
      throw new PolicyInputException(Phrase.of("transfer.error.blankName"));
    }
    if (weight.isZero()) {
      throw new PolicyInputException(Phrase.of("transfer.error.weight", name, "0"));
    }
  }

  /**
   * A member weighted by a whole number.
   *
   * @param name not blank
   * @param weight one or more
   * @throws PolicyInputException if the name is blank or the weight is less than one
   */
  public static TeamMember of(String name, long weight) {
    if (weight < 1) {
      throw new PolicyInputException(Phrase.of("transfer.error.weight", name, weight));
    }
    return new TeamMember(name, Share.ofFraction(weight, 1), false, false);
  }

  /**
   * A member weighted by a proportion (only the ratios of the weights matter).
   *
   * @param name not blank
   * @param weight not null, greater than zero
   */
  public static TeamMember of(String name, Share weight) {
    return new TeamMember(name, weight, false, false);
  }

  /**
   * A member given a percentage of the reward.
   *
   * @param name not blank
   * @param percentage not null, greater than zero, e.g. {@code Share.percent(50)}
   */
  public static TeamMember percent(String name, Share percentage) {
    return new TeamMember(name, percentage, true, false);
  }

  /**
   * A member whose weight is written as text: a percentage ({@code 50%}) is a percentage of the reward; anything else
   * {@link Share#parse} reads ({@code 3}, {@code 1.5}, {@code 1/3}) is a proportion.
   *
   * @param name not blank
   * @param weight not null
   * @throws PolicyInputException if the weight cannot be read or is not positive
   */
  public static TeamMember parse(String name, String weight) {
    requireNonNull(weight, "weight");
    String w = weight.strip();
    Share share = Share.parse(w);
    if (share.compareTo(Share.ZERO) <= 0) {
      throw new PolicyInputException(Phrase.of("transfer.error.weight", name, w));
    }
    return new TeamMember(name.strip(), share, w.endsWith("%") || w.endsWith("％"), false);
  }

  /** The same member, marked as a main contributor. */
  public TeamMember asMainContributor() {
    return new TeamMember(name, weight, percent, true);
  }
}
