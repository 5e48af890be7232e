package org.zhongchuang.policy.benefits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.zhongchuang.policy.Answer.NO;
import static org.zhongchuang.policy.Answer.UNCERTAIN;
import static org.zhongchuang.policy.Answer.YES;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.Answer;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.catalogue.Audience;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.InstitutionKind;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.catalogue.RecognitionLevel;
import org.zhongchuang.policy.catalogue.UnitKind;
import org.zhongchuang.policy.eit.AnnualReturnCase;
import org.zhongchuang.policy.catalogue.AwardLevel;
import org.zhongchuang.policy.grants.MatchingCase;
import org.zhongchuang.policy.incubator.IncubatorCase;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.tax.EnterpriseFacts;
import org.zhongchuang.policy.tax.Industry;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.transfer.TransferCase;
import org.zhongchuang.policy.transfer.TransferMode;

/** "What am I owed?": hand-computed cases for each group, the edges of time and place, and refused profiles. */
class BenefitsFinderTest {
  /** Equal to the built-in catalogue but not it, so the calculators compile their law in these tests. */
  static final Catalogue LAW = Catalogue.of(Catalogue.builtIn().all());
  static final Jurisdiction JIAXING = Jurisdiction.JIAXING;
  static final Jurisdiction JILIN = Jurisdiction.JILIN;

  static BenefitsFinder finder() {
    return BenefitsFinder.of(LAW);
  }

  static Cny y(String amount) {
    return Cny.parse(amount);
  }

  static Entitlement item(BenefitsReport r, String item) {
    return r.entitlements().stream().filter(e -> e.item().equals(item)).findFirst().orElseThrow(
        () -> new AssertionError("no " + item + " in " + r.entitlements().stream().map(Entitlement::item).toList()));
  }

  static Profile.Builder profile(Audience audience, Jurisdiction place, int year) {
    return Profile.builder().audience(audience).jurisdiction(place).taxYear(year);
  }

  /** Jiaxing 2023: the README's enterprise. */
  static AnnualReturnCase enterprise2023() {
    return AnnualReturnCase.builder().taxYear(2023).jurisdiction(JIAXING).totalProfit(y("2800000.00"))
        .researchExpensed(y("600000.00")).transfer(y("1500000.00"), y("300000.00"))
        .priorLoss(Year.of(2021), y("200000.00"))
        .enterprise(EnterpriseFacts.builder().restrictedOrProhibitedIndustry(false).industry(Industry.OTHER)
            .employees(120).totalAssets(y("30000000.00"))).build();
  }

  @Test
  void anEnterpriseWithItsAnnualReturn() {
    BenefitsReport r = finder().find(profile(Audience.ENTERPRISE, JIAXING, 2023).annualReturn(enterprise2023())
        .build());
    // Taxable: 2,800,000 − 600,000 (research, 100%) − 1,200,000 (transfer income, under 5,000,000) − 200,000 (loss)
    // = 800,000; small low-profit 2023: 800,000 × 25% × 20% = 40,000.
    assertThat(r.annualReturn().orElseThrow().taxDue()).isEqualTo(y("40000.00"));
    Entitlement research = item(r, "research-deduction");
    // Without it: 1,400,000 × 25% × 20% = 70,000 → worth 30,000.
    assertThat(research.applies()).isEqualTo(YES);
    assertThat(research.worth()).contains(y("30000.00"));
    assertThat(research.worthKind()).contains(WorthKind.TAX_SAVED);
    assertThat(research.provisions()).extracting(Provision::id).containsExactly("CN-ANN-2023-7-1");
    assertThat(research.group()).isEqualTo(Group.INCOME_TAX);
    assertThat(research.why().render(Language.EN)).isEqualTo(
        "without the research super-deduction the tax would be 70,000.00 instead of 40,000.00");
    // Without the transfer relief: 2,000,000 × 25% × 20% = 100,000 → 60,000.
    assertThat(item(r, "transfer-income").worth()).contains(y("60000.00"));
    // Without the small low-profit relief: 800,000 × 25% = 200,000 → 160,000.
    Entitlement slpe = item(r, "small-low-profit");
    assertThat(slpe.worth()).contains(y("160000.00"));
    assertThat(slpe.provisions()).extracting(Provision::id).containsExactly("CN-ANN-2023-12");
    // With none: (2,800,000 − 200,000) × 25% = 650,000 → 610,000 in all; the parts (250,000) do not add up to it.
    GroupTotal total = r.total(Group.INCOME_TAX).orElseThrow();
    assertThat(total.total()).contains(y("610000.00"));
    assertThat(total.ifUncertain()).isEmpty();
    assertThat(total.basis().render(Language.EN)).startsWith("tax with no preference at all 650,000.00 less tax due"
        + " 40,000.00; the preferences above need not add up");
    // Applied without a worth of its own; not used; prepayment only.
    assertThat(item(r, "CN-EIT-4").applies()).isEqualTo(YES);
    assertThat(item(r, "CN-EIT-4").why().render(Language.EN)).isEqualTo(
        "the computation applies it; its effect is in the figures above");
    assertThat(item(r, "CN-ANN-2023-12-C").applies()).isEqualTo(YES);
    assertThat(item(r, "CN-EIT-28-2").applies()).isEqualTo(NO);
    assertThat(item(r, "CN-EIT-28-2").why().render(Language.ZH)).startsWith("计算中未用到（适用范围：");
    assertThat(item(r, "CN-EIT-28-2").worth()).isEmpty();
    assertThat(item(r, "CN-SAT-2023-6-4").applies()).isEqualTo(UNCERTAIN);
    // The State Council's subsidy clause: no formula, whom to ask.
    Entitlement subsidy = item(r, "CN-GBF-2015-9/2.2");
    assertThat(subsidy.group()).isEqualTo(Group.SUBSIDIES);
    assertThat(subsidy.applies()).isEqualTo(UNCERTAIN);
    assertThat(subsidy.askWhom()).contains("国务院办公厅");
    assertThat(subsidy.worth()).isEmpty();
    assertThat(r.total(Group.SUBSIDIES).orElseThrow().total()).isEmpty();
    // Jiaxing's own provisions of 2015–2020 are not in force in 2023; the targets address the government.
    assertThat(r.provisions()).extracting(Provision::id).doesNotContain("JX-2015-90/5.1", "JX-2015-90/2.1");
    assertThat(r.totals()).extracting(GroupTotal::group).containsExactly(Group.INCOME_TAX, Group.SUBSIDIES);
    assertThat(r.applying()).extracting(Entitlement::item).contains("research-deduction", "CN-EIT-4")
        .doesNotContain("CN-EIT-28-2");
  }

  @Test
  void everyProvisionIsAnsweredOrLeftOutForOneReason() {
    for (Audience a : List.of(Audience.ENTERPRISE, Audience.MAKER_SPACE, Audience.RESEARCH_UNIT,
        Audience.RESEARCHER)) {
      for (int year : new int[] {2008, 2015, 2016, 2021, 2023, 2027}) {
        BenefitsReport r = finder().find(profile(a, JIAXING, year).build());
        assertThat(r.provisions().size() + r.elsewhere() + r.otherTimes() + r.addressedToOthers())
            .as("%s %s", a, year).isEqualTo(LAW.size());
        assertThat(r.entitlements()).allSatisfy(e -> assertThat(e.worth()).isEmpty());
      }
    }
  }

  @Test
  void withoutFiguresTheIncomeTaxIsUncertainAndSaysWhichFactsDecide() {
    BenefitsReport r = finder().find(profile(Audience.ENTERPRISE, JIAXING, 2019).build());
    assertThat(r.entitlements(Group.INCOME_TAX)).isNotEmpty().allSatisfy(e -> {
      assertThat(e.applies()).isEqualTo(UNCERTAIN);
      assertThat(e.worth()).isEmpty();
    });
    assertThat(item(r, "CN-CS-2019-13-1").why().render(Language.EN)).startsWith(
        "depends on the enterprise's figures for the year");
    assertThat(item(r, "CN-SAT-2019-2-3").why().render(Language.EN)).startsWith("governs the quarterly prepayments");
    assertThat(r.total(Group.INCOME_TAX).orElseThrow().total()).isEmpty();
    // Jiaxing's start-up support: decided case by case, at least 500,000 if granted; never in a total.
    Entitlement floor = item(r, "JX-2015-90/5.1");
    assertThat(floor.applies()).isEqualTo(UNCERTAIN);
    assertThat(floor.worth()).isEmpty();
    assertThat(floor.worthIfUncertain()).contains(y("500000.00"));
    assertThat(floor.worthKind()).contains(WorthKind.AT_LEAST_IF_GRANTED);
    assertThat(r.total(Group.GRANTS).orElseThrow().total()).isEmpty();
    assertThat(r.render(Language.EN)).contains("[uncertain] start-up support (decided case by case): at least"
        + " 500,000.00: 500,000.00 (at least, if granted)\n");
    // A maker space's own clauses are not an enterprise's.
    assertThat(r.provisions()).extracting(Provision::id).doesNotContain("JX-2015-90/5.2-merit", "JX-2015-90/5.2")
        .contains("JX-2015-90/5.3", "JX-2015-90/5.4-cost");
  }

  @Test
  void theSmallLowProfitAndHighTechRoutesAreNeverStacked() {
    // 2019, taxable 2,000,000, 50 employees: small low-profit 1,000,000 × 25% × 20% + 1,000,000 × 50% × 20% = 150,000;
    // high-tech 2,000,000 × 15% = 300,000: the small low-profit route is taken, the high-tech one is not.
    AnnualReturnCase c = AnnualReturnCase.builder().taxYear(2019).jurisdiction(JILIN).totalProfit(y("2000000.00"))
        .highTech(true).enterprise(EnterpriseFacts.builder().restrictedOrProhibitedIndustry(false)
            .industry(Industry.OTHER).employees(50).totalAssets(y("5000000.00"))).build();
    BenefitsReport r = finder().find(profile(Audience.ENTERPRISE, JILIN, 2019).annualReturn(c).build());
    assertThat(item(r, "small-low-profit").applies()).isEqualTo(YES);
    // Without the small low-profit relief alone, the high-tech route would give 300,000: worth 150,000.
    assertThat(item(r, "small-low-profit").worth()).contains(y("150000.00"));
    Entitlement highTech = item(r, "high-tech");
    assertThat(highTech.applies()).isEqualTo(NO);
    assertThat(highTech.worth()).isEmpty();
    assertThat(highTech.worthKind()).isEmpty();
    assertThat(highTech.why().render(Language.EN)).isEqualTo("the high-tech rate is not taken: it would give tax of"
        + " 300,000.00, more than the 150,000.00 of the route taken (the two are never combined)");
    // 2,000,000 × 25% = 500,000 with none.
    assertThat(r.total(Group.INCOME_TAX).orElseThrow().total()).contains(y("350000.00"));
  }

  @Test
  void theHighTechRouteTakenWhenItIsLower() {
    // 2019, taxable 4,000,000 (above 3,000,000: not small low-profit): high-tech 600,000 instead of 1,000,000.
    AnnualReturnCase c = AnnualReturnCase.builder().taxYear(2019).jurisdiction(JILIN).totalProfit(y("4000000.00"))
        .highTech(true).enterprise(EnterpriseFacts.builder().restrictedOrProhibitedIndustry(false)
            .industry(Industry.OTHER).employees(400).totalAssets(y("90000000.00"))).build();
    BenefitsReport r = finder().find(profile(Audience.ENTERPRISE, JILIN, 2019).annualReturn(c).build());
    assertThat(item(r, "high-tech").applies()).isEqualTo(YES);
    assertThat(item(r, "high-tech").worth()).contains(y("400000.00"));
    assertThat(item(r, "high-tech").provisions()).extracting(Provision::id).containsExactly("CN-EIT-28-2");
  }

  @Test
  void aMakerSpaceWithItsTaxesAndAwards() {
    IncubatorCase inc = IncubatorCase.builder().year(2020).jurisdiction(JIAXING)
        .institution(InstitutionKind.MAKER_SPACE, RecognitionLevel.NATIONAL).recognised(LocalDate.of(2017, 5, 10))
        .meetsConditions(true).propertyTax(y("80000.00")).landUseTax(y("12000.00")).vat(y("45000.00")).build();
    MatchingCase awards = MatchingCase.builder().makerSpace(JIAXING)
        .award(AwardLevel.NATIONAL, y("300000"), LocalDate.of(2020, 6, 30), "科技部")
        .award(AwardLevel.PROVINCIAL, y("100000"), LocalDate.of(2020, 6, 30), "浙江省科学技术厅").build();
    BenefitsReport r = finder().find(profile(Audience.MAKER_SPACE, JIAXING, 2020).incubator(inc).awards(awards)
        .build());
    Entitlement property = item(r, "property-tax");
    assertThat(property.applies()).isEqualTo(YES);
    assertThat(property.worth()).contains(y("80000.00"));
    assertThat(property.worthIfUncertain()).isEmpty();
    assertThat(property.worthKind()).contains(WorthKind.TAX_EXEMPTED);
    assertThat(property.provisions()).extracting(Provision::id).containsExactly("CN-CS-2018-120/premises");
    assertThat(item(r, "vat").worth()).contains(y("45000.00"));
    assertThat(item(r, "vat").provisions()).extracting(Provision::id).containsExactly("CN-CS-2018-120/vat");
    // 80,000 + 12,000 + 45,000: distinct taxes add up.
    assertThat(r.total(Group.INCUBATOR_TAXES).orElseThrow().total()).contains(y("137000.00"));
    assertThat(r.total(Group.INCUBATOR_TAXES).orElseThrow().ifUncertain()).isEmpty();
    // Recognised in 2017, before the wave: the wave's timing rule decides no month of 2020.
    assertThat(item(r, "CN-CS-2018-120/timing").applies()).isEqualTo(NO);
    assertThat(item(r, "CN-CS-2018-120/timing").why().render(Language.EN)).startsWith(
        "the computation does not use it (its scope: ");
    // Jiaxing's clause refers to the national exemptions: it applies, with nothing of its own.
    assertThat(item(r, "JX-2015-90/5.4-incubator").applies()).isEqualTo(YES);
    assertThat(item(r, "JX-2015-90/5.4-incubator").worth()).isEmpty();
    // 1:1 matching: 300,000 + 100,000.
    Entitlement matched = item(r, "JX-2015-90/5.2");
    assertThat(matched.applies()).isEqualTo(YES);
    assertThat(matched.worth()).contains(y("400000.00"));
    assertThat(matched.worthKind()).contains(WorthKind.MATCHED);
    assertThat(r.total(Group.GRANTS).orElseThrow().total()).contains(y("400000.00"));
    assertThat(item(r, "JX-2015-90/5.2-merit").askWhom()).contains("嘉兴市人民政府办公室");
    assertThat(r.entitlements()).extracting(Entitlement::item).doesNotHaveDuplicates();
    assertThat(r.matching()).isPresent();
    assertThat(r.incubator()).isPresent();
    assertThat(r.transfer()).isEmpty();
    assertThat(r.annualReturn()).isEmpty();
  }

  @Test
  void aMakerSpaceWithoutFacts() {
    BenefitsReport r = finder().find(profile(Audience.MAKER_SPACE, JIAXING, 2020).build());
    assertThat(item(r, "CN-CS-2018-120/premises").applies()).isEqualTo(UNCERTAIN);
    assertThat(item(r, "CN-CS-2018-120/premises").why().render(Language.EN)).startsWith(
        "depends on the institution's kind");
    assertThat(item(r, "JX-2015-90/5.2").applies()).isEqualTo(UNCERTAIN);
    assertThat(item(r, "JX-2015-90/5.2").why().render(Language.EN)).startsWith("depends on the provincial or national"
        + " awards");
    assertThat(r.total(Group.INCUBATOR_TAXES).orElseThrow().total()).isEmpty();
    assertThat(r.total(Group.GRANTS).orElseThrow().total()).isEmpty();
    // The start-up floor addresses enterprises, not maker spaces (without awards given).
    assertThat(r.provisions()).extracting(Provision::id).doesNotContain("JX-2015-90/5.1");
  }

  @Test
  void aResearcherPaidForALicence() {
    TransferCase t = TransferCase.builder().jurisdiction(JILIN).date(LocalDate.of(2019, 6, 1))
        .unit(UnitKind.UNIVERSITY, true, false).mode(TransferMode.TRANSFER_OR_LICENCE).amount(y("1000000.00"))
        .build();
    BenefitsReport r = finder().find(profile(Audience.RESEARCHER, JILIN, 2019).transfer(t).build());
    // The statute: 50% of 1,000,000; Jilin's policy level: 70%.
    Entitlement statute = item(r, "N-2015-1");
    assertThat(statute.applies()).isEqualTo(YES);
    assertThat(statute.worth()).contains(y("500000.00"));
    assertThat(statute.worthKind()).contains(WorthKind.MINIMUM_REWARD);
    Entitlement jilin = item(r, "JL-2015-31/2.2");
    assertThat(jilin.applies()).isEqualTo(YES);
    assertThat(jilin.worth()).contains(y("700000.00"));
    // Jilin's 70% allows and does not bind: a policy level, not the least reward.
    assertThat(jilin.worthKind()).contains(WorthKind.POLICY_LEVEL);
    assertThat(jilin.why().render(Language.EN)).isEqualTo("the local policy level of 70% of the income (permitted,"
        + " not required)");
    assertThat(item(r, "T-2018").applies()).isEqualTo(YES);
    assertThat(item(r, "N-2015-2").applies()).isEqualTo(NO);
    // The hard minimum has no formula of its own; the computation applies it to this state-established university.
    assertThat(item(r, "N-2015-HARD").group()).isEqualTo(Group.REWARDS);
    assertThat(r.total(Group.REWARDS).orElseThrow().total()).isEmpty();
    assertThat(r.total(Group.REWARDS).orElseThrow().basis().render(Language.EN)).isEqualTo(
        "the floors do not add up: the reward must reach the highest of them that binds");
    // An enterprise is not asked about rewards unless it gives a transfer.
    assertThat(finder().find(profile(Audience.ENTERPRISE, JILIN, 2019).build()).provisions())
        .extracting(Provision::id).doesNotContain("N-2015-1", "N-2015-HARD", "T-2018");
  }

  @Test
  void aProposedRewardAgainstEachFloor() {
    TransferCase.Builder t = TransferCase.builder().jurisdiction(JILIN).date(LocalDate.of(2019, 6, 1))
        .unit(UnitKind.UNIVERSITY, true, false).mode(TransferMode.TRANSFER_OR_LICENCE).amount(y("1000000.00"));
    // 600,000 reaches the statute's 500,000 and falls 100,000 short of Jilin's 700,000.
    BenefitsReport r = finder().find(profile(Audience.RESEARCH_UNIT, JILIN, 2019)
        .transfer(t.proposedReward(y("600000.00")).build()).build());
    assertThat(item(r, "N-2015-1").why().render(Language.EN)).isEqualTo("the statute's standard of 50% of the"
        + " income: it binds this unit; the reward proposed, 600,000.00, reaches it");
    assertThat(item(r, "JL-2015-31/2.2").why().render(Language.ZH)).isEqualTo("地方政策标准为收入的70%（允许而非要求）"
        + "；拟发奖励600,000.00，比其少100,000.00");
    // One fen below the statute's 500,000.00 falls short by one fen; at it, it reaches it.
    assertThat(item(finder().find(profile(Audience.RESEARCH_UNIT, JILIN, 2019)
        .transfer(t.proposedReward(y("499999.99")).build()).build()), "N-2015-1").why().render(Language.EN))
        .endsWith("the reward proposed, 499,999.99, falls short of it by 0.01");
    assertThat(item(finder().find(profile(Audience.RESEARCH_UNIT, JILIN, 2019)
        .transfer(t.proposedReward(y("500000.00")).build()).build()), "N-2015-1").why().render(Language.EN))
        .endsWith("the reward proposed, 500,000.00, reaches it");
    // A what-if in which Jilin's floor binds every unit: then it is the least reward.
    Catalogue binding = LAW.withModified("JL-2015-31/2.2", org.zhongchuang.policy.catalogue.RewardFloor.class,
        f -> f.withForce(org.zhongchuang.policy.catalogue.RewardFloor.Force.MANDATORY),
        org.zhongchuang.policy.text.Text.of("假设为强制", "as if mandatory"));
    Entitlement mandatory = item(BenefitsFinder.of(binding).find(profile(Audience.RESEARCHER, JILIN, 2019)
        .transfer(t.build()).build()), "JL-2015-31/2.2");
    assertThat(mandatory.worthKind()).contains(WorthKind.MINIMUM_REWARD);
    assertThat(mandatory.worth()).contains(y("700000.00"));
  }

  @Test
  void aResearchUnitWithoutATransfer() {
    BenefitsReport r = finder().find(profile(Audience.RESEARCH_UNIT, JIAXING, 2019).build());
    assertThat(item(r, "N-2015-1").applies()).isEqualTo(UNCERTAIN);
    assertThat(item(r, "N-2015-1").why().render(Language.EN)).startsWith("depends on a results-transfer");
    assertThat(item(r, "JX-2015-90/4.4-leave").applies()).isEqualTo(UNCERTAIN);
    assertThat(item(r, "JX-2015-90/4.4-leave").why().render(Language.EN)).startsWith("applies to a researcher who"
        + " leaves");
    Entitlement hard = item(r, "N-2015-HARD");
    assertThat(hard.applies()).isEqualTo(UNCERTAIN);
    assertThat(hard.askWhom()).contains(hard.provisions().get(0).citation().document().issuer());
  }

  @Test
  void aProvisionThatMayHaveEndedIsUncertainNeverYes() {
    // Jiaxing's 90号 ends on a day between 2020-12-31 and 2021-12-30: its referral is yes in 2020, uncertain in 2021,
    // and left out in 2022.
    assertThat(item(finder().find(profile(Audience.MAKER_SPACE, JIAXING, 2020).build()),
        "JX-2015-90/5.4-incubator").applies()).isEqualTo(YES);
    BenefitsReport y2021 = finder().find(profile(Audience.MAKER_SPACE, JIAXING, 2021).build());
    Entitlement referral = item(y2021, "JX-2015-90/5.4-incubator");
    assertThat(referral.applies()).isEqualTo(UNCERTAIN);
    assertThat(referral.why().render(Language.EN)).startsWith("the clause grants nothing of its own: it orders the"
        + " national exemptions applied (answered in this group); and it may not be in force when asked: ");
    assertThat(item(y2021, "JX-2015-90/5.3").why().render(Language.EN)).contains("and it may not be in force");
    assertThat(item(y2021, "JX-2015-90/5.3").applies()).isEqualTo(UNCERTAIN);
    BenefitsReport y2022 = finder().find(profile(Audience.MAKER_SPACE, JIAXING, 2022).build());
    assertThat(y2022.provisions()).extracting(Provision::id).doesNotContain("JX-2015-90/5.4-incubator");
    assertThat(y2022.otherTimes()).isGreaterThan(y2021.otherTimes());
  }

  @Test
  void theDayDecidesAtTheFirstDayInForce() {
    // 嘉政办发〔2015〕90号 is in force from 2015-12-01.
    BenefitsReport before = finder().find(profile(Audience.ENTERPRISE, JIAXING, 2015).day(LocalDate.of(2015, 11, 30))
        .build());
    BenefitsReport first = finder().find(profile(Audience.ENTERPRISE, JIAXING, 2015).day(LocalDate.of(2015, 12, 1))
        .build());
    assertThat(before.provisions()).extracting(Provision::id).doesNotContain("JX-2015-90/5.1");
    assertThat(first.provisions()).extracting(Provision::id).contains("JX-2015-90/5.1");
    assertThat(first.render(Language.EN)).startsWith("What an enterprise in Jiaxing may be owed, tax year 2015, on"
        + " 2015-12-01: ");
    // Income tax is annual: a provision from 2015-10-01 (财税〔2015〕99号) is answered on 2015-06-30 too; the day
    // decides only the provisions that apply on a day.
    BenefitsReport june = finder().find(profile(Audience.ENTERPRISE, JIAXING, 2015).day(LocalDate.of(2015, 6, 30))
        .build());
    assertThat(june.provisions()).extracting(Provision::id).contains("CN-CS-2015-99")
        .doesNotContain("JX-2015-90/5.1");
    // The year alone reaches it.
    assertThat(finder().find(profile(Audience.ENTERPRISE, JIAXING, 2015).build()).provisions())
        .extracting(Provision::id).contains("JX-2015-90/5.1");
  }

  @Test
  void placesOutsideAProvisionDoNotReachIt() {
    // Lanbai's 90% floor reaches the zone only; Gansu's 50% the whole province.
    BenefitsReport gansu = finder().find(profile(Audience.RESEARCHER, Jurisdiction.GANSU, 2019).build());
    assertThat(gansu.provisions()).extracting(Provision::id).contains("GS-2015/2.3").doesNotContain("GS-2015/2.10");
    BenefitsReport lanbai = finder().find(profile(Audience.RESEARCHER, Jurisdiction.LANBAI, 2019).build());
    assertThat(lanbai.provisions()).extracting(Provision::id).contains("GS-2015/2.10", "GS-2015/2.3");
    assertThat(lanbai.elsewhere()).isEqualTo(gansu.elsewhere() - 1);
  }

  @Test
  void theReportInChinese() {
    String zh = finder().find(profile(Audience.ENTERPRISE, JIAXING, 2023).annualReturn(enterprise2023()).build())
        .render(Language.ZH);
    assertThat(zh).startsWith("嘉兴市的企业在2023纳税年度可享受的政策：");
    assertThat(zh).contains("== 企业所得税 ==\n[是] 研发费用加计扣除：30,000.00（节税）\n    理由：不享受研发费用加计扣除时，应纳税额为"
        + "70,000.00，而非40,000.00\n    依据：财政部 税务总局公告2023年第7号 一\n");
    assertThat(zh).contains("  合计：610,000.00——不享受任何优惠的应纳税额650,000.00减去应纳税额40,000.00");
    assertThat(zh).contains("    原文：“有条件的地方政府可对众创空间等新型孵化机构的房租、宽带接入费用和用于创业服务的公共软件、开发工具给予适当财政补贴”\n"
        + "    咨询：发文机关国务院办公厅，或原文所指的机关\n  不合计——各条款均未规定金额：无法相加\n");
    assertThat(zh).contains("面向其他对象的56条（其他类型的主体，以及政府自身的目标和报告）。\n\n计算中的提示：\n ! ");
    assertThat(zh).endsWith("单独取消其一可能几乎不增加税额\n");
    assertThat(zh).doesNotContain("tax", "why:");
  }

  @Test
  void profilesThatCannotBeAnswered() {
    PolicyInputException missing = catchThrowableOfType(() -> Profile.builder().jurisdiction(JIAXING).taxYear(2020)
        .build(), PolicyInputException.class);
    assertThat(missing.message(Language.EN)).startsWith("a profile needs its kind");
    assertThat(catchThrowableOfType(() -> Profile.builder().audience(Audience.ENTERPRISE).taxYear(2020).build(),
        PolicyInputException.class)).isNotNull();
    assertThat(catchThrowableOfType(() -> Profile.builder().audience(Audience.ENTERPRISE).jurisdiction(JIAXING)
        .build(), PolicyInputException.class)).isNotNull();
    PolicyInputException government = catchThrowableOfType(() -> profile(Audience.GOVERNMENT, JIAXING, 2020).build(),
        PolicyInputException.class);
    assertThat(government.message(Language.ZH)).startsWith("政府不是可查询的主体");
    PolicyInputException day = catchThrowableOfType(() -> profile(Audience.ENTERPRISE, JIAXING, 2020)
        .day(LocalDate.of(2021, 1, 1)).build(), PolicyInputException.class);
    assertThat(day.message(Language.EN)).isEqualTo("the day 2021-01-01 is not in the tax year 2020; give a day of that"
        + " year");
    // The last and first day of the year are in it.
    assertThat(profile(Audience.ENTERPRISE, JIAXING, 2020).day(LocalDate.of(2020, 12, 31)).build().day())
        .contains(LocalDate.of(2020, 12, 31));
    assertThat(Profile.builder().audience(Audience.ENTERPRISE).jurisdiction(JIAXING).day(LocalDate.of(2020, 1, 1))
        .build().taxYear()).isEqualTo(Year.of(2020));
    PolicyInputException otherYear = catchThrowableOfType(() -> profile(Audience.ENTERPRISE, JIAXING, 2022)
        .annualReturn(enterprise2023()).build(), PolicyInputException.class);
    assertThat(otherYear.message(Language.EN)).isEqualTo("the annual-return figures are of Jiaxing, 2023, but the"
        + " profile is of Jiaxing, 2022; give facts of the profile's place and year");
    PolicyInputException otherPlace = catchThrowableOfType(() -> profile(Audience.ENTERPRISE, JILIN, 2023)
        .annualReturn(enterprise2023()).build(), PolicyInputException.class);
    assertThat(otherPlace.message(Language.ZH)).isEqualTo("年度申报数据属于嘉兴市、2023年，而主体属于吉林省、2023年；请给出主体所在地和年度的情况");
    TransferCase t = TransferCase.builder().jurisdiction(JILIN).date(LocalDate.of(2019, 6, 1))
        .unit(UnitKind.UNIVERSITY, true, false).mode(TransferMode.TRANSFER_OR_LICENCE).amount(y("1")).build();
    assertThat(catchThrowableOfType(() -> profile(Audience.RESEARCHER, JILIN, 2020).transfer(t).build(),
        PolicyInputException.class).message(Language.EN)).startsWith("the transfer's facts are of Jilin, 2019");
    MatchingCase late = MatchingCase.builder().makerSpace(JIAXING)
        .award(AwardLevel.NATIONAL, y("1"), LocalDate.of(2021, 1, 1), "科技部").build();
    assertThat(catchThrowableOfType(() -> profile(Audience.MAKER_SPACE, JIAXING, 2020).awards(late).build(),
        PolicyInputException.class).message(Language.EN)).startsWith("the awards are of Jiaxing, 2021");
    MatchingCase elsewhere = MatchingCase.builder().makerSpace(JILIN)
        .award(AwardLevel.NATIONAL, y("1"), LocalDate.of(2020, 1, 1), "科技部").build();
    assertThat(catchThrowableOfType(() -> profile(Audience.MAKER_SPACE, JIAXING, 2020).awards(elsewhere).build(),
        PolicyInputException.class).message(Language.EN)).startsWith("the awards are of Jilin, 2020");
    IncubatorCase inc = IncubatorCase.builder().year(2019).jurisdiction(JIAXING)
        .institution(InstitutionKind.INCUBATOR, RecognitionLevel.NATIONAL).build();
    assertThat(catchThrowableOfType(() -> profile(Audience.MAKER_SPACE, JIAXING, 2020).incubator(inc).build(),
        PolicyInputException.class).message(Language.EN)).startsWith("the incubator's facts are of Jiaxing, 2019");
  }

  @Test
  void valuesAndTheirText() {
    Profile a = profile(Audience.MAKER_SPACE, JIAXING, 2020).day(LocalDate.of(2020, 3, 1)).build();
    Profile b = profile(Audience.MAKER_SPACE, JIAXING, 2020).day(LocalDate.of(2020, 3, 1)).build();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(profile(Audience.MAKER_SPACE, JIAXING, 2020).build());
    assertThat(a.toString()).isEqualTo("Profile[maker-space, 330400, 2020, 2020-03-01]");
    BenefitsReport r1 = finder().find(a);
    BenefitsReport r2 = BenefitsFinder.of(LAW).find(b);
    assertThat(r1).isEqualTo(r2).hasSameHashCodeAs(r2);
    assertThat(r1.toString()).isEqualTo("BenefitsReport[" + a + ", " + r1.entitlements().size() + " answers]");
    assertThat(r1.catalogue()).isSameAs(LAW);
    assertThat(finder().catalogue()).isSameAs(LAW);
    assertThat(r1.profile()).isSameAs(a);
    assertThat(r1.citations()).hasSize(r1.provisions().stream().map(Provision::citation).distinct().toList().size());
    assertThat(BenefitsFinder.builtIn().catalogue()).isSameAs(Catalogue.builtIn());
    assertThat(Group.INCOME_TAX.code()).isEqualTo("income-tax");
    assertThat(WorthKind.AT_LEAST_IF_GRANTED.code()).isEqualTo("at-least-if-granted");
    assertThat(Audience.byName("Maker Space")).isEqualTo(Audience.MAKER_SPACE);
    assertThat(Audience.byName("research_unit")).isEqualTo(Audience.RESEARCH_UNIT);
    assertThat(Audience.byName("nobody")).isNull();
    assertThat(Optional.of(Audience.RESEARCHER.code())).contains("researcher");
    assertThat(Answer.values()).hasSize(3);
  }
}
