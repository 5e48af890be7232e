package org.zhongchuang.policy.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;

class JsonTest {

  @Test
  void escapesWhatJsonRequiresAndKeepsChineseAsIs() {
    assertThat(Json.write("a\"b\\c\nd\te\r\b\f\u0001\u001f")).isEqualTo("\"a\\\"b\\\\c\\nd\\te\\r\\b\\f\\u0001\\u001f\"");
    assertThat(Json.write("嘉政办发〔2015〕90号 “1:1”")).isEqualTo("\"嘉政办发〔2015〕90号 “1:1”\"");
    assertThat(Json.write("/")).isEqualTo("\"/\"");
  }

  @Test
  void escapesLineSeparatorsAndUnpairedSurrogatesButNotPairs() {
    assertThat(Json.write("\u2028\u2029")).isEqualTo("\"\\u2028\\u2029\"");
    assertThat(Json.write("x\ud800y")).isEqualTo("\"x\\ud800y\"");
    assertThat(Json.write("\udc00")).isEqualTo("\"\\udc00\"");
    assertThat(Json.write("𠀀")).isEqualTo("\"𠀀\""); // U+20000, a surrogate pair, written as is
  }

  @Test
  void writesMoneyWithTwoDecimalsAndSharesAsDecimalStrings() {
    assertThat(Json.write(Cny.ofYuan(25_000))).isEqualTo("\"25000.00\"");
    assertThat(Json.write(Cny.ofFen(-5))).isEqualTo("\"-0.05\"");
    assertThat(Json.write(Share.percent(70))).isEqualTo("\"0.70\"");
    assertThat(Json.write(Share.percent("12.5"))).isEqualTo("\"0.125\"");
    assertThat(Json.write(Share.ONE)).isEqualTo("\"1.00\"");
  }

  @Test
  void writesOrderedObjectsArraysAndLiterals() {
    String json = Json.write(Json.object().put("b", 1).put("a", List.of(true, false)).put("n", null)
        .put("empty", List.of()).put("o", Json.object()).put("l", 5_000_000_000L));
    assertThat(json).isEqualTo("{\n  \"b\": 1,\n  \"a\": [\n    true,\n    false\n  ],\n  \"n\": null,\n"
        + "  \"empty\": [],\n  \"o\": {},\n  \"l\": 5000000000\n}");
    @SuppressWarnings("unchecked")
    Map<String, Object> parsed = (Map<String, Object>) JsonParser.parse(json);
    assertThat(parsed.keySet()).containsExactly("b", "a", "n", "empty", "o", "l");
  }

  @Test
  void refusesValuesWithoutAJsonForm() {
    assertThatThrownBy(() -> Json.write(1.5d)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Double");
    assertThatThrownBy(() -> Json.write(Map.of(1, "x"))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anyStringRoundTripsAndTheOutputIsValidUtf8WithoutRawControlCharacters() {
    qt().forAll(lists().of(integers().between(0, 0xFFFF)).ofSizeBetween(0, 40)).checkAssert(chars -> {
      char[] cs = new char[chars.size()];
      for (int k = 0; k < cs.length; k++) {
        cs[k] = (char) chars.get(k).intValue();
      }
      String s = new String(cs);
      String json = Json.write(Json.object().put(s, List.of(s)));
      assertThat(JsonParser.parse(json)).isEqualTo(Map.of(s, List.of(s)));
      assertThat(json.chars().filter(c -> c < 0x20 && c != '\n')).isEmpty();
      // Encoding to UTF-8 and back loses nothing: no unpaired surrogate reached the output.
      assertThat(new String(json.getBytes(UTF_8), UTF_8)).isEqualTo(json);
    });
  }

  @Test
  void anyAmountIsWrittenAsTheDecimalItIs() {
    qt().forAll(longs().all()).checkAssert(fen -> {
      Object parsed = JsonParser.parse(Json.write(Cny.ofFen(fen)));
      assertThat(new BigDecimal((String) parsed)).isEqualTo(BigDecimal.valueOf(fen, 2));
      assertThat((String) parsed).matches("-?\\d+\\.\\d\\d");
    });
  }

  @Test
  void nestedStructuresRoundTrip() {
    Object value = Arrays.asList(Json.object().put("k", Arrays.asList(null, "v", 3)), "x");
    assertThat(JsonParser.parse(Json.write(value)))
        .isEqualTo(List.of(Map.of("k", Arrays.asList(null, "v", new BigDecimal(3))), "x"));
  }
}
