package org.zhongchuang.policy.catalogue;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.text.Text;

/** A caller's catalogue files: loaded whole, or refused with the file, the line and the field. */
class CatalogueFilesTest {
  @TempDir Path dir;

  /** A small valid document: one support floor in Jiaxing. Line numbers below count from its first line. */
  private static final String DOCUMENT = """
      document:
        id: TEST-1
        number: 测试〔2024〕1号
        title: 测试文件
        issuer: 测试市人民政府
        place: 嘉兴市
        issued: 2024-03-01
      provisions:
        - id: TEST-1/1
          clause: 第一条
          quote: 给予60万元以上的启动资金支持
          quote is: specification
          gloss: At least 600,000 of start-up support.
          in force: {from: 2024-03-01, to: open}
          who: {zh: 众创空间, en: maker spaces}
          confidence: confirmed
          terms:
            kind: support floor
            at least: 60万
            purpose: {zh: 启动资金支持, en: start-up support}
      """;

  private Path file(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, UTF_8);
    return p;
  }

  private CatalogueFileException refused(String text) throws IOException {
    Path p = file("bad.yaml", text);
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> Catalogue.builtIn().with(p));
    assertThat(thrown).isInstanceOf(CatalogueFileException.class).isInstanceOf(PolicyInputException.class);
    CatalogueFileException e = (CatalogueFileException) thrown;
    assertThat(e.file()).isEqualTo(p.toString());
    assertThat(e.getMessage()).doesNotContain("\n").startsWith(e.line() == 0 ? p + ": " : p + ":" + e.line() + ": ");
    return e;
  }

  @Test
  void aValidDocumentAddsItsProvisions() throws IOException {
    Catalogue c = Catalogue.builtIn().with(file("ok.yaml", DOCUMENT));
    assertThat(c.size()).isEqualTo(Catalogue.builtIn().size() + 1);
    Provision p = c.byId("TEST-1/1");
    assertThat(p.terms()).isEqualTo(new SupportFloor(Cny.ofYuan(600_000), Text.of("启动资金支持", "start-up support")));
    assertThat(p.jurisdiction()).isEqualTo(Jurisdiction.parse("嘉兴市"));
    assertThat(p.citation().document().number()).contains("测试〔2024〕1号");
    assertThat(p.validity().firstDay()).contains(LocalDate.of(2024, 3, 1));
    assertThat(p.isModified()).isFalse();
    assertThat(Catalogue.builtIn().find("TEST-1/1")).isEmpty();
  }

  @Test
  void anUnknownKeyIsRefusedWithItsLineAndTheKeysAccepted() throws IOException {
    CatalogueFileException e = refused(DOCUMENT.replace("      at least: 60万", "      at least: 60万\n      at most: 70万"));
    assertThat(e.line()).isEqualTo(20);
    assertThat(e.field()).isEqualTo("provisions[TEST-1/1].terms.at most");
    assertThat(e.getMessage()).contains("unknown key 'at most'").contains("at least").contains("purpose");
    assertThat(e.message(Language.ZH)).contains("未知的键“at most”").contains("at least");
  }

  @Test
  void aWrongTypeIsRefused() throws IOException {
    CatalogueFileException e = refused(DOCUMENT.replace("    who: {zh: 众创空间, en: maker spaces}", "    who: 众创空间"));
    assertThat(e.line()).isEqualTo(15);
    assertThat(e.field()).isEqualTo("provisions[TEST-1/1].who");
    assertThat(e.getMessage()).contains("wrong type").contains("a mapping");
  }

  @Test
  void aMissingQuoteIsRefused() throws IOException {
    CatalogueFileException e = refused(DOCUMENT.replace("    quote: 给予60万元以上的启动资金支持\n", ""));
    assertThat(e.field()).isEqualTo("provisions[TEST-1/1].quote");
    assertThat(e.line()).isEqualTo(9);
    assertThat(e.getMessage()).contains("quote is missing");
    assertThat(e.message(Language.ZH)).contains("缺少 quote");
  }

  @Test
  void anAmountWithThreeDecimalsIsRefusedNotRounded() throws IOException {
    CatalogueFileException e = refused(DOCUMENT.replace("at least: 60万", "at least: 600000.001"));
    assertThat(e.line()).isEqualTo(19);
    assertThat(e.field()).isEqualTo("provisions[TEST-1/1].terms.at least");
    assertThat(e.getMessage()).contains("'600000.001'").contains("fen");
  }

  @Test
  void aDuplicateIdIsRefusedWhereverItIsFirstUsed() throws IOException {
    CatalogueFileException inFile = refused(DOCUMENT + DOCUMENT.substring(DOCUMENT.indexOf("  - id:")));
    assertThat(inFile.line()).isEqualTo(21);
    assertThat(inFile.getMessage()).contains("TEST-1/1 is already used").contains(":9");
    CatalogueFileException clash = refused(DOCUMENT.replace("id: TEST-1/1", "id: JX-2015-90/5.1"));
    assertThat(clash.getMessage()).contains("JX-2015-90/5.1 is already used");
    assertThat(clash.line()).isEqualTo(9);
  }

  @Test
  void aValidityBeforeTheDocumentIsRefusedUnlessItSaysItIsRetroactive() throws IOException {
    String early = DOCUMENT.replace("in force: {from: 2024-03-01, to: open}", "in force: {from: 2024-01-01, to: open}");
    CatalogueFileException e = refused(early);
    assertThat(e.field()).isEqualTo("provisions[TEST-1/1].in force.from");
    assertThat(e.getMessage()).contains("in force from 2024-01-01, before the document was issued (2024-03-01)")
        .contains("retroactive: yes");
    Catalogue c = Catalogue.builtIn().with(file("retro.yaml", early.replace("to: open}",
        "to: open, retroactive: yes}")));
    assertThat(c.byId("TEST-1/1").validity().firstDay()).contains(LocalDate.of(2024, 1, 1));
  }

  @Test
  void anUnknownPlaceIsRefused() throws IOException {
    CatalogueFileException e = refused(DOCUMENT.replace("place: 嘉兴市", "place: 火星市"));
    assertThat(e.line()).isEqualTo(6);
    assertThat(e.field()).isEqualTo("document.place");
    assertThat(e.getMessage()).contains("'火星市'");
  }

  @Test
  void anUnknownKindListsTheKinds() throws IOException {
    CatalogueFileException e = refused(DOCUMENT.replace("kind: support floor", "kind: subsidy"));
    assertThat(e.getMessage()).contains("'subsidy' is not known").contains("reward floor").contains("tax rate");
  }

  @Test
  void notYamlIsRefusedWithTheLine() throws IOException {
    CatalogueFileException e = refused(DOCUMENT.replace("    clause: 第一条", "    clause: [第一条"));
    assertThat(e.line()).isGreaterThan(9);
    assertThat(e.getMessage()).contains("not valid YAML");
    assertThat(refused("").getMessage()).contains("the file is empty");
    assertThat(refused("- a\n- b\n").getMessage()).contains("a mapping");
  }

  @Test
  void aCommaInsideBracesIsExplained() throws IOException {
    CatalogueFileException e = refused(DOCUMENT.replace("who: {zh: 众创空间, en: maker spaces}",
        "who: {zh: 众创空间, en: spaces of 1,000 m2}"));
    assertThat(e.getMessage()).contains("unknown key '000 m2'");
    CatalogueFileException digits = refused(DOCUMENT.replace("who: {zh: 众创空间, en: maker spaces}",
        "who: {zh: 众创空间, en: 1,000}"));
    assertThat(digits.getMessage()).contains("a comma ends a value");
  }

  @Test
  void aFileThatCannotBeReadIsRefused() {
    Path missing = dir.resolve("missing.yaml");
    assertThatThrownBy(() -> Catalogue.builtIn().with(missing)).isInstanceOf(CatalogueFileException.class)
        .hasMessage(missing + ": cannot read the file (there is no such file)");
  }

  @Test
  void nothingIsHalfLoaded() throws IOException {
    Path good = file("good.yaml", DOCUMENT);
    Path bad = file("bad.yaml", DOCUMENT.replace("TEST-1", "TEST-2").replace("60万", "sixty"));
    assertThatThrownBy(() -> Catalogue.builtIn().with(good, bad)).isInstanceOf(CatalogueFileException.class);
    assertThat(Catalogue.builtIn().find("TEST-1/1")).isEmpty();
  }

  private static final String REFORM = """
      reform:
        id: WHATIF
        title: 测试改革
        reason: {zh: 假设上限为60万元, en: "what if the ceiling were 600,000"}
      replaces:
        - id: CN-EIT-REG-92
          terms:
            kind: small low-profit criteria
            income up to: 60万
            industrial employees up to: 100
            other employees up to: 80
            industrial assets up to: 3000万
            other assets up to: 1000万
        - id: CN-ANN-2023-12
          in force: {to: 2030-12-31}
      """;

  @Test
  void aReformReplacesProvisionsAndMarksThemModifiedWithItsReason() throws IOException {
    Catalogue c = Catalogue.builtIn().with(file("reform.yaml", REFORM));
    Provision reg92 = c.byId("CN-EIT-REG-92");
    assertThat(((SmallLowProfitCriteria) reg92.terms()).incomeCeiling()).isEqualTo(Cny.ofYuan(600_000));
    assertThat(reg92.modification()).contains(Text.of("假设上限为60万元", "what if the ceiling were 600,000"));
    Provision row13 = c.byId("CN-ANN-2023-12");
    assertThat(row13.validity().lastDay()).contains(LocalDate.of(2030, 12, 31));
    assertThat(row13.validity().firstDay()).isEqualTo(Catalogue.builtIn().byId("CN-ANN-2023-12").validity().firstDay());
    assertThat(row13.terms()).isEqualTo(Catalogue.builtIn().byId("CN-ANN-2023-12").terms());
    assertThat(c.reforms()).extracting(Reform::id).containsExactly("WHATIF");
    assertThat(c.byId("CN-EIT-4").isModified()).isFalse();
    assertThat(c.byId("CN-ANN-2023-12").statusDuring(Year.of(2029)).isInForce()).isTrue();
  }

  @Test
  void aReformOfAnUnknownProvisionOrChangingTheKindIsRefused() throws IOException {
    CatalogueFileException unknown = refused(REFORM.replace("- id: CN-ANN-2023-12", "- id: CN-NOPE"));
    assertThat(unknown.getMessage()).contains("no provision CN-NOPE");
    assertThat(unknown.line()).isEqualTo(14);
    String criteria = REFORM.substring(REFORM.indexOf("      kind: small"), REFORM.indexOf("  - id: CN-ANN-2023-12"));
    CatalogueFileException kind = refused(REFORM.replace(criteria,
        "      kind: tax rate\n      for: statutory\n      rate: 20%\n"));
    assertThat(kind.getMessage()).contains("CN-EIT-REG-92 states small low-profit criteria terms");
    assertThat(refused("reform: {id: X, title: x, reason: {zh: x, en: x}}\n").getMessage())
        .contains("neither replaces nor adds");
  }

  @Test
  void aReformAppliesToADocumentGivenBesideIt() throws IOException {
    Path doc = file("doc.yaml", DOCUMENT);
    Path reform = file("r.yaml", """
        reform:
          id: R
          title: 提高启动支持
          reason: {zh: 改为80万元, en: "raised to 800,000"}
        replaces:
          - id: TEST-1/1
            terms: {kind: support floor, at least: 80万, purpose: {zh: 启动资金支持, en: start-up support}}
        """);
    Catalogue c = Catalogue.builtIn().with(reform, doc);
    assertThat(((SupportFloor) c.byId("TEST-1/1").terms()).minimum()).isEqualTo(Cny.ofYuan(800_000));
    assertThat(c.byId("TEST-1/1").isModified()).isTrue();
  }

  @Test
  void typedWhatIfsNeedNoCast() {
    Catalogue c = Catalogue.builtIn().withModified("CN-EIT-REG-92", SmallLowProfitCriteria.class,
        k -> k.withIncomeCeiling(Cny.ofYuan(500_000)), Text.of("上限改为50万元", "ceiling 500,000"));
    assertThat(((SmallLowProfitCriteria) c.byId("CN-EIT-REG-92").terms()).incomeCeiling())
        .isEqualTo(Cny.ofYuan(500_000));
    assertThat(c.byId("CN-EIT-REG-92").modification()).contains(Text.of("上限改为50万元", "ceiling 500,000"));
    assertThatThrownBy(() -> Catalogue.builtIn().withModified("CN-EIT-REG-92", RewardFloor.class,
        f -> f.withMinimum(Share.percent(60)), Text.of("x", "x"))).isInstanceOf(WrongTermsException.class)
        .hasMessageContaining("CN-EIT-REG-92").hasMessageContaining("reward floor");
  }

  @Test
  void everyBuiltInFileIsListedInTheIndexAndEveryListedFileExists() throws IOException {
    Path folder = Path.of("src/main/resources/org/zhongchuang/policy/catalogue/documents");
    List<String> files;
    try (var list = Files.list(folder)) {
      files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList();
    }
    List<String> index = Files.readAllLines(folder.resolve("index.txt"), UTF_8).stream().map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#")).sorted().toList();
    assertThat(index).isEqualTo(files);
    assertThat(Catalogue.builtIn().documents()).hasSize(files.size());
  }
}
