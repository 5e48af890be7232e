package org.zhongchuang.policy.catalogue;

import static java.util.Objects.requireNonNull;

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
public record SmallLowProfitRelief(IncomeBand band, Application application, Share inclusion, Share rate)
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

  /** The same relief over another band. */
  public SmallLowProfitRelief withBand(IncomeBand newBand) {
    return new SmallLowProfitRelief(newBand, application, inclusion, rate);
  }

  /** The same relief with another share of income counted. */
  public SmallLowProfitRelief withInclusion(Share newInclusion) {
    return new SmallLowProfitRelief(band, application, newInclusion, rate);
  }

  /** The same relief at another rate. */
  public SmallLowProfitRelief withRate(Share newRate) {
    return new SmallLowProfitRelief(band, application, inclusion, newRate);
  }

  /** The same relief read another way. */
  public SmallLowProfitRelief withApplication(Application newApplication) {
    return new SmallLowProfitRelief(band, newApplication, inclusion, rate);
  }

  @Override
  public TermsKind termsKind() {
    return TermsKind.SMALL_LOW_PROFIT_RELIEF;
  }

  @Override
  public Text summary() {
    String zh = band.describe(" 且 ");
    String en = band.describe(" and ");
    return switch (application) {
      case WHOLE_INCOME -> Text.of("年应纳税所得额 " + zh + " 的，全部所得减按 " + inclusion + " 计入、按 " + rate + " 税率",
          "annual taxable income " + en + ": all income counted at " + inclusion + ", taxed at " + rate);
      case PORTION -> Text.of("年应纳税所得额 " + zh + " 的部分，减按 " + inclusion + " 计入、按 " + rate + " 税率",
          "the portion of annual taxable income " + en + " counted at " + inclusion + ", taxed at " + rate);
    };
  }
}
