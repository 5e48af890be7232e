package org.zhongchuang.policy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every refusal is one line in the user's language: Chinese by default, English with {@code --lang en}; it names the
 * option as typed and what is accepted, and leaks no English into the Chinese (option names, values the user typed,
 * the codes an option accepts and examples aside).
 */
class RefusalLanguageTest {
  /** Words that are data, not English: what options accept, their labels, and the names of the command. */
  private static final Pattern DATA = Pattern.compile("--[a-z-]+(=[^'\\s]*)?|'[^']*'|“[^”]*”|U\\+[0-9A-F]{4}|PROVISIONS\\.md"
      + "|\\b(incubator|university-science-park|maker-space-in-incubator|maker-space|M1|M12"
      + "|policy|tax|prepay|eit|transfer|match|catalog|chart|floor|targets|leave|places|completion|demo|help|industrial"
      + "|other|university|research-institute"
      + "|enterprise|equity|own-implementation|national|provincial|municipal|county|china|jiaxing|lanbai|GB/T"
      + "|YYYY-MM-DD|YYYY|AMOUNT|LEVEL|BODY|METRIC|QUERY|ID|YEAR|start-up|zh|en"
      + "|benefits|profile|place|year|day|awards|research-unit|researcher|date|YAML|JSON|UTF-8)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern WORD = Pattern.compile("[A-Za-z]{3,}");

  static Stream<List<String>> badCommandLines() {
    return Stream.of(
        List.of("tax", "--year", "20x6", "--jurisdiction", "嘉兴", "--income", "1", "--qualifies"),
        List.of("tax", "--year", "2016", "--jurisdiction", "mars", "--income", "1", "--qualifies"),
        List.of("tax", "--year", "2016", "--jurisdiction", "朝阳", "--income", "1", "--qualifies"),
        List.of("tax", "--year", "2016", "--jurisdiction", "嘉兴", "--income", "12,34", "--qualifies"),
        List.of("tax", "--year", "2016", "--jurisdiction", "嘉兴", "--income", "1.234", "--qualifies"),
        List.of("tax", "--year", "2016", "--jurisdiction", "嘉兴", "--income", "1"),
        List.of("tax", "--year", "2016", "--jurisdiction", "嘉兴"),
        List.of("tax", "--year", "2016", "--jurisdiction", "嘉兴", "--income", "1", "--industry", "farm",
            "--employees", "1", "--assets", "1"),
        List.of("tax", "--year", "2016", "--jurisdiction", "嘉兴", "--income", "1", "--employees", "300.5.1",
            "--assets", "1", "--industry", "other"),
        List.of("tax", "--year", "2016", "--jurisdiction", "嘉兴", "--income", "1", "--employees-quarters", "1,x",
            "--assets", "1", "--industry", "other"),
        List.of("tax", "--year", "2016", "--jurisdiction", "嘉兴", "--income", "1", "--qualifies", "--employees", "3"),
        List.of("tax", "--year", "2016", "--jurisdiction", "嘉兴", "--income", "1", "--qualifies", "--established",
            "2017-01-01"),
        List.of("tax", "--year", "1999", "--jurisdiction", "嘉兴", "--income", "1", "--qualifies"),
        List.of("tax", "--year", "2016", "--year", "2017", "--jurisdiction", "嘉兴", "--income", "1", "--qualifies"),
        List.of("tax", "--incom", "1"),
        List.of("prepay", "--year", "2024", "--quarter", "5", "--jurisdiction", "杭州", "--cumulative-profit", "1",
            "--prepaid", "0", "--qualifies"),
        List.of("prepay", "--year", "2024", "--quarter", "2", "--jurisdiction", "杭州", "--cumulative-profit", "1",
            "--prepaid", "-1", "--qualifies"),
        List.of("prepay", "--year", "2018", "--quarter", "2", "--jurisdiction", "杭州", "--cumulative-profit", "1",
            "--prepaid", "0", "--qualifies"),
        List.of("eit", "--year", "2019", "--jurisdiction", "china", "--profit", "abc"),
        List.of("eit", "--jurisdiction", "china", "--profit", "1"),
        List.of("eit", "--year", "2007", "--jurisdiction", "china", "--profit", "1"),
        List.of("eit", "--year", "2019", "--jurisdiction", "china", "--profit", "1", "--loss", "2018:5"),
        List.of("eit", "--year", "2019", "--jurisdiction", "china", "--profit", "1", "--loss", "2019=5"),
        List.of("eit", "--year", "2019", "--jurisdiction", "china", "--profit", "1", "--loss", "2018=-5"),
        List.of("eit", "--year", "2019", "--jurisdiction", "china", "--profit", "1", "--vc-investment", "5@x@y"),
        List.of("eit", "--year", "2019", "--jurisdiction", "china", "--profit", "1", "--vc-investment", "0@2017-01-01"),
        List.of("eit", "--year", "2019", "--jurisdiction", "china", "--profit", "1", "--tech-transfer-income", "5"),
        List.of("eit", "--year", "2019", "--jurisdiction", "china", "--profit", "1", "--tech-transfer-income", "5",
            "--tech-transfer-cost", "6"),
        List.of("eit", "--year", "2019", "--jurisdiction", "china", "--profit", "100万"),
        List.of("eit", "--year", "2022", "--jurisdiction", "china", "--profit", "500万", "--rd-expensed", "10万"),
        List.of("eit", "--year", "2019", "--jurisdiction", "china", "--profit", "1", "--rd-expensed", "-1"),
        List.of("eit", "--year", "2019", "--jurisdiction", "china", "--profit", "1", "--qualified-years", "2019"),
        List.of("transfer", "--jurisdiction", "嘉兴", "--date", "2016-13-01", "--unit", "university", "--public"),
        List.of("transfer", "--jurisdiction", "嘉兴", "--date", "2016-01-01", "--unit", "school", "--public"),
        List.of("transfer", "--jurisdiction", "嘉兴", "--date", "2016-01-01", "--unit", "university", "--public",
            "--net-income", "100万", "--mode", "sale"),
        List.of("transfer", "--jurisdiction", "嘉兴", "--date", "2016-01-01", "--unit", "university", "--public",
            "--net-income", "100万", "--split", "张三"),
        List.of("transfer", "--jurisdiction", "嘉兴", "--date", "2016-01-01", "--unit", "university", "--public",
            "--net-income", "100万", "--split", "张三=1", "--main", "李四"),
        List.of("transfer", "--jurisdiction", "嘉兴", "--date", "2016-01-01", "--unit", "university"),
        List.of("match", "--jurisdiction", "嘉兴", "--date", "2016-06-01", "--award", "provincial"),
        List.of("match", "--jurisdiction", "嘉兴", "--date", "2016-06-01", "--award", "galactic=1"),
        List.of("catalog", "--jurisdiction", "嘉兴", "--date", "1900-01-01"),
        List.of("catalog", "--lang", "fr"),
        List.of("chart", "--years", "2019", "--out", "cliffs.gif"),
        List.of("chart", "--years", "2019,2019", "--out", "cliffs.png"),
        List.of("chart", "--years", "2015", "--out", "cliffs.png"),
        List.of("floor", "--jurisdiction", "杭州", "--date", "2016-06-01", "--proposed", "1"),
        List.of("floor", "--date", "2016-06-01", "--proposed", "1"),
        List.of("floor", "--jurisdiction", "嘉兴", "--date", "2015-11-30", "--proposed", "1"),
        List.of("floor", "--jurisdiction", "嘉兴", "--date", "2016-06-01", "--proposed", "-1"),
        List.of("floor", "--provision", "JX-2015-90/5.2", "--date", "2016-06-01", "--proposed", "1"),
        List.of("targets", "--jurisdiction", "海宁"),
        List.of("targets", "--jurisdiction", "嘉兴", "--actual", "mentors=1.5"),
        List.of("targets", "--jurisdiction", "嘉兴", "--actual", "makers=1"),
        List.of("targets", "--jurisdiction", "嘉兴", "--actual", "mentors=1", "--actual", "mentors=2"),
        List.of("leave", "--jurisdiction", "嘉兴", "--start", "2015-11-30"),
        List.of("leave", "--jurisdiction", "吉林", "--start", "2016-03-01"),
        List.of("leave", "--jurisdiction", "嘉兴"),
        List.of("places", "mars"),
        List.of("places"),
        List.of("catalog", "--kind", "grant"),
        List.of("catalog", "--id", "JX-2015-90/9"),
        List.of("catalog", "--year", "1995"),
        List.of("incubator", "--year", "20x0", "--jurisdiction", "嘉兴", "--kind", "incubator", "--level", "national"),
        List.of("incubator", "--year", "2020", "--jurisdiction", "嘉兴", "--kind", "park", "--level", "national"),
        List.of("incubator", "--year", "2020", "--jurisdiction", "嘉兴", "--kind", "incubator", "--level", "county"),
        List.of("incubator", "--year", "2020", "--jurisdiction", "嘉兴"),
        List.of("incubator", "--year", "2020", "--jurisdiction", "嘉兴", "--kind", "incubator", "--level", "national"),
        List.of("incubator", "--year", "2020", "--jurisdiction", "嘉兴", "--kind", "incubator", "--level", "provincial",
            "--recognised", "2020-03-05", "--property-tax", "12万"),
        List.of("incubator", "--year", "2020", "--jurisdiction", "嘉兴", "--kind", "incubator", "--level", "national",
            "--recognised", "2010-01-01", "--property-tax", "1;2;3"),
        List.of("incubator", "--year", "2020", "--jurisdiction", "嘉兴", "--kind", "incubator", "--level", "national",
            "--recognised", "2020-03-01", "--lost", "2020-01-01"),
        List.of("incubator", "--year", "2020", "--jurisdiction", "嘉兴", "--kind", "incubator", "--level", "national",
            "--conditions-met", "--conditions-not-met"),
        List.of("incubator", "--year", "2019", "--jurisdiction", "嘉兴", "--kind", "incubator", "--level", "national",
            "--recognised", "2010-01-01", "--business-tax", "5"),
        List.of("incubator", "--year", "2020", "--jurisdiction", "嘉兴", "--kind", "incubator", "--level", "national",
            "--recognised", "2010-01-01", "--vat", "-1"),
        List.of("benefits", "--profile", "src/test/resources/profiles/no-year.yaml"),
        List.of("benefits", "--profile", "src/test/resources/profiles/government.yaml"),
        List.of("benefits", "--profile", "src/test/resources/profiles/unknown-key.yaml"),
        List.of("benefits", "--profile", "src/test/resources/profiles/bad-amount.yaml"),
        List.of("benefits", "--profile", "src/test/resources/profiles/transfer-no-date.yaml"),
        List.of("benefits", "--profile", "src/test/resources/profiles/broken.yaml"),
        List.of("benefits", "--profile", "src/test/resources/profiles/eit-no-profit.yaml"),
        List.of("benefits", "--profile", "src/test/resources/profiles/eit-year.yaml"),
        List.of("benefits", "--profile", "src/test/resources/profiles/day-other-year.yaml"),
        List.of("benefits", "--profile", "src/test/resources/profiles/eit-unknown-option.yaml"),
        List.of("benefits", "--profile", "src/test/resources/profiles/absent.yaml"),
        List.of("benefits"),
        List.of("nonsense"),
        List.of());
  }

  @ParameterizedTest
  @MethodSource("badCommandLines")
  void chineseByDefault(List<String> args) {
    CliRun run = CliRun.run(args.toArray(String[]::new));
    assertOneRefusal(run);
    assertThat(run.err()).containsPattern("\\p{IsHan}");
    String line = run.err().strip();
    assertThat(englishWords(line)).as(line).isEmpty();
    assertThat(line).contains("（参见 '");
  }

  @ParameterizedTest
  @MethodSource("badCommandLines")
  void englishWhenAsked(List<String> args) {
    String[] withLanguage = Stream.concat(args.stream(), Stream.of("--lang", "en")).toArray(String[]::new);
    if (args.contains("fr")) {
      return; // the language itself is refused, in Chinese
    }
    CliRun run = CliRun.run(withLanguage);
    assertOneRefusal(run);
    String line = run.err().strip();
    assertThat(line).contains(" (see '").doesNotContain("：选项").doesNotContain("缺少").doesNotContain("可接受");
  }

  private static void assertOneRefusal(CliRun run) {
    assertThat(run.status()).as(run.err()).isEqualTo(PolicyCli.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines().count()).as(run.err()).isEqualTo(1);
  }

  private static String englishWords(String line) {
    Matcher m = WORD.matcher(DATA.matcher(line).replaceAll(" "));
    StringBuilder found = new StringBuilder();
    while (m.find()) {
      found.append(m.group()).append(' ');
    }
    return found.toString().strip();
  }
}
