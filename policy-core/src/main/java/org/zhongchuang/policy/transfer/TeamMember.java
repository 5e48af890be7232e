package org.zhongchuang.policy.transfer;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import org.zhongchuang.policy.money.Share;

/**
 * A member of the team that shares a reward, with a weight: a positive whole number (3 : 2 : 1) or a positive share
 * (50%, 30%, 20%). Only the ratios of the weights matter.
 *
 * @param name not null, not blank; unique within a team
 * @param weight not null, greater than zero
 */
public record TeamMember(String name, Share weight) implements Serializable {

  /**
   * @throws TransferInputException if the name is blank or the weight is zero
   */
  public TeamMember {
    requireNonNull(name, "name");
    requireNonNull(weight, "weight");
    if (name.isBlank()) {
      throw new TransferInputException("a team member's name is blank; accepted: a non-blank name, unique in the team");
    }
    if (weight.isZero()) {
      throw new TransferInputException("team member '" + name + "' has weight 0; accepted: a positive whole number"
          + " or a positive share");
    }
  }

  /**
   * @param name not null, not blank
   * @param weight one or more
   * @throws TransferInputException if the name is blank or the weight is less than one
   */
  public static TeamMember of(String name, long weight) {
    if (weight < 1) {
      throw new TransferInputException("team member '" + name + "' has weight " + weight
          + "; accepted: a positive whole number or a positive share");
    }
    return new TeamMember(name, Share.ofFraction(weight, 1));
  }

  /**
   * @param name not null, not blank
   * @param weight not null, greater than zero
   */
  public static TeamMember of(String name, Share weight) {
    return new TeamMember(name, weight);
  }
}
