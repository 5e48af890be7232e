/**
 * Enterprise income tax for one year, the annual return's way (企业所得税年度纳税申报表 A100000, PROVISIONS.md §14): from
 * total profit to the tax due, line by line, with the innovation preferences — the research super-deduction (§8),
 * technology-transfer income (§9), losses carried forward (§11), the venture-capital deduction (§10) — and the rate
 * and relief: the small low-profit relief or the high-tech 15%, never both (§11). Every rate, threshold and date is
 * read from the {@link org.zhongchuang.policy.catalogue.Catalogue}. What each preference is worth is the tax due with
 * it removed, less the tax due.
 */
package org.zhongchuang.policy.eit;
