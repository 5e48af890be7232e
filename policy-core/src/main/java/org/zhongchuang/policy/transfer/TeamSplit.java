package org.zhongchuang.policy.transfer;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.math.BigInteger;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.zhongchuang.policy.money.Cny;

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
   * @return one part per member, in the team's order
   * @throws TransferInputException if the reward is negative, the team is empty or a name repeats
   */
  public static ImmutableList<MemberReward> split(Cny reward, List<TeamMember> team) {
    requireNonNull(reward, "reward");
    requireNonNull(team, "team");
    if (reward.isNegative()) {
      throw new TransferInputException("cannot split a negative reward " + reward.toPlainString()
          + "; accepted: zero or more yuan");
    }
    checkTeam(team);
    if (team.isEmpty()) {
      throw new TransferInputException("cannot split a reward among an empty team; accepted: one or more members");
    }
    BigInteger[] weights = wholeWeights(team);
    BigInteger total = BigInteger.ZERO;
    for (BigInteger w : weights) {
      total = total.add(w);
    }
    BigInteger fen = BigInteger.valueOf(reward.toFen());
    long[] parts = new long[weights.length];
    BigInteger[] remainders = new BigInteger[weights.length];
    long left = reward.toFen();
    for (int i = 0; i < weights.length; i++) {
      BigInteger[] qr = fen.multiply(weights[i]).divideAndRemainder(total);
      parts[i] = qr[0].longValueExact();
      remainders[i] = qr[1];
      left -= parts[i];
    }
    // The remainders sum to left × total and each is below total, so at least `left` of them are positive: every
    // extra fen goes to a member whose exact share lies above their floor.
    int[] order = IntStream.range(0, weights.length).boxed()
        .sorted(Comparator.<Integer, BigInteger>comparing(i -> remainders[i]).reversed()
            .thenComparing(Comparator.naturalOrder()))
        .mapToInt(Integer::intValue).toArray();
    for (int k = 0; k < left; k++) {
      parts[order[k]]++;
    }
    ImmutableList.Builder<MemberReward> out = ImmutableList.builder();
    for (int i = 0; i < parts.length; i++) {
      out.add(new MemberReward(team.get(i).name(), team.get(i).weight(), Cny.ofFen(parts[i])));
    }
    return out.build();
  }

  /** Refuses repeated names (compared without surrounding blanks). */
  static void checkTeam(List<TeamMember> team) {
    Set<String> seen = new HashSet<>();
    for (TeamMember m : team) {
      requireNonNull(m, "team member");
      if (!seen.add(m.name().strip())) {
        throw new TransferInputException("team member name '" + m.name().strip() + "' appears twice; accepted:"
            + " unique, non-blank names");
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
