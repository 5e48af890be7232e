package org.zhongchuang.policy.catalogue;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.Range;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.text.Text;

/**
 * A reduced inclusion of a small low-profit enterprise's income ("其所得减按50%计入应纳税所得额，按20%的税率缴纳").
 *
 * @param band the band of annual taxable income, not null
 * @param application whether the whole income or only the portion in the band is relieved, not null
 * @param inclusion the share of income counted, not null
 * @param rate the rate on the counted income, not null
 */
public record SmallLowProfitRelief(Range<Cny> band, Application application, Share inclusion, Share rate)
    implements Terms {

  /** How the band is read. */
  public enum Application {
    /**
     * Rows 1–8 of the national timeline: an enterprise whose income lies in the band has all of its income relieved
     * ("年应纳税所得额低于20万元（含20万元）…其所得减按50%计入").
     */
    WHOLE_INCOME,
    /** From 2019: the portion of income inside the band is relieved ("不超过100万元的部分"). */
    PORTION
  }

  public SmallLowProfitRelief {
    requireNonNull(band, "band");
    requireNonNull(application, "application");
    requireNonNull(inclusion, "inclusion");
    requireNonNull(rate, "rate");
  }

  /** The effective rate on relieved income: inclusion × rate, e.g. 50% × 20% = 10%. */
  public Share effectiveRate() {
    return inclusion.times(rate);
  }

  @Override
  public Text summary() {
    String zh = describe(band, " 且 ");
    String en = describe(band, " and ");
    return application == Application.WHOLE_INCOME
        ? Text.of("年应纳税所得额 " + zh + " 的，全部所得减按 " + inclusion + " 计入、按 " + rate + " 税率",
            "annual taxable income " + en + ": all income counted at " + inclusion + ", taxed at " + rate)
        : Text.of("年应纳税所得额 " + zh + " 的部分，减按 " + inclusion + " 计入、按 " + rate + " 税率",
            "the portion of annual taxable income " + en + " counted at " + inclusion + ", taxed at " + rate);
  }

  static String describe(Range<Cny> band, String and) {
    String low = band.hasLowerBound()
        ? (band.lowerBoundType() == com.google.common.collect.BoundType.OPEN ? "> " : "≥ ")
            + band.lowerEndpoint().format()
        : "";
    String high = band.hasUpperBound()
        ? (band.upperBoundType() == com.google.common.collect.BoundType.OPEN ? "< " : "≤ ")
            + band.upperEndpoint().format()
        : "";
    return low.isEmpty() ? high : high.isEmpty() ? low : low + and + high;
  }
}
