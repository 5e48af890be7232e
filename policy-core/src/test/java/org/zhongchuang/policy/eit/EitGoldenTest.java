package org.zhongchuang.policy.eit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhongchuang.policy.text.Language;

/**
 * Whole explanations, word for word, of returns whose every figure was checked by hand: the steps, the warnings and
 * the citations of a 2022 return with every preference (English), a loss year (Chinese), a qualified year's own loss
 * with intangibles formed earlier (English) and a worth computed without the small low-profit facts (English).
 *
 * <p>A deliberate change of words updates the files under {@code src/test/resources/org/zhongchuang/policy/eit/}: the
 * test writes what it got beside them in {@code target/eit-golden/} for review.
 */
class EitGoldenTest {

  @ParameterizedTest(name = "{1}")
  @CsvSource({"0, showcase-2022-en.txt, en", "2, loss-year-2019-zh.txt, zh", "3, own-loss-2024-en.txt, en",
      "11, worth-without-facts-2019-en.txt, en"})
  void theExplanationIsWordForWordTheOneChecked(int which, String file, String language) throws IOException {
    List<AnnualReturnAssessment> cases = EitTemplatesTest.showcase();
    String actual = cases.get(which).render(Language.parse(language));
    Path out = Path.of("target", "eit-golden", file);
    Files.createDirectories(out.getParent());
    Files.writeString(out, actual, UTF_8);
    try (InputStream in = getClass().getResourceAsStream(file)) {
      assertThat(in).as("golden file %s (see target/eit-golden/)", file).isNotNull();
      assertThat(actual).isEqualTo(new String(in.readAllBytes(), UTF_8));
    }
  }
}
