package org.zhongchuang.policy.catalogue;

import static java.util.Objects.requireNonNull;

import org.zhongchuang.policy.text.Text;

/**
 * How long a tax year's loss may be carried forward (亏损结转): at most {@code years} later years (企业所得税法 第十八条:
 * five). An extension for qualified enterprises (财税〔2018〕76号) names the years whose losses it extends: those of the
 * {@code lossesOfYearsBefore} years before a year in which the enterprise is qualified (a high-tech enterprise or a
 * 科技型中小企业), such a year being one in which the provision is in force.
 *
 * @param years the most years a loss is carried forward, one or more
 * @param qualifiedOnly whether only for losses before a qualified year
 * @param lossesOfYearsBefore for an extension, how many years before the qualified year have their losses extended;
 *     zero when not {@code qualifiedOnly}
 */
public record LossCarryForward(int years, boolean qualifiedOnly, int lossesOfYearsBefore) implements Terms {
  public LossCarryForward {
    if (years < 1 || qualifiedOnly != (lossesOfYearsBefore > 0) || lossesOfYearsBefore < 0) {
      throw new IllegalArgumentException("carried forward one year or more, and an extension names the years before a"
          + " qualified year (one or more): years " + years + ", qualified only " + qualifiedOnly
          + ", losses of years before " + lossesOfYearsBefore);
    }
  }

  /** The same rule with another number of years. */
  public LossCarryForward withYears(int newYears) {
    return new LossCarryForward(newYears, qualifiedOnly, lossesOfYearsBefore);
  }

  @Override
  public TermsKind termsKind() {
    return TermsKind.LOSS_CARRY_FORWARD;
  }

  @Override
  public Text summary() {
    return qualifiedOnly
        ? Text.of("具备高新技术企业或科技型中小企业资格年度之前 " + lossesOfYearsBefore + " 个年度的亏损，最长结转 " + years + " 年",
            "losses of the " + lossesOfYearsBefore + " years before a year as a high-tech enterprise or technology SME"
                + " are carried forward at most " + years + " years")
        : Text.of("亏损最长结转 " + years + " 年", "a loss is carried forward at most " + years + " years");
  }
}
