package org.zhongchuang.policy.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.zhongchuang.policy.tax.SmallLowProfitTaxPropertiesTest.examples;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.IncomeBand;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.SmallLowProfitRelief;
import org.zhongchuang.policy.catalogue.SmallLowProfitRelief.Application;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.text.Text;

/**
 * The calculator agrees with {@link ReferenceTax}, an oracle written apart from it, to the fen and on every band's
 * granting provision: over the built-in law of every year, place and enterprise, and over what-if catalogues with
 * bands of every shape.
 */
class TaxOracleTest {
  private static final List<Jurisdiction> PLACES = List.of(Jurisdiction.CHINA, Jurisdiction.parse("吉林省"),
      Jurisdiction.parse("嘉兴市"), Jurisdiction.parse("海宁市"), Jurisdiction.parse("杭州市"),
      Jurisdiction.parse("甘肃省"), Jurisdiction.parse("兰白"), Jurisdiction.parse("辽宁省"));

  private static void agree(SmallLowProfitTaxCalculator calc, TaxCase c) {
    ReferenceTax.Result expected = ReferenceTax.assess(calc.catalogue(), c);
    TaxAssessment a = calc.assess(c);
    assertThat(a.eligible()).as("eligible: %s", c).isEqualTo(expected.eligible());
    assertThat(a.taxDue().toFen()).as("tax due: %s", c).isEqualTo(expected.taxDue());
    assertThat(a.standardTax().toFen()).as("standard tax: %s", c).isEqualTo(expected.standardTax());
    assertThat(a.bands()).extracting(b -> b.grantedBy().id()).as("granters: %s", c)
        .isEqualTo(expected.granters());
    assertThat(a.bands().stream().map(TaxBand::tax).reduce(Cny.ZERO, Cny::plus)).isEqualTo(a.taxDue());
  }

  @Test
  void theBuiltInLawOfEveryYearAndPlace() {
    qt().withExamples(examples(3000)).forAll(SmallLowProfitTaxPropertiesTest.cases(), arbitrary().pick(PLACES))
        .checkAssert((c, place) -> agree(FreshLaw.calculator(),
            TaxCase.of(c.year(), place, c.facts())));
  }

  @Test
  void theSplitYearForEveryMonthOfEstablishment() {
    SmallLowProfitTaxCalculator calc = FreshLaw.calculator();
    for (int y = 2014; y <= 2015; y++) {
      for (int m = 1; m <= 12; m++) {
        for (long fen : new long[] {20_000_001L, 25_000_000L, 29_999_999L, 30_000_000L}) {
          EnterpriseFacts f = EnterpriseFacts.builder().taxableIncome(Cny.ofFen(fen))
              .restrictedOrProhibitedIndustry(false).assertQualifyingSize().established(LocalDate.of(y, m, 15))
              .build();
          agree(calc, TaxCase.of(2015, Jurisdiction.CHINA, f));
        }
      }
    }
  }

  /** A relief of the built-in catalogue with a band, application and share drawn at random. */
  record Change(Provision relief, IncomeBand band, Application application, Share inclusion) {
    Catalogue catalogue() {
      SmallLowProfitRelief r = (SmallLowProfitRelief) relief.terms();
      return Catalogue.builtIn().withReplaced(relief.modifiedTerms(
          new SmallLowProfitRelief(band, application, inclusion, r.rate()), Text.of("测试", "test")));
    }
  }

  private static final Gen<Long> EDGE_FEN = arbitrary().pick(List.of(0L, 3_000_000L, 10_000_000L, 30_000_000L,
      100_000_000L, 300_000_000L)).mix(longs().between(-1_000_000L, 400_000_000L), 40);

  private static Gen<IncomeBand> bands() {
    return EDGE_FEN.zip(EDGE_FEN, integers().between(0, 5), (a, b, shape) -> {
      Cny low = Cny.ofFen(Math.min(a, b));
      Cny high = Cny.ofFen(Math.max(Math.max(a, b), Math.min(a, b) + 1));
      return switch (shape) {
        case 0 -> IncomeBand.upTo(high);
        case 1 -> new IncomeBand(low, true, high, true);
        case 2 -> new IncomeBand(low, true, high, false);
        case 3 -> new IncomeBand(low, false, high, false);
        default -> IncomeBand.aboveUpTo(low, high);
      };
    });
  }

  private static Gen<Change> changes() {
    List<Provision> reliefs = new ArrayList<>(Catalogue.builtIn().withTerms(SmallLowProfitRelief.class));
    Gen<Share> inclusions = arbitrary().pick(List.of(Share.percent(5), Share.percent("12.5"), Share.percent(25),
        Share.percent(50), Share.ofFraction(1, 3), Share.ONE));
    return arbitrary().pick(reliefs).zip(bands(), arbitrary().enumValues(Application.class), inclusions,
        Change::new);
  }

  @Test
  void whatIfCataloguesWithBandsOfEveryShape() {
    Gen<EnterpriseFacts> facts = EDGE_FEN.zip(longs().between(-2, 2), Long::sum)
        .zip(SmallLowProfitTaxPropertiesTest.enterprises(), (income, builder) -> builder
            .taxableIncome(Cny.ofFen(income)).established(LocalDate.of(2008, 5, 1)).build());
    qt().withExamples(examples(600)).forAll(changes(), integers().between(0, 3), facts, arbitrary().pick(PLACES))
        .checkAssert((change, offset, enterprise, place) -> {
          Year year = Year.of(change.relief().validity().earliestStart().getYear() + offset);
          agree(SmallLowProfitTaxCalculator.of(change.catalogue()), TaxCase.of(year, place, enterprise));
        });
  }

  @Test
  void theOracleCanFail() {
    // A wrong amount is seen: the oracle is not the calculator in disguise.
    TaxCase c = TaxCase.of(2022, Jurisdiction.CHINA, EnterpriseFacts.builder().taxableIncome(Cny.ofYuan(2_000_000))
        .restrictedOrProhibitedIndustry(false).assertQualifyingSize().build());
    assertThat(ReferenceTax.assess(Catalogue.builtIn(), c).taxDue()).isEqualTo(Cny.ofYuan(75_000).toFen());
    Catalogue halved = Catalogue.builtIn().withModified("CN-ANN-2022-13", SmallLowProfitRelief.class,
        r -> r.withInclusion(Share.percent("12.5")), Text.of("测试", "test"));
    assertThat(ReferenceTax.assess(halved, c).taxDue()).isEqualTo(Cny.ofYuan(50_000).toFen());
    assertThat(SmallLowProfitTaxCalculator.of(halved).assess(c).taxDue()).isEqualTo(Cny.ofYuan(50_000));
  }
}
