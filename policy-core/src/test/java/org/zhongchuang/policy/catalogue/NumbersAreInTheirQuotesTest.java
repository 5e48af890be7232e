package org.zhongchuang.policy.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;

/**
 * The catalogue's lint: every amount, share, count and year a provision's terms state is written in the provision's
 * own quote — in Arabic or full-width digits, with 万 or 亿, as a percentage, or in Chinese numerals (百分之五十,
 * 三至五年) — unless the provision says why not ({@code numbers not in quote}). A reviewer who reads the quote reads
 * the numbers the calculators use.
 */
class NumbersAreInTheirQuotesTest {

  static Stream<Provision> provisions() {
    return Catalogue.builtIn().all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("provisions")
  void everyNumberOfTheTermsIsWrittenInTheQuote(Provision p) {
    List<BigDecimal> stated = numbers(p.terms());
    Set<BigDecimal> written = numbersIn(p.citation().quote());
    List<BigDecimal> missing = stated.stream().filter(n -> written.stream().noneMatch(w -> w.compareTo(n) == 0))
        .toList();
    if (p.numbersNotQuoted().isPresent()) {
      assertThat(missing).as("%s says why some numbers are not in its quote: then some must be missing", p.id())
          .isNotEmpty();
    } else {
      assertThat(missing).as("numbers of %s not written in its quote '%s'", p.id(), p.citation().quote()).isEmpty();
    }
  }

  /** The numbers a reader of the terms sees: amounts in yuan, shares in percent, counts, years. */
  static List<BigDecimal> numbers(Terms terms) {
    List<BigDecimal> out = new ArrayList<>();
    switch (terms.termsKind()) {
      case TAX_RATE -> out.add(percent(((TaxRate) terms).rate()));
      case SMALL_LOW_PROFIT_CRITERIA -> {
        SmallLowProfitCriteria c = (SmallLowProfitCriteria) terms;
        out.add(yuan(c.incomeCeiling()));
        out.add(BigDecimal.valueOf(c.industrialEmployees()));
        out.add(BigDecimal.valueOf(c.otherEmployees()));
        out.add(yuan(c.industrialAssets()));
        out.add(yuan(c.otherAssets()));
      }
      case SMALL_LOW_PROFIT_RELIEF -> {
        SmallLowProfitRelief r = (SmallLowProfitRelief) terms;
        if (r.band().lower() != null && !r.band().lower().isZero()) {
          out.add(yuan(r.band().lower()));
        }
        out.add(yuan(r.band().upper()));
        out.add(percent(r.inclusion()));
        out.add(percent(r.rate()));
      }
      case SPLIT_YEAR -> out.add(BigDecimal.valueOf(((SplitYearApportionment) terms).taxYear().getValue()));
      case EXTRA_DEDUCTION -> out.add(percent(((DeductionRate) terms).share()));
      case REWARD_FLOOR -> {
        RewardFloor f = (RewardFloor) terms;
        out.add(percent(f.minimum()));
        if (f.basis().isYearly()) {
          out.add(BigDecimal.valueOf(f.minYears()));
          out.add(BigDecimal.valueOf(f.maxYears()));
        }
      }
      case MATCHING -> {
        MatchingRule m = (MatchingRule) terms;
        out.add(BigDecimal.valueOf(m.ratio().numerator()));
        out.add(BigDecimal.valueOf(m.ratio().denominator()));
        m.capPerAward().ifPresent(c -> out.add(yuan(c)));
        m.capPerYear().ifPresent(c -> out.add(yuan(c)));
      }
      case SUPPORT_FLOOR -> out.add(yuan(((SupportFloor) terms).minimum()));
      case TARGET -> {
        Target t = (Target) terms;
        out.add(BigDecimal.valueOf(t.threshold()));
        out.add(BigDecimal.valueOf(t.deadline().getValue()));
      }
      case TERM_LIMIT -> out.add(BigDecimal.valueOf(((TermLimit) terms).maximum().getYears()));
      case REPORTING_DEADLINE -> out.add(BigDecimal.valueOf(((ReportingDeadline) terms).workingDays()));
      case WAGE_INCLUSION -> out.add(percent(((WageInclusion) terms).counted()));
      case RECOGNITION_TIMING -> ((RecognitionTiming) terms).continuingIfRecognisedBy()
          .ifPresent(d -> out.add(BigDecimal.valueOf(d.getYear())));
      case RESEARCH_DEDUCTION -> {
        ResearchDeduction r = (ResearchDeduction) terms;
        out.add(percent(r.extra()));
        r.amortisation().ifPresent(a -> out.add(percent(a)));
      }
      case TRANSFER_INCOME_RELIEF -> {
        TransferIncomeRelief r = (TransferIncomeRelief) terms;
        out.add(yuan(r.exemptUpTo()));
        out.add(percent(r.excessCounted()));
      }
      case HALVED_INCOME_RATE -> out.add(percent(((HalvedIncomeRate) terms).rate()));
      case VENTURE_CAPITAL_DEDUCTION -> {
        VentureCapitalDeduction v = (VentureCapitalDeduction) terms;
        out.add(percent(v.share()));
        out.add(BigDecimal.valueOf(v.heldAtLeast().getYears()));
      }
      case LOSS_CARRY_FORWARD -> {
        LossCarryForward l = (LossCarryForward) terms;
        out.add(BigDecimal.valueOf(l.years()));
        if (l.qualifiedOnly()) {
          out.add(BigDecimal.valueOf(l.lossesOfYearsBefore()));
        }
      }
      case RESTATEMENT, NO_FORMULA, SIZE_MEASURE, PREPAYMENT, RESEARCH_EXCLUSION, INCUBATOR_EXEMPTION,
          TAX_REFERRAL -> { }
    }
    return out;
  }

  private static BigDecimal yuan(Cny amount) {
    return amount.toBigDecimal();
  }

  private static BigDecimal percent(Share share) {
    return new BigDecimal(share.numerator()).multiply(BigDecimal.valueOf(100))
        .divide(new BigDecimal(share.denominator()));
  }

  private static final Pattern ARABIC = Pattern.compile("(\\d+(?:,\\d{3})*(?:\\.\\d+)?)\\s*(万|亿)?");
  private static final Pattern CHINESE = Pattern.compile("[零〇一二两三四五六七八九十百千]+");

  /** Every number written in a text, each also multiplied out by a 万 or 亿 after it. */
  static Set<BigDecimal> numbersIn(String text) {
    StringBuilder ascii = new StringBuilder();
    text.codePoints().forEach(c -> ascii.appendCodePoint(c >= '０' && c <= '９' ? c - '０' + '0'
        : c == '，' ? ',' : c == '．' ? '.' : c));
    Set<BigDecimal> out = new HashSet<>();
    Matcher m = ARABIC.matcher(ascii);
    while (m.find()) {
      BigDecimal n = new BigDecimal(m.group(1).replace(",", ""));
      out.add(n);
      if ("万".equals(m.group(2))) {
        out.add(n.movePointRight(4));
      } else if ("亿".equals(m.group(2))) {
        out.add(n.movePointRight(8));
      }
    }
    Matcher c = CHINESE.matcher(ascii);
    while (c.find()) {
      out.add(BigDecimal.valueOf(chinese(c.group())));
    }
    return out;
  }

  /** A Chinese numeral up to the thousands: 五 5, 五十 50, 二十 20, 十五 15, 一百 100. */
  static long chinese(String numeral) {
    String digits = "零一二三四五六七八九";
    long total = 0;
    long current = 0;
    for (char ch : numeral.toCharArray()) {
      int d = ch == '两' ? 2 : ch == '〇' ? 0 : digits.indexOf(ch);
      if (d >= 0) {
        current = d;
        continue;
      }
      long unit = ch == '十' ? 10 : ch == '百' ? 100 : 1000;
      total += (current == 0 ? 1 : current) * unit;
      current = 0;
    }
    return total + current;
  }

  @Test
  void theLintReadsEveryFormTheDocumentsUse() {
    assertThat(numbersIn("年应纳税所得额低于２０万元（含２０万元）")).contains(new BigDecimal("200000"), new BigDecimal("20"));
    assertThat(numbersIn("管理资金规模100亿元以上")).contains(new BigDecimal("10000000000"));
    assertThat(numbersIn("提取不低于百分之五十的比例")).contains(new BigDecimal("50"));
    assertThat(numbersIn("连续三至五年")).contains(new BigDecimal("3"), new BigDecimal("5"));
    assertThat(numbersIn("12.5%")).contains(new BigDecimal("12.5"));
    assertThat(chinese("二十")).isEqualTo(20);
    assertThat(chinese("十五")).isEqualTo(15);
    assertThat(chinese("一百")).isEqualTo(100);
    assertThat(chinese("五")).isEqualTo(5);
    // A number that is not in the quote is found missing: the lint can fail.
    SmallLowProfitRelief r = (SmallLowProfitRelief) Catalogue.builtIn().byId("CN-CS-2015-34").terms();
    List<BigDecimal> stated = numbers(r.withRate(Share.percent(15)));
    Set<BigDecimal> written = numbersIn(Catalogue.builtIn().byId("CN-CS-2015-34").citation().quote());
    assertThat(stated).anySatisfy(n -> assertThat(written).noneMatch(w -> w.compareTo(n) == 0));
  }
}
