package org.zhongchuang.policy.catalogue;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.text.Text;

/**
 * The incubator kinds of terms in the catalogue files — exemptions, recognition timing, local referrals — read whole,
 * or refused with the line, the field and what is accepted; and the built-in waves as PROVISIONS.md §12 states them.
 */
class IncubatorTermsFilesTest {
  @TempDir Path dir;

  private static final Catalogue CATALOGUE = Catalogue.builtIn();

  /** A valid document with one exemption, one timing rule and one referral. Lines count from its first line. */
  private static final String DOCUMENT = """
      document:
        id: TEST-INC
        title: 测试文件
        issuer: 测试
        place: 中国
        issued: 2030-01-01
      provisions:
        - id: TEST-INC/1
          clause: 第一条
          quote: 免征房产税
          quote is: specification
          gloss: exempt
          in force: {from: 2030-01-01, to: 2031-12-31}
          who: {zh: 孵化器, en: incubators}
          confidence: confirmed
          terms:
            kind: incubator exemption
            wave: W6
            taxes: [property tax, urban land-use tax]
            institutions: [national incubator, provincial maker space]
            on: {zh: 自用房产, en: premises used}
            conditions: {zh: 条件, en: conditions}
        - id: TEST-INC/2
          clause: 第二条
          quote: 2029年12月31日以前认定的
          quote is: specification
          gloss: timing
          in force: {from: 2030-01-01, to: 2031-12-31}
          who: {zh: 孵化器, en: incubators}
          confidence: confirmed
          terms:
            kind: recognition timing
            wave: W6
            start: month after recognition
            continuing if recognised by: 2029-12-31
            stop: month after loss
        - id: TEST-INC/3
          clause: 第三条
          quote: 按照相关规定享受
          quote is: specification
          gloss: referral
          in force: {from: 2030-01-01, to: open}
          who: {zh: 孵化器, en: incubators}
          confidence: confirmed
          terms:
            kind: tax referral
            taxes: [enterprise income tax]
            institutions: [maker space in municipal incubator]
      """;

  private Path file(String text) throws IOException {
    Path p = dir.resolve("inc.yaml");
    Files.writeString(p, text, UTF_8);
    return p;
  }

  private CatalogueFileException refused(String text) throws IOException {
    Path p = file(text);
    Throwable thrown = catchThrowable(() -> Catalogue.builtIn().with(p));
    assertThat(thrown).isInstanceOf(CatalogueFileException.class);
    return (CatalogueFileException) thrown;
  }

  @Test
  void aValidFileIsReadWhole() throws IOException {
    Catalogue c = Catalogue.builtIn().with(file(DOCUMENT));
    IncubatorExemption e = (IncubatorExemption) c.byId("TEST-INC/1").terms();
    assertThat(e.wave()).isEqualTo("W6");
    assertThat(e.taxes()).containsExactly(TaxType.PROPERTY_TAX, TaxType.URBAN_LAND_USE_TAX);
    assertThat(e.institutions()).containsExactly(Institution.of(InstitutionKind.INCUBATOR, RecognitionLevel.NATIONAL),
        Institution.of(InstitutionKind.MAKER_SPACE, RecognitionLevel.PROVINCIAL));
    assertThat(e.uncertainInstitutions()).isEmpty();
    assertThat(e.whyUncertain()).isEmpty();
    assertThat(e.base()).isEqualTo(Text.of("自用房产", "premises used"));
    assertThat(e.conditions()).contains(Text.of("条件", "conditions"));
    assertThat(e.replacing()).isEmpty();
    RecognitionTiming t = (RecognitionTiming) c.byId("TEST-INC/2").terms();
    assertThat(t).isEqualTo(new RecognitionTiming("W6", Optional.of(LocalDate.of(2029, 12, 31)), true));
    TaxReferral r = (TaxReferral) c.byId("TEST-INC/3").terms();
    assertThat(r.taxes()).containsExactly(TaxType.ENTERPRISE_INCOME_TAX);
    assertThat(r.hasFormula()).isFalse();
    assertThat(e.hasFormula()).isTrue();
    assertThat(r.concerns(Institution.of(InstitutionKind.MAKER_SPACE_IN_INCUBATOR, RecognitionLevel.MUNICIPAL)))
        .isTrue();
    // An incubator sees a clause on the maker spaces it builds, at its own level only.
    assertThat(r.concerns(Institution.of(InstitutionKind.INCUBATOR, RecognitionLevel.MUNICIPAL))).isTrue();
    assertThat(r.concerns(Institution.of(InstitutionKind.INCUBATOR, RecognitionLevel.NATIONAL))).isFalse();
    assertThat(r.concerns(Institution.of(InstitutionKind.MAKER_SPACE, RecognitionLevel.MUNICIPAL))).isFalse();
  }

  @Test
  void aTimingRuleMayOmitTheCutOffAndTheStop() throws IOException {
    Catalogue c = Catalogue.builtIn().with(file(DOCUMENT.replace("      continuing if recognised by: 2029-12-31\n", "")
        .replace("      stop: month after loss\n", "").replace("2029年12月31日以前认定的", "次月起")));
    assertThat(c.byId("TEST-INC/2").terms()).isEqualTo(new RecognitionTiming("W6", Optional.empty(), false));
  }

  @Test
  void anUnknownInstitutionListsTheNamesAccepted() throws IOException {
    CatalogueFileException e = refused(DOCUMENT.replace("provincial maker space]", "county incubator]"));
    assertThat(e.line()).isEqualTo(20);
    assertThat(e.field()).isEqualTo("provisions[TEST-INC/1].terms.institutions");
    assertThat(e.getMessage()).contains("'county incubator' is not known").contains("national incubator")
        .contains("maker space in provincial incubator").contains("municipal university science park");
    assertThat(e.message(Language.ZH)).contains("“county incubator”不可识别");
  }

  @Test
  void anExemptionExemptsOnlyTheFourTaxes() throws IOException {
    CatalogueFileException eit = refused(DOCUMENT.replace("taxes: [property tax, urban land-use tax]",
        "taxes: [enterprise income tax]"));
    assertThat(eit.field()).isEqualTo("provisions[TEST-INC/1].terms.taxes");
    assertThat(eit.getMessage()).contains("'enterprise income tax' is not known")
        .contains("property tax, urban land-use tax, business tax, vat");
    CatalogueFileException none = refused(DOCUMENT.replace("      taxes: [property tax, urban land-use tax]\n", ""));
    assertThat(none.getMessage()).contains("taxes is missing");
    CatalogueFileException unknown = refused(DOCUMENT.replace("taxes: [enterprise income tax]", "taxes: [stamp duty]"));
    assertThat(unknown.field()).isEqualTo("provisions[TEST-INC/3].terms.taxes");
    assertThat(unknown.getMessage()).contains("enterprise income tax");
  }

  @Test
  void anExemptionNamesInstitutions() throws IOException {
    CatalogueFileException e = refused(DOCUMENT.replace(
        "      institutions: [national incubator, provincial maker space]\n", ""));
    assertThat(e.field()).isEqualTo("provisions[TEST-INC/1].terms.institutions");
    assertThat(e.getMessage()).contains("institutions is missing");
    CatalogueFileException referral = refused(DOCUMENT.replace(
        "      institutions: [maker space in municipal incubator]\n", ""));
    assertThat(referral.field()).isEqualTo("provisions[TEST-INC/3].terms.institutions");
  }

  @Test
  void uncertainInstitutionsComeWithTheirReason() throws IOException {
    String uncertain = "      uncertain institutions: [provincial incubator]\n";
    String why = "      why uncertain: {zh: 原文中断, en: the copy is cut off}\n";
    String at = "      on: {zh: 自用房产, en: premises used}\n";
    Catalogue c = Catalogue.builtIn().with(file(DOCUMENT.replace(at, uncertain + why + at)));
    IncubatorExemption e = (IncubatorExemption) c.byId("TEST-INC/1").terms();
    Institution provincial = Institution.of(InstitutionKind.INCUBATOR, RecognitionLevel.PROVINCIAL);
    assertThat(e.mayCover(provincial)).isTrue();
    assertThat(e.covers(provincial)).isFalse();
    assertThat(e.whyUncertain()).contains(Text.of("原文中断", "the copy is cut off"));

    CatalogueFileException noWhy = refused(DOCUMENT.replace(at, uncertain + at));
    assertThat(noWhy.field()).isEqualTo("provisions[TEST-INC/1].terms.uncertain institutions");
    assertThat(noWhy.getMessage()).contains("without the reason").contains("why uncertain: {zh");
    CatalogueFileException whyAlone = refused(DOCUMENT.replace(at, why + at));
    assertThat(whyAlone.field()).isEqualTo("provisions[TEST-INC/1].terms.why uncertain");
    assertThat(whyAlone.message(Language.ZH)).contains("却未列出不确定的机构");
    CatalogueFileException both = refused(DOCUMENT.replace(at,
        "      uncertain institutions: [national incubator]\n" + why + at));
    assertThat(both.getMessage()).contains("national incubator is listed both as covered and as uncertain");
    // Only uncertain ones is a valid exemption (a wave whose very existence is unconfirmed).
    Catalogue onlyUncertain = Catalogue.builtIn().with(file(DOCUMENT.replace(
        "      institutions: [national incubator, provincial maker space]\n", uncertain + why)));
    assertThat(((IncubatorExemption) onlyUncertain.byId("TEST-INC/1").terms()).institutions()).isEmpty();
  }

  @Test
  void aTaxCannotReplaceOneItExempts() throws IOException {
    String at = "      on: {zh: 自用房产, en: premises used}\n";
    CatalogueFileException e = refused(DOCUMENT.replace(at, at + "      replacing: property tax\n"));
    assertThat(e.field()).isEqualTo("provisions[TEST-INC/1].terms.replacing");
    assertThat(e.getMessage()).contains("property tax is among the taxes exempt");
    Catalogue c = Catalogue.builtIn().with(file(DOCUMENT.replace(at, at + "      replacing: business tax\n")));
    assertThat(((IncubatorExemption) c.byId("TEST-INC/1").terms()).replacing()).contains(TaxType.BUSINESS_TAX);
  }

  @Test
  void aTimingRuleKnowsOneStartAndOneStop() throws IOException {
    CatalogueFileException start = refused(DOCUMENT.replace("start: month after recognition",
        "start: day of recognition"));
    assertThat(start.field()).isEqualTo("provisions[TEST-INC/2].terms.start");
    assertThat(start.getMessage()).endsWith("accepted: month after recognition");
    CatalogueFileException stop = refused(DOCUMENT.replace("stop: month after loss", "stop: at once"));
    assertThat(stop.getMessage()).contains("month after loss");
    CatalogueFileException date = refused(DOCUMENT.replace("recognised by: 2029-12-31", "recognised by: 2029"));
    assertThat(date.field()).isEqualTo("provisions[TEST-INC/2].terms.continuing if recognised by");
    CatalogueFileException missing = refused(DOCUMENT.replace("      start: month after recognition\n", ""));
    assertThat(missing.getMessage()).contains("start is missing");
  }

  @Test
  void theTermsRefuseImpossibleValuesInCode() {
    Institution national = Institution.of(InstitutionKind.INCUBATOR, RecognitionLevel.NATIONAL);
    Text on = Text.same("x");
    assertThatThrownBy(() -> new IncubatorExemption(" ", Set.of(TaxType.VAT), Set.of(national), Set.of(),
        Optional.empty(), on, Optional.empty(), Optional.empty())).hasMessageContaining("wave");
    assertThatThrownBy(() -> new IncubatorExemption("W", Set.of(), Set.of(national), Set.of(), Optional.empty(), on,
        Optional.empty(), Optional.empty())).hasMessageContaining("exempts");
    assertThatThrownBy(() -> new IncubatorExemption("W", Set.of(TaxType.ENTERPRISE_INCOME_TAX), Set.of(national),
        Set.of(), Optional.empty(), on, Optional.empty(), Optional.empty())).hasMessageContaining("exempts");
    assertThatThrownBy(() -> new IncubatorExemption("W", Set.of(TaxType.VAT), Set.of(), Set.of(), Optional.empty(),
        on, Optional.empty(), Optional.empty())).hasMessageContaining("names the institutions");
    assertThatThrownBy(() -> new IncubatorExemption("W", Set.of(TaxType.VAT), Set.of(national), Set.of(national),
        Optional.of(on), on, Optional.empty(), Optional.empty())).hasMessageContaining("not both");
    assertThatThrownBy(() -> new IncubatorExemption("W", Set.of(TaxType.VAT), Set.of(), Set.of(national),
        Optional.empty(), on, Optional.empty(), Optional.empty())).hasMessageContaining("reason");
    assertThatThrownBy(() -> new IncubatorExemption("W", Set.of(TaxType.VAT), Set.of(national), Set.of(),
        Optional.of(on), on, Optional.empty(), Optional.empty())).hasMessageContaining("reason");
    assertThatThrownBy(() -> new IncubatorExemption("W", Set.of(TaxType.VAT), Set.of(national), Set.of(),
        Optional.empty(), on, Optional.empty(), Optional.of(TaxType.VAT))).hasMessageContaining("itself");
    assertThatThrownBy(() -> new RecognitionTiming("", Optional.empty(), true)).hasMessageContaining("wave");
    assertThatThrownBy(() -> new TaxReferral(Set.of(), Set.of())).hasMessageContaining("institutions");
  }

  @Test
  void whatIfCopies() {
    IncubatorExemption w4 = (IncubatorExemption) CATALOGUE.byId("CN-CS-2018-120/premises").terms();
    Institution municipal = Institution.of(InstitutionKind.INCUBATOR, RecognitionLevel.MUNICIPAL);
    IncubatorExemption wider = w4.withInstitutions(Set.of(municipal));
    assertThat(wider.covers(municipal)).isTrue();
    assertThat(wider.taxes()).isEqualTo(w4.taxes());
    assertThat(w4.withConditions(Optional.of(Text.same("c"))).conditions()).contains(Text.same("c"));
    RecognitionTiming w5 = (RecognitionTiming) CATALOGUE.byId("CN-ANN-2023-42/timing").terms();
    assertThat(w5.withStopsMonthAfterLoss(true).stopsMonthAfterLoss()).isTrue();
    assertThat(w5.withStopsMonthAfterLoss(true).continuingIfRecognisedBy()).isEqualTo(w5.continuingIfRecognisedBy());
  }

  @Test
  void termsAreValues() {
    IncubatorExemption w4 = (IncubatorExemption) CATALOGUE.byId("CN-CS-2018-120/premises").terms();
    IncubatorExemption ext = (IncubatorExemption) CATALOGUE.byId("CN-ANN-2022-4/premises").terms();
    assertThat(ext).isEqualTo(w4).hasSameHashCodeAs(w4).isNotSameAs(w4);
    assertThat(w4.toString()).isEqualTo(w4.summary().en());
    IncubatorExemption vat = (IncubatorExemption) CATALOGUE.byId("CN-CS-2018-120/vat").terms();
    IncubatorExemption w3vat = (IncubatorExemption) CATALOGUE.byId("CN-CS-2016-89/vat").terms();
    IncubatorExemption w2 = (IncubatorExemption) CATALOGUE.byId("CN-CS-2013-117/premises").terms();
    assertThat(vat).isNotEqualTo(w4).isNotEqualTo(w3vat).isNotEqualTo(null);
    assertThat(w4.withConditions(Optional.of(Text.same("c")))).isNotEqualTo(w4);
    assertThat(w2).isNotEqualTo(w2.withInstitutions(w2.institutions()));
    IncubatorExemption w3 = (IncubatorExemption) CATALOGUE.byId("CN-CS-2016-89/premises").terms();
    assertThat(new IncubatorExemption("W9", w3.taxes(), w3.institutions(), Set.of(), Optional.empty(), w3.base(),
        w3.conditions(), Optional.empty())).isNotEqualTo(w3);
    assertThat(new IncubatorExemption("W3", w3.taxes(), w3.institutions(), Set.of(), Optional.empty(),
        Text.same("b"), w3.conditions(), Optional.empty())).isNotEqualTo(w3);
    assertThat(new IncubatorExemption("W3", w3.taxes(), w3.institutions(), Set.of(), Optional.empty(), w3.base(),
        w3.conditions(), Optional.empty())).isEqualTo(w3);
    assertThat(new IncubatorExemption("W3", Set.of(TaxType.VAT), w3.institutions(), Set.of(), Optional.empty(),
        w3.base(), w3.conditions(), Optional.empty())).isNotEqualTo(w3);
    RecognitionTiming t = (RecognitionTiming) CATALOGUE.byId("CN-CS-2018-120/timing").terms();
    assertThat(t).isEqualTo(CATALOGUE.byId("CN-ANN-2022-4/timing").terms()).isNotEqualTo(null)
        .isNotEqualTo(t.withStopsMonthAfterLoss(false)).isNotEqualTo(new RecognitionTiming("W5",
            t.continuingIfRecognisedBy(), true)).isNotEqualTo(new RecognitionTiming("W4", Optional.empty(), true));
    assertThat(t.hashCode()).isEqualTo(CATALOGUE.byId("CN-ANN-2022-4/timing").terms().hashCode());
    assertThat(t.toString()).isEqualTo(t.summary().en());
  }

  @Test
  void summariesSayWhoIsExemptFromWhatInBothLanguages() {
    assertThat(CATALOGUE.byId("CN-CS-2018-120/premises").terms().summary().zh()).isEqualTo(
        "W4：国家级科技企业孵化器、省级科技企业孵化器、国家大学科技园、省级大学科技园、国家备案众创空间免征房产税、城镇土地使用税"
            + "（自用以及无偿或通过出租等方式提供给在孵对象使用的房产和土地）");
    assertThat(CATALOGUE.byId("CN-CS-2016-89/vat").terms().summary().en()).isEqualTo(
        "W3: national-level incubator, maker space in a national-level incubator exempt from VAT (rent and incubation"
            + " services provided to incubated firms)");
    assertThat(CATALOGUE.byId("CN-CS-2018-120/timing").terms().summary().en()).isEqualTo(
        "W4: recognised by 2018-12-31: from the wave's start; recognised later: from the month after recognition;"
            + " stripped of the status: stops from the month after");
    assertThat(CATALOGUE.byId("CN-ANN-2023-42/timing").terms().summary().zh()).isEqualTo(
        "W5：2023-12-31 以前认定的自本批政策起始日起享受；其后认定的自认定之日次月起享受（停止时点未载）");
    assertThat(new RecognitionTiming("W", Optional.empty(), false).summary().en())
        .isEqualTo("W: recognised later: from the month after recognition (no stop rule)");
    assertThat(CATALOGUE.byId("JX-2015-90/5.4-incubator").terms().summary().zh())
        .isEqualTo("按照相关规定享受房产税、城镇土地使用税、企业所得税优惠（本条未另行规定减免）");
    assertThat(CATALOGUE.byId("GS-2015/2.4-incubator").terms().summary().en())
        .isEqualTo("tax preferences under the relevant rules (the clause grants none of its own)");
    assertThat(CATALOGUE.byId("GS-2015/2.4-incubator").terms().summary().zh()).startsWith("按照相关规定享受税收优惠");
    assertThat(CATALOGUE.byId("JX-2015-90/5.4-incubator").terms().summary().en())
        .startsWith("property tax, urban land-use tax, enterprise income tax preferences");
  }

  @Test
  void institutionsHaveOneNameInTheFilesAndOneInEachLanguage() {
    Institution registered = Institution.of(InstitutionKind.MAKER_SPACE, RecognitionLevel.NATIONAL);
    assertThat(registered.fileName()).isEqualTo("national maker space");
    assertThat(registered.render(Language.ZH)).isEqualTo("国家备案众创空间");
    assertThat(registered.render(Language.EN)).isEqualTo("nationally registered maker space");
    Institution inIncubator = Institution.of(InstitutionKind.MAKER_SPACE_IN_INCUBATOR, RecognitionLevel.MUNICIPAL);
    assertThat(inIncubator.toString()).isEqualTo("maker space in municipal incubator");
    assertThat(Institution.byName(" Maker  Space in MUNICIPAL incubator ")).isEqualTo(inIncubator);
    assertThat(Institution.byName("maker space")).isNull();
    assertThat(Institution.names()).hasSize(12).contains("provincial university science park");
    assertThat(Institution.of(InstitutionKind.UNIVERSITY_SCIENCE_PARK, RecognitionLevel.NATIONAL)
        .render(Language.ZH)).isEqualTo("国家大学科技园");
    assertThat(TaxType.URBAN_LAND_USE_TAX.code()).isEqualTo("urban-land-use-tax");
    assertThat(InstitutionKind.MAKER_SPACE_IN_INCUBATOR.code()).isEqualTo("maker-space-in-incubator");
    assertThat(RecognitionLevel.PROVINCIAL.code()).isEqualTo("provincial");
    assertThatThrownBy(() -> Institution.of(null, RecognitionLevel.NATIONAL)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void theBuiltInWavesAreThoseOfTheSpecification() {
    record Row(String id, String wave, String from, String to, Confidence confidence) {}
    for (Row row : new Row[] {
        new Row("CN-CS-2007-121/premises", "W1", "2008-01-01", "2010-12-31", Confidence.SECONDARY),
        new Row("CN-CS-2007-120/business-tax", "W1", "2008-01-01", "2010-12-31", Confidence.SECONDARY),
        new Row("CN-W1B/premises", "W1b", "2011-01-01", "2012-12-31", Confidence.UNCONFIRMED),
        new Row("CN-CS-2013-117/premises", "W2", "2013-01-01", "2015-12-31", Confidence.CONFIRMED),
        new Row("CN-CS-2013-118/business-tax", "W2", "2013-01-01", "2015-12-31", Confidence.SECONDARY),
        new Row("CN-CS-2016-89/business-tax", "W3", "2016-01-01", "2016-04-30", Confidence.SECONDARY),
        new Row("CN-CS-2016-98/vat", "W3", "2016-05-01", "2018-12-31", Confidence.SECONDARY),
        new Row("CN-CS-2018-120/vat", "W4", "2019-01-01", "2021-12-31", Confidence.CONFIRMED),
        new Row("CN-ANN-2022-4/premises", "W4", "2022-01-01", "2023-12-31", Confidence.SECONDARY),
        new Row("CN-ANN-2023-42/premises", "W5", "2024-01-01", "2027-12-31", Confidence.CONFIRMED)}) {
      Provision p = CATALOGUE.byId(row.id());
      assertThat(((IncubatorExemption) p.terms()).wave()).as(row.id()).isEqualTo(row.wave());
      assertThat(p.validity().firstDay()).as(row.id()).contains(LocalDate.parse(row.from()));
      assertThat(p.validity().lastDay()).as(row.id()).contains(LocalDate.parse(row.to()));
      assertThat(p.confidence()).as(row.id()).isEqualTo(row.confidence());
    }
    assertThat(((IncubatorExemption) CATALOGUE.byId("CN-CS-2016-89/vat").terms()).replacing())
        .contains(TaxType.BUSINESS_TAX);
    assertThat(CATALOGUE.byId("CN-W1B/premises").citation().document().number()).isEmpty();
    assertThat(CATALOGUE.byId("CN-CS-2013-117/premises").citation().document().number())
        .contains("财税〔2013〕117号");
    assertThat(((RecognitionTiming) CATALOGUE.byId("CN-ANN-2023-42/timing").terms()).stopsMonthAfterLoss()).isFalse();
  }
}
