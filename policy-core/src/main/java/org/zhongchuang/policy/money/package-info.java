/** Exact money ({@link org.zhongchuang.policy.money.Cny}) and exact shares and rates
 * ({@link org.zhongchuang.policy.money.Share}). */
package org.zhongchuang.policy.money;
