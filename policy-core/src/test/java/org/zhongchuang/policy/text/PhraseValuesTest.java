package org.zhongchuang.policy.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Phrases are values of a key and arguments; languages are values of a language code. */
class PhraseValuesTest {

  @Test
  void aPhraseIsItsKeyAndArguments() {
    Phrase p = Phrase.of("catalogue.missing", "units");
    assertThat(p).isEqualTo(Phrase.of("catalogue.missing", "units"))
        .isNotEqualTo(Phrase.of("catalogue.missing", "levels")).isNotEqualTo(Phrase.of("catalogue.empty", "units"))
        .isNotEqualTo("catalogue.missing");
    // String.hashCode of the key times 31, plus Arrays.hashCode of the arguments.
    assertThat(p.hashCode()).isEqualTo("catalogue.missing".hashCode() * 31 + Arrays.hashCode(new Object[] {"units"}));
    assertThat(p.key()).isEqualTo("catalogue.missing");
    assertThat(p.args()).containsExactly("units");
    assertThat(p).hasToString("catalogue.missing[units]");
  }

  @Test
  void aPhraseKeepsItsOwnCopyOfTheArguments() {
    Object[] args = {"units"};
    Phrase p = Phrase.of("catalogue.missing", args);
    args[0] = "levels";
    assertThat(p.render(Language.EN)).isEqualTo("units is missing; it is required here");
  }

  @Test
  void onlyAKeyWithAFormulaRendersOne() {
    StringBuilder out = new StringBuilder();
    assertThat(Phrase.renderFormula("catalogue.missing", new Object[] {"x"}, Language.EN, out)).isFalse();
    assertThat(out).isEmpty();
    // explain.text.formula is {1}.
    assertThat(Phrase.renderFormula("explain.text", new Object[] {"x", "1 + 1 = 2"}, Language.EN, out)).isTrue();
    assertThat(out).hasToString("1 + 1 = 2");
  }

  @Test
  void aLanguageIsItsCode() throws IOException, ClassNotFoundException {
    assertThat(Language.shipped()).containsExactly(Language.ZH, Language.EN);
    assertThat(Language.EN.hashCode()).isEqualTo("en".hashCode());
    assertThat(Language.EN).hasToString("en");
    assertThat(Language.ZH.locale()).isEqualTo(Locale.CHINESE);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(Language.ZH);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isSameAs(Language.ZH);
    }
  }
}
