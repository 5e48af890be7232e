package org.zhongchuang.policy.transfer;

import static java.util.Objects.requireNonNull;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.text.Phrase;

/**
 * Splits a reward among a team by weight, exact to the fen, by the largest remainder method: each member first gets
 * the fen below their exact share; the fen left over go one each to the members with the largest remainders, ties
 * going to the member listed first.
 *
 * <p>The parts always add up exactly to the reward; each part is within one fen of the exact share (strictly); a
 * member with a larger weight never gets less than one with a smaller weight; the same input always gives the same
 * split. Stateless and thread-safe.
 */
public final class TeamSplit {
  private TeamSplit() {}

  /**
   * @param reward the amount to split, not null, zero or more
   * @param team the members in a fixed order (it breaks ties), not null, not empty, names unique
   * @return one part per member, in the team's order (no wage income counted)
   * @throws PolicyInputException if the reward is negative, the team is empty or a name repeats
   */
  public static List<MemberReward> split(Cny reward, List<TeamMember> team) {
    requireNonNull(reward, "reward");
    requireNonNull(team, "team");
    if (reward.isNegative()) {
      throw new PolicyInputException(Phrase.of("transfer.error.negative", Phrase.of("transfer.what.reward"),
          reward));
    }
    checkTeam(team);
    if (team.isEmpty()) {
      throw new PolicyInputException(Phrase.of("transfer.error.emptyTeam"));
    }
    long[] parts = parts(reward.toFen(), team);
    List<MemberReward> out = new ArrayList<>(parts.length);
    for (int i = 0; i < parts.length; i++) {
      TeamMember m = team.get(i);
      out.add(new MemberReward(m.name(), m.weight(), Cny.ofFen(parts[i]), m.mainContributor(), null));
    }
    return List.copyOf(out);
  }

  /** Each member's part in fen; {@code fen} is zero or more and the team valid and not empty. */
  static long[] parts(long fen, List<TeamMember> team) {
    BigInteger[] weights = wholeWeights(team);
    BigInteger total = BigInteger.ZERO;
    for (BigInteger w : weights) {
      total = total.add(w);
    }
    int n = weights.length;
    long[] parts = new long[n];
    BigInteger[] remainders = new BigInteger[n];
    long left = fen;
    for (int i = 0; i < n; i++) {
      BigInteger[] qr = BigInteger.valueOf(fen).multiply(weights[i]).divideAndRemainder(total);
      parts[i] = qr[0].longValueExact();
      remainders[i] = qr[1];
      left -= parts[i];
    }
    // The remainders sum to left × total and each is below total, so at least `left` of them are positive: every
    // extra fen goes to a member whose exact share lies above their floor. left < n.
    boolean[] taken = new boolean[n];
    for (long k = 0; k < left; k++) {
      int best = -1;
      for (int i = 0; i < n; i++) {
        if (!taken[i] && (best < 0 || remainders[i].compareTo(remainders[best]) > 0)) {
          best = i;
        }
      }
      taken[best] = true;
      parts[best]++;
    }
    return parts;
  }

  /** Refuses repeated names (compared without surrounding blanks). */
  static void checkTeam(List<TeamMember> team) {
    if (team.size() < 2) {
      team.forEach(m -> requireNonNull(m, "team member"));
      return;
    }
    Set<String> seen = new HashSet<>();
    for (TeamMember m : team) {
      requireNonNull(m, "team member");
      if (!seen.add(m.name().strip())) {
        throw new PolicyInputException(Phrase.of("transfer.error.repeatedName", m.name().strip()));
      }
    }
  }

  /** The weights scaled to whole numbers over their common denominator; only their ratios matter. */
  static BigInteger[] wholeWeights(List<TeamMember> team) {
    BigInteger lcm = BigInteger.ONE;
    for (TeamMember m : team) {
      BigInteger d = BigInteger.valueOf(m.weight().denominator());
      lcm = lcm.divide(lcm.gcd(d)).multiply(d);
    }
    BigInteger[] weights = new BigInteger[team.size()];
    for (int i = 0; i < weights.length; i++) {
      var w = team.get(i).weight();
      weights[i] = BigInteger.valueOf(w.numerator()).multiply(lcm.divide(BigInteger.valueOf(w.denominator())));
    }
    return weights;
  }
}
