package org.zhongchuang.policy.examples.bench;

import java.math.BigDecimal;
import java.time.Year;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.zhongchuang.policy.explain.Explanation;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.tax.EnterpriseFacts;
import org.zhongchuang.policy.tax.Industry;
import org.zhongchuang.policy.tax.SmallLowProfitTaxCalculator;
import org.zhongchuang.policy.tax.TaxAssessment;
import org.zhongchuang.policy.tax.TaxCase;
import org.zhongchuang.policy.text.Language;

/**
 * One small low-profit enterprise assessment: the library (amounts; explanation built; rendered in Chinese) against
 * the {@code BigDecimal} peer and the {@code long} floor of {@link TaxBaselines}, in the same run.
 *
 * <p>2016: national, 250,000.00 of income, other industry, 45 employees, 8,000,000.00 of assets — eligible, the whole
 * income halved, 25,000.00. 2022: national, 2,000,000.00 — two bands, 25,000.00 + 50,000.00 = 75,000.00. The set-up
 * refuses to run if the three disagree.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TaxBenchmark {

  @Param({"2016", "2022"})
  public int year;

  private SmallLowProfitTaxCalculator calculator;
  private TaxCase taxCase;
  private Cny incomeCny;
  private Cny assetsCny;
  private BigDecimal income;
  private BigDecimal assets;
  private long incomeFen;
  private long assetsFen;
  private final long[] out = new long[2];

  @Setup
  public void setUp() {
    calculator = SmallLowProfitTaxCalculator.builtIn();
    incomeCny = Cny.parse(year == 2016 ? "250000.00" : "2000000.00");
    assetsCny = Cny.parse("8000000.00");
    EnterpriseFacts facts = EnterpriseFacts.builder().taxableIncome(incomeCny).restrictedOrProhibitedIndustry(false)
        .industry(Industry.OTHER).employees(45).totalAssets(assetsCny).build();
    taxCase = TaxCase.of(Year.of(year), Jurisdiction.CHINA, facts);
    income = incomeCny.toBigDecimal();
    assets = assetsCny.toBigDecimal();
    incomeFen = incomeCny.toFen();
    assetsFen = assetsCny.toFen();

    TaxAssessment library = library();
    TaxBaselines.PeerResult peer = peer();
    long floor = floor();
    boolean agree = library.taxDue().toBigDecimal().compareTo(peer.taxDue()) == 0
        && library.taxDue().toFen() == floor
        && library.standardTax().toBigDecimal().compareTo(peer.standardTax()) == 0 && out[0] == library.standardTax()
            .toFen()
        && library.relief().toBigDecimal().compareTo(peer.relief()) == 0 && out[1] == library.relief().toFen()
        && moneyTypesOnly().equals(new TaxBaselines.MoneyResult(true, library.taxDue(), library.standardTax(),
            library.relief()));
    if (!agree) {
      throw new IllegalStateException("the baselines disagree with the library for " + year + ": library "
          + library.taxDue() + "/" + library.standardTax() + "/" + library.relief() + ", peer " + peer + ", floor "
          + floor + "/" + out[0] + "/" + out[1]);
    }
  }

  /**
   * The library's core call: eligibility decided and every amount computed from the year's compiled plan, the
   * decisions recorded; the explanation is built when first read (see {@link #libraryExplained}).
   */
  @Benchmark
  public TaxAssessment library() {
    return calculator.assess(taxCase);
  }

  /** The core call with its explanation built (steps, conditions, bands, warnings, citations), not rendered. */
  @Benchmark
  public Explanation libraryExplained() {
    return calculator.assess(taxCase).explanation();
  }

  /** The same, rendered to Chinese text with every clause quoted. */
  @Benchmark
  public String libraryRendered() {
    return calculator.assess(taxCase).render(Language.ZH);
  }

  /** The library's money types alone ({@link TaxBaselines#moneyTypes}): what the vocabulary costs. */
  @Benchmark
  public TaxBaselines.MoneyResult moneyTypesOnly() {
    return TaxBaselines.moneyTypes(year, incomeCny, false, false, 45, assetsCny);
  }

  /** The accountant's tool: the same formula with {@code BigDecimal}. */
  @Benchmark
  public TaxBaselines.PeerResult peer() {
    return TaxBaselines.peer(year, income, false, false, 45, assets);
  }

  /** The floor: the same formula in {@code long} fen, no objects (standard tax and relief are stored in a field). */
  @Benchmark
  public long floor() {
    return TaxBaselines.floorTaxDue(year, incomeFen, false, false, 45, assetsFen, out);
  }

  /**
   * Not a baseline but a yardstick: the floor returning its figures in one small object, as any API returning a
   * result must — what allocating a result costs next to the floor.
   */
  @Benchmark
  public TaxBaselines.FloorResult floorWithResult() {
    long taxDue = TaxBaselines.floorTaxDue(year, incomeFen, false, false, 45, assetsFen, out);
    return new TaxBaselines.FloorResult(taxDue, out[0], out[1]);
  }
}
