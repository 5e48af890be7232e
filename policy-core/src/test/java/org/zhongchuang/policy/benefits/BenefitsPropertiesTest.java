package org.zhongchuang.policy.benefits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.zhongchuang.policy.Answer;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.catalogue.Audience;
import org.zhongchuang.policy.eit.AnnualReturnAssessment;
import org.zhongchuang.policy.eit.AnnualReturnCase;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.tax.EnterpriseFacts;
import org.zhongchuang.policy.tax.Industry;

/** Invariants of "what am I owed?" over generated enterprises, every year of the annual return and four places. */
class BenefitsPropertiesTest {
  private static final List<Jurisdiction> PLACES = List.of(Jurisdiction.CHINA, Jurisdiction.JIAXING,
      Jurisdiction.JILIN, Jurisdiction.LANBAI);

  private static Gen<AnnualReturnCase> cases() {
    Gen<Long> fen = longs().between(0, 600_000_000L);
    return integers().between(2008, 2027).zip(integers().between(0, PLACES.size() - 1), fen, fen, fen,
        (year, place, profit, research, transfer) -> {
          Jurisdiction where = PLACES.get(place);
          AnnualReturnCase.Builder b = AnnualReturnCase.builder().taxYear(year).jurisdiction(where)
              .totalProfit(Cny.ofFen(profit)).researchExpensed(Cny.ofFen(research / 4))
              .highTech(transfer % 3 == 0).technologySme(transfer % 5 == 0).manufacturing(transfer % 7 == 0)
              .enterprise(EnterpriseFacts.builder().restrictedOrProhibitedIndustry(false).industry(Industry.OTHER)
                  .employees(10 + (int) (profit % 400)).totalAssets(Cny.ofFen(research * 10)));
          if (transfer % 2 == 0) {
            b.transfer(Cny.ofFen(transfer), Cny.ofFen(transfer / 10));
          }
          return b.build();
        });
  }

  @Test
  void preferencesAreWorthNothingNegativeAndNoneMoreThanAllOfThem() {
    BenefitsFinder finder = BenefitsFinder.of(BenefitsFinderTest.LAW);
    int[] answered = {0};
    qt().withExamples(300).forAll(cases()).checkAssert(c -> {
      BenefitsReport r;
      try {
        r = finder.find(Profile.builder().audience(Audience.ENTERPRISE).jurisdiction(c.jurisdiction())
            .taxYear(c.taxYear()).annualReturn(c).build());
      } catch (PolicyInputException e) {
        return; // a combination the annual return refuses (e.g. 2015 without the months of operation)
      }
      AnnualReturnAssessment a = r.annualReturn().orElseThrow();
      Cny total = r.total(Group.INCOME_TAX).orElseThrow().total().orElseThrow();
      assertThat(total).isEqualTo(a.totalBenefit());
      assertThat(total.isNegative()).isFalse();
      for (Entitlement e : r.entitlements(Group.INCOME_TAX)) {
        if (e.worth().isPresent()) {
          assertThat(e.applies()).isEqualTo(Answer.YES);
          assertThat(e.worthKind()).contains(WorthKind.TAX_SAVED);
          assertThat(e.worth().get()).isBetween(Cny.ZERO, total);
        }
      }
      assertThat(r.provisions().size() + r.elsewhere() + r.otherTimes() + r.addressedToOthers())
          .isEqualTo(BenefitsFinderTest.LAW.size());
      assertThat(r.entitlements()).allSatisfy(e -> assertThat(e.provisions()).isNotEmpty());
      answered[0]++;
    });
    assertThat(answered[0]).as("profiles answered, not refused").isGreaterThan(200);
  }
}
