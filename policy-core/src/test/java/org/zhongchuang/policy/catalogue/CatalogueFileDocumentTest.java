package org.zhongchuang.policy.catalogue;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhongchuang.policy.catalogue.CatalogueFiles.DocumentFile;
import org.zhongchuang.policy.catalogue.CatalogueFiles.ReformFile;
import org.zhongchuang.policy.law.IssueDate;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.law.Repeal;
import org.zhongchuang.policy.law.ValidityPeriod;
import org.zhongchuang.policy.law.ValidityPeriod.On;
import org.zhongchuang.policy.law.ValidityPeriod.Open;
import org.zhongchuang.policy.law.ValidityPeriod.Within;
import org.zhongchuang.policy.text.Text;

/**
 * Document and reform files read on their own: issue dates and windows, repeals, the bounds of {@code in force},
 * notes, replacements and additions, and every key a reader does not know refused where it is written.
 */
class CatalogueFileDocumentTest {
  @TempDir Path dir;

  /** One provision of no formula; line numbers in the tests count from the first line here. */
  private static final String DOC = """
      document:
        id: T
        title: 测试
        issuer: 测试市
        place: 嘉兴市
        issued: 2024-03-01
      provisions:
        - id: T/1
          clause: 第一条
          quote: 给予支持
          quote is: specification
          gloss: Support.
          in force: {from: 2024-03-01, to: open}
          who: {zh: 众创空间, en: maker spaces}
          confidence: confirmed
          terms: {kind: no formula, subject: {zh: 支持, en: support}}
      """;

  private static final LocalDate MARCH_1 = LocalDate.of(2024, 3, 1);

  private static Object read(String yaml) {
    return CatalogueFiles.read("t.yaml", new StringReader(yaml));
  }

  private static DocumentFile document(String yaml) {
    return (DocumentFile) read(yaml);
  }

  private static String refusal(String yaml) {
    Throwable thrown = catchThrowable(() -> read(yaml));
    assertThat(thrown).isInstanceOf(CatalogueFileException.class);
    return thrown.getMessage();
  }

  /** The document with its issue line replaced. */
  private static String issued(String replacement) {
    return DOC.replace("  issued: 2024-03-01\n", replacement);
  }

  /** The document with {@code in force} (line 13) replaced. */
  private static String inForce(String doc, String flow) {
    return doc.replace("in force: {from: 2024-03-01, to: open}", "in force: " + flow);
  }

  private static ValidityPeriod validity(String yaml) {
    return document(yaml).provisions().get(0).validity();
  }

  @Test
  void aDocumentIsReadWithItsProvisionsAndTheirLines() {
    DocumentFile f = document(DOC);
    assertThat(f.name()).isEqualTo("t.yaml");
    assertThat(f.document().id()).isEqualTo("T");
    assertThat(f.document().number()).isEmpty();
    assertThat(f.document().jurisdiction()).isEqualTo(Jurisdiction.parse("嘉兴市"));
    assertThat(f.document().issued()).isEqualTo(IssueDate.exact(MARCH_1, Text.of("发文日期", "date of issue")));
    assertThat(f.lines()).isEqualTo(Map.of("T/1", 8));
    Provision p = f.provisions().get(0);
    assertThat(p.terms()).isEqualTo(new NoFormula(Text.of("支持", "support")));
    assertThat(p.validity()).isEqualTo(new ValidityPeriod(new On(MARCH_1), new Open()));
    assertThat(p.scope()).isEqualTo(Text.of("众创空间", "maker spaces"));
  }

  @Test
  void aNullValueIsAbsentButAQuotedOneIsText() {
    assertThat(document(DOC.replace("  title:", "  number: ~\n  title:")).document().number()).isEmpty();
    assertThat(document(DOC.replace("  title:", "  number: \"~\"\n  title:")).document().number()).contains("~");
  }

  @Test
  void unknownKeysAreRefusedAtEveryLevel() {
    assertThat(refusal(DOC + "extra: 1\n")).startsWith("t.yaml:17: extra: unknown key 'extra'; accepted here: ");
    assertThat(refusal(DOC.replace("  place: 嘉兴市\n", "  place: 嘉兴市\n  colour: red\n")))
        .startsWith("t.yaml:6: document.colour: unknown key 'colour'; accepted here: ");
    assertThat(refusal(DOC.replace("    confidence: confirmed\n", "    confidence: confirmed\n    colour: red\n")))
        .startsWith("t.yaml:16: provisions[T/1].colour: unknown key 'colour'; accepted here: ");
    assertThat(refusal(inForce(DOC, "{from: 2024-03-01, to: open, until: 2025-01-01}")))
        .startsWith("t.yaml:13: provisions[T/1].in force.until: unknown key 'until'; accepted here: ");
  }

  @Test
  void notesAreReadAndTheirUnknownKeysRefused() {
    String notes = "    confidence: confirmed\n    notes: [{zh: 注, en: a note}]\n";
    assertThat(document(DOC.replace("    confidence: confirmed\n", notes)).provisions().get(0).notes())
        .containsExactly(Text.of("注", "a note"));
    assertThat(refusal(DOC.replace("    confidence: confirmed\n", notes.replace("a note}", "a note, fr: une note}"))))
        .startsWith("t.yaml:16: provisions[T/1].notes[1].fr: unknown key 'fr'; accepted here: ");
  }

  @Test
  void anItemOfTheProvisionsThatIsNotAMappingIsNamedByItsPosition() {
    assertThat(refusal(DOC + "  - just a text\n"))
        .isEqualTo("t.yaml:17: provisions[2]: wrong type; accepted: a mapping (key: value lines)");
  }

  // ------------------------------------------------------------------------------------------------ windows

  private static final String MARCH =
      "  issued: {between: 2024-03-01, and: 2024-03-31, why: {zh: 三月, en: in March}}\n";

  @Test
  void anIssueWindowIsReadAndAStartOnIssueLiesWithinIt() {
    String yaml = issued(MARCH);
    Text why = Text.of("三月", "in March");
    assertThat(document(yaml).document().issued())
        .isEqualTo(new IssueDate.Window(MARCH_1, LocalDate.of(2024, 3, 31), why));
    assertThat(validity(inForce(yaml, "{from: issued, to: open}")).start())
        .isEqualTo(new Within(MARCH_1, LocalDate.of(2024, 3, 31), why));
    // On an exact date, "issued" is that day; the word is read in any case.
    assertThat(validity(inForce(DOC, "{from: Issued, to: open}")).start()).isEqualTo(new On(MARCH_1));
  }

  @Test
  void aBackwardWindowOrAnUnknownKeyInOneIsRefused() {
    String backward = MARCH.replace("between: 2024-03-01, and: 2024-03-31", "between: 2024-03-31, and: 2024-03-01");
    assertThat(refusal(issued(backward)))
        .isEqualTo("t.yaml:6: document.issued.and: the window ends (2024-03-01) before it starts (2024-03-31)");
    assertThat(refusal(issued(MARCH.replace("}}", "}, note: x}"))))
        .startsWith("t.yaml:6: document.issued.note: unknown key 'note'; accepted here: ");
  }

  @Test
  void aStartMayBeAWindowOfItsOwn() {
    assertThat(validity(inForce(DOC, "{from: {between: 2024-03-01, and: 2024-03-10, why: {zh: 十日内, en: within ten"
        + " days}}, to: open}")).start())
        .isEqualTo(new Within(MARCH_1, LocalDate.of(2024, 3, 10), Text.of("十日内", "within ten days")));
  }

  // ------------------------------------------------------------------------------------------------ repeals

  /** Repealed on 2025-01-01: in force up to 2024-12-31 (its provision, open-ended, is refused until it ends). */
  private static final String REPEALED = issued("  issued: 2024-03-01\n"
      + "  repealed: {by: T2, on: 2025-01-01, note: {zh: 废止, en: repealed}}\n");

  @Test
  void aRepealOnADayEndsItsProvisionsTheDayBefore() {
    assertThat(document(inForce(REPEALED, "{from: 2024-03-01, to: repeal}")).document().repeal())
        .contains(new Repeal("T2", IssueDate.exact(LocalDate.of(2025, 1, 1), Text.of("废止日期", "date of repeal")),
            Text.of("废止", "repealed")));
    assertThat(validity(inForce(REPEALED, "{from: 2024-03-01, to: repeal}")).end())
        .isEqualTo(new On(LocalDate.of(2024, 12, 31)));
    assertThat(validity(inForce(REPEALED, "{from: 2024-03-01, to: 2024-12-31}")).end())
        .isEqualTo(new On(LocalDate.of(2024, 12, 31)));
    assertThat(refusal(inForce(REPEALED, "{from: 2024-03-01, to: 2025-01-01}")))
        .isEqualTo("t.yaml:14: provisions[T/1].in force.to: in force to 2025-01-01, after the document was repealed"
            + " (2025-01-01); accepted: a date before the repeal, or to: repeal");
  }

  @Test
  void aRepealInAWindowEndsItsProvisionsInTheWindowBefore() {
    String yaml = issued("  issued: 2024-03-01\n  repealed: {by: T2, on: {between: 2025-01-01, and: 2025-01-31,"
        + " why: {zh: 一月内, en: in January}}, note: {zh: 废止, en: repealed}}\n");
    // Each end of the window a day earlier; the note and the window's reason both.
    assertThat(validity(inForce(yaml, "{from: 2024-03-01, to: repeal}")).end()).isEqualTo(new Within(
        LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 30), Text.of("废止；一月内", "repealed; in January")));
  }

  @Test
  void aRepealBeforeIssueOrWithAnUnknownKeyIsRefused() {
    assertThat(refusal(REPEALED.replace("on: 2025-01-01", "on: 2024-02-01")))
        .isEqualTo("t.yaml:7: document.repealed.on: the repeal (2024-02-01) is before the document was issued"
            + " (2024-03-01)");
    assertThat(refusal(REPEALED.replace("by: T2,", "by: T2, colour: red,")))
        .startsWith("t.yaml:7: document.repealed.colour: unknown key 'colour'; accepted here: ");
  }

  private static final String FROM_WORDS = "accepted: a date (YYYY-MM-DD), issued (the document's date), or a window"
      + " (between:, and:, why:)";
  private static final String TO_WORDS = "accepted: a date (YYYY-MM-DD), open (no end known), repeal (the day before"
      + " the document's repeal), or a window (between:, and:, why:)";

  @Test
  void eachWordIsAcceptedOnlyAtItsEnd() {
    assertThat(refusal(inForce(DOC, "{from: 2024-03-01, to: issued}")))
        .isEqualTo("t.yaml:13: provisions[T/1].in force.to: cannot read 'issued': " + TO_WORDS);
    assertThat(refusal(inForce(DOC, "{from: open, to: open}")))
        .isEqualTo("t.yaml:13: provisions[T/1].in force.from: cannot read 'open': " + FROM_WORDS);
    assertThat(refusal(inForce(REPEALED, "{from: repeal, to: open}")))
        .isEqualTo("t.yaml:14: provisions[T/1].in force.from: cannot read 'repeal': " + FROM_WORDS);
    // A document never repealed has no day of repeal.
    assertThat(refusal(inForce(DOC, "{from: 2024-03-01, to: repeal}")))
        .isEqualTo("t.yaml:13: provisions[T/1].in force.to: cannot read 'repeal': " + TO_WORDS);
  }

  // ------------------------------------------------------------------------------------------------ reforms

  /** A reform of T/1 (line 6), its scope. */
  private static final String REFORM = """
      reform:
        id: R
        title: 改革
        reason: {zh: 理由, en: the reason}
      replaces:
        - id: T/1
          who: {zh: 孵化器, en: incubators}
      """;

  private static Provision replaced(String reform) {
    ReformFile r = (ReformFile) read(reform);
    return CatalogueFiles.replaced(document(DOC).provisions().get(0), r.replacements().get(0), r.reform());
  }

  @Test
  void aReplacementChangesWhatItGivesAndNothingElse() {
    Provision p = replaced(REFORM);
    assertThat(p.scope()).isEqualTo(Text.of("孵化器", "incubators"));
    assertThat(p.modification()).contains(Text.of("理由", "the reason"));
    assertThat(p.validity()).isEqualTo(document(DOC).provisions().get(0).validity());
    Provision ended = replaced(REFORM.replace("who: {zh: 孵化器, en: incubators}", "in force: {to: 2026-12-31}"));
    assertThat(ended.validity()).isEqualTo(new ValidityPeriod(new On(MARCH_1), new On(LocalDate.of(2026, 12, 31))));
    assertThat(ended.scope()).isEqualTo(Text.of("众创空间", "maker spaces"));
  }

  @Test
  void unknownKeysOfAReformAreRefusedAtEveryLevel() {
    assertThat(refusal(REFORM.replace("  title: 改革\n", "  title: 改革\n  colour: red\n")))
        .startsWith("t.yaml:4: reform.colour: unknown key 'colour'; accepted here: ");
    assertThat(refusal(REFORM + "    colour: red\n"))
        .startsWith("t.yaml:8: replaces[T/1].colour: unknown key 'colour'; accepted here: ");
    assertThat(refusal(REFORM + "extra: 1\n")).startsWith("t.yaml:8: extra: unknown key 'extra'; accepted here: ");
    Throwable who = catchThrowable(() -> replaced(REFORM.replace("en: incubators}", "en: incubators, fr: x}")));
    assertThat(who).isInstanceOf(CatalogueFileException.class).message()
        .startsWith("t.yaml:7: replaces[T/1].who.fr: unknown key 'fr'; accepted here: ");
    Throwable inForce = catchThrowable(() -> replaced(REFORM.replace("who: {zh: 孵化器, en: incubators}",
        "in force: {to: 2026-12-31, until: 2027-01-01}")));
    assertThat(inForce).isInstanceOf(CatalogueFileException.class).message()
        .startsWith("t.yaml:7: replaces[T/1].in force.until: unknown key 'until'; accepted here: ");
  }

  @Test
  void aReplacementThatChangesNothingIsRefused() {
    assertThat(refusal(REFORM.replace("    who: {zh: 孵化器, en: incubators}\n", "")))
        .isEqualTo("t.yaml:6: replaces[T/1].terms: the replacement of T/1 changes nothing; accepted: in force:,"
            + " terms: or who:");
  }

  /** A reform that adds a provision of its own; {@code issued} on line 5. */
  private static final String ADDS = """
      reform:
        id: R
        title: 改革
        reason: {zh: 理由, en: the reason}
        issued: 2025-01-01
      adds:
        - id: R/1
          clause: 第一条
          quote: 给予支持
          quote is: specification
          gloss: Support.
          in force: {from: 2025-01-01, to: open}
          who: {zh: 众创空间, en: maker spaces}
          confidence: confirmed
          terms: {kind: no formula, subject: {zh: 支持, en: support}}
      """;

  @Test
  void aReformAddsProvisionsOfItsOwnDatedOnItsDay() {
    ReformFile r = (ReformFile) read(ADDS);
    assertThat(r.replacements()).isEmpty();
    Provision added = r.additions().get(0);
    assertThat(added.id()).isEqualTo("R/1");
    assertThat(added.citation().document().id()).isEqualTo("R");
    assertThat(added.citation().document().issuer()).isEqualTo("改革");
    assertThat(added.jurisdiction()).isEqualTo(Jurisdiction.CHINA);
    assertThat(added.validity().firstDay()).contains(LocalDate.of(2025, 1, 1));
    assertThat(refusal(ADDS.replace("  issued: 2025-01-01\n", ""))).isEqualTo("t.yaml:2: reform.issued: a reform"
        + " that adds provisions needs a date (issued:) for them to be in force from");
  }

  @Test
  void aReformAddingAnIdAlreadyUsedIsRefusedForTheWholeFile() throws IOException {
    Path reform = Files.writeString(dir.resolve("r.yaml"), ADDS.replace("id: R/1", "id: CN-EIT-4"), UTF_8);
    Throwable thrown = catchThrowable(() -> Catalogue.builtIn().with(reform));
    // An addition has no line of its own in the catalogue: the whole file is named.
    assertThat(thrown).isInstanceOf(CatalogueFileException.class).hasMessage(reform + ": provision id CN-EIT-4 is"
        + " already used (at the catalogue); accepted: an id not yet in the catalogue");
  }

  // ------------------------------------------------------------------------------------------------ files

  @Test
  void aPathThatIsNotAFileIsAnInputOutputError() throws IOException {
    Path plain = Files.writeString(dir.resolve("plain.yaml"), DOC, UTF_8);
    Path under = plain.resolve("x.yaml");
    Throwable thrown = catchThrowable(() -> CatalogueFiles.read(under));
    assertThat(thrown).isInstanceOf(CatalogueFileException.class)
        .hasMessage(under + ": cannot read the file (an input/output error)");
    assertThat(((DocumentFile) CatalogueFiles.read(plain)).name()).isEqualTo(plain.toString());
  }

  @Test
  void notYamlIsRefusedWithTheParsersWordsOnOneLine() {
    assertThat(refusal("a: [b\n")).matches("t\\.yaml:\\d+: not valid YAML: \\S[^\\n]*");
  }

  @Test
  void aCatalogueOfItsOwnTravelsWhole() throws IOException, ClassNotFoundException {
    Catalogue own = Catalogue.empty().with(Files.writeString(dir.resolve("own.yaml"), DOC, UTF_8));
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(own);
    }
    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
        new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      Catalogue back = (Catalogue) in.readObject();
      assertThat(back.size()).isEqualTo(1);
      assertThat(back.isBuiltIn()).isFalse();
      assertThat(back.byId("T/1").scope()).isEqualTo(Text.of("众创空间", "maker spaces"));
    }
    assertThat(Catalogue.builtIn().isBuiltIn()).isTrue();
  }

  @Test
  void anEmptyCatalogueTakesAFileAlone() throws IOException {
    Catalogue c = Catalogue.empty().with(Files.writeString(dir.resolve("t.yaml"), DOC, UTF_8));
    assertThat(c.size()).isEqualTo(1);
    assertThat(c.byId("T/1").scope()).isEqualTo(Text.of("众创空间", "maker spaces"));
    assertThat(Catalogue.empty().size()).isZero();
  }

  @Test
  void theBuiltInFilesAreEveryFileOfTheIndexInItsOrder() throws IOException {
    Path folder = Path.of("src/main/resources/org/zhongchuang/policy/catalogue/documents");
    List<String> names = Files.readAllLines(folder.resolve("index.txt"), UTF_8).stream().map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(n -> "built-in:" + n).toList();
    assertThat(names).hasSizeGreaterThan(20);
    List<DocumentFile> files = CatalogueFiles.builtIn();
    assertThat(files).extracting(DocumentFile::name).containsExactlyElementsOf(names);
    assertThat(files.get(0).provisions()).isNotEmpty();
    assertThat(files.get(0).document().id()).isEqualTo("CN-EIT-LAW");
  }
}
