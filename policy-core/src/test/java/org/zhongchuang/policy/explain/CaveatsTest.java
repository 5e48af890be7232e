package org.zhongchuang.policy.explain;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.NoFormula;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.text.Text;

/** The caveats of relying on a provision, one for each of: modified, not confirmed, issued in a window. */
@SuppressWarnings("removal") // LegacyText: the one kind of step that is plain text
class CaveatsTest {
  @TempDir Path dir;

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

  private Catalogue catalogue(String yaml) throws IOException {
    return Catalogue.empty().with(Files.writeString(dir.resolve("t.yaml"), yaml, UTF_8));
  }

  @Test
  void aConfirmedProvisionOfAnExactDateUnchangedHasNone() throws IOException {
    assertThat(Caveat.of(catalogue(DOC).byId("T/1"))).isEmpty();
  }

  @Test
  void eachDoubtIsOneCaveatInOrder() throws IOException {
    Catalogue c = catalogue(DOC.replace("confidence: confirmed", "confidence: secondary")
        .replace("issued: 2024-03-01", "issued: {between: 2024-03-01, and: 2024-03-31, why: {zh: 三月, en: in March}}"))
        .withModified("T/1", NoFormula.class, t -> t.withSubject(Text.of("改", "changed")), Text.of("假设", "what if"));
    Provision p = c.byId("T/1");
    List<Step> caveats = Caveat.of(p);
    assertThat(caveats).extracting(Step::kind).containsExactly(Caveat.MODIFIED, Caveat.CONFIDENCE,
        Caveat.ISSUE_WINDOW);
    assertThat(caveats.get(0).args()).containsExactly(p.citation().reference(), Text.of("假设", "what if"));
    assertThat(Caveat.of(catalogue(DOC.replace("confidence: confirmed", "confidence: unconfirmed")).byId("T/1")))
        .extracting(Step::kind).containsExactly(Caveat.CONFIDENCE);
  }

  @Test
  void stepsAreNumberedInAColumnOfTwo() {
    List<Step> steps = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      steps.add(LegacyText.decision(Text.of("第" + i + "步", "step " + i)));
    }
    String text = new Explanation(steps, List.of()).render(Language.EN);
    assertThat(text).contains("\n 9. step 9\n").contains("\n10. step 10\n").contains("\n 1. step 1\n");
  }
}
