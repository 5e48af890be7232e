package org.zhongchuang.policy.tax;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.explain.Step;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;

/**
 * {@link TaxAssessment#warnings()} and {@link TaxAssessment#grantingProvisions()}, shared by the assessments of one
 * plan with the same key, are always what the assessment's own explanation and bands say: over a varied population
 * read through one calculator (so that most assessments take a summary another one built), in both orders of reading.
 */
class TaxSummaryTest {
  private static final List<Jurisdiction> PLACES = List.of("中国", "吉林省", "辽宁省", "浙江省", "嘉兴市", "海宁市",
      "杭州市", "甘肃省", "兰白").stream().map(Jurisdiction::parse).toList();
  private static final Jurisdiction JIAXING = Jurisdiction.parse("嘉兴市");
  /** Edges of the bands and ceilings of the years, in fen. */
  private static final long[] EDGES = {1, 3_000_000, 6_000_000, 10_000_000, 20_000_000, 30_000_000, 50_000_000,
      100_000_000, 300_000_000};

  private static EnterpriseFacts facts(SplittableRandom random, int year) {
    long income = switch (random.nextInt(4)) {
      case 0 -> random.nextLong(-1_000_000, 1);
      case 1 -> EDGES[random.nextInt(EDGES.length)] + random.nextInt(3) - 1;
      default -> random.nextLong(1, 400_000_000);
    };
    EnterpriseFacts.Builder b = EnterpriseFacts.builder().taxableIncome(Cny.ofFen(income))
        .restrictedOrProhibitedIndustry(random.nextInt(15) == 0).incubatedStartUp(random.nextInt(3) == 0);
    int size = random.nextInt(10);
    if (size == 0) {
      b.assertQualifyingSize();
    } else {
      b.industry(random.nextBoolean() ? Industry.INDUSTRIAL : Industry.OTHER);
      switch (size) {
        case 1 -> b.employees(Average.parse(random.nextInt(79, 302) + "." + (1 + random.nextInt(9))));
        case 2 -> b.employeesByQuarter(random.nextInt(310), random.nextInt(310), random.nextInt(310),
            random.nextInt(310));
        default -> b.employees(random.nextInt(320));
      }
      long assets = random.nextLong(0, 6_000_000_000L);
      switch (random.nextInt(6)) {
        case 0 -> b.assetsByQuarter(Cny.ofFen(assets), Cny.ofFen(random.nextLong(0, 6_000_000_000L)));
        case 1 -> b.assetsAtStartAndEndOfYear(Cny.ofFen(assets), Cny.ofFen(random.nextLong(0, 6_000_000_000L)));
        default -> b.totalAssets(Cny.ofFen(assets));
      }
    }
    if (random.nextInt(4) != 0) {
      b.established(year == 2015 || random.nextBoolean()
          ? LocalDate.of(Math.min(year, 2015), 1 + random.nextInt(12), 1 + random.nextInt(28))
          : LocalDate.of(2000 + random.nextInt(year - 1999), 1, 1));
    }
    return b.build();
  }

  private static List<Provision> granting(TaxAssessment a) {
    return a.bands().stream().map(TaxBand::grantedBy).distinct().toList();
  }

  @Test
  void theSharedWarningsAndProvisionsAreThoseOfEveryAssessmentsOwnExplanation() {
    SmallLowProfitTaxCalculator calc = FreshLaw.calculator();
    SplittableRandom random = new SplittableRandom(15);
    Set<Integer> keys = new HashSet<>();
    int assessed = 0;
    int rounding = 0;
    for (int i = 0; i < 40_000; i++) {
      int year = 2008 + random.nextInt(20);
      TaxCase c;
      TaxAssessment a;
      try {
        c = TaxCase.of(Year.of(year), PLACES.get(random.nextInt(PLACES.size())), facts(random, year));
        a = calc.assess(c);
      } catch (PolicyInputException refused) {
        continue;
      }
      assessed++;
      String as = c.toString();
      if (i % 2 == 0) {
        List<Step> fast = a.warnings();
        List<Provision> granting = a.grantingProvisions();
        assertThat(fast).as(as).isEqualTo(a.explanation().warnings());
        assertThat(granting).as(as).isEqualTo(granting(a));
      } else {
        List<Step> own = a.explanation().warnings();
        List<Provision> granting = granting(a);
        assertThat(a.warnings()).as(as).isEqualTo(own);
        assertThat(a.grantingProvisions()).as(as).isEqualTo(granting);
      }
      keys.add(a.summaryKey());
      if (a.warnings().stream().anyMatch(w -> w.kind() == TaxStep.HEADCOUNT_ROUNDING)) {
        rounding++;
      }
    }
    // The population reaches many keys (of many plans), and the warnings of a headcount that is not whole.
    assertThat(assessed).isGreaterThan(25_000);
    assertThat(keys).hasSizeGreaterThan(40).contains(-1, 1, 2, 4 << 4 | 2, 4 << 4 | 6, 4 << 4 | 10);
    assertThat(rounding).isPositive();
  }

  @Test
  void assessmentsWithTheSameBandsShareOneList() {
    SmallLowProfitTaxCalculator calc = FreshLaw.calculator();
    TaxAssessment a = calc.assess(TaxCase.of(2023, JIAXING, firm(1_200_000_00L, 50).build()));
    TaxAssessment b = calc.assess(TaxCase.of(2023, JIAXING, firm(1_500_000_00L, 60).build()));
    assertThat(b.warnings()).isSameAs(a.warnings()).isNotEmpty().isEqualTo(b.explanation().warnings());
    assertThat(b.grantingProvisions()).isSameAs(a.grantingProvisions()).hasSize(1)
        .isEqualTo(granting(b));
    // Not eligible (too many employees), and a loss: lists of their own.
    TaxAssessment large = calc.assess(TaxCase.of(2023, JIAXING, firm(1_000_000_00L, 301).build()));
    assertThat(large.grantingProvisions()).extracting(Provision::id).containsExactly("CN-EIT-4");
    TaxAssessment loss = calc.assess(TaxCase.of(2023, JIAXING, firm(-1, 50).build()));
    assertThat(loss.grantingProvisions()).isEmpty();
    assertThat(loss.warnings()).isEqualTo(loss.explanation().warnings());
  }

  @Test
  void thePlanKeepsOneSummaryPerKeyRead() {
    SmallLowProfitTaxCalculator calc = FreshLaw.calculator();
    TaxAssessment a = calc.assess(TaxCase.of(2023, JIAXING, firm(1_200_000_00L, 50).build()));
    TaxPlan plan = calc.plan(Year.of(2023), JIAXING);
    assertThat(plan.summaries).isEmpty();
    List<Step> warnings = a.warnings();
    assertThat(plan.summaries).containsOnlyKeys(a.summaryKey());
    assertThat(plan.summaries.get(a.summaryKey()).warnings()).isSameAs(warnings);
    assertThat(plan.summaries.get(a.summaryKey()).grantedBy()).isSameAs(a.grantingProvisions()).isEqualTo(granting(a));
    TaxAssessment fractional = calc.assess(TaxCase.of(2023, JIAXING, EnterpriseFacts.builder()
        .taxableIncome(Cny.ofYuan(100_000)).restrictedOrProhibitedIndustry(false).industry(Industry.OTHER)
        .employees(Average.parse("12.5")).totalAssets(Cny.ofYuan(1_000_000)).build()));
    assertThat(fractional.summaryKey()).isEqualTo(TaxAssessment.KEYLESS);
    assertThat(fractional.warnings()).isEqualTo(fractional.explanation().warnings());
    assertThat(plan.summaries).hasSize(1);
  }

  @Test
  void aHeadcountThatIsNotWholeIsReadFromItsOwnExplanation() {
    SmallLowProfitTaxCalculator calc = FreshLaw.calculator();
    // 300.4 > 300 exactly but 300 rounded: flagged; 299.4 is within both ways: not flagged. The same zone.
    List<List<Step>> warnings = new ArrayList<>();
    for (String employees : new String[] {"299.4", "300.4", "299.4"}) {
      TaxAssessment a = calc.assess(TaxCase.of(2023, Jurisdiction.CHINA, EnterpriseFacts.builder()
          .taxableIncome(Cny.ofYuan(100_000)).restrictedOrProhibitedIndustry(false).industry(Industry.OTHER)
          .employees(Average.parse(employees)).totalAssets(Cny.ofYuan(1_000_000)).build()));
      assertThat(a.summaryKey()).isNegative();
      assertThat(a.grantingProvisions()).isEqualTo(granting(a));
      warnings.add(a.warnings());
    }
    assertThat(warnings.get(1)).anyMatch(w -> w.kind() == TaxStep.HEADCOUNT_ROUNDING);
    assertThat(warnings.get(0)).noneMatch(w -> w.kind() == TaxStep.HEADCOUNT_ROUNDING).isEqualTo(warnings.get(2));
  }

  @Test
  void theKeyTellsApartWhatTheWarningsDependOn() {
    SmallLowProfitTaxCalculator calc = FreshLaw.calculator();
    TaxAssessment plain = calc.assess(TaxCase.of(2023, Jurisdiction.CHINA, firm(1_000_000_00L, 50).build()));
    int key = plain.summaryKey();
    assertThat(key & 15).isEqualTo(2);
    assertThat(calc.assess(TaxCase.of(2023, Jurisdiction.CHINA, firm(1_000_000_00L, 50).incubatedStartUp(true)
        .build())).summaryKey()).isEqualTo(key | 8);
    assertThat(calc.assess(TaxCase.of(2023, Jurisdiction.CHINA, EnterpriseFacts.builder()
        .taxableIncome(Cny.ofFen(1_000_000_00L)).restrictedOrProhibitedIndustry(false).assertQualifyingSize()
        .build())).summaryKey()).isEqualTo(key - 2 + 1);
    assertThat(calc.assess(TaxCase.of(2023, Jurisdiction.CHINA, firm(1_000_000_00L, 50)
        .employeesByQuarter(50, 50).build())).summaryKey()).isEqualTo(key | 4);
    // Shapes: a loss, not eligible, then zones two apart (split or not).
    assertThat(calc.assess(TaxCase.of(2023, Jurisdiction.CHINA, firm(0, 50).build())).summaryKey()).isEqualTo(2);
    assertThat(calc.assess(TaxCase.of(2023, Jurisdiction.CHINA, firm(1_000_000_00L, 301).build())).summaryKey())
        .isEqualTo(1 << 4 | 2);
    assertThat(key >> 4).isEqualTo(2 + 2 * calc.plan(Year.of(2023), Jurisdiction.CHINA).zoneOf(1_000_000_00L));
    // 2015: the year is split at 1 October for an enterprise established before it, not for one established after.
    TaxAssessment before = calc.assess(TaxCase.of(2015, Jurisdiction.CHINA, firm(25_000_000L, 50)
        .established(LocalDate.of(2014, 3, 1)).build()));
    TaxAssessment after = calc.assess(TaxCase.of(2015, Jurisdiction.CHINA, firm(25_000_000L, 50)
        .established(LocalDate.of(2015, 10, 1)).build()));
    assertThat(before.summaryKey()).isEqualTo(after.summaryKey() + 16);
    assertThat(after.grantingProvisions()).hasSize(1);
    assertThat(before.grantingProvisions()).hasSize(2).isEqualTo(granting(before));
  }

  private static EnterpriseFacts.Builder firm(long incomeFen, int employees) {
    return EnterpriseFacts.builder().taxableIncome(Cny.ofFen(incomeFen)).restrictedOrProhibitedIndustry(false)
        .industry(Industry.OTHER).employees(employees).totalAssets(Cny.ofYuan(1_000_000));
  }
}
