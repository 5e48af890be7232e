/**
 * Results-transfer rewards (科技成果转化收益奖励): the statutory minimum share of 促进科技成果转化法 in force on a date
 * (1996: 20%; from 2015-10-01: 50% / 50% / 5%, hard for state-established universities and research institutes), the
 * local policy floor of the most specific jurisdiction that reaches the unit (Jilin, Gansu, the Lanbai zone, Jiaxing),
 * the binding minimum reward, the compliance of a proposed reward and its exact split among a team.
 *
 * <p>Entry point: {@link org.zhongchuang.policy.transfer.TransferRewardCalculator}. Every number is read from
 * {@link org.zhongchuang.policy.catalogue.RewardFloor} provisions of the catalogue.
 */
package org.zhongchuang.policy.transfer;
