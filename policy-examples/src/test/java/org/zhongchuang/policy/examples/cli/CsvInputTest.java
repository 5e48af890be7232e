package org.zhongchuang.policy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * {@link CsvBatch.Input} reads every text as Commons CSV reads it (the header, then each record's trimmed cells and
 * number): lines split by the lanes where the text allows, Commons CSV itself from the first quote or lone carriage
 * return on, whether that comes in the header, the first block or a later one.
 */
class CsvInputTest {

  private static List<String> commons(String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
        .setIgnoreEmptyLines(true).setAllowMissingColumnNames(false).get().parse(new StringReader(text))) {
      out.add("header " + parser.getHeaderNames());
      for (CSVRecord r : parser) {
        out.add(r.getRecordNumber() + " " + Arrays.asList(r.values()));
      }
    }
    return out;
  }

  private static List<String> input(String text) throws IOException {
    List<String> out = new ArrayList<>();
    String[] recent = new String[CsvBatch.Input.RECENT];
    try (CsvBatch.Input in = new CsvBatch.Input(new StringReader(text))) {
      out.add("header " + in.header());
      for (var batch = in.next(); batch != null; batch = in.next()) {
        for (CsvBatch.Row row : batch.rows(recent)) {
          out.add(row.number() + " " + Arrays.asList(row.cells()));
        }
      }
    }
    return out;
  }

  interface Reading {
    List<String> of(String text) throws IOException;
  }

  /** The rows read, or the kind of refusal (malformed text is refused both ways; the positions named may differ). */
  private static List<String> read(Reading reading, String text) {
    try {
      return reading.of(text);
    } catch (IOException | RuntimeException e) {
      return List.of("refused: " + e.getClass().getSimpleName());
    }
  }

  private static String text(SplittableRandom random, int lines, String alphabet) {
    StringBuilder text = new StringBuilder(random.nextInt(3) == 0 ? "\n\r\n" : "").append(" id, year ,地区\n");
    for (int i = 0; i < lines; i++) {
      int length = random.nextInt(12);
      for (int k = 0; k < length; k++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      text.append(random.nextInt(4) == 0 ? "\r\n" : "\n");
    }
    if (random.nextBoolean()) {
      text.append("last,line");
    }
    return text.toString();
  }

  @Test
  void smallTextsAreReadAsCommonsCsvReadsThem() throws IOException {
    SplittableRandom random = new SplittableRandom(15);
    for (int i = 0; i < 3000; i++) {
      // A quote or a lone return in one text in three.
      String alphabet = i % 3 == 0 ? "a1,, \t中\"\r\n" : "a1,,, \t中吉x";
      String text = text(random, random.nextInt(30), alphabet);
      assertThat(read(CsvInputTest::input, text)).as(text).isEqualTo(read(CsvInputTest::commons, text));
    }
  }

  @Test
  void aQuoteInALaterBlockHandsTheRestToCommonsCsvWithTheNumbersGoingOn() throws IOException {
    SplittableRandom random = new SplittableRandom(16);
    for (String late : new String[] {"x,\"a,\nb\",c\n", "y,\"\"\n", "z\r", "\"q\"\r\n,\n"}) {
      String text = text(random, 60_000, "a1,, \t中") + "\n" + late + text(random, 2_000, "a1,,\n");
      List<String> expected = read(CsvInputTest::commons, text);
      assertThat(expected.size()).isGreaterThan(50_000);
      assertThat(read(CsvInputTest::input, text)).isEqualTo(expected);
    }
  }

  @Test
  void headersTheLanesDoNotSplitAreReadByCommonsCsv() throws IOException {
    for (String text : new String[] {"", "\n\n", "id,year", "id,year\n", "\"id\",year\n1,2\n", "id\r,year\n1\n",
        "\r\n\r\nid,年度\r\n1,2\r\n\r\n", "  \t\nid\n"}) {
      assertThat(read(CsvInputTest::input, text)).as(text).isEqualTo(read(CsvInputTest::commons, text));
    }
  }

  @Test
  void aLongLineGrowsTheBlock() throws IOException {
    String text = "id,note\n1," + "x".repeat(700_000) + "\n2,y\n";
    assertThat(input(text)).isEqualTo(commons(text));
  }
}
