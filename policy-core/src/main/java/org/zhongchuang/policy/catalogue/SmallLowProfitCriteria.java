package org.zhongchuang.policy.catalogue;

import static java.util.Objects.requireNonNull;

import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.text.Text;

/**
 * Who is a small low-profit enterprise (小型微利企业): all limits inclusive, and never in a restricted or prohibited
 * industry (国家非限制和禁止行业).
 *
 * @param incomeCeiling the largest annual taxable income, not null
 * @param industrialEmployees the most employees (从业人数) of an industrial enterprise
 * @param otherEmployees the most employees of any other enterprise
 * @param industrialAssets the largest total assets (资产总额) of an industrial enterprise, not null
 * @param otherAssets the largest total assets of any other enterprise, not null
 */
public record SmallLowProfitCriteria(Cny incomeCeiling, int industrialEmployees, int otherEmployees,
    Cny industrialAssets, Cny otherAssets) implements Terms {

  public SmallLowProfitCriteria {
    requireNonNull(incomeCeiling, "incomeCeiling");
    requireNonNull(industrialAssets, "industrialAssets");
    requireNonNull(otherAssets, "otherAssets");
    if (industrialEmployees < 0 || otherEmployees < 0) {
      throw new IllegalArgumentException("employee limits are zero or more");
    }
  }

  /** The same limits for every industry, as from 2019. */
  public static SmallLowProfitCriteria anyIndustry(Cny incomeCeiling, int employees, Cny assets) {
    return new SmallLowProfitCriteria(incomeCeiling, employees, employees, assets, assets);
  }

  /** The same criteria with another income ceiling ("what if the ceiling were 500,000"). */
  public SmallLowProfitCriteria withIncomeCeiling(Cny ceiling) {
    return new SmallLowProfitCriteria(ceiling, industrialEmployees, otherEmployees, industrialAssets, otherAssets);
  }

  /** The same criteria with one employee limit for every industry. */
  public SmallLowProfitCriteria withEmployees(int employees) {
    return new SmallLowProfitCriteria(incomeCeiling, employees, employees, industrialAssets, otherAssets);
  }

  /** The same criteria with one asset limit for every industry. */
  public SmallLowProfitCriteria withAssets(Cny assets) {
    return new SmallLowProfitCriteria(incomeCeiling, industrialEmployees, otherEmployees, assets, assets);
  }

  /** Whether industrial and other enterprises have the same limits (from 2019): then the industry cannot matter. */
  public boolean sameForEveryIndustry() {
    return industrialEmployees == otherEmployees && industrialAssets.equals(otherAssets);
  }

  @Override
  public TermsKind termsKind() {
    return TermsKind.SMALL_LOW_PROFIT_CRITERIA;
  }

  @Override
  public Text summary() {
    if (sameForEveryIndustry()) {
      return Text.of(
          "年度应纳税所得额不超过 " + incomeCeiling.format() + " 元、从业人数不超过 " + otherEmployees + " 人、资产总额不超过 "
              + otherAssets.format() + " 元",
          "annual taxable income ≤ " + incomeCeiling.format() + ", employees ≤ " + otherEmployees + ", total assets ≤ "
              + otherAssets.format());
    }
    return Text.of(
        "年度应纳税所得额不超过 " + incomeCeiling.format() + " 元；工业企业从业人数不超过 " + industrialEmployees + " 人、资产总额不超过 "
            + industrialAssets.format() + " 元；其他企业从业人数不超过 " + otherEmployees + " 人、资产总额不超过 "
            + otherAssets.format() + " 元",
        "annual taxable income ≤ " + incomeCeiling.format() + "; industrial: employees ≤ " + industrialEmployees
            + ", assets ≤ " + industrialAssets.format() + "; other: employees ≤ " + otherEmployees + ", assets ≤ "
            + otherAssets.format());
  }
}
