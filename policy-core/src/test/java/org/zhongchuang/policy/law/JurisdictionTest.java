package org.zhongchuang.policy.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JurisdictionTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({"330400,jiaxing", "jiaxing,jiaxing", "JiaXing,jiaxing", "嘉兴,jiaxing", "嘉兴市,jiaxing", "３３０４００,jiaxing",
      "220000,jilin", "吉林省,jilin", "210000,liaoning", "辽宁,liaoning", "330000,zhejiang", "620000,gansu",
      "lanbai,lanbai", "兰白科技创新改革试验区,lanbai", "兰白试验区,lanbai", "china,china", "中国,china", "全国,china"})
  void findsByCodePinyinOrChineseName(String name, String id) {
    assertThat(Jurisdiction.parse(name).id()).isEqualTo(id);
  }

  @Test
  void unknownNameListsTheKnownOnes() {
    assertThatThrownBy(() -> Jurisdiction.parse("shanghai"))
        .isInstanceOf(UnknownJurisdictionException.class)
        .hasMessageContaining("'shanghai'")
        .hasMessageContaining("jiaxing (330400, 嘉兴市)")
        .hasMessageContaining("lanbai (兰白科技创新改革试验区)")
        .hasMessageContaining("jilin (220000");
  }

  @Test
  void chainsRunToChina() {
    assertThat(Jurisdiction.JIAXING.chain())
        .containsExactly(Jurisdiction.JIAXING, Jurisdiction.ZHEJIANG, Jurisdiction.CHINA);
    assertThat(Jurisdiction.LANBAI.chain()).containsExactly(Jurisdiction.LANBAI, Jurisdiction.GANSU, Jurisdiction.CHINA);
    assertThat(Jurisdiction.JILIN.chain()).containsExactly(Jurisdiction.JILIN, Jurisdiction.CHINA);
    assertThat(Jurisdiction.CHINA.chain()).containsExactly(Jurisdiction.CHINA);
    assertThat(Jurisdiction.JIAXING.isWithin(Jurisdiction.ZHEJIANG)).isTrue();
    assertThat(Jurisdiction.ZHEJIANG.isWithin(Jurisdiction.JIAXING)).isFalse();
    assertThat(Jurisdiction.LANBAI.isWithin(Jurisdiction.JILIN)).isFalse();
    assertThat(Jurisdiction.LANBAI.depth()).isEqualTo(2);
    assertThat(Jurisdiction.CHINA.parent()).isEmpty();
  }

  @Test
  void codesWhereTheyExist() {
    assertThat(Jurisdiction.JIAXING.code()).contains("330400");
    assertThat(Jurisdiction.LANBAI.code()).isEmpty();
    assertThat(Jurisdiction.CHINA.code()).isEmpty();
    assertThat(Jurisdiction.LANBAI.key()).isEqualTo("lanbai");
    assertThat(Jurisdiction.JIAXING.key()).isEqualTo("330400");
  }

  @Test
  void callersMayDefineOtherJurisdictions() {
    Jurisdiction huzhou = Jurisdiction.define("huzhou", "330500", "湖州市", "Huzhou", Jurisdiction.ZHEJIANG);
    assertThat(huzhou.chain()).containsExactly(huzhou, Jurisdiction.ZHEJIANG, Jurisdiction.CHINA);
    assertThatThrownBy(() -> Jurisdiction.define("jiaxing", null, "嘉兴", "Jiaxing", Jurisdiction.ZHEJIANG))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Jurisdiction.parse("huzhou")).isInstanceOf(UnknownJurisdictionException.class);
  }

  @Test
  void namesAndValueSemantics() {
    assertThat(Jurisdiction.JIAXING.englishName()).isEqualTo("Jiaxing");
    assertThat(Jurisdiction.JIAXING.toString()).isEqualTo("嘉兴市 (330400)");
    assertThat(Jurisdiction.JIAXING.parent()).contains(Jurisdiction.ZHEJIANG);
    assertThat(Jurisdiction.JIAXING.hashCode()).isNotEqualTo(Jurisdiction.JILIN.hashCode());
    assertThat(Jurisdiction.JIAXING).isNotEqualTo(Jurisdiction.ZHEJIANG).isNotEqualTo("jiaxing");
    assertThatThrownBy(() -> Jurisdiction.define("x", "330400", "X", "X", Jurisdiction.CHINA))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Jurisdiction.define("y", null, "Y", "Y", Jurisdiction.CHINA).code()).isEmpty();
    try {
      Jurisdiction.parse("nowhere");
    } catch (UnknownJurisdictionException e) {
      assertThat(e.input()).isEqualTo("nowhere");
    }
  }
}
