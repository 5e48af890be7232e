package org.zhongchuang.policy.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.tax.EnterpriseFacts;
import org.zhongchuang.policy.tax.SmallLowProfitTaxCalculator;
import org.zhongchuang.policy.tax.TaxCase;
import org.w3c.dom.Document;

class ChartCommandTest {
  @TempDir Path dir;

  /** The plotted data, by (year, income): tax due. */
  private static Map<String, String> taxDue(Path csv) throws IOException {
    List<String> lines = Files.readAllLines(csv, UTF_8);
    assertThat(lines.get(0)).isEqualTo("year,catalogue,taxableIncome,taxDue,effectiveRate,effectiveRatePercent");
    return lines.stream().skip(1).map(l -> l.split(","))
        .collect(Collectors.toMap(c -> c[0] + "/" + c[1] + "/" + c[2], c -> c[3]));
  }

  @Test
  void pngIsAnImageAndTheDataHoldTheCentBeforeAndAfterEveryCliff() throws IOException {
    Path png = dir.resolve("cliffs.png");
    CliRun run = CliRun.run("chart", "--years", "2016,2019,2022", "--out", png.toString(), "--lang", "en")
        .assertSucceeded();
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1200);
    assertThat(image.getHeight()).isEqualTo(700);
    Map<String, String> data = taxDue(dir.resolve("cliffs.csv"));
    // Hand-computed: 2019 — 3,000,000.00 pays 100万×5% + 200万×10% = 250,000.00; a fen more pays 25% of all.
    assertThat(data).containsEntry("2019/built-in/2999999.99", "250000.00")
        .containsEntry("2019/built-in/3000000.00", "250000.00")
        .containsEntry("2019/built-in/3000000.01", "750000.00")
        // 2019's band edge at 1,000,000: 5% below, 10% on the excess.
        .containsEntry("2019/built-in/1000000.00", "50000.00")
        .containsEntry("2019/built-in/1000000.01", "50000.00")
        // 2016: 300,000 at 50% × 20% = 30,000; a fen more, 25%.
        .containsEntry("2016/built-in/300000.00", "30000.00")
        .containsEntry("2016/built-in/300000.01", "75000.00")
        // 2022 (25% × 20% then 50% × 20%): 25,000 + 100,000.
        .containsEntry("2022/built-in/3000000.00", "125000.00");
    assertThat(run.out()).contains("2019: taxable income 3,000,000.00 pays 250,000.00; one fen more (3,000,000.01)"
        + " pays 750,000.00, a jump of 500,000.00");
  }

  @Test
  void everyPlottedValueIsTheCalculatorsOwn() throws IOException {
    Path svg = dir.resolve("c.svg");
    CliRun.run("chart", "--years", "2024", "--out", svg.toString(), "--data", dir.resolve("d.csv").toString())
        .assertSucceeded();
    SmallLowProfitTaxCalculator calculator = SmallLowProfitTaxCalculator.builtIn();
    Map<String, String> data = taxDue(dir.resolve("d.csv"));
    assertThat(data).hasSizeGreaterThan(400);
    data.forEach((key, tax) -> {
      String income = key.split("/")[2];
      var facts = EnterpriseFacts.builder().taxableIncome(Cny.parse(income)).assertQualifyingSize()
          .restrictedOrProhibitedIndustry(false).build();
      assertThat(calculator.assess(TaxCase.of(Year.of(2024), Jurisdiction.parse("china"), facts)).taxDue()
          .toPlainString()).as(key).isEqualTo(tax);
    });
  }

  @Test
  void svgIsWellFormedXml() throws Exception {
    Path svg = dir.resolve("c.svg");
    CliRun.run("chart", "--years", "2019", "--out", svg.toString()).assertSucceeded();
    var factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    Document doc = factory.newDocumentBuilder().parse(svg.toFile());
    assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
  }

  @Test
  void aWhatIfCatalogueIsDrawnOverTheLaw() throws IOException {
    // The shipped reform extends the 2023 relief to 2030 with a ceiling of 5,000,000.
    Path png = dir.resolve("w.png");
    CliRun run = CliRun.run("chart", "--years", "2024,2029", "--out", png.toString(), "--lang", "en",
        "--catalogue", "catalogue/reform-2030.yaml").assertSucceeded();
    Map<String, String> data = taxDue(dir.resolve("w.csv"));
    // 2029 as the law is: the notices' relief ended 2027-12-31; the law alone (企业所得税法 第二十八条, 20% for a
    // small low-profit enterprise under the 2008 regulation's 300,000 ceiling) remains.
    assertThat(data).containsEntry("2029/built-in/300000.00", "60000.00")
        .containsEntry("2029/built-in/300000.01", "75000.00")
        .doesNotContainKey("2029/built-in/5000000.00")
        // 2029 under the reform: 5% (25% × 20%) up to the new ceiling, 25% a fen above it.
        .containsEntry("2029/what-if/5000000.00", "250000.00")
        .containsEntry("2029/what-if/5000000.01", "1250000.00");
    assertThat(run.out()).contains("2029 (what-if): taxable income 5,000,000.00 pays 250,000.00");
  }

  @Test
  void refusesWhatItCannotDraw() {
    CliRun.run("chart", "--years", "2019", "--out", dir.resolve("x.gif").toString()).assertRefused("--out")
        .assertErr(".svg");
    CliRun.run("chart", "--years", "2019,2019", "--out", dir.resolve("x.png").toString()).assertRefused("--years");
    CliRun.run("chart", "--years", "2019", "--out", dir.resolve("x.png").toString(), "--to", "0")
        .assertRefused("--to");
    CliRun.run("chart", "--years", "1999", "--out", dir.resolve("x.png").toString()).assertRefused("--years");
    CliRun.run("chart", "--years", "2015", "--out", dir.resolve("x.png").toString())
        .assertRefused("--established");
  }
}
