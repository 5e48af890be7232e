package org.zhongchuang.policy.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The hand-written normalization of a place's text is NFKC, stripped, lower case, as the JDK's {@link Normalizer}
 * computes it, whichever path the text takes: the fast one (ASCII, CJK ideographs, ü, full-width ASCII, the
 * ideographic space) or the JDK's.
 */
class NormalizeTest {

  private static String nfkc(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
  }

  /** The edges of each fast range and their neighbours outside it, and some characters NFKC changes. */
  private static final List<Character> EDGES = List.of(' ', 'A', 'z', '\u007F', '\u0080', 'ü', 'Ü', '\u4DFF', '一',
      '\u9FFF', '\uA000', '\u3000', '\u3001', '\uFF00', '！', 'Ａ', '～', '\uFF5F', 'ｱ', '\uFFE0', 'ﬁ', '①');

  @Test
  void theFastPathAgreesWithTheJdk() {
    qt().forAll(lists().of(arbitrary().pick(EDGES)).ofSizeBetween(0, 6)).checkAssert(chars -> {
      StringBuilder text = new StringBuilder();
      chars.forEach(text::append);
      assertThat(Jurisdiction.normalize(text.toString())).as("%s", text).isEqualTo(nfkc(text.toString()));
    });
  }

  @Test
  void fullWidthAsciiAndTheIdeographicSpaceBecomeAscii() {
    // U+FF2A - U+FEE0 = U+004A 'J', lower-cased; U+3000 is a space, stripped at the ends.
    assertThat(Jurisdiction.normalize("\u3000ＪＩＡＸＩＮＧ！\u3000嘉兴")).isEqualTo("jiaxing! 嘉兴");
    // Beyond U+FF5E the half-width forms are not ASCII: ｱ (U+FF71) is ア, ｟ (U+FF5F) is ⦅.
    assertThat(Jurisdiction.normalize("ｱ")).isEqualTo("ア");
    assertThat(Jurisdiction.normalize("\uFF5F")).isEqualTo("\u2985");
    assertThat(Jurisdiction.normalize(" Lüshun ")).isEqualTo("lüshun");
  }
}
