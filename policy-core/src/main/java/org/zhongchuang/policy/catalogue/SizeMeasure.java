package org.zhongchuang.policy.catalogue;

import static java.util.Objects.requireNonNull;

import org.zhongchuang.policy.text.Text;

/**
 * How the headcount (从业人数) and total assets (资产总额) of a small low-profit enterprise are measured in a tax year
 * (PROVISIONS.md §7): the figures the eligibility test compares with the limits are averages, never year-end values.
 *
 * @param method the averaging, not null
 */
public record SizeMeasure(Method method) implements Terms {

  /** The averaging the notices prescribe. */
  public enum Method {
    /** 国税函〔2008〕251号: the year's average headcount; assets averaged over the start and end of the year. */
    YEAR_START_AND_END,
    /** 财税〔2009〕69号 第七条: the monthly average, (start + end) ÷ 2 per month, the twelve months ÷ 12. */
    MONTHLY_AVERAGE,
    /**
     * From 2015: (start + end of each quarter) ÷ 2, the quarters' averages ÷ 4, a part year counting the quarters
     * operated ("以其实际经营期作为一个纳税年度").
     */
    QUARTERLY_AVERAGE
  }

  public SizeMeasure {
    requireNonNull(method, "method");
  }

  /** The same rule with another averaging. */
  public SizeMeasure withMethod(Method newMethod) {
    return new SizeMeasure(newMethod);
  }

  @Override
  public TermsKind termsKind() {
    return TermsKind.SIZE_MEASURE;
  }

  @Override
  public Text summary() {
    return switch (method) {
      case YEAR_START_AND_END -> Text.of("从业人数按全年平均数，资产总额按年初和年末平均数计算",
          "headcount as the year's average, assets as the average of the start and end of the year");
      case MONTHLY_AVERAGE -> Text.of("从业人数和资产总额按全年月平均值计算",
          "headcount and assets as the average of the months");
      case QUARTERLY_AVERAGE -> Text.of("从业人数和资产总额按全年季度平均值计算：季度平均值=（季初值+季末值）÷2",
          "headcount and assets as the average of the quarters: each quarter (start + end) ÷ 2");
    };
  }
}
