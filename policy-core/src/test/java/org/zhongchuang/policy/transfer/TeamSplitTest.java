package org.zhongchuang.policy.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.zhongchuang.policy.PolicyInputException;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;

/** The largest remainder split: exact to the fen, within one fen of each exact share, monotone, deterministic. */
class TeamSplitTest {

  private static List<Cny> amounts(List<MemberReward> parts) {
    return parts.stream().map(MemberReward::amount).collect(ImmutableList.toImmutableList());
  }

  @Test
  void threeEqualMembersTieInTheOrderListed() {
    List<MemberReward> parts = TeamSplit.split(Cny.ofYuan(100),
        List.of(TeamMember.of("甲", 1), TeamMember.of("乙", 1), TeamMember.of("丙", 1)));
    assertThat(amounts(parts)).containsExactly(Cny.parse("33.34"), Cny.parse("33.33"), Cny.parse("33.33"));
    List<MemberReward> reversed = TeamSplit.split(Cny.ofYuan(100),
        List.of(TeamMember.of("丙", 1), TeamMember.of("乙", 1), TeamMember.of("甲", 1)));
    assertThat(reversed.get(0).name()).isEqualTo("丙");
    assertThat(reversed.get(0).amount()).isEqualTo(Cny.parse("33.34"));
  }

  @Test
  void largestRemainderNotFirstListedGetsTheFen() {
    // 1.00 by 3:1:2 = 0.50, 0.1666…, 0.3333…: floors 0.50 + 0.16 + 0.33 = 0.99; remainders 0, 4/6, 2/6: the fen
    // left goes to the second member, not the first listed.
    assertThat(amounts(TeamSplit.split(Cny.ofYuan(1),
        List.of(TeamMember.of("a", 3), TeamMember.of("b", 1), TeamMember.of("c", 2)))))
        .containsExactly(Cny.parse("0.50"), Cny.parse("0.17"), Cny.parse("0.33"));
    // 0.01 by 1:2: 0.0033… and 0.0066…: the larger remainder takes the only fen.
    assertThat(amounts(TeamSplit.split(Cny.ofFen(1), List.of(TeamMember.of("a", 1), TeamMember.of("b", 2)))))
        .containsExactly(Cny.ZERO, Cny.ofFen(1));
  }

  @Test
  void sharesAndWholeWeightsMeanTheSame() {
    List<MemberReward> byShare = TeamSplit.split(Cny.ofYuan(700_000), List.of(TeamMember.of("a", Share.percent(50)),
        TeamMember.of("b", Share.percent("30")), TeamMember.of("c", Share.percent("12.5")),
        TeamMember.of("d", Share.percent("7.5"))));
    assertThat(amounts(byShare)).containsExactly(Cny.ofYuan(350_000), Cny.ofYuan(210_000), Cny.ofYuan(87_500),
        Cny.ofYuan(52_500));
    assertThat(amounts(TeamSplit.split(Cny.ofYuan(700_000), List.of(TeamMember.of("a", 20), TeamMember.of("b", 12),
        TeamMember.of("c", 5), TeamMember.of("d", 3))))).isEqualTo(amounts(byShare));
  }

  @Test
  void refusesBadTeams() {
    assertThatThrownBy(() -> TeamSplit.split(Cny.ofYuan(1), List.of()))
        .isInstanceOf(PolicyInputException.class).hasMessageContaining("empty team");
    assertThatThrownBy(() -> TeamSplit.split(Cny.ofYuan(1), List.of(TeamMember.of("a", 1), TeamMember.of(" a ", 2))))
        .isInstanceOf(PolicyInputException.class).hasMessageContaining("'a' appears twice");
    assertThatThrownBy(() -> TeamSplit.split(Cny.ofFen(-1), List.of(TeamMember.of("a", 1))))
        .isInstanceOf(PolicyInputException.class).hasMessageContaining("negative");
    assertThatThrownBy(() -> TeamMember.of(" ", 1))
        .isInstanceOf(PolicyInputException.class).hasMessageContaining("blank");
    assertThatThrownBy(() -> TeamMember.of("a", 0))
        .isInstanceOf(PolicyInputException.class).hasMessageContaining("weight 0");
    assertThatThrownBy(() -> TeamMember.of("a", Share.ZERO))
        .isInstanceOf(PolicyInputException.class).hasMessageContaining("weight 0");
  }

  @Test
  void refusesAMissingMemberAloneOrInATeam() {
    assertThatThrownBy(() -> TeamSplit.split(Cny.ofYuan(1), java.util.Collections.singletonList(null)))
        .isInstanceOf(NullPointerException.class).hasMessage("team member");
    assertThatThrownBy(() -> TeamSplit.split(Cny.ofYuan(1), java.util.Arrays.asList(TeamMember.of("a", 1), null)))
        .isInstanceOf(NullPointerException.class).hasMessage("team member");
  }

  @Test
  void weightsTooLargeForLongArithmeticSplitExactly() {
    // Weights 2⁶² − 1 and 1 of 100.00 (10,000 fen): the first member's exact share is 10,000 × (2⁶² − 1) / 2⁶²
    // = 9,999.99…, so 9,999 fen with a remainder of 2⁶² − 10,000 against the second's 10,000: the fen left goes to
    // the first.
    long big = (1L << 62) - 1;
    assertThat(amounts(TeamSplit.split(Cny.ofYuan(100), List.of(TeamMember.of("a", big), TeamMember.of("b", 1)))))
        .containsExactly(Cny.ofYuan(100), Cny.ZERO);
    // Reversed weights: the same split, reversed.
    assertThat(amounts(TeamSplit.split(Cny.ofYuan(100), List.of(TeamMember.of("b", 1), TeamMember.of("a", big)))))
        .containsExactly(Cny.ZERO, Cny.ofYuan(100));
  }

  // ---------------------------------------------------------------- properties

  private static Gen<List<TeamMember>> teams() {
    Gen<Share> weight = integers().between(1, 1000).zip(integers().between(1, 64),
        (n, d) -> Share.ofFraction(n, d));
    return lists().of(weight).ofSizeBetween(1, 12).map(ws -> {
      List<TeamMember> team = new ArrayList<>();
      for (int i = 0; i < ws.size(); i++) {
        team.add(TeamMember.of("m" + i, ws.get(i)));
      }
      return team;
    });
  }

  private static Gen<Cny> rewards() {
    return longs().between(0, 1_000_000_000_000L).map(Cny::ofFen);
  }

  @Test
  void splitAlwaysSumsExactlyToTheReward() {
    qt().forAll(rewards(), teams()).checkAssert((reward, team) ->
        assertThat(Cny.total(amounts(TeamSplit.split(reward, team)))).isEqualTo(reward));
  }

  @Test
  void everyMemberIsWithinOneFenOfTheirExactShare() {
    qt().forAll(rewards(), teams()).checkAssert((reward, team) -> {
      BigInteger[] w = TeamSplit.wholeWeights(team);
      BigInteger total = BigInteger.ZERO;
      for (BigInteger x : w) {
        total = total.add(x);
      }
      List<MemberReward> parts = TeamSplit.split(reward, team);
      for (int i = 0; i < parts.size(); i++) {
        // |amount − reward × w / W| < 1 fen  ⇔  |amount × W − reward × w| < W
        BigInteger diff = BigInteger.valueOf(parts.get(i).amount().toFen()).multiply(total)
            .subtract(BigInteger.valueOf(reward.toFen()).multiply(w[i])).abs();
        assertThat(diff).isLessThan(total);
      }
    });
  }

  @Test
  void aLargerWeightNeverGetsLess() {
    qt().forAll(rewards(), teams()).checkAssert((reward, team) -> {
      List<MemberReward> parts = TeamSplit.split(reward, team);
      for (int i = 0; i < parts.size(); i++) {
        for (int j = 0; j < parts.size(); j++) {
          if (team.get(i).weight().isGreaterThan(team.get(j).weight())) {
            assertThat(parts.get(i).amount()).isGreaterThanOrEqualTo(parts.get(j).amount());
          }
        }
      }
    });
  }

  @Test
  void equalWeightsDifferByAtMostOneFenAndTheEarlierGetsNoLess() {
    qt().forAll(rewards(), integers().between(1, 20), integers().between(1, 1000)).checkAssert((reward, n, w) -> {
      List<TeamMember> team = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        team.add(TeamMember.of("m" + i, w));
      }
      List<MemberReward> parts = TeamSplit.split(reward, team);
      for (int i = 1; i < n; i++) {
        long gap = parts.get(i - 1).amount().toFen() - parts.get(i).amount().toFen();
        assertThat(gap).isBetween(0L, 1L);
      }
    });
  }

  @Test
  void sameInputSameSplit() {
    qt().forAll(rewards(), teams()).checkAssert((reward, team) ->
        assertThat(TeamSplit.split(reward, team)).isEqualTo(TeamSplit.split(reward, List.copyOf(team))));
  }
}
