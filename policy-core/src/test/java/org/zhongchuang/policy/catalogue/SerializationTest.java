package org.zhongchuang.policy.catalogue;

import static org.zhongchuang.policy.JavaSerialization.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.explain.Explanation;
import org.zhongchuang.policy.explain.LegacyText;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.text.Text;

/** Catalogues and explanations survive Java serialization, so the calculators can run in Spark or Flink tasks. */
class SerializationTest {


  @Test
  void theBuiltInCatalogueRoundTrips() throws Exception {
    Catalogue copy = roundTrip(Catalogue.builtIn());
    assertThat(copy).isEqualTo(Catalogue.builtIn());
    assertThat(copy.byId("JX-2015-90/5.2").citation().document().repeal()).isPresent();
    assertThat(copy.byId("N-2015-1").terms()).isEqualTo(Catalogue.builtIn().byId("N-2015-1").terms());
  }

  @Test
  void explanationsRoundTrip() throws Exception {
    Explanation e = LegacyText.explanation(List.of(
        LegacyText.computation(Text.of("配套", "matching"), "1 × 1 = 1", Cny.ofYuan(1),
            List.of(Catalogue.builtIn().byId("JX-2015-90/5.2").citation())),
        LegacyText.decision(Text.of("决定", "decided"))), List.of(Text.of("注意", "note")));
    assertThat(roundTrip(e)).isEqualTo(e);
  }
}
