package org.zhongchuang.policy.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.law.Applicability.Status;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.text.Text;

class CatalogueTest {
  private static final Catalogue CATALOGUE = Catalogue.builtIn();

  static Stream<Provision> provisions() {
    return CATALOGUE.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("provisions")
  void eachProvisionIsInForceOnItsFirstDayAndNotTheDayBefore(Provision p) {
    p.validity().firstDay().ifPresent(first -> {
      assertThat(statusOn(p.id(), first.minusDays(1))).isEqualTo(Status.NOT_IN_FORCE);
      assertThat(statusOn(p.id(), first)).isEqualTo(Status.IN_FORCE);
    });
    p.validity().lastDay().ifPresent(last -> {
      assertThat(statusOn(p.id(), last)).isEqualTo(Status.IN_FORCE);
      assertThat(statusOn(p.id(), last.plusDays(1))).isEqualTo(Status.NOT_IN_FORCE);
    });
  }

  private static Status statusOn(String id, LocalDate day) {
    Status viaCatalogue = CATALOGUE.statusOn(day).stream().filter(s -> s.provision().id().equals(id)).findFirst()
        .orElseThrow().applicability().status();
    boolean listedInForce = CATALOGUE.inForceOn(day).stream().anyMatch(s -> s.provision().id().equals(id));
    assertThat(listedInForce).isEqualTo(viaCatalogue != Status.NOT_IN_FORCE);
    return viaCatalogue;
  }

  @Test
  void holdsEveryProvisionOfTheSpecification() {
    assertThat(CATALOGUE.all()).extracting(Provision::id).contains(
        "CN-EIT-4", "CN-EIT-28-1", "CN-EIT-REG-92", "CN-CS-2009-133", "CN-CS-2011-4", "CN-CS-2011-117", "CN-CS-2014-34",
        "CN-CS-2015-34", "CN-CS-2015-99", "CN-SAT-2015-61", "CN-CS-2017-43", "CN-CS-2018-77", "CN-CS-2019-13-1",
        "CN-CS-2019-13-2", "CN-ANN-2021-12", "CN-ANN-2022-13", "CN-ANN-2023-6", "CN-ANN-2023-12",
        "JL-2015-31/2.6", "JX-2015-90/5.4-tax", "N-1996", "N-2015-1", "N-2015-2", "N-2015-3", "JL-2015-31/2.2",
        "GS-2015/2.3", "GS-2015/2.10", "JX-2015-90/4.4-reward", "JX-2015-90/5.1", "JX-2015-90/5.2",
        "JX-2015-90/4.4-leave", "JX-2015-90/6.2", "GS-2015/2.2-rd", "GS-2015/2.2-hte", "CN-EIT-REG-95",
        "CN-GBF-2015-9/2.2", "JL-2015-31/2.5", "LN-2015-94/2.8", "JX-2015-90/5.4-cost", "GS-2015/2.2-cost",
        "GS-2015/1.2");
    assertThat(CATALOGUE.withTerms(Target.class)).hasSize(4 + 7 + 1);
    assertThat(CATALOGUE.withTerms(NoFormula.class)).allMatch(p -> !p.terms().hasFormula());
    assertThat(CATALOGUE.documents()).extracting(d -> d.id())
        .contains("CN-GBF-2015-9", "JL-2015-31", "LN-2015-94", "JX-2015-90", "GS-2015");
  }

  @Test
  void everySeedDocumentIsCited() {
    for (String seed : List.of("CN-GBF-2015-9", "JL-2015-31", "LN-2015-94", "JX-2015-90", "GS-2015")) {
      assertThat(CATALOGUE.all()).anyMatch(p -> p.citation().document().id().equals(seed));
    }
  }

  @Test
  void gansusUnknownDateMakesItsProvisionsUncertainInsideTheWindow() {
    LocalDate inside = LocalDate.of(2015, 6, 1);
    ProvisionStatus gs = CATALOGUE.statusOn(inside).stream()
        .filter(s -> s.provision().id().equals("GS-2015/2.3")).findFirst().orElseThrow();
    assertThat(gs.applicability().status()).isEqualTo(Status.UNCERTAIN);
    assertThat(gs.applicability().reason().render(Language.EN)).contains("2015-03-02").contains("upper bound inferred");
    assertThat(CATALOGUE.inForceOn(inside)).contains(gs);
    assertThat(statusOn("GS-2015/2.10", LocalDate.of(2015, 3, 1))).isEqualTo(Status.NOT_IN_FORCE);
    assertThat(statusOn("GS-2015/2.10", LocalDate.of(2015, 3, 2))).isEqualTo(Status.UNCERTAIN);
    assertThat(statusOn("GS-2015/2.10", LocalDate.of(2015, 12, 30))).isEqualTo(Status.UNCERTAIN);
    // Issued no later than 2015-12-31: on that day it is in force whatever the true date.
    assertThat(statusOn("GS-2015/2.10", LocalDate.of(2015, 12, 31))).isEqualTo(Status.IN_FORCE);
    assertThat(statusOn("GS-2015/2.10", LocalDate.of(2016, 1, 1))).isEqualTo(Status.IN_FORCE);
  }

  @Test
  void jiaxingsRepealOfUnknownDateMakesItsProvisionsUncertainIn2021() {
    assertThat(statusOn("JX-2015-90/5.2", LocalDate.of(2020, 12, 31))).isEqualTo(Status.IN_FORCE);
    assertThat(statusOn("JX-2015-90/5.2", LocalDate.of(2021, 1, 1))).isEqualTo(Status.UNCERTAIN);
    assertThat(statusOn("JX-2015-90/5.2", LocalDate.of(2021, 12, 30))).isEqualTo(Status.UNCERTAIN);
    assertThat(statusOn("JX-2015-90/5.2", LocalDate.of(2021, 12, 31))).isEqualTo(Status.NOT_IN_FORCE);
    assertThat(CATALOGUE.byId("JX-2015-90/5.2").statusOn(LocalDate.of(2021, 6, 1)).reason().render(Language.ZH)).contains("嘉政发〔2021〕34号");
  }

  @Test
  void taxYearQueries() {
    List<String> in2016 = CATALOGUE.inForceDuring(Year.of(2016)).stream().map(s -> s.provision().id()).toList();
    assertThat(in2016).contains("CN-CS-2014-34", "CN-CS-2015-34", "CN-CS-2015-99", "CN-EIT-REG-92")
        .doesNotContain("CN-CS-2011-117", "CN-CS-2017-43", "CN-CS-2019-13-1");
    List<String> in2017 = CATALOGUE.inForceDuring(Year.of(2017)).stream().map(s -> s.provision().id()).toList();
    // 财税〔2015〕34号 ended 2016-12-31; 99号 may have ended then too (PROVISIONS.md §0 items 2 and 3).
    assertThat(in2017).contains("CN-CS-2017-43", "CN-CS-2015-99").doesNotContain("CN-CS-2015-34");
    assertThat(CATALOGUE.byId("CN-CS-2015-99").statusDuring(Year.of(2017)).isUncertain()).isTrue();
    List<String> in2018 = CATALOGUE.inForceDuring(Year.of(2018)).stream().map(s -> s.provision().id()).toList();
    // 财税〔2018〕77号 第三条 abolished 财税〔2017〕43号 from 2018-01-01 (§0 item 1).
    assertThat(in2018).contains("CN-CS-2018-77").doesNotContain("CN-CS-2017-43", "CN-CS-2015-99");
    List<String> in2019 = CATALOGUE.inForceDuring(Year.of(2019)).stream().map(s -> s.provision().id()).toList();
    assertThat(in2019).doesNotContain("CN-CS-2018-77").contains("CN-CS-2019-13-1", "CN-CS-2019-13-2");
    List<String> in2028 = CATALOGUE.inForceDuring(Year.of(2028)).stream().map(s -> s.provision().id()).toList();
    assertThat(in2028).doesNotContain("CN-ANN-2023-12").contains("CN-EIT-28-1", "CN-EIT-REG-92");
  }

  @Test
  void applicableInAJurisdictionMeansItsOwnAndItsAncestors() {
    List<Jurisdiction> jiaxing = CATALOGUE.applicableIn(Jurisdiction.JIAXING).stream()
        .map(Provision::jurisdiction).distinct().toList();
    assertThat(jiaxing).containsExactlyInAnyOrder(Jurisdiction.CHINA, Jurisdiction.JIAXING);
    List<Jurisdiction> lanbai = CATALOGUE.applicableIn(Jurisdiction.LANBAI).stream()
        .map(Provision::jurisdiction).distinct().toList();
    assertThat(lanbai).containsExactlyInAnyOrder(Jurisdiction.CHINA, Jurisdiction.GANSU, Jurisdiction.LANBAI);
    assertThat(CATALOGUE.applicableIn(Jurisdiction.GANSU)).noneMatch(p -> p.jurisdiction().equals(Jurisdiction.LANBAI));
    assertThat(CATALOGUE.applicableIn(Jurisdiction.LIAONING)).anyMatch(p -> p.id().equals("LN-2015-94/2.8"))
        .noneMatch(p -> p.terms() instanceof RewardFloor && p.jurisdiction().equals(Jurisdiction.LIAONING));
  }

  @Test
  void derivedCataloguesLeaveTheOriginalAloneAndMarkTheChange() {
    Provision original = CATALOGUE.byId("CN-EIT-REG-92");
    SmallLowProfitCriteria criteria = (SmallLowProfitCriteria) original.terms();
    Provision changed = original.modifiedTerms(criteria.withIncomeCeiling(Cny.ofYuan(500_000)),
        Text.of("上限改为50万元", "ceiling set to 500,000"));
    Catalogue whatIf = CATALOGUE.withReplaced(changed);
    assertThat(((SmallLowProfitCriteria) whatIf.byId("CN-EIT-REG-92").terms()).incomeCeiling())
        .isEqualTo(Cny.ofYuan(500_000));
    assertThat(whatIf.byId("CN-EIT-REG-92").isModified()).isTrue();
    assertThat(CATALOGUE.byId("CN-EIT-REG-92").isModified()).isFalse();
    assertThat(whatIf.size()).isEqualTo(CATALOGUE.size());
    assertThat(whatIf.all().indexOf(whatIf.byId("CN-EIT-REG-92"))).isEqualTo(CATALOGUE.all().indexOf(original));
    // An unmarked replacement is marked for the caller.
    assertThat(CATALOGUE.withReplaced(ImmutableProvision.copyOf(original)).byId("CN-EIT-REG-92").modification())
        .isPresent();
    assertThatThrownBy(() -> CATALOGUE.withReplaced(ImmutableProvision.copyOf(original).withId("nope")))
        .isInstanceOf(UnknownProvisionException.class);
    assertThatThrownBy(() -> CATALOGUE.withAdded(original)).isInstanceOf(IllegalArgumentException.class);
    Catalogue added = CATALOGUE.withAdded(ImmutableProvision.copyOf(original).withId("MY-RULE"));
    assertThat(added.size()).isEqualTo(CATALOGUE.size() + 1);
    assertThat(added.find("MY-RULE")).isPresent();
    assertThat(CATALOGUE.find("MY-RULE")).isEmpty();
  }

  @Test
  void unknownIdsAreErrorsThatSaySo() {
    assertThatThrownBy(() -> CATALOGUE.byId("JX-2099-1")).isInstanceOf(UnknownProvisionException.class)
        .hasMessageContaining("JX-2099-1");
  }

  @Test
  void noFormulaClausesRefuseAmountQueries() {
    Provision rent = CATALOGUE.byId("LN-2015-94/2.8");
    assertThat(new NoFormulaException(rent)).hasMessageContaining("LN-2015-94/2.8").hasMessageContaining("no amount");
  }

  @Test
  void catalogueIsAValue() {
    assertThat(Catalogue.of(CATALOGUE.all())).isEqualTo(CATALOGUE).hasSameHashCodeAs(CATALOGUE);
    assertThatThrownBy(() -> Catalogue.of(List.of(CATALOGUE.all().get(0), CATALOGUE.all().get(0))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
