package org.zhongchuang.policy.examples.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;

/**
 * The two baselines the tax benchmark compares the library with, for tax years 2016 and 2022 only: the same
 * assessment hand-coded as an accountant's tool would code it with {@link BigDecimal} (the peer), and with
 * {@code long} fen and no objects (the floor). Each does what the library does for those years: the eligibility
 * checks (restricted industry, income ceiling, employees and assets by industry), the relief bands, half-up rounding
 * to the fen once per band, the tax at the statutory 25% and the relief. Neither explains, cites or warns.
 *
 * <p>The numbers are hard-coded here, as a tool written for those years would have them (PROVISIONS.md §2.2).
 */
final class TaxBaselines {
  private TaxBaselines() {}

  /** What the peer returns: an accountant's tool's result object. */
  record PeerResult(boolean eligible, BigDecimal taxDue, BigDecimal standardTax, BigDecimal relief) {}

  private static final BigDecimal STATUTORY = new BigDecimal("0.25");
  private static final BigDecimal SLPE_RATE = new BigDecimal("0.20");
  private static final BigDecimal HALF = new BigDecimal("0.50");
  private static final BigDecimal QUARTER = new BigDecimal("0.25");
  private static final BigDecimal EIGHTH = new BigDecimal("0.125");
  private static final BigDecimal CEILING_2016 = new BigDecimal("300000.00");
  private static final BigDecimal CEILING_2022 = new BigDecimal("3000000.00");
  private static final BigDecimal INDUSTRIAL_ASSETS_2016 = new BigDecimal("30000000.00");
  private static final BigDecimal OTHER_ASSETS_2016 = new BigDecimal("10000000.00");
  private static final BigDecimal ASSETS_2022 = new BigDecimal("50000000.00");
  private static final BigDecimal MILLION = new BigDecimal("1000000.00");

  /** The {@code BigDecimal} peer. */
  static PeerResult peer(int year, BigDecimal income, boolean restricted, boolean industrial, int employees,
      BigDecimal assets) {
    BigDecimal standard = income.signum() > 0
        ? income.multiply(STATUTORY).setScale(2, RoundingMode.HALF_UP) : BigDecimal.ZERO.setScale(2);
    boolean eligible;
    if (year == 2016) {
      eligible = !restricted && income.compareTo(CEILING_2016) <= 0 && employees <= (industrial ? 100 : 80)
          && assets.compareTo(industrial ? INDUSTRIAL_ASSETS_2016 : OTHER_ASSETS_2016) <= 0;
    } else if (year == 2022) {
      eligible = !restricted && income.compareTo(CEILING_2022) <= 0 && employees <= 300
          && assets.compareTo(ASSETS_2022) <= 0;
    } else {
      throw new IllegalArgumentException("the baselines know 2016 and 2022 only");
    }
    BigDecimal tax;
    if (income.signum() <= 0) {
      tax = BigDecimal.ZERO.setScale(2);
    } else if (!eligible) {
      tax = standard;
    } else if (year == 2016) {
      // 财税〔2015〕34号 / 99号: the whole income (≤ 300,000) counted at 50%, taxed at 20%.
      tax = income.multiply(HALF).multiply(SLPE_RATE).setScale(2, RoundingMode.HALF_UP);
    } else {
      // 2021年第12号: the portion ≤ 1,000,000 at 12.5% × 20%; 2022年第13号: the portion above at 25% × 20%.
      BigDecimal low = income.min(MILLION);
      BigDecimal high = income.subtract(low);
      tax = low.multiply(EIGHTH).multiply(SLPE_RATE).setScale(2, RoundingMode.HALF_UP)
          .add(high.multiply(QUARTER).multiply(SLPE_RATE).setScale(2, RoundingMode.HALF_UP));
    }
    return new PeerResult(eligible, tax, standard, standard.subtract(tax));
  }

  /** What {@link #moneyTypes} returns. */
  record MoneyResult(boolean eligible, Cny taxDue, Cny standardTax, Cny relief) {}

  private static final Share STATUTORY_SHARE = Share.percent(25);
  private static final Share TENTH = Share.percent(50).times(Share.percent(20));
  private static final Share FORTIETH = Share.percent("12.5").times(Share.percent(20));
  private static final Share TWENTIETH = Share.percent(25).times(Share.percent(20));
  private static final Cny CNY_CEILING_2016 = Cny.ofYuan(300_000);
  private static final Cny CNY_CEILING_2022 = Cny.ofYuan(3_000_000);
  private static final Cny CNY_INDUSTRIAL_ASSETS_2016 = Cny.ofYuan(30_000_000);
  private static final Cny CNY_OTHER_ASSETS_2016 = Cny.ofYuan(10_000_000);
  private static final Cny CNY_ASSETS_2022 = Cny.ofYuan(50_000_000);
  private static final Cny CNY_MILLION = Cny.ofYuan(1_000_000);

  /**
   * Not a baseline but a measurement of the library's parts: the same hard-coded formula over the library's own
   * {@link Cny} and {@link Share}, without the catalogue, explanation, citations or warnings.
   */
  static MoneyResult moneyTypes(int year, Cny income, boolean restricted, boolean industrial, int employees,
      Cny assets) {
    Cny standard = income.isPositive() ? income.multipliedBy(STATUTORY_SHARE, RoundingMode.HALF_UP) : Cny.ZERO;
    boolean eligible;
    if (year == 2016) {
      eligible = !restricted && !income.isGreaterThan(CNY_CEILING_2016) && employees <= (industrial ? 100 : 80)
          && !assets.isGreaterThan(industrial ? CNY_INDUSTRIAL_ASSETS_2016 : CNY_OTHER_ASSETS_2016);
    } else if (year == 2022) {
      eligible = !restricted && !income.isGreaterThan(CNY_CEILING_2022) && employees <= 300
          && !assets.isGreaterThan(CNY_ASSETS_2022);
    } else {
      throw new IllegalArgumentException("the baselines know 2016 and 2022 only");
    }
    Cny tax;
    if (!income.isPositive()) {
      tax = Cny.ZERO;
    } else if (!eligible) {
      tax = standard;
    } else if (year == 2016) {
      tax = income.multipliedBy(TENTH, RoundingMode.HALF_UP);
    } else {
      Cny low = income.min(CNY_MILLION);
      tax = low.multipliedBy(FORTIETH, RoundingMode.HALF_UP)
          .plus(income.minus(low).multipliedBy(TWENTIETH, RoundingMode.HALF_UP));
    }
    return new MoneyResult(eligible, tax, standard, standard.minus(tax));
  }

  /** The floor's figures in fen, as one object. */
  record FloorResult(long taxDue, long standardTax, long relief) {}

  /** The {@code long} floor: the tax due in fen; the standard tax and relief are written into {@code out}. */
  static long floorTaxDue(int year, long incomeFen, boolean restricted, boolean industrial, int employees,
      long assetsFen, long[] out) {
    long standard = incomeFen > 0 ? halfUp(incomeFen, 1, 4) : 0;
    boolean eligible;
    if (year == 2016) {
      eligible = !restricted && incomeFen <= 30_000_000L && employees <= (industrial ? 100 : 80)
          && assetsFen <= (industrial ? 3_000_000_000L : 1_000_000_000L);
    } else if (year == 2022) {
      eligible = !restricted && incomeFen <= 300_000_000L && employees <= 300 && assetsFen <= 5_000_000_000L;
    } else {
      throw new IllegalArgumentException("the baselines know 2016 and 2022 only");
    }
    long tax;
    if (incomeFen <= 0) {
      tax = 0;
    } else if (!eligible) {
      tax = standard;
    } else if (year == 2016) {
      tax = halfUp(incomeFen, 1, 10);
    } else {
      long low = Math.min(incomeFen, 100_000_000L);
      tax = halfUp(low, 1, 40) + halfUp(incomeFen - low, 1, 20);
    }
    out[0] = standard;
    out[1] = standard - tax;
    return tax;
  }

  /** {@code value × n ÷ d} rounded half-up, for value ≥ 0. */
  private static long halfUp(long value, long n, long d) {
    return (2 * value * n + d) / (2 * d);
  }
}
