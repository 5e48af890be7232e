package org.zhongchuang.policy.benefits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhongchuang.policy.Answer.NO;
import static org.zhongchuang.policy.Answer.UNCERTAIN;
import static org.zhongchuang.policy.Answer.YES;
import static org.zhongchuang.policy.benefits.BenefitsFinderTest.JIAXING;
import static org.zhongchuang.policy.benefits.BenefitsFinderTest.JILIN;
import static org.zhongchuang.policy.benefits.BenefitsFinderTest.finder;
import static org.zhongchuang.policy.benefits.BenefitsFinderTest.item;
import static org.zhongchuang.policy.benefits.BenefitsFinderTest.profile;
import static org.zhongchuang.policy.benefits.BenefitsFinderTest.y;

import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.catalogue.Audience;
import org.zhongchuang.policy.catalogue.AwardLevel;
import org.zhongchuang.policy.catalogue.InstitutionKind;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.RecognitionLevel;
import org.zhongchuang.policy.catalogue.UnitKind;
import org.zhongchuang.policy.eit.AnnualReturnCase;
import org.zhongchuang.policy.grants.MatchingCase;
import org.zhongchuang.policy.incubator.IncubatorCase;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.tax.EnterpriseFacts;
import org.zhongchuang.policy.tax.Industry;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.transfer.TransferCase;
import org.zhongchuang.policy.transfer.TransferMode;

/** The branches of each group: facts given outside the profile's own groups, uncertain totals, floors set aside. */
class BenefitsEdgesTest {

  private static TransferCase.Builder transfer(Jurisdiction place, LocalDate day) {
    return TransferCase.builder().jurisdiction(place).date(day).mode(TransferMode.TRANSFER_OR_LICENCE)
        .amount(y("1000000.00"));
  }

  @Test
  void factsGivenBringTheirGroupToAnyProfile() {
    // A research unit that gives its annual return is answered on income tax; without it, not.
    AnnualReturnCase eit = AnnualReturnCase.builder().taxYear(2023).jurisdiction(JIAXING).totalProfit(y("100.00"))
        .enterprise(EnterpriseFacts.builder().restrictedOrProhibitedIndustry(false).industry(Industry.OTHER)
            .employees(10).totalAssets(y("1000.00"))).build();
    assertThat(finder().find(profile(Audience.RESEARCH_UNIT, JIAXING, 2023).build()).total(Group.INCOME_TAX))
        .isEmpty();
    BenefitsReport unit = finder().find(profile(Audience.RESEARCH_UNIT, JIAXING, 2023).annualReturn(eit).build());
    // 100 × 25% × 20% = 5 due; 25 with none.
    assertThat(unit.total(Group.INCOME_TAX).orElseThrow().total()).contains(y("20.00"));
    // An enterprise that gives an incubator's taxes, a transfer, or awards.
    IncubatorCase inc = IncubatorCase.builder().year(2020).jurisdiction(JIAXING)
        .institution(InstitutionKind.INCUBATOR, RecognitionLevel.NATIONAL).recognised(LocalDate.of(2010, 1, 1))
        .meetsConditions(true).propertyTax(y("10.00")).build();
    assertThat(finder().find(profile(Audience.ENTERPRISE, JIAXING, 2020).incubator(inc).build())
        .total(Group.INCUBATOR_TAXES).orElseThrow().total()).contains(y("10.00"));
    BenefitsReport owner = finder().find(profile(Audience.ENTERPRISE, JILIN, 2019)
        .transfer(transfer(JILIN, LocalDate.of(2019, 6, 1)).unit(UnitKind.ENTERPRISE).build()).build());
    assertThat(owner.transfer()).isPresent();
    assertThat(item(owner, "N-2015-1").worthIfUncertain()).contains(y("500000.00"));
    MatchingCase awards = MatchingCase.builder().makerSpace(JIAXING)
        .award(AwardLevel.NATIONAL, y("300000"), LocalDate.of(2019, 6, 30), "科技部").build();
    BenefitsReport researcher = finder().find(profile(Audience.RESEARCHER, JIAXING, 2019).awards(awards).build());
    assertThat(item(researcher, "JX-2015-90/5.2").worth()).contains(y("300000.00"));
    assertThat(researcher.total(Group.GRANTS).orElseThrow().basis().render(Language.EN)).isEqualTo(
        "the matching of each award adds up; start-up support is decided case by case and not counted");
  }

  @Test
  void aTransferWhoseStatutoryStandardMayNotBind() {
    // An enterprise that does not say whether it has its own rule: the statute's 50% binds only if it has none.
    BenefitsReport r = finder().find(profile(Audience.RESEARCH_UNIT, JILIN, 2019)
        .transfer(transfer(JILIN, LocalDate.of(2019, 6, 1)).unit(UnitKind.ENTERPRISE)
            .proposedReward(y("400000.00")).build()).build());
    Entitlement statute = item(r, "N-2015-1");
    assertThat(statute.applies()).isEqualTo(UNCERTAIN);
    assertThat(statute.worth()).isEmpty();
    assertThat(statute.worthIfUncertain()).contains(y("500000.00"));
    assertThat(statute.why().render(Language.EN)).isEqualTo("the statute's standard of 50% of the income: it binds"
        + " only if the unit has no rule or agreement of its own, which the profile does not say; the reward"
        + " proposed, 400,000.00, falls short of it by 100,000.00");
    assertThat(r.render(Language.EN)).contains("[uncertain] at least 50% of net transfer or licence income as reward:"
        + " 500,000.00 (the least reward) if the uncertain point goes your way\n");
    // The cash-reward rule of 财税〔2018〕58号 reaches non-profit units, not enterprises.
    Entitlement wage = item(r, "T-2018");
    assertThat(wage.applies()).isEqualTo(NO);
    assertThat(wage.why().render(Language.EN)).isEqualTo("it does not reach units of this kind");
  }

  @Test
  void localFloorsSetAsideAndOnesThatMayHaveEnded() {
    // A university that is not provincially owned: the zone's 90% reaches provincial units only.
    BenefitsReport university = finder().find(profile(Audience.RESEARCHER, Jurisdiction.LANBAI, 2019)
        .transfer(transfer(Jurisdiction.LANBAI, LocalDate.of(2019, 6, 1)).unit(UnitKind.UNIVERSITY, true, false)
            .build()).build());
    assertThat(item(university, "GS-2015/2.10").applies()).isEqualTo(NO);
    assertThat(item(university, "GS-2015/2.10").why().render(Language.EN)).isEqualTo("this local floor does not set"
        + " the level: it reaches other units only");
    assertThat(item(university, "GS-2015/2.3").worth()).contains(y("500000.00"));
    // A provincial institute in the Lanbai zone: the zone's 90% is chosen; Gansu's 50% is set aside.
    BenefitsReport lanbai = finder().find(profile(Audience.RESEARCHER, Jurisdiction.LANBAI, 2019)
        .transfer(transfer(Jurisdiction.LANBAI, LocalDate.of(2019, 6, 1))
            .unit(UnitKind.RESEARCH_INSTITUTE, true, true).build()).build());
    assertThat(item(lanbai, "GS-2015/2.10").worth()).contains(y("900000.00"));
    Entitlement gansu = item(lanbai, "GS-2015/2.3");
    assertThat(gansu.applies()).isEqualTo(NO);
    assertThat(gansu.why().render(Language.EN)).isEqualTo("this local floor does not set the level: a more specific"
        + " or higher floor of the place is chosen instead");
    // Jiaxing's 70% for provincial units in 2021, when 90号 may have ended: uncertain, worth only if still in force.
    BenefitsReport jiaxing = finder().find(profile(Audience.RESEARCHER, JIAXING, 2021)
        .transfer(transfer(JIAXING, LocalDate.of(2021, 6, 1)).unit(UnitKind.UNIVERSITY, true, true)
            .proposedReward(y("750000.00")).build()).build());
    Entitlement floor = item(jiaxing, "JX-2015-90/4.4-reward");
    assertThat(floor.applies()).isEqualTo(UNCERTAIN);
    assertThat(floor.worth()).isEmpty();
    assertThat(floor.worthIfUncertain()).contains(y("700000.00"));
    assertThat(floor.why().render(Language.EN)).isEqualTo("the local policy level of 70% of the income, which may or"
        + " may not be in force on the day; the reward proposed, 750,000.00, reaches it");
    // Leave to found a company, in force in Jiaxing: a question for the researcher, not the transfer.
    assertThat(item(jiaxing, "JX-2015-90/4.4-leave").applies()).isEqualTo(UNCERTAIN);
    assertThat(item(jiaxing, "JX-2015-90/4.4-leave").why().render(Language.EN)).startsWith("applies to a researcher"
        + " who leaves to found or join a start-up");
  }

  @Test
  void theHardMinimumOfAUnitTheStateDidNotSetUp() {
    BenefitsReport r = finder().find(profile(Audience.RESEARCH_UNIT, JILIN, 2019)
        .transfer(transfer(JILIN, LocalDate.of(2019, 6, 1)).unit(UnitKind.UNIVERSITY, false, false)
            .ownRuleOrAgreement(false).build()).build());
    Entitlement hard = item(r, "N-2015-HARD");
    assertThat(hard.applies()).isEqualTo(UNCERTAIN);
    assertThat(hard.askWhom()).contains(hard.provisions().get(0).citation().document().issuer());
    assertThat(hard.why().render(Language.EN)).startsWith("the clause promises paragraph 1's standards are a hard"
        + " minimum");
  }

  @Test
  void aRouteThatChangesNothingOrThatNoProvisionReached() {
    // 2010, high-tech, all taxable income from a technology transfer above 5,000,000: the part taxed at half is taxed
    // apart at half of 25% (国税函〔2010〕157号), so the high-tech rate gives the same tax.
    AnnualReturnCase c = AnnualReturnCase.builder().taxYear(2010).jurisdiction(Jurisdiction.CHINA)
        .totalProfit(y("5012168")).transfer(y("5570528"), y("557052")).highTech(true)
        .enterprise(EnterpriseFacts.builder().restrictedOrProhibitedIndustry(false).industry(Industry.OTHER)
            .employees(66).totalAssets(y("0"))).build();
    BenefitsReport r = finder().find(profile(Audience.ENTERPRISE, Jurisdiction.CHINA, 2010).annualReturn(c).build());
    org.zhongchuang.policy.eit.AnnualReturnAssessment a = r.annualReturn().orElseThrow();
    assertThat(a.taxAsHighTech()).contains(a.taxDue());
    Entitlement highTech = item(r, "high-tech");
    assertThat(highTech.applies()).isEqualTo(NO);
    assertThat(highTech.worth()).isEmpty();
    assertThat(highTech.why().render(Language.EN)).isEqualTo("the high-tech rate would give the same tax, "
        + a.taxDue().render(Language.EN) + ": it changes nothing here");
    // 2008: the same figures leave the small low-profit rate nothing to tax; no provision grants it: not listed as a
    // preference, its clauses answered one by one.
    AnnualReturnCase y2008 = AnnualReturnCase.builder().taxYear(2008).jurisdiction(Jurisdiction.CHINA)
        .totalProfit(y("5012168.56")).transfer(y("5570528.56"), y("557052.85"))
        .enterprise(EnterpriseFacts.builder().restrictedOrProhibitedIndustry(false).industry(Industry.OTHER)
            .employees(66).totalAssets(y("0"))).build();
    BenefitsReport r2008 = finder().find(profile(Audience.ENTERPRISE, Jurisdiction.CHINA, 2008).annualReturn(y2008)
        .build());
    assertThat(r2008.annualReturn().orElseThrow().benefits()).anySatisfy(b -> assertThat(b.provisions()).isEmpty());
    assertThat(r2008.entitlements()).extracting(Entitlement::item).doesNotContain("small-low-profit")
        .contains("transfer-income", "CN-EIT-28-1");
  }

  @Test
  void anUncertainAnnualReturnSaysSoInItsTotal() {
    // 2022: amortisation of the fourth quarter is read two ways (PROVISIONS.md §15).
    AnnualReturnCase c = AnnualReturnCase.builder().taxYear(2022).jurisdiction(JILIN).totalProfit(y("1000万"))
        .researchAmortised(Year.of(2022), y("10万")).researchAmortisedFourthQuarter(y("2.5万"))
        .enterprise(EnterpriseFacts.builder().restrictedOrProhibitedIndustry(false).industry(Industry.OTHER)
            .employees(500).totalAssets(y("1亿"))).build();
    GroupTotal t = finder().find(profile(Audience.ENTERPRISE, JILIN, 2022).annualReturn(c).build())
        .total(Group.INCOME_TAX).orElseThrow();
    assertThat(t.basis().render(Language.EN)).endsWith("the tax due depends on 1 uncertain points (see policy eit)");
  }

  @Test
  void anIncubatorWhoseMonthsOrConditionsAreUncertain() {
    // A provincial incubator recognised 2020-03-05: exempt from April (财税〔2018〕120号's timing, applied); the
    // conditions not given leave VAT uncertain.
    IncubatorCase inc = IncubatorCase.builder().year(2020).jurisdiction(JIAXING)
        .institution(InstitutionKind.INCUBATOR, RecognitionLevel.PROVINCIAL).recognised(LocalDate.of(2020, 3, 5))
        .propertyTaxByMonth(y("100"), y("100"), y("100"), y("100"), y("100"), y("100"), y("100"), y("100"),
            y("100"), y("100"), y("100"), y("100")).vatByMonth(y("100"), y("100"), y("100"), y("100"), y("100"),
            y("100"), y("100"), y("100"), y("100"), y("100"), y("100"), y("100")).build();
    BenefitsReport r = finder().find(profile(Audience.MAKER_SPACE, JIAXING, 2020).incubator(inc).build());
    assertThat(item(r, "property-tax").worth()).contains(y("900.00"));
    assertThat(item(r, "CN-CS-2018-120/timing").applies()).isEqualTo(YES);
    assertThat(item(r, "CN-CS-2018-120/timing").why().render(Language.EN)).isEqualTo(
        "the computation applies it; its effect is in the figures above");
    Entitlement vat = item(r, "vat");
    GroupTotal total = r.total(Group.INCUBATOR_TAXES).orElseThrow();
    // VAT: January to March not exempt, April to December uncertain: 0 exempt, 900 uncertain.
    assertThat(vat.applies()).isEqualTo(UNCERTAIN);
    assertThat(vat.worth()).contains(y("0.00"));
    assertThat(vat.worthIfUncertain()).contains(y("900.00"));
    assertThat(total.total()).contains(y("900.00"));
    assertThat(total.ifUncertain()).contains(y("900.00"));
    assertThat(r.render(Language.EN)).contains("[uncertain] VAT: 0.00 (tax exempted), 900.00 more if the uncertain"
        + " point goes your way\n").contains("  total: 900.00, and 900.00 more if the uncertain points go your way"
        + " — the taxes given 2,400.00: exempt 900.00, uncertain 900.00, due 600.00;");
    // The incubator's own warnings (the conditions not given) are the report's.
    assertThat(r.warnings()).isNotEmpty().containsExactlyElementsOf(r.incubator().orElseThrow().warnings());
    assertThat(r.render(Language.EN)).contains("\nWarnings of the computations:\n ! "
        + r.warnings().get(0).render(Language.EN) + "\n");
    // An institution no wave covers: a municipal incubator in 2020 — each tax is answered no, worth nothing.
    IncubatorCase municipal = IncubatorCase.builder().year(2020).jurisdiction(JIAXING)
        .institution(InstitutionKind.INCUBATOR, RecognitionLevel.MUNICIPAL).propertyTax(y("10")).build();
    BenefitsReport none = finder().find(profile(Audience.MAKER_SPACE, JIAXING, 2020).incubator(municipal).build());
    assertThat(item(none, "property-tax").applies()).isEqualTo(NO);
    assertThat(item(none, "property-tax").worth()).contains(y("0.00"));
    assertThat(none.total(Group.INCUBATOR_TAXES).orElseThrow().total()).contains(y("0.00"));
  }

  @Test
  void awardsNotMatchedOrMatchedOnlyIfTheRuleIsStillInForce() {
    // A municipal award is not matched (national and provincial only).
    MatchingCase municipal = MatchingCase.builder().makerSpace(JIAXING)
        .award(AwardLevel.MUNICIPAL, y("100000"), LocalDate.of(2019, 6, 30), "嘉兴市科学技术局").build();
    Entitlement no = item(finder().find(profile(Audience.MAKER_SPACE, JIAXING, 2019).awards(municipal).build()),
        "JX-2015-90/5.2");
    assertThat(no.applies()).isEqualTo(NO);
    assertThat(no.worth()).contains(y("0.00"));
    assertThat(no.worthIfUncertain()).isEmpty();
    // In 2021 90号 may have ended: the matching is uncertain.
    MatchingCase late = MatchingCase.builder().makerSpace(JIAXING)
        .award(AwardLevel.NATIONAL, y("100000"), LocalDate.of(2021, 6, 30), "科技部").build();
    BenefitsReport r = finder().find(profile(Audience.MAKER_SPACE, JIAXING, 2021).awards(late).build());
    Entitlement maybe = item(r, "JX-2015-90/5.2");
    assertThat(maybe.applies()).isEqualTo(UNCERTAIN);
    assertThat(maybe.worth()).contains(y("0.00"));
    assertThat(maybe.worthIfUncertain()).contains(y("100000.00"));
    assertThat(r.total(Group.GRANTS).orElseThrow().ifUncertain()).contains(y("100000.00"));
  }

  @Test
  void aSecondMatchingRuleThatIsNotChosen() {
    // What if Zhejiang matched awards too: Jiaxing's own rule is chosen, the province's is not used.
    Provision jiaxing = BenefitsFinderTest.LAW.byId("JX-2015-90/5.2");
    org.zhongchuang.policy.catalogue.Catalogue whatIf = BenefitsFinderTest.LAW.withAdded(
        org.zhongchuang.policy.catalogue.ImmutableProvision.copyOf(jiaxing).withId("ZJ-TEST/matching")
            .withJurisdiction(Jurisdiction.ZHEJIANG));
    MatchingCase awards = MatchingCase.builder().makerSpace(JIAXING)
        .award(AwardLevel.NATIONAL, y("100000"), LocalDate.of(2019, 6, 30), "科技部").build();
    BenefitsReport r = BenefitsFinder.of(whatIf).find(profile(Audience.MAKER_SPACE, JIAXING, 2019).awards(awards)
        .build());
    assertThat(item(r, "JX-2015-90/5.2").worth()).contains(y("100000.00"));
    Entitlement other = item(r, "ZJ-TEST/matching");
    assertThat(other.applies()).isEqualTo(NO);
    assertThat(other.why().render(Language.EN)).startsWith("the computation does not use it (its scope: ");
    // Without awards both are uncertain.
    BenefitsReport without = BenefitsFinder.of(whatIf).find(profile(Audience.MAKER_SPACE, JIAXING, 2019).build());
    assertThat(item(without, "ZJ-TEST/matching").applies()).isEqualTo(UNCERTAIN);
  }

  @Test
  void warningsOfEveryComputationUsedInOrderAndNoneWithoutFacts() {
    // A year past the last known provision: the annual return applies the law alone and warns.
    AnnualReturnCase late = AnnualReturnCase.builder().taxYear(2030).jurisdiction(JILIN).totalProfit(y("100万"))
        .enterprise(EnterpriseFacts.builder().restrictedOrProhibitedIndustry(false).industry(Industry.OTHER)
            .employees(10).totalAssets(y("100万"))).build();
    MatchingCase awards = MatchingCase.builder().makerSpace(JILIN)
        .award(AwardLevel.NATIONAL, y("1"), LocalDate.of(2030, 6, 30), "科技部").build();
    BenefitsReport r = finder().find(profile(Audience.ENTERPRISE, JILIN, 2030).annualReturn(late).awards(awards)
        .build());
    java.util.List<org.zhongchuang.policy.explain.Step> expected = new java.util.ArrayList<>(
        r.annualReturn().orElseThrow().warnings());
    r.matching().orElseThrow().warnings().stream().filter(w -> !expected.contains(w)).forEach(expected::add);
    assertThat(expected).isNotEmpty();
    assertThat(r.warnings()).containsExactlyElementsOf(expected);
    assertThat(finder().find(profile(Audience.ENTERPRISE, JILIN, 2030).build()).warnings()).isEmpty();
    assertThat(finder().find(profile(Audience.ENTERPRISE, JILIN, 2030).build()).render(Language.EN))
        .doesNotContain("Warnings");
  }

  @Test
  void reportsDifferWhenTheirAnswersDo() {
    BenefitsReport a = finder().find(profile(Audience.MAKER_SPACE, JIAXING, 2020).build());
    BenefitsReport b = finder().find(profile(Audience.MAKER_SPACE, JIAXING, 2019).build());
    assertThat(a).isNotEqualTo(b).isNotEqualTo("a report");
    assertThat(a.hashCode()).isNotEqualTo(b.hashCode());
    assertThat(a.entitlements()).extracting(Entitlement::group).isSorted();
    assertThat(a.provisions()).extracting(Provision::id).doesNotHaveDuplicates();
    // An answer without a worth shows none (no stray mark).
    assertThat(a.render(Language.EN)).contains("[uncertain] awards at national, provincial level matched at 100%\n");
  }
}
