/**
 * Grants and other support of JX-2015-90 and the seeds' targets: local matching of awards
 * ({@link org.zhongchuang.policy.grants.MatchingCalculator}), fixed support floors
 * ({@link org.zhongchuang.policy.grants.SupportFloorCalculator}), 2020 development targets
 * ({@link org.zhongchuang.policy.grants.TargetCalculator}) and the last day of leave to found a company
 * ({@link org.zhongchuang.policy.grants.LeaveCalculator}).
 *
 * <p>Each is a {@link org.zhongchuang.policy.Calculator} of a case ({@code MatchingCase}, {@code SupportCase},
 * {@code TargetCase}, {@code LeaveCase}) and an assessment that is a value and explains itself; {@code assess}
 * records its decisions and amounts, and the explanation is built from them when first read, in the words of the
 * {@code grants} templates ({@link org.zhongchuang.policy.grants.GrantsStep}).
 *
 * <p>Every number comes from a catalogue provision; a clause that states no amount ("给予适当补贴") answers an amount
 * query with {@link org.zhongchuang.policy.catalogue.NoFormulaException}, never zero. A date before any provision the
 * catalogue holds for the place is refused with {@link org.zhongchuang.policy.DateNotCoveredException}.
 */
package org.zhongchuang.policy.grants;
