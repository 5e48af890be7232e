package org.zhongchuang.policy.eit;

import static java.util.Objects.requireNonNull;

import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;

/**
 * The lines of the annual return's main form (A100000) that the calculator fills, each rounded half-up to the fen once
 * (PROVISIONS.md §6, §14). They add up as the form says: 19 = 13 + (15 − 16) − 17; 23 = 19 − 20 − 21 − 22 (zero in a
 * loss year, when 20–22 are zero too); 25 = 23 × 24; 28 = 25 − 26.
 *
 * @param totalProfit line 13, 利润总额
 * @param taxAdjustments lines 15 − 16, 纳税调整增加额 − 纳税调整减少额
 * @param extraDeductions line 17, here the research super-deduction (免税、减计收入及加计扣除)
 * @param incomeAfterAdjustments line 19, 纳税调整后所得
 * @param incomeReductions line 20, 所得减免: technology-transfer income
 * @param lossesOffset line 21, 弥补以前年度亏损
 * @param ventureCapitalDeduction line 22, 抵扣应纳税所得额
 * @param taxableIncome line 23, 应纳税所得额
 * @param rate line 24, 税率
 * @param taxAtRate line 25, 应纳所得税额
 * @param relief line 26, 减免所得税额
 * @param taxDue line 28, 应纳税额
 */
public record ReturnLines(Cny totalProfit, Cny taxAdjustments, Cny extraDeductions, Cny incomeAfterAdjustments,
    Cny incomeReductions, Cny lossesOffset, Cny ventureCapitalDeduction, Cny taxableIncome, Share rate,
    Cny taxAtRate, Cny relief, Cny taxDue) {

  public ReturnLines {
    requireNonNull(totalProfit, "totalProfit");
    requireNonNull(taxAdjustments, "taxAdjustments");
    requireNonNull(extraDeductions, "extraDeductions");
    requireNonNull(incomeAfterAdjustments, "incomeAfterAdjustments");
    requireNonNull(incomeReductions, "incomeReductions");
    requireNonNull(lossesOffset, "lossesOffset");
    requireNonNull(ventureCapitalDeduction, "ventureCapitalDeduction");
    requireNonNull(taxableIncome, "taxableIncome");
    requireNonNull(rate, "rate");
    requireNonNull(taxAtRate, "taxAtRate");
    requireNonNull(relief, "relief");
    requireNonNull(taxDue, "taxDue");
  }
}
