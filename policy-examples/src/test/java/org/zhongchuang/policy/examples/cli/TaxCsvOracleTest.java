package org.zhongchuang.policy.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.zhongchuang.policy.examples.cli.CliRun.run;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.catalogue.Restatement;
import org.zhongchuang.policy.explain.Step;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.tax.Average;
import org.zhongchuang.policy.tax.EnterpriseFacts;
import org.zhongchuang.policy.tax.Industry;
import org.zhongchuang.policy.tax.SmallLowProfitTaxCalculator;
import org.zhongchuang.policy.tax.TaxAssessment;
import org.zhongchuang.policy.tax.TaxBand;
import org.zhongchuang.policy.tax.TaxCase;
import org.zhongchuang.policy.text.Language;

/**
 * The fast path of {@code policy tax --csv} (provisions and warnings shared by the assessments of one zone, cells kept
 * by lane, records encoded by the lanes) against an oracle that computes nothing the same way: every row assessed
 * alone, its provisions read from its own bands and its warnings from its own explanation, the file printed by Commons
 * CSV's printer. Byte for byte, for a few thousand generated rows of every year, place, size form and refusal.
 */
class TaxCsvOracleTest {
  private static final String[] PLACES = {"吉林省", "jilin", "jiaxing", "330400", "杭州市", "haining", "330000",
      "长春市", "china", "330481"};
  private static final long[] EDGES = {10_000_000, 20_000_000, 30_000_000, 50_000_000, 100_000_000, 300_000_000};
  private static final List<String> HEADER = List.of("id", "year", "jurisdiction", "income", "employees",
      "employees-quarters", "assets", "industry", "incubated", "established", "restricted", "qualifies");

  @TempDir Path dir;

  private static List<String> row(SplittableRandom random, int index) {
    int year = 2014 + random.nextInt(14);
    long fen = random.nextInt(5) == 0 ? EDGES[random.nextInt(EDGES.length)] + random.nextInt(3) - 1
        : random.nextLong(-10_000_000, 400_000_001);
    String income = random.nextInt(20) == 0 && fen > 0 ? (fen / 1_000_000) + "万" : Cny.ofFen(fen).toPlainString();
    boolean qualifies = random.nextInt(12) == 0;
    String employees = "";
    String quarters = "";
    String assets = "";
    String industry = "";
    if (!qualifies) {
      switch (random.nextInt(12)) {
        case 0 -> employees = random.nextInt(295, 305) + "." + random.nextInt(1, 10);
        case 1 -> quarters = random.nextInt(320) + "，" + random.nextInt(320);
        default -> employees = Integer.toString(random.nextInt(401));
      }
      assets = random.nextInt(10) == 0 ? random.nextInt(6000) + "万" : Long.toString(random.nextLong(60_000_001));
      industry = random.nextInt(15) == 0 ? "" : random.nextBoolean() ? "industrial" : "other";
    }
    String established = year == 2015 && random.nextBoolean() || random.nextInt(20) == 0
        ? LocalDate.of(Math.min(year, 2014 + random.nextInt(2)), 1 + random.nextInt(12), 1).toString() : "";
    return List.of(random.nextInt(10) == 0 ? "" : "R" + index, Integer.toString(year),
        PLACES[random.nextInt(PLACES.length)], income, employees, quarters, assets, industry,
        random.nextInt(4) == 0 ? "yes" : random.nextBoolean() ? "no" : "", established,
        random.nextInt(25) == 0 ? "yes" : "", qualifies ? "yes" : "");
  }

  /** The row's result cells as the oracle computes them; null for a row the library refuses. */
  private static List<String> expected(List<String> in) {
    EnterpriseFacts.Builder facts = EnterpriseFacts.builder();
    TaxAssessment a;
    try {
      facts.taxableIncome(Cny.parse(in.get(3))).restrictedOrProhibitedIndustry(in.get(10).equals("yes"))
          .incubatedStartUp(in.get(8).equals("yes"));
      if (in.get(11).equals("yes")) {
        facts.assertQualifyingSize();
      }
      if (!in.get(4).isEmpty()) {
        facts.employees(Average.parse(in.get(4)));
      }
      if (!in.get(5).isEmpty()) {
        facts.employeesByQuarter(Arrays.stream(in.get(5).split("，")).mapToLong(Long::parseLong).toArray());
      }
      if (!in.get(6).isEmpty()) {
        facts.totalAssets(Cny.parse(in.get(6)));
      }
      if (!in.get(7).isEmpty()) {
        facts.industry(in.get(7).equals("industrial") ? Industry.INDUSTRIAL : Industry.OTHER);
      }
      if (!in.get(9).isEmpty()) {
        facts.established(LocalDate.parse(in.get(9)));
      }
      a = SmallLowProfitTaxCalculator.builtIn().assess(TaxCase.of(Year.of(Integer.parseInt(in.get(1))),
          Jurisdiction.parse(in.get(2)), facts.build()));
    } catch (PolicyInputException refused) {
      return null;
    }
    List<String> ids = a.bands().stream().map(b -> b.grantedBy().id()).distinct().toList();
    List<Step> warnings = new ArrayList<>(a.explanation().warnings());
    boolean cited = a.bands().stream().flatMap(b -> b.restatedBy().stream())
        .anyMatch(p -> p.terms() instanceof Restatement r && r.incubatedStartUpsOnly());
    List<org.zhongchuang.policy.text.Renderable> all = new ArrayList<>(warnings);
    if (a.facts().incubatedStartUp() && !cited) {
      all.add(TaxCommand.INCUBATED_UNUSED);
    }
    return List.of(a.taxYear().toString(), a.jurisdiction().key(), a.taxableIncome().toPlainString(),
        a.eligible() ? "yes" : "no", a.taxDue().toPlainString(), a.standardTax().toPlainString(),
        a.relief().toPlainString(), a.effectiveRate().toDecimalString(), String.join(";", ids),
        Reports.joined(all, Language.ZH));
  }

  @Test
  void everyRowIsWhatItsOwnExplanationSaysByteForByte() throws IOException {
    SplittableRandom random = new SplittableRandom(15);
    List<List<String>> rows = new ArrayList<>();
    StringBuilder in = new StringBuilder();
    CSVPrinter input = new CSVPrinter(in, CSVFormat.DEFAULT);
    input.printRecord(HEADER);
    for (int i = 0; i < 6000; i++) {
      List<String> row = row(random, i);
      rows.add(row);
      input.printRecord(row);
    }
    Path csv = dir.resolve("in.csv");
    Files.writeString(csv, in, UTF_8);
    Path outFile = dir.resolve("out.csv");
    CliRun r = run("tax", "--csv", csv.toString(), "--out", outFile.toString());
    String out = Files.readString(outFile, UTF_8);
    assertThat(r.out()).isEmpty();
    assertThat(run("tax", "--csv", csv.toString()).out()).as("standard output").isEqualTo(out);

    List<CSVRecord> actual = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(out)).getRecords();
    assertThat(actual).hasSize(rows.size());
    StringBuilder oracle = new StringBuilder();
    CSVPrinter printer = new CSVPrinter(oracle, CSVFormat.DEFAULT);
    List<String> header = new ArrayList<>(List.of("id", "status", "error"));
    header.addAll(TaxCommand.CSV_HEADER);
    printer.printRecord(header);
    int ok = 0;
    int warned = 0;
    for (int i = 0; i < rows.size(); i++) {
      List<String> expected = expected(rows.get(i));
      String id = rows.get(i).get(0).isEmpty() ? Integer.toString(i + 1) : rows.get(i).get(0);
      List<String> cells = new ArrayList<>(List.of(id));
      if (expected == null) {
        assertThat(actual.get(i).get("status")).as("row %d", i + 1).isEqualTo("refused");
        cells.addAll(List.of("refused", actual.get(i).get("error")));
        TaxCommand.CSV_HEADER.forEach(c -> cells.add(""));
      } else {
        ok++;
        warned += expected.get(9).isEmpty() ? 0 : 1;
        cells.addAll(List.of("ok", ""));
        cells.addAll(expected);
      }
      printer.printRecord(cells);
    }
    assertThat(out).isEqualTo(oracle.toString());
    // Most rows computed, many with warnings; status 3 for those refused.
    assertThat(ok).isGreaterThan(4000);
    assertThat(warned).isGreaterThan(1000);
    assertThat(r.status()).isEqualTo(PolicyCli.ROWS_REFUSED);
  }

  @Test
  void recordsAreWhatCommonsCsvPrints() throws IOException {
    // Amounts as Cny.toPlainString writes them, at every magnitude, Long.MIN_VALUE and MAX_VALUE among them.
    CsvRecords extremes = new CsvRecords();
    for (long fen : new long[] {Long.MIN_VALUE, Long.MAX_VALUE, 0, -1, 99, -100, -2_147_483_648L * 100,
        -2_147_483_649L * 100 - 5}) {
      extremes.value(Cny.ofFen(fen), true);
      extremes.end();
      assertThat(new String(extremes.take(), UTF_8)).isEqualTo(Cny.ofFen(fen).toPlainString() + "\r\n");
    }
    String alphabet = "ab9-#!\"', \t\r\n元—　.";
    SplittableRandom random = new SplittableRandom(16);
    CsvRecords records = new CsvRecords();
    StringBuilder oracle = new StringBuilder();
    CSVPrinter printer = new CSVPrinter(oracle, CSVFormat.DEFAULT);
    String repeated = "财政部 税务总局公告2023年第12号";
    for (int i = 0; i < 20_000; i++) {
      List<Object> cells = new ArrayList<>();
      List<String> texts = new ArrayList<>();
      int n = 1 + random.nextInt(5);
      for (int k = 0; k < n; k++) {
        StringBuilder cell = new StringBuilder();
        int length = random.nextInt(4) == 0 ? 0 : random.nextInt(6);
        for (int c = 0; c < length; c++) {
          cell.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        Object value = switch (random.nextInt(10)) {
          case 0 -> repeated;
          case 1 -> random.nextInt(5) == 0 ? null : Cny.ofFen(random.nextLong() >> random.nextInt(64));
          case 2 -> Share.ofFraction(random.nextLong(Long.MAX_VALUE) >> random.nextInt(64),
              1 + (random.nextLong(Long.MAX_VALUE - 1) >> random.nextInt(64)));
          case 3 -> Share.ofFraction(random.nextInt(1000), 1L << random.nextInt(12));
          default -> cell.toString();
        };
        cells.add(value);
        texts.add(value instanceof Cny amount ? amount.toPlainString()
            : value instanceof Share share ? share.toDecimalString() : (String) value);
      }
      for (int k = 0; k < cells.size(); k++) {
        records.value(cells.get(k), k == 0);
      }
      records.end();
      printer.printRecord(texts);
    }
    assertThat(new String(records.take(), UTF_8)).isEqualTo(oracle.toString());
    assertThat(records.size()).isZero();
  }
}
