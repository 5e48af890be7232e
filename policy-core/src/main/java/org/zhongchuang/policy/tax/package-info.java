/**
 * The small low-profit enterprise income tax calculator (小型微利企业所得税优惠, PROVISIONS.md §2): eligibility, tax due
 * band by band, the relief against the statutory rate, and the provisions behind each number.
 *
 * <p>Entry point: {@link org.zhongchuang.policy.tax.SmallLowProfitTaxCalculator}.
 */
package org.zhongchuang.policy.tax;
