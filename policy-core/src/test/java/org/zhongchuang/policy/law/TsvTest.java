package org.zhongchuang.policy.law;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TsvTest {
  private static List<String[]> rows(String text) {
    return Tsv.rows(text.getBytes(UTF_8), "test.tsv", "a\tb\tc");
  }

  @Test
  void skipsCommentsAndBlankLinesAndReadsFieldsWithEmptyOnesAsNull() {
    List<String[]> rows = rows("\n# comment\n\na\tb\tc\r\n# another\n\r\n海宁市\t\tharbin\n1\t2\t\n\t\t3");
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0)).containsExactly("海宁市", null, "harbin");
    assertThat(rows.get(1)).containsExactly("1", "2", null);
    assertThat(rows.get(2)).containsExactly(null, null, "3");
  }

  @Test
  void refusesAWrongHeaderOrFieldCount() {
    assertThatThrownBy(() -> rows("a\tb\n1\t2\n")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("test.tsv: expected the column header 'a\tb\tc'");
    assertThatThrownBy(() -> rows("# only comments\n")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no column header");
    assertThatThrownBy(() -> rows("a\tb\tc\n1\t2\n")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("expected 3 tab-separated fields in '1\t2'");
    assertThatThrownBy(() -> rows("a\tb\tc\n1\t2\t3\t4\n")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("expected 3 tab-separated fields in '1\t2\t3\t4'");
  }

  @Test
  void readsTheResourcesNextToJurisdiction() {
    assertThat(new String(Tsv.read("zones.tsv"), UTF_8)).contains("lanbai\t兰白科技创新改革试验区");
    assertThatThrownBy(() -> Tsv.read("missing.tsv")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("missing.tsv is missing");
  }
}
