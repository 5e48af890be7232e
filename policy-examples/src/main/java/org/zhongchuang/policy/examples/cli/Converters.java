package org.zhongchuang.policy.examples.cli;

import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.catalogue.AwardLevel;
import org.zhongchuang.policy.catalogue.UnitKind;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.tax.Average;
import org.zhongchuang.policy.text.Language;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads option values with the library's own parsers, so the command accepts exactly what the library accepts. A
 * refused value becomes a {@link TypeConversionException} whose message says what is accepted; picocli prefixes it
 * with the option's name.
 */
final class Converters {
  private Converters() {}

  private static final Pattern YEAR = Pattern.compile("\\d{4}");

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
        throw new TypeConversionException(e.getMessage());
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
        throw new TypeConversionException(
            "cannot read date '" + value + "'; accepted: a calendar date YYYY-MM-DD, e.g. 2016-01-01");
      }
    }
  }

  /** A four-digit calendar (tax) year. */
  static final class YearConverter implements ITypeConverter<Year> {
    @Override
    public Year convert(String value) {
      if (!YEAR.matcher(value.strip()).matches()) {
        throw new TypeConversionException("cannot read tax year '" + value + "'; accepted: a year YYYY, e.g. 2016");
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
      throw new TypeConversionException(
          "unknown unit '" + value + "'; accepted: university, research-institute, enterprise, other");
    }
  }

  /** {@code LEVEL=AMOUNT} or {@code LEVEL=AMOUNT@BODY}, e.g. {@code provincial=30万@浙江省科学技术厅}. */
  static final class AwardConverter implements ITypeConverter<AwardOption> {
    @Override
    public AwardOption convert(String value) {
      int eq = value.indexOf('=');
      if (eq < 0) {
        throw new TypeConversionException("cannot read award '" + value
            + "'; accepted: LEVEL=AMOUNT (optionally @BODY) with LEVEL one of national, provincial, municipal,"
            + " county, other, e.g. provincial=300000 or provincial=30万@浙江省科学技术厅");
      }
      AwardLevel level;
      try {
        level = AwardLevel.parse(value.substring(0, eq));
      } catch (PolicyInputException e) {
        throw new TypeConversionException("in award '" + value + "': " + e.getMessage());
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
}
