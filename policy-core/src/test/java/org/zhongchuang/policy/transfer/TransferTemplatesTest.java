package org.zhongchuang.policy.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.zhongchuang.policy.catalogue.UnitKind;
import org.zhongchuang.policy.explain.Step;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.text.Language;

/** Every kind has its template in both languages; the same trace in Chinese and English has the same numbers. */
class TransferTemplatesTest {

  private static Properties read(String file) throws Exception {
    Properties p = new Properties();
    try (var in = Language.class.getResourceAsStream(file)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @ParameterizedTest
  @EnumSource(TransferStep.class)
  void everyKindHasATemplateInBothFiles(TransferStep kind) throws Exception {
    assertThat(read("transfer.properties").getProperty(kind.key())).as(kind.key()).isNotBlank();
    assertThat(read("transfer_zh.properties").getProperty(kind.key())).as(kind.key()).isNotBlank();
  }

  @Test
  void bothFilesHaveTheSameKeysAndFormulas() throws Exception {
    assertThat(read("transfer_zh.properties").stringPropertyNames())
        .isEqualTo(read("transfer.properties").stringPropertyNames());
  }

  private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(\\.\\d+)?%?");

  private static List<String> numbers(String text) {
    // Dates and clause numbers are numbers too, and must agree as well.
    Matcher m = NUMBER.matcher(text);
    List<String> out = new java.util.ArrayList<>();
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  @Test
  void chineseAndEnglishGiveTheSameNumbersForEveryStepAndWarning() {
    for (TransferCase c : List.of(
        TransferCase.builder().jurisdiction(Jurisdiction.JILIN).date(LocalDate.of(2019, 3, 1))
            .unit(UnitKind.UNIVERSITY, true, false).mode(TransferMode.TRANSFER_OR_LICENCE).amount(Cny.ofYuan(1_000_000))
            .proposedReward(Cny.parse("600000.01")).mainContributor("甲", 3).member("乙", 2).build(),
        TransferCase.builder().jurisdiction(Jurisdiction.GANSU).date(LocalDate.of(2015, 7, 1))
            .unit(UnitKind.ENTERPRISE).mode(TransferMode.OWN_IMPLEMENTATION).amount(Cny.ofYuan(333_333))
            .proposedReward(Cny.ofYuan(400_000)).build(),
        TransferCase.builder().jurisdiction(Jurisdiction.JIAXING).date(LocalDate.of(2021, 3, 1))
            .unit(UnitKind.UNIVERSITY, false, true).mode(TransferMode.TRANSFER_OR_LICENCE).amount(Cny.ofYuan(1_000_000))
            .proposedReward(Cny.ofYuan(450_000)).member(TeamMember.parse("甲", "60%")).member("乙", 1).build())) {
      TransferRewardAssessment r = TransferRewardCalculator.builtIn().assess(c);
      List<Step> all = new java.util.ArrayList<>(r.explanation().steps());
      all.addAll(r.explanation().warnings());
      for (Step s : all) {
        if (s.kind() == TransferStep.NOTE || s.kind() instanceof org.zhongchuang.policy.explain.Caveat) {
          // A note is the catalogue's own text in each language ("art. 45(3)" beside "第四十五条第三款").
          continue;
        }
        String zh = s.description(Language.ZH) + " " + s.formula(Language.ZH);
        String en = s.description(Language.EN) + " " + s.formula(Language.EN);
        assertThat(numbers(zh)).as("%s\n%s\n%s", s.kind(), zh, en).containsExactlyInAnyOrderElementsOf(numbers(en));
      }
    }
  }
}
