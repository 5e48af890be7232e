package org.zhongchuang.policy.examples.cli;

import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import static org.zhongchuang.policy.examples.cli.Reports.t;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.catalogue.AwardLevel;
import org.zhongchuang.policy.catalogue.UnitKind;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.tax.Average;
import org.zhongchuang.policy.tax.Industry;
import org.zhongchuang.policy.text.Language;
import picocli.CommandLine.ITypeConverter;

/**
 * Reads option values with the library's own parsers, so the command accepts exactly what the library accepts. A
 * refused value becomes a {@link Refusals.Unreadable} whose message, in each language, says what is accepted; the
 * refusal names the option.
 */
final class Converters {
  private Converters() {}

  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern COUNT = Pattern.compile("\\d{1,9}");

  /** A converter that reads a value with a library parser and passes on its refusal, which says what is accepted. */
  private abstract static class LibraryConverter<T> implements ITypeConverter<T> {
    private final Function<String, T> parser;

    LibraryConverter(Function<String, T> parser) {
      this.parser = parser;
    }

    @Override
    public T convert(String value) {
      try {
        return parser.apply(value);
      } catch (PolicyInputException e) {
        throw new Refusals.Unreadable(e.problem());
      }
    }
  }

  /** {@code 330400}, {@code jiaxing}, {@code 嘉兴市}: anything {@link Jurisdiction#parse} takes. */
  static final class JurisdictionConverter extends LibraryConverter<Jurisdiction> {
    JurisdictionConverter() {
      super(Jurisdiction::parse);
    }
  }

  /** {@code 250000}, {@code 25万}, {@code ２０万元}: anything {@link Cny#parse} takes. */
  static final class AmountConverter extends LibraryConverter<Cny> {
    AmountConverter() {
      super(Cny::parse);
    }
  }

  /** {@code 45}, {@code 300.5}: an averaged headcount ({@link Average#parse}). */
  static final class AverageConverter extends LibraryConverter<Average> {
    AverageConverter() {
      super(Average::parse);
    }
  }

  /** {@code zh} or {@code en}. */
  static final class LanguageConverter extends LibraryConverter<Language> {
    LanguageConverter() {
      super(Language::parse);
    }
  }

  /** An ISO date, {@code YYYY-MM-DD}. */
  static final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value.strip());
      } catch (DateTimeParseException e) {
        throw new Refusals.Unreadable("无法读取日期 '" + value + "'；可接受：公历日期 YYYY-MM-DD，例如 2016-01-01",
            "cannot read date '" + value + "'; accepted: a calendar date YYYY-MM-DD, e.g. 2016-01-01");
      }
    }
  }

  /** A four-digit calendar (tax) year. */
  static final class YearConverter implements ITypeConverter<Year> {
    @Override
    public Year convert(String value) {
      if (!YEAR.matcher(value.strip()).matches()) {
        throw new Refusals.Unreadable("无法读取年度 '" + value + "'；可接受：四位数年份 YYYY，例如 2016",
            "cannot read tax year '" + value + "'; accepted: a year YYYY, e.g. 2016");
      }
      return Year.parse(value.strip());
    }
  }

  /** {@code university}, {@code research-institute}, {@code enterprise} or {@code other}. */
  static final class UnitConverter implements ITypeConverter<UnitKind> {
    @Override
    public UnitKind convert(String value) {
      String key = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
      for (UnitKind kind : UnitKind.values()) {
        if (kind.name().equals(key)) {
          return kind;
        }
      }
      throw new Refusals.Unreadable(
          "未知的单位类型 '" + value + "'；可接受：university（高等学校）、research-institute（科研机构）、enterprise（企业）、other（其他）",
          "unknown unit '" + value + "'; accepted: university, research-institute, enterprise, other");
    }
  }

  /** {@code industrial} (工业企业) or {@code other} (其他企业). */
  static final class IndustryConverter implements ITypeConverter<Industry> {
    @Override
    public Industry convert(String value) {
      switch (value.strip().toLowerCase(Locale.ROOT)) {
        case "industrial":
        case "工业":
        case "工业企业":
          return Industry.INDUSTRIAL;
        case "other":
        case "其他":
        case "其他企业":
          return Industry.OTHER;
        default:
          throw new Refusals.Unreadable("未知的行业 '" + value + "'；可接受：industrial（工业企业）或 other（其他企业）",
              "unknown industry '" + value + "'; accepted: industrial or other");
      }
    }
  }

  /** A count of people: a whole number from 0, e.g. a headcount at the start of a quarter. */
  static final class CountConverter implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      String v = value.strip();
      if (COUNT.matcher(v).matches()) {
        return Long.valueOf(v);
      }
      throw new Refusals.Unreadable("无法读取人数 '" + value + "'；可接受：0 或正整数，例如 45",
          "cannot read headcount '" + value + "'; accepted: a whole number from 0, e.g. 45");
    }
  }

  /** A quarter of the year: 1, 2, 3 or 4. */
  static final class QuarterConverter implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      String v = value.strip();
      if (v.length() == 1 && v.charAt(0) >= '1' && v.charAt(0) <= '4') {
        return v.charAt(0) - '0';
      }
      throw new Refusals.Unreadable("无法读取季度 '" + value + "'；可接受：1、2、3 或 4",
          "cannot read quarter '" + value + "'; accepted: 1, 2, 3 or 4");
    }
  }

  /** {@code LEVEL=AMOUNT} or {@code LEVEL=AMOUNT@BODY}, e.g. {@code provincial=30万@浙江省科学技术厅}. */
  static final class AwardConverter implements ITypeConverter<AwardOption> {
    @Override
    public AwardOption convert(String value) {
      int eq = value.indexOf('=');
      if (eq < 0) {
        throw new Refusals.Unreadable("无法读取奖励 '" + value + "'；可接受：级别=金额（可加 @颁奖机关），级别为 national、"
            + "provincial、municipal、county、other 之一，例如 provincial=300000 或 provincial=30万@浙江省科学技术厅",
            "cannot read award '" + value
            + "'; accepted: LEVEL=AMOUNT (optionally @BODY) with LEVEL one of national, provincial, municipal,"
            + " county, other, e.g. provincial=300000 or provincial=30万@浙江省科学技术厅");
      }
      AwardLevel level;
      try {
        level = AwardLevel.parse(value.substring(0, eq));
      } catch (PolicyInputException e) {
        throw new Refusals.Unreadable(l -> t(l, "奖励 '" + value + "' 中：", "in award '" + value + "': ")
            + e.message(l));
      }
      String rest = value.substring(eq + 1);
      int at = rest.indexOf('@');
      Optional<String> body = at < 0 ? Optional.empty() : Optional.of(rest.substring(at + 1).strip());
      return new AwardOption(level, new AmountConverter().convert(at < 0 ? rest : rest.substring(0, at)), body);
    }
  }

  /**
   * An award as given on the command line; the library checks the amount when the award is made.
   *
   * @param level not null
   * @param amount not null
   * @param body the awarding body, if given
   */
  record AwardOption(AwardLevel level, Cny amount, Optional<String> body) {}

  /** {@code YEAR=AMOUNT}, e.g. {@code 2019=300000} or {@code 2019=30万}: an amount belonging to an earlier year. */
  static final class YearAmountConverter implements ITypeConverter<YearAmount> {
    @Override
    public YearAmount convert(String value) {
      int eq = value.indexOf('=');
      if (eq < 0) {
        eq = value.indexOf('＝');
      }
      if (eq < 0) {
        throw new Refusals.Unreadable("无法读取 '" + value + "'；可接受：年度=金额（YEAR=AMOUNT），例如 2019=300000 或 2019=30万",
            "cannot read '" + value + "'; accepted: YEAR=AMOUNT, e.g. 2019=300000 or 2019=30万");
      }
      return new YearAmount(new YearConverter().convert(value.substring(0, eq)),
          new AmountConverter().convert(value.substring(eq + 1)));
    }
  }

  /**
   * A year and an amount as given on the command line; the library checks them when the case is built.
   *
   * @param year not null
   * @param amount not null
   */
  record YearAmount(Year year, Cny amount) {}

  /**
   * {@code AMOUNT@YYYY-MM-DD}, or {@code AMOUNT@YYYY-MM-DD@start-up} for an investment in a start-up technology
   * enterprise (初创科技型企业); otherwise the investee is an unlisted small or medium high-tech enterprise.
   */
  static final class InvestmentConverter implements ITypeConverter<InvestmentOption> {
    @Override
    public InvestmentOption convert(String value) {
      String[] parts = value.split("@", -1);
      boolean startUp = parts.length == 3 && parts[2].strip().equalsIgnoreCase("start-up");
      if (parts.length != 2 && !startUp) {
        throw new Refusals.Unreadable("无法读取投资 '" + value + "'；可接受：金额@日期（AMOUNT@YYYY-MM-DD），投资于初创科技型企业的"
            + "加 @start-up，例如 100万@2021-03-15 或 100万@2021-03-15@start-up", "cannot read investment '" + value
            + "'; accepted: AMOUNT@YYYY-MM-DD, or AMOUNT@YYYY-MM-DD@start-up for a start-up technology enterprise,"
            + " e.g. 100万@2021-03-15");
      }
      return new InvestmentOption(new AmountConverter().convert(parts[0]), new DateConverter().convert(parts[1]),
          startUp);
    }
  }

  /**
   * A venture-capital investment as given on the command line; the library checks the amount.
   *
   * @param amount not null
   * @param day the day it was made or the day its holding completes, as the option says, not null
   * @param startUp whether the investee is a start-up technology enterprise rather than an SME high-tech one
   */
  record InvestmentOption(Cny amount, LocalDate day, boolean startUp) {}
}
