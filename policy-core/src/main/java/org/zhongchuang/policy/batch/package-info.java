/**
 * Populations: any calculator's one-case function applied to a stream of cases, in order, sequential or parallel,
 * with refused cases kept as {@link org.zhongchuang.policy.batch.CaseOutcome.Refused} instead of ending the batch.
 */
package org.zhongchuang.policy.batch;
