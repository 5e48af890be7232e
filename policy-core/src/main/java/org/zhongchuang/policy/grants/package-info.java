/**
 * Grants and other support of JX-2015-90 and the seeds' targets: local matching of awards
 * ({@link org.zhongchuang.policy.grants.MatchingCalculator}), fixed support floors
 * ({@link org.zhongchuang.policy.grants.SupportFloorCalculator}), 2020 development targets
 * ({@link org.zhongchuang.policy.grants.TargetCalculator}) and the last day of leave to found a company
 * ({@link org.zhongchuang.policy.grants.LeaveCalculator}).
 *
 * <p>Every number comes from a catalogue provision; a clause that states no amount ("给予适当补贴") answers an amount
 * query with {@link org.zhongchuang.policy.catalogue.NoFormulaException}, never zero.
 */
package org.zhongchuang.policy.grants;
