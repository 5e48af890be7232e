package org.zhongchuang.policy.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.law.Citation;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.text.Text;

/** The citations of an explanation come from its steps and its warnings; a step renders as its description. */
@SuppressWarnings("removal") // LegacyText: the one kind of step that is plain text
class ExplanationPartsTest {
  private final Citation matching = Catalogue.builtIn().byId("JX-2015-90/5.2").citation();
  private final Citation law = Catalogue.builtIn().byId("CN-EIT-4").citation();
  private final Citation spec = Catalogue.builtIn().byId("CN-CS-2019-13-1").citation();

  @Test
  void theCitationsOfStepsComeFirstThenThoseOfWarningsEachOnce() {
    Step step = LegacyText.decision(Text.of("结论", "conclusion"), law, spec);
    Step warning = Step.of(LegacyText.Kind.TEXT, List.of(spec, matching), Text.of("注意", "note"), "");
    assertThat(new Explanation(List.of(step), List.of(warning)).citations()).containsExactly(law, spec, matching);
    assertThat(new Explanation(List.of(step), List.of()).citations()).containsExactly(law, spec);
    assertThat(new Explanation(List.of(), List.of(warning)).citations()).containsExactly(spec, matching);
  }

  @Test
  void aStepRendersAsItsDescription() {
    Step step = LegacyText.decision(Text.of("结论", "conclusion"), law);
    assertThat(step.render(Language.EN)).isEqualTo("conclusion");
    assertThat(step.render(Language.ZH)).isEqualTo("结论");
  }
}
