package org.zhongchuang.policy.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhongchuang.policy.law.QuoteKind;

/** Each verbatim quote appears in the source text it cites (test resources hold copies of shared/seeds and sources). */
class QuotesAreVerbatimTest {
  private static final Map<String, String> SOURCE_OF_DOCUMENT = Map.of(
      "JL-2015-31", "000_7f5a13b0da124fee.txt",
      "CN-GBF-2015-9", "001_811c800f2a97cadc.txt",
      "LN-2015-94", "002_5ab77ef69024a249.txt",
      "JX-2015-90", "003_c0638b785824da9a.txt",
      "GS-2015", "004_34f3cba3223de74d.txt",
      "CN-EIT-LAW", "企业所得税法-2018.md",
      "CN-EIT-REG", "企业所得税法实施条例-2019.md",
      "CN-PTT-2015", "促进科技成果转化法-2015.md");

  static Stream<Provision> verbatim() {
    return Catalogue.builtIn().all().stream().filter(p -> p.citation().quoteKind() != QuoteKind.SPECIFICATION_SUMMARY);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("verbatim")
  void quoteIsInTheSourceText(Provision p) throws IOException {
    String file = SOURCE_OF_DOCUMENT.get(p.citation().document().id());
    assertThat(file).as("a source text is held for %s", p.citation().document().id()).isNotNull();
    try (InputStream in = getClass().getResourceAsStream("/sources/" + file)) {
      String source = squeeze(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      assertThat(source).contains(squeeze(p.citation().quote()));
    }
  }

  /** The seeds break lines inside sentences; compare without white space. */
  private static String squeeze(String text) {
    return text.replaceAll("\\s+", "");
  }
}
