package org.zhongchuang.policy.examples.bench;

import java.time.LocalDate;
import java.time.Year;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import java.util.function.ToLongFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.zhongchuang.policy.batch.CaseOutcome;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.tax.EnterpriseFacts;
import org.zhongchuang.policy.tax.Industry;
import org.zhongchuang.policy.tax.TaxCase;

/**
 * A generated population of enterprises, each a pure function of its index (so a parallel stream generates the same
 * population as a sequential one, and nothing is held in memory): tax years 2008–2030, the seven built-in
 * jurisdictions, income from a loss of 100,000.00 to 4,000,000.00 to the fen, mostly within the size limits, 2% in a
 * restricted industry, and one case in 1,000 for tax year 2007, which the catalogue refuses.
 */
final class Population {
  private Population() {}

  private static final Jurisdiction[] PLACES = {Jurisdiction.CHINA, Jurisdiction.JILIN, Jurisdiction.LIAONING,
      Jurisdiction.ZHEJIANG, Jurisdiction.JIAXING, Jurisdiction.GANSU, Jurisdiction.LANBAI};

  static TaxCase enterprise(long index) {
    SplittableRandom random = new SplittableRandom(index * 0x9E3779B97F4A7C15L);
    int year = index % 1000 == 999 ? 2007 : 2008 + random.nextInt(23);
    long incomeFen = random.nextLong(-10_000_000L, 400_000_001L);
    EnterpriseFacts facts = EnterpriseFacts.builder()
        .taxableIncome(Cny.ofFen(incomeFen))
        .restrictedOrProhibitedIndustry(random.nextInt(50) == 0)
        .industry(random.nextBoolean() ? Industry.INDUSTRIAL : Industry.OTHER)
        .employees(random.nextInt(320))
        .totalAssets(Cny.ofFen(random.nextLong(0, 5_500_000_001L)))
        .established(LocalDate.of(Math.min(year, 2000 + random.nextInt(31)), 1 + random.nextInt(12), 1))
        .incubatedStartUp(random.nextInt(10) == 0)
        .build();
    return new TaxCase(Year.of(year), PLACES[random.nextInt(PLACES.length)], facts);
  }

  /** The first {@code n} enterprises made by {@code make} from their index, in order or on every core. */
  static <C> Stream<C> cases(int n, boolean parallel, IntFunction<C> make) {
    IntStream indexes = IntStream.range(0, n);
    return (parallel ? indexes.parallel() : indexes).mapToObj(make);
  }

  /** {total tax due in fen, refused cases} of a population's outcomes. */
  static <C, A> long[] totals(Stream<CaseOutcome<C, A>> outcomes, ToLongFunction<A> taxDueInFen) {
    return outcomes.map(o -> o instanceof CaseOutcome.Assessed<C, A> a
            ? new long[] {taxDueInFen.applyAsLong(a.value()), 0} : new long[] {0, 1})
        .reduce(new long[2], (x, y) -> new long[] {x[0] + y[0], x[1] + y[1]});
  }
}
