package org.zhongchuang.policy.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.zhongchuang.policy.examples.cli.Reports.t;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.zhongchuang.policy.DateNotCoveredException;
import org.zhongchuang.policy.MissingFactsException;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.tax.ConditionCheck;
import org.zhongchuang.policy.tax.EnterpriseFacts;
import org.zhongchuang.policy.tax.SmallLowProfitTaxCalculator;
import org.zhongchuang.policy.tax.TaxAssessment;
import org.zhongchuang.policy.tax.TaxBand;
import org.zhongchuang.policy.tax.TaxCase;
import org.zhongchuang.policy.text.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code policy chart}: the cliffs of the small low-profit relief, as a picture. Tax due and the effective rate
 * against taxable income, one line per tax year, for an enterprise within the size limits; with {@code --catalogue},
 * the same years under the changed law drawn over the law as it is. The amounts are the calculator's, computed
 * exactly on a grid and at every edge of a band and of the income ceiling (the cent before and the cent after), and
 * written to a CSV file beside the picture; only the drawing uses floating point.
 */
@Command(name = "chart", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Draw the small low-profit relief's cliffs: tax due and effective rate against taxable income,",
        "one line per tax year, for an enterprise within the size limits (PNG or SVG, and the data as CSV).",
        "With --catalogue, the changed law is drawn over the law as it is."})
final class ChartCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--years", required = true, split = "[,，]", paramLabel = "YYYY,YYYY,…",
      converter = Converters.YearConverter.class, description = "The tax years to draw, e.g. 2016,2019,2022,2024.")
  List<Year> years;

  @Option(names = "--out", required = true, paramLabel = "FILE.svg|FILE.png",
      description = {"The picture to write: SVG or PNG. Chinese words need a font with Chinese glyphs;",
          "without one, the picture's words are English."})
  Path out;

  @Option(names = "--data", paramLabel = "FILE.csv",
      description = "Where to write the plotted values (default: beside the picture, with .csv).")
  Path data;

  @Option(names = "--jurisdiction", paramLabel = "J", defaultValue = "china",
      converter = Converters.JurisdictionConverter.class,
      description = "Where the enterprise is (default: ${DEFAULT-VALUE}; the relief is national law).")
  Jurisdiction jurisdiction;

  @Option(names = "--to", paramLabel = "AMOUNT", converter = Converters.AmountConverter.class,
      description = "The largest taxable income drawn (default: a quarter above the highest income ceiling).")
  Cny to;

  @Option(names = "--established", paramLabel = "YYYY-MM-DD", converter = Converters.DateConverter.class,
      description = "Date of establishment: needed for tax year 2015, whose relief changed on 2015-10-01.")
  LocalDate established;

  @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", converter = Converters.LanguageConverter.class,
      description = "Language of the picture's words and of the summary: zh (default) or en.")
  Language language;

  @Mixin CatalogueOption catalogue;

  /** Points of the regular grid per line, besides the edges. */
  private static final int GRID = 400;
  private static final int MAX_YEARS = 8;
  /** One colour per year: its tax line (solid) and its effective rate (dashed) share it. */
  private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
      new Color(0x9467bd), new Color(0xff7f0e), new Color(0x8c564b), new Color(0xe377c2), new Color(0x17becf)};
  private static final String CJK_SAMPLE = "小型微利企业应纳税额";

  /** One plotted point: exact amounts, as the calculator gave them. */
  record Point(Year year, boolean whatIf, Cny income, Cny taxDue, Share effectiveRate) {}

  @Override
  public Integer call() throws IOException {
    String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
    boolean svg = name.endsWith(".svg");
    if (!svg && !name.endsWith(".png")) {
      throw Refusals.invalid(spec, "--out", "'" + out + "' 的扩展名不是“.svg”或“.png”；可接受：以“.svg”（矢量图）或“.png”（位图）结尾的文件名",
          "'" + out + "' ends in neither .svg nor .png; accepted: FILE.svg or FILE.png");
    }
    if (years.size() > MAX_YEARS || years.size() != new TreeSet<>(years).size()) {
      throw Refusals.invalid(spec, "--years", "最多 " + MAX_YEARS + " 个互不相同的年度", "at most " + MAX_YEARS
          + " different years");
    }
    Path dataFile = data != null ? data : out.resolveSibling(name.replaceFirst("\\.(svg|png)$", "") + ".csv");
    List<Point> points = new ArrayList<>();
    SmallLowProfitTaxCalculator law = SmallLowProfitTaxCalculator.builtIn();
    SmallLowProfitTaxCalculator changed = catalogue.given()
        ? SmallLowProfitTaxCalculator.of(catalogue.catalogue()) : null;
    Cny top = to != null ? to : defaultTop(changed != null ? changed : law);
    if (!top.isPositive()) {
      throw Refusals.invalid(spec, "--to", "须为正数", "must be positive");
    }
    StringBuilder summary = new StringBuilder();
    for (Year year : years) {
      points.addAll(line(law, year, false, top, summary));
      if (changed != null) {
        points.addAll(line(changed, year, true, top, summary));
      }
    }
    boolean cjk = language.isChinese() && canDraw(CJK_SAMPLE);
    Language words = language.isChinese() && !cjk ? Language.EN : language;
    XYChart chart = chart(points, words, changed != null);
    try (OutputStream file = Files.newOutputStream(out)) {
      if (svg) {
        VectorGraphicsEncoder.saveVectorGraphic(chart, file, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
      } else {
        BitmapEncoder.saveBitmap(chart, file, BitmapEncoder.BitmapFormat.PNG);
      }
    } catch (IOException e) {
      throw Refusals.invalid(spec, "--out", Refusals.text(out + "：无法写入（" + e.getMessage() + "）",
          out + ": cannot write it (" + e.getMessage() + ")"));
    }
    writeData(points, dataFile);
    var print = spec.commandLine().getOut();
    print.print(summary);
    if (words != language) {
      print.println("注意：本机没有可显示中文的字体，图中文字改用英文（摘要和数据不受影响）。");
    }
    print.println(t(language, "图：", "Picture: ") + out);
    print.println(t(language, "数据：", "Data: ") + dataFile);
    return PolicyCli.OK;
  }

  /** The points of one year's line: a grid, and the cent before and after every edge of a band or the ceiling. */
  private List<Point> line(SmallLowProfitTaxCalculator calculator, Year year, boolean whatIf, Cny top,
      StringBuilder summary) {
    TreeSet<Long> fen = new TreeSet<>();
    long last = top.toFen();
    for (int i = 0; i <= GRID; i++) {
      fen.add(last / GRID * i);
    }
    fen.add(last);
    Cny ceiling = ceiling(calculator, year);
    List<Cny> edges = new ArrayList<>();
    for (TaxBand band : assess(calculator, year, ceiling).bands()) {
      edges.add(band.incomeRange().upper());
    }
    edges.add(ceiling);
    for (Cny edge : edges) {
      for (long f = edge.toFen() - 1; f <= edge.toFen() + 1; f++) {
        if (f > 0 && f <= last) {
          fen.add(f);
        }
      }
    }
    List<Point> line = new ArrayList<>(fen.size());
    for (long f : fen) {
      Cny income = Cny.ofFen(f);
      TaxAssessment a = assess(calculator, year, income);
      line.add(new Point(year, whatIf, income, a.taxDue(), a.effectiveRate()));
    }
    Cny above = ceiling.plus(Cny.ofFen(1));
    Cny before = assess(calculator, year, ceiling).taxDue();
    Cny after = assess(calculator, year, above).taxDue();
    summary.append(year).append(whatIf ? t(language, "（假设）", " (what-if)") : "").append(t(language, "：应纳税所得额 ",
        ": taxable income ")).append(ceiling.format()).append(t(language, " 时税额 ", " pays ")).append(before.format())
        .append(t(language, "；多 0.01 元（", "; one fen more (")).append(above.format())
        .append(t(language, "）时税额 ", ") pays ")).append(after.format()).append(t(language, "，跳升 ", ", a jump of "))
        .append(after.minus(before).format()).append('\n');
    return line;
  }

  /** The income ceiling of the year's small low-profit criteria: the cliff. */
  private Cny ceiling(SmallLowProfitTaxCalculator calculator, Year year) {
    for (ConditionCheck check : assess(calculator, year, Cny.ofFen(1)).eligibility().checks()) {
      if (check.condition() == ConditionCheck.Condition.TAXABLE_INCOME) {
        return (Cny) check.limit();
      }
    }
    throw new IllegalStateException("no income ceiling in " + year);
  }

  private Cny defaultTop(SmallLowProfitTaxCalculator calculator) {
    long highest = 0;
    for (Year year : years) {
      highest = Math.max(highest, ceiling(calculator, year).toFen());
    }
    long top = highest + highest / 4;
    long step = 100_000_00L;
    return Cny.ofFen((top + step - 1) / step * step);
  }

  private TaxAssessment assess(SmallLowProfitTaxCalculator calculator, Year year, Cny income) {
    EnterpriseFacts.Builder facts = EnterpriseFacts.builder().taxableIncome(income).assertQualifyingSize()
        .restrictedOrProhibitedIndustry(false);
    if (established != null) {
      facts.established(established);
    }
    try {
      return calculator.assess(TaxCase.of(year, jurisdiction, facts.build()));
    } catch (DateNotCoveredException e) {
      throw Refusals.invalid(spec, "--years", e.problem());
    } catch (MissingFactsException e) {
      // The one fact a year may need beyond the income: the day of establishment in the 2015 split year.
      throw Refusals.missing(spec, List.of("--established=YYYY-MM-DD"),
          l -> t(l, year + " 年度：", year + ": ") + e.why().render(l));
    }
  }

  private XYChart chart(List<Point> points, Language words, boolean whatIf) {
    XYChart chart = new XYChartBuilder().width(1200).height(700)
        .title(t(words, "小型微利企业所得税：应纳税额与实际税负（" + jurisdiction.chineseName() + "；非限制和禁止行业，人数和资产在上限内）",
            "Small low-profit enterprise income tax: tax due and effective rate (" + jurisdiction.englishName()
                + "; not a restricted industry, headcount and assets within the limits)"))
        .xAxisTitle(t(words, "应纳税所得额（元）", "Taxable income (yuan)"))
        .yAxisTitle(t(words, "应纳税额（元）", "Tax due (yuan)")).build();
    Styler styler = chart.getStyler();
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
    chart.getStyler().setXAxisDecimalPattern("#,##0");
    chart.getStyler().setYAxisDecimalPattern("#,##0");
    chart.getStyler().putYAxisGroupDecimalPatternMap(1, "0.##'%'");
    chart.getStyler().setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
    chart.setYAxisGroupTitle(1, t(words, "实际税负（%，虚线）", "Effective rate (%, dashed)"));
    styler.setAntiAlias(true);
    int colour = 0;
    for (Year year : years) {
      Color lineColour = PALETTE[colour++ % PALETTE.length];
      for (boolean changed : whatIf ? List.of(false, true) : List.of(false)) {
        List<Double> x = new ArrayList<>();
        List<Double> tax = new ArrayList<>();
        List<Double> rate = new ArrayList<>();
        for (Point p : points) {
          if (p.year().equals(year) && p.whatIf() == changed) {
            x.add(p.income().toBigDecimal().doubleValue());
            tax.add(p.taxDue().toBigDecimal().doubleValue());
            rate.add(p.effectiveRate().toBigDecimal().movePointRight(2).doubleValue());
          }
        }
        String label = year + (changed ? t(words, "（假设）", " (what-if)") : "");
        XYSeries taxLine = chart.addSeries(t(words, label + " 应纳税额", label + " tax due"), x, tax);
        taxLine.setMarker(SeriesMarkers.NONE);
        taxLine.setLineColor(lineColour);
        XYSeries rateLine = chart.addSeries(t(words, label + " 实际税负", label + " effective rate"), x, rate);
        rateLine.setMarker(SeriesMarkers.NONE);
        rateLine.setLineColor(lineColour);
        rateLine.setYAxisGroup(1);
        rateLine.setLineStyle(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {6f, 4f}, 0f));
        if (changed) {
          taxLine.setLineStyle(new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
              new float[] {2f, 3f}, 0f));
        }
      }
    }
    return chart;
  }

  private void writeData(List<Point> points, Path file) {
    try (Writer w = Files.newBufferedWriter(file, UTF_8);
        CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT)) {
      csv.printRecord("year", "catalogue", "taxableIncome", "taxDue", "effectiveRate", "effectiveRatePercent");
      for (Point p : points) {
        csv.printRecord(p.year(), p.whatIf() ? "what-if" : "built-in", p.income().toPlainString(),
            p.taxDue().toPlainString(), p.effectiveRate().toDecimalString(), p.effectiveRate().toPercentString());
      }
    } catch (IOException e) {
      throw Refusals.invalid(spec, "--data", Refusals.text(file + "：无法写入（" + e.getMessage() + "）",
          file + ": cannot write it (" + e.getMessage() + ")"));
    }
  }

  private static boolean canDraw(String text) {
    return new Font(Font.SANS_SERIF, Font.PLAIN, 12).canDisplayUpTo(text) < 0;
  }
}
