package org.zhongchuang.policy.incubator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.localDates;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.zhongchuang.policy.Answer;
import org.zhongchuang.policy.catalogue.Institution;
import org.zhongchuang.policy.catalogue.InstitutionKind;
import org.zhongchuang.policy.catalogue.RecognitionLevel;
import org.zhongchuang.policy.catalogue.TaxType;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.text.Language;

/**
 * Invariants over every year from 2000 to 2035, every kind and level, recognition and loss dates, conditions, places
 * and monthly amounts: the parts add up to the tax given exactly and none is negative; each month agrees with a
 * hand-written reading of the specification; an institution outside every wave gets nothing; a yearly amount splits
 * as its months would.
 */
class IncubatorPropertiesTest {
  private static final IncubatorExemptionCalculator CALC = IncubatorExemptionCalculator.builtIn();
  private static final TaxType[] FOUR = {TaxType.PROPERTY_TAX, TaxType.URBAN_LAND_USE_TAX, TaxType.BUSINESS_TAX,
      TaxType.VAT};

  /** The case and, per tax, twelve monthly amounts in fen (zero for business tax where it is not levied). */
  record Input(IncubatorCase c, long[][] months) {
    @Override
    public String toString() {
      return c.toString();
    }
  }

  private static Gen<Input> inputs(Gen<Institution> institutions) {
    Gen<Integer> years = integers().between(2000, 2035);
    Gen<LocalDate> recognised = localDates().withDaysBetween(LocalDate.of(1998, 1, 1).toEpochDay(),
        LocalDate.of(2036, 12, 31).toEpochDay());
    Gen<Integer> lostAfter = integers().between(-1, 4000);
    Gen<Answer> conditions = Generate.enumValues(Answer.class);
    Gen<Jurisdiction> places = Generate.pick(List.of(Jurisdiction.CHINA, Jurisdiction.JIAXING, Jurisdiction.GANSU,
        Jurisdiction.LANBAI));
    Gen<long[]> amounts = longs().between(0, 2_000_000_000L).map(seed -> {
      long[] out = new long[48];
      long x = seed;
      for (int i = 0; i < 48; i++) {
        x = x * 6364136223846793005L + 1442695040888963407L;
        out[i] = (x >>> 20) % (seed % 7 == 0 ? 2 : 50_000_000L);
      }
      return out;
    });
    return years.zip(institutions, recognised, lostAfter, (y, i, r, l) -> new Object[] {y, i, r, l})
        .zip(conditions, places, amounts, (o, cond, place, fen) -> {
          int year = (Integer) o[0];
          IncubatorCase.Builder b = IncubatorCase.builder().year(year).jurisdiction(place)
              .institution((Institution) o[1]).recognised((LocalDate) o[2]);
          if ((Integer) o[3] >= 0) {
            b.statusLost(((LocalDate) o[2]).plusDays((Integer) o[3]));
          }
          if (cond != Answer.UNCERTAIN) {
            b.meetsConditions(cond == Answer.YES);
          }
          long[][] months = new long[4][12];
          for (int t = 0; t < 4; t++) {
            Cny[] given = new Cny[12];
            for (int m = 0; m < 12; m++) {
              boolean levied = FOUR[t] != TaxType.BUSINESS_TAX || YearMonth.of(year, m + 1)
                  .isBefore(YearMonth.of(2016, 5));
              months[t][m] = levied ? fen[t * 12 + m] : 0;
              given[m] = Cny.ofFen(months[t][m]);
            }
            b.tax(TaxAmount.byMonth(FOUR[t], List.of(given)));
          }
          return new Input(b.build(), months);
        });
  }

  private static Gen<Institution> anyInstitution() {
    return Generate.enumValues(InstitutionKind.class).zip(Generate.enumValues(RecognitionLevel.class),
        Institution::of);
  }

  /** Kinds and levels no wave names, certainly or uncertainly (PROVISIONS.md §12). */
  private static Gen<Institution> outsideEveryWave() {
    return Generate.pick(List.of(
        Institution.of(InstitutionKind.INCUBATOR, RecognitionLevel.MUNICIPAL),
        Institution.of(InstitutionKind.UNIVERSITY_SCIENCE_PARK, RecognitionLevel.MUNICIPAL),
        Institution.of(InstitutionKind.MAKER_SPACE, RecognitionLevel.PROVINCIAL),
        Institution.of(InstitutionKind.MAKER_SPACE, RecognitionLevel.MUNICIPAL),
        Institution.of(InstitutionKind.MAKER_SPACE_IN_INCUBATOR, RecognitionLevel.PROVINCIAL),
        Institution.of(InstitutionKind.MAKER_SPACE_IN_INCUBATOR, RecognitionLevel.MUNICIPAL)));
  }

  @Test
  void thePartsAddUpToTheTaxGivenAndNoneIsNegative() {
    qt().forAll(inputs(anyInstitution())).checkAssert(in -> {
      IncubatorAssessment a = CALC.assess(in.c());
      assertThat(a.taxes()).hasSize(4);
      for (TaxExemption line : a.taxes()) {
        assertThat(line.exempt().plus(line.uncertain()).plus(line.due())).isEqualTo(line.given().total());
        assertThat(line.exempt().isNegative() || line.uncertain().isNegative() || line.due().isNegative()).isFalse();
        assertThat(line.dueAtLeast()).isLessThanOrEqualTo(line.dueAtMost());
      }
      assertThat(a.totalExempt().plus(a.totalUncertain()).plus(a.totalDue())).isEqualTo(a.totalGiven());
    });
  }

  @Test
  void everyMonthAgreesWithTheHandWrittenReadingOfTheSpecification() {
    qt().forAll(inputs(anyInstitution())).checkAssert(in -> {
      IncubatorCase c = in.c();
      IncubatorAssessment a = CALC.assess(c);
      for (int t = 0; t < 4; t++) {
        String letters = Months.letters(a, FOUR[t]);
        long[] sums = new long[3];
        for (int m = 0; m < 12; m++) {
          char expected = ReferenceExemption.month(c.institution(), FOUR[t], YearMonth.of(c.year().getValue(),
              m + 1), c.recognised().orElseThrow(), c.statusLost().orElse(null), c.meetsConditions());
          assertThat(letters.charAt(m)).as("%s %s month %s", c, FOUR[t], m + 1)
              .isEqualTo(expected == '-' ? 'N' : expected);
          sums[expected == 'Y' ? 0 : expected == '?' ? 1 : 2] += in.months()[t][m];
        }
        TaxExemption line = a.tax(FOUR[t]).orElseThrow();
        assertThat(line.exempt().toFen()).isEqualTo(sums[0]);
        assertThat(line.uncertain().toFen()).isEqualTo(sums[1]);
        assertThat(line.due().toFen()).isEqualTo(sums[2]);
        Answer answer = letters.contains("Y") ? Answer.YES : letters.contains("?") ? Answer.UNCERTAIN : Answer.NO;
        assertThat(line.answer()).isEqualTo(answer).isEqualTo(a.exempt(FOUR[t]));
      }
    });
  }

  @Test
  void anInstitutionOutsideEveryWaveGetsNothing() {
    qt().forAll(inputs(outsideEveryWave())).checkAssert(in -> {
      IncubatorAssessment a = CALC.assess(in.c());
      assertThat(a.exempt()).isEqualTo(Answer.NO);
      assertThat(a.totalExempt()).isEqualTo(Cny.ZERO);
      assertThat(a.totalUncertain()).isEqualTo(Cny.ZERO);
      assertThat(a.totalDue()).isEqualTo(a.totalGiven());
      // It needs no recognition date: no provision could cover it.
      IncubatorCase c = in.c();
      assertThat(CALC.assess(IncubatorCase.builder().year(c.year()).jurisdiction(c.jurisdiction())
          .institution(c.institution()).build()).exempt()).isEqualTo(Answer.NO);
    });
  }

  @Test
  void aYearlyAmountSplitsAsItsMonthsWouldWhereTheYearIsTreatedAlike() {
    qt().forAll(inputs(anyInstitution())).checkAssert(in -> {
      IncubatorAssessment monthly = CALC.assess(in.c());
      IncubatorCase.Builder yearly = IncubatorCase.builder().year(in.c().year())
          .jurisdiction(in.c().jurisdiction()).institution(in.c().institution())
          .recognised(in.c().recognised().orElseThrow());
      in.c().statusLost().ifPresent(yearly::statusLost);
      if (in.c().meetsConditions() != Answer.UNCERTAIN) {
        yearly.meetsConditions(in.c().meetsConditions() == Answer.YES);
      }
      List<TaxType> alike = new ArrayList<>();
      for (TaxType tax : FOUR) {
        if (monthly.coverage(tax).stream().filter(p -> !p.reasons().contains(CoverageReason.NOT_LEVIED))
            .map(CoveragePeriod::exempt).distinct().count() <= 1) {
          yearly.tax(TaxAmount.forYear(tax, monthly.tax(tax).orElseThrow().given().total()));
          alike.add(tax);
        }
      }
      IncubatorAssessment a = CALC.assess(yearly.build());
      for (TaxType tax : alike) {
        TaxExemption y = a.tax(tax).orElseThrow();
        TaxExemption m = monthly.tax(tax).orElseThrow();
        assertThat(List.of(y.exempt(), y.uncertain(), y.due())).isEqualTo(List.of(m.exempt(), m.uncertain(),
            m.due()));
      }
    });
  }

  @Test
  void theExplanationGivesTheSameNumbersInChineseAndEnglish() {
    qt().withExamples(200).forAll(inputs(anyInstitution())).checkAssert(in -> {
      IncubatorAssessment a = CALC.assess(in.c());
      for (var step : a.explanation().steps()) {
        assertThat(numbers(step.description(Language.ZH) + " " + step.formula(Language.ZH)))
            .as("%s", step.kind()).isEqualTo(numbers(step.description(Language.EN) + " "
                + step.formula(Language.EN)));
      }
    });
  }

  private static List<String> numbers(String text) {
    List<String> out = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d[\\d,.]*\\d|\\d").matcher(text);
    while (m.find()) {
      out.add(m.group().replace(",", ""));
    }
    out.sort(null);
    return out;
  }
}
