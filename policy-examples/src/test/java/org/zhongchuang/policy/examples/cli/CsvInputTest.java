package org.zhongchuang.policy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link CsvBatch.Input} reads the text with Commons CSV: the header, then each record's trimmed cells and its number
 * (blank lines skipped, quoted cells with commas and line breaks kept whole, CRLF or LF), in batches that keep the
 * input's order; {@link CsvBatch.Recent} gives one string for cells that repeat.
 */
class CsvInputTest {

  private static List<String> input(String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (CsvBatch.Input in = new CsvBatch.Input(new StringReader(text))) {
      out.add("header " + in.header());
      for (var batch = in.next(); batch != null; batch = in.next()) {
        for (CsvBatch.Row row : batch) {
          out.add(row.number() + " " + Arrays.asList(row.cells()));
        }
      }
    }
    return out;
  }

  @Test
  void recordsAreNumberedAfterTheHeaderBlankLinesSkippedCellsTrimmed() throws IOException {
    assertThat(input("\r\n id , year ,地区\r\n1, 2024 ,吉林省\r\n\r\n2,2025,jiaxing\n\n3\n")).containsExactly(
        "header [id, year, 地区]", "1 [1, 2024, 吉林省]", "2 [2, 2025, jiaxing]", "3 [3]");
  }

  @Test
  void quotedCellsKeepTheirCommasQuotesAndLineBreaks() throws IOException {
    assertThat(input("id,note\n1,\"a, b\"\n2,\"line\r\nnext\"\n3,\"say \"\"hi\"\"\"\n4,x\n")).containsExactly(
        "header [id, note]", "1 [1, a, b]", "2 [2, line\r\nnext]", "3 [3, say \"hi\"]", "4 [4, x]");
  }

  @Test
  void manyRowsComeInBatchesInTheirOrder() throws IOException {
    StringBuilder text = new StringBuilder("id,year\n");
    for (int i = 1; i <= 5_000; i++) {
      text.append(i % 7 == 0 ? "\"" + i + "\"" : Integer.toString(i)).append(",2024\n");
    }
    List<String> rows = input(text.toString());
    assertThat(rows).hasSize(5_001);
    for (int i = 1; i <= 5_000; i++) {
      assertThat(rows.get(i)).isEqualTo(i + " [" + i + ", 2024]");
    }
  }

  @Test
  void emptyTextHasNoHeaderAndNoRows() throws IOException {
    assertThat(input("")).containsExactly("header []");
    assertThat(input("id,year\n")).containsExactly("header [id, year]");
  }

  @Test
  void malformedTextIsRefusedByCommonsCsv() throws IOException {
    try (CsvBatch.Input in = new CsvBatch.Input(new StringReader("id,note\n1,\"open\nnever closed\n"))) {
      assertThatThrownBy(in::next).isInstanceOf(UncheckedIOException.class);
    }
  }

  @Test
  void recentCellsAreOneStringEach() {
    CsvBatch.Recent recent = new CsvBatch.Recent();
    String first = recent.of(new String("吉林省"));
    assertThat(recent.of(new String("吉林省"))).isSameAs(first);
    String longCell = "x".repeat(40);
    assertThat(recent.of(new String(longCell))).isNotSameAs(recent.of(new String(longCell))).isEqualTo(longCell);
  }
}
