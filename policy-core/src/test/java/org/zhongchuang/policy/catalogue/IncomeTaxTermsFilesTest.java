package org.zhongchuang.policy.catalogue;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.text.Text;

/**
 * The kinds of terms of the annual enterprise income tax (research deduction and exclusion, transfer income relief,
 * halved income rate, venture-capital deduction, loss carry-forward) as a caller writes them: read exactly, and a bad
 * value refused with its file, line and field.
 */
class IncomeTaxTermsFilesTest {
  @TempDir Path dir;

  /** One provision per kind; line numbers below count from the first line. */
  private static final String DOCUMENT = """
      document:
        id: EIT-TEST
        title: 测试文件
        issuer: 测试
        place: 中国
        issued: 2030-01-01
      provisions:
        - id: EIT-TEST/rd
          clause: 一
          quote: 加计扣除130%，按230%摊销
          quote is: specification
          gloss: test
          in force: {from: 2030-01-01, to: open}
          who: {zh: 测试, en: test}
          confidence: confirmed
          terms:
            kind: research deduction
            extra: 130%
            amortised at: 230%
            enterprises: technology SME
        - id: EIT-TEST/rd-q
          clause: 二
          quote: 加计扣除140%
          quote is: specification
          gloss: test
          in force: {from: 2030-01-01, to: open}
          who: {zh: 测试, en: test}
          confidence: confirmed
          terms:
            kind: research deduction
            extra: 140%
            amortised at: not stated
            enterprises: listed IC or machine tool
        - id: EIT-TEST/ex
          clause: 三
          quote: 烟草制造业
          quote is: specification
          gloss: test
          in force: {from: 2030-01-01, to: open}
          who: {zh: 测试, en: test}
          confidence: confirmed
          terms:
            kind: research exclusion
            industries: {zh: 烟草制造业, en: tobacco}
        - id: EIT-TEST/tt
          clause: 四
          quote: 不超过600万元的部分免征；超过部分按40%计入
          quote is: specification
          gloss: test
          in force: {from: 2030-01-01, to: open}
          who: {zh: 测试, en: test}
          confidence: confirmed
          terms:
            kind: transfer income relief
            exempt up to: 600万
            excess counted: 40%
        - id: EIT-TEST/half
          clause: 五
          quote: 依照25%的法定税率减半
          quote is: specification
          gloss: test
          in force: {from: 2030-01-01, to: open}
          who: {zh: 测试, en: test}
          confidence: confirmed
          terms:
            kind: halved income rate
            rate: 25%
        - id: EIT-TEST/vc
          clause: 六
          quote: 投资满18个月的，按投资额的80%抵扣
          quote is: specification
          gloss: test
          in force: {from: 2030-01-01, to: open}
          who: {zh: 测试, en: test}
          confidence: confirmed
          terms:
            kind: venture capital deduction
            share: 80%
            held at least: 18 months
            investee: start-up technology
        - id: EIT-TEST/loss
          clause: 七
          quote: 资格年度之前3个年度的亏损，最长结转8年
          quote is: specification
          gloss: test
          in force: {from: 2030-01-01, to: open}
          who: {zh: 测试, en: test}
          confidence: confirmed
          terms:
            kind: loss carry-forward
            years: 8
            for: high-tech or technology SME
            losses of years before: 3
      """;

  private Path file(String text) throws IOException {
    Path p = dir.resolve("eit.yaml");
    Files.writeString(p, text, UTF_8);
    return p;
  }

  private CatalogueFileException refused(String text) throws IOException {
    Path p = file(text);
    Throwable thrown = catchThrowable(() -> Catalogue.builtIn().with(p));
    assertThat(thrown).isInstanceOf(CatalogueFileException.class);
    CatalogueFileException e = (CatalogueFileException) thrown;
    assertThat(e.getMessage()).startsWith(p + ":" + e.line() + ": ").doesNotContain("\n");
    return e;
  }

  @Test
  void everyKindIsReadExactly() throws IOException {
    Catalogue c = Catalogue.builtIn().with(file(DOCUMENT));
    assertThat(c.byId("EIT-TEST/rd").terms()).isEqualTo(new ResearchDeduction(Share.percent(130),
        Optional.of(Share.percent(230)), ResearchDeduction.Category.TECHNOLOGY_SME));
    assertThat(((ResearchDeduction) c.byId("EIT-TEST/rd").terms()).extraAmortisation()).contains(Share.percent(130));
    assertThat(c.byId("EIT-TEST/rd-q").terms()).isEqualTo(new ResearchDeduction(Share.percent(140), Optional.empty(),
        ResearchDeduction.Category.LISTED_IC_OR_MACHINE_TOOL));
    assertThat(((ResearchDeduction) c.byId("EIT-TEST/rd-q").terms()).extraAmortisation()).isEmpty();
    assertThat(c.byId("EIT-TEST/ex").terms()).isEqualTo(new ResearchExclusion(Text.of("烟草制造业", "tobacco")));
    assertThat(c.byId("EIT-TEST/tt").terms()).isEqualTo(new TransferIncomeRelief(Cny.ofYuan(6_000_000),
        Share.percent(40)));
    assertThat(c.byId("EIT-TEST/half").terms()).isEqualTo(new HalvedIncomeRate(Share.percent(25)));
    assertThat(c.byId("EIT-TEST/vc").terms()).isEqualTo(new VentureCapitalDeduction(Share.percent(80),
        Period.ofMonths(18), VentureCapitalDeduction.Investee.START_UP_TECHNOLOGY));
    assertThat(c.byId("EIT-TEST/loss").terms()).isEqualTo(new LossCarryForward(8, true, 3));
    assertThat(c.withTerms(ResearchDeduction.class)).hasSizeGreaterThan(8);
  }

  @Test
  void theBuiltInTermsSayWhatTheySay() {
    Catalogue c = Catalogue.builtIn();
    assertThat(c.byId("CN-EIT-REG-95").terms().summary().en())
        .isEqualTo("research costs of enterprises: additional deduction of 50%; intangibles amortised at 150% of cost");
    assertThat(c.byId("CN-ANN-2022-28-2").terms().summary().en()).endsWith("; no amortisation share stated");
    assertThat(c.byId("CN-ANN-2022-28-2").terms().summary().zh()).endsWith("未规定无形资产摊销比例");
    assertThat(c.byId("CN-ANN-2023-44-1").terms().summary().zh()).startsWith("集成电路和工业母机企业研发费用按 120% 加计扣除");
    assertThat(c.byId("CN-ANN-2021-13-1").terms().summary().en()).startsWith("research costs of manufacturing");
    assertThat(c.byId("CN-CS-2017-34-1").terms().summary().en()).startsWith("research costs of technology SMEs");
    assertThat(c.byId("CN-CS-2015-119-4").terms().summary().en()).startsWith("no research super-deduction for tobacco");
    assertThat(c.byId("CN-EIT-REG-90").terms().summary().en())
        .isEqualTo("technology-transfer income up to 5,000,000.00 exempt; 50% of the part above taxed");
    assertThat(c.byId("CN-SAT-2010-157-1-3").terms().summary().en()).endsWith("at half of 25%");
    assertThat(c.byId("CN-EIT-REG-97").terms().summary().en()).isEqualTo(
        "70% of an investment in unlisted SME high-tech enterprises held 24 months deducted from taxable income");
    assertThat(c.byId("CN-CS-2018-55-1").terms().summary().zh()).startsWith("投资于初创科技型企业满 24 个月的");
    assertThat(c.byId("CN-EIT-18").terms().summary().en()).isEqualTo("a loss is carried forward at most 5 years");
    assertThat(c.byId("CN-CS-2018-76-1").terms().summary().zh()).isEqualTo(
        "具备高新技术企业或科技型中小企业资格年度之前 5 个年度的亏损，最长结转 10 年");
  }

  @Test
  void anAmortisationBelowTheCostIsRefused() throws IOException {
    CatalogueFileException e = refused(DOCUMENT.replace("amortised at: 230%", "amortised at: 90%"));
    assertThat(e.line()).isEqualTo(19);
    assertThat(e.field()).isEqualTo("provisions[EIT-TEST/rd].terms.amortised at");
    assertThat(e.getMessage()).contains("'90%'").contains("at least 100%").contains("not stated");
    assertThat(e.message(Language.ZH)).contains("不低于 100%");
    assertThat(refused(DOCUMENT.replace("amortised at: 230%", "amortised at: lots")).getMessage())
        .contains("'lots'");
  }

  @Test
  void anUnknownCategoryOrInvesteeListsTheAccepted() throws IOException {
    CatalogueFileException e = refused(DOCUMENT.replace("enterprises: technology SME", "enterprises: bakeries"));
    assertThat(e.line()).isEqualTo(20);
    assertThat(e.field()).isEqualTo("provisions[EIT-TEST/rd].terms.enterprises");
    assertThat(e.getMessage()).contains("'bakeries' is not known").contains("manufacturing")
        .contains("listed ic or machine tool");
    CatalogueFileException v = refused(DOCUMENT.replace("investee: start-up technology", "investee: anyone"));
    assertThat(v.field()).isEqualTo("provisions[EIT-TEST/vc].terms.investee");
    assertThat(v.getMessage()).contains("sme high-tech");
  }

  @Test
  void aTransferReliefOutsideItsRangeIsRefused() throws IOException {
    CatalogueFileException share = refused(DOCUMENT.replace("excess counted: 40%", "excess counted: 140%"));
    assertThat(share.line()).isEqualTo(56);
    assertThat(share.field()).isEqualTo("provisions[EIT-TEST/tt].terms.excess counted");
    assertThat(share.getMessage()).contains("at most 100%");
    CatalogueFileException ceiling = refused(DOCUMENT.replace("exempt up to: 600万", "exempt up to: -1"));
    assertThat(ceiling.field()).isEqualTo("provisions[EIT-TEST/tt].terms.exempt up to");
    assertThat(ceiling.getMessage()).contains("zero or more");
    assertThat(refused(DOCUMENT.replace("exempt up to: 600万", "exempt up to: 1.001")).getMessage())
        .contains("fen");
  }

  @Test
  void aHoldingPeriodMustBeAPeriod() throws IOException {
    CatalogueFileException e = refused(DOCUMENT.replace("held at least: 18 months", "held at least: 0 years"));
    assertThat(e.field()).isEqualTo("provisions[EIT-TEST/vc].terms.held at least");
    assertThat(e.getMessage()).contains("3 years or 18 months");
    assertThat(refused(DOCUMENT.replace("held at least: 18 months", "held at least: two years")).field())
        .isEqualTo("provisions[EIT-TEST/vc].terms.held at least");
  }

  @Test
  void aLossRuleSaysForWhomAndHowFarBack() throws IOException {
    CatalogueFileException scope = refused(DOCUMENT.replace("for: high-tech or technology SME", "for: all"));
    assertThat(scope.field()).isEqualTo("provisions[EIT-TEST/loss].terms.losses of years before");
    assertThat(scope.line()).isEqualTo(93);
    assertThat(scope.getMessage()).contains("only with for: high-tech or technology SME");
    CatalogueFileException back = refused(DOCUMENT.replace("losses of years before: 3", "losses of years before: 0"));
    assertThat(back.getMessage()).contains("one or more");
    CatalogueFileException missing = refused(DOCUMENT.replace("      losses of years before: 3\n", ""));
    assertThat(missing.getMessage()).contains("losses of years before is missing");
    CatalogueFileException years = refused(DOCUMENT.replace("years: 8", "years: 0"));
    assertThat(years.field()).isEqualTo("provisions[EIT-TEST/loss].terms.years");
    CatalogueFileException who = refused(DOCUMENT.replace("for: high-tech or technology SME", "for: banks"));
    assertThat(who.getMessage()).contains("'banks' is not known");
  }

  @Test
  void theValuesRefuseWhatTheFilesRefuse() {
    assertThatThrownBy(() -> new ResearchDeduction(Share.percent(50), Optional.of(Share.percent(99)),
        ResearchDeduction.Category.ALL)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TransferIncomeRelief(Cny.ofFen(-1), Share.percent(50)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TransferIncomeRelief(Cny.ZERO, Share.percent(101)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new TransferIncomeRelief(Cny.ZERO, Share.ONE).withExemptUpTo(Cny.ofYuan(1)).withExcessCounted(Share.ZERO))
        .isEqualTo(new TransferIncomeRelief(Cny.ofYuan(1), Share.ZERO));
    assertThatThrownBy(() -> new VentureCapitalDeduction(Share.percent(70), Period.ZERO,
        VentureCapitalDeduction.Investee.SME_HIGH_TECH)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new VentureCapitalDeduction(Share.percent(70), Period.ofMonths(-1),
        VentureCapitalDeduction.Investee.SME_HIGH_TECH)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LossCarryForward(0, false, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LossCarryForward(5, true, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LossCarryForward(5, false, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LossCarryForward(5, true, -1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(new LossCarryForward(5, false, 0).withYears(6).years()).isEqualTo(6);
    assertThat(new HalvedIncomeRate(Share.percent(25)).withRate(Share.percent(20)).rate()).isEqualTo(Share.percent(20));
    VentureCapitalDeduction v = new VentureCapitalDeduction(Share.percent(70), Period.ofYears(2),
        VentureCapitalDeduction.Investee.SME_HIGH_TECH);
    assertThat(v.withShare(Share.percent(80)).withHeldAtLeast(Period.ofYears(3)))
        .isEqualTo(new VentureCapitalDeduction(Share.percent(80), Period.ofYears(3),
            VentureCapitalDeduction.Investee.SME_HIGH_TECH));
    ResearchDeduction r = new ResearchDeduction(Share.percent(50), Optional.empty(), ResearchDeduction.Category.ALL);
    assertThat(r.withExtra(Share.percent(60)).withAmortisation(Optional.of(Share.ONE)))
        .isEqualTo(new ResearchDeduction(Share.percent(60), Optional.of(Share.ONE), ResearchDeduction.Category.ALL));
    assertThat(r.withAmortisation(Optional.of(Share.ONE)).extraAmortisation()).contains(Share.ZERO);
  }
}
