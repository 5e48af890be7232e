package org.zhongchuang.policy.examples.cli;

import static org.zhongchuang.policy.examples.cli.Reports.t;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.text.Renderable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * Refusals of the command line, in the user's language: an option's value the library or the command refuses, or
 * options a case needs and did not get. Each names the option as the user types it and says what is accepted; the
 * command prints it as one line on standard error and exits with status {@link PolicyCli#BAD_INPUT}.
 */
final class Refusals {
  private Refusals() {}

  /** A refusal whose words are rendered in the user's language when it is printed. */
  static final class Refusal extends ParameterException {
    private static final long serialVersionUID = 1L;

    private final transient Renderable message;
    private final String option;
    private final transient Renderable problem;

    Refusal(CommandSpec spec, Renderable message) {
      this(spec, message, null, null);
    }

    private Refusal(CommandSpec spec, Renderable message, String option, Renderable problem) {
      super(spec.commandLine(), message.render(Language.EN));
      this.message = message;
      this.option = option;
      this.problem = problem;
    }

    /** The whole refusal, after the command's name. */
    Renderable message() {
      return message;
    }

    /**
     * The refusal of a CSV row, naming the column that gave the option's value where there is one.
     *
     * @param columns the column's name as typed in the header, by option name ({@code --year} → {@code 年度})
     */
    Renderable inRow(java.util.Map<String, String> columns) {
      String column = option == null ? null : columns.get(option);
      return column == null ? message : CsvBatch.invalidCell(column, problem);
    }
  }

  /** A value an option's converter cannot read, with what is accepted, in each language. */
  static final class Unreadable extends TypeConversionException {
    private static final long serialVersionUID = 1L;

    private final transient Renderable problem;

    Unreadable(Renderable problem) {
      super(problem.render(Language.EN));
      this.problem = problem;
    }

    Unreadable(String zh, String en) {
      this(text(zh, en));
    }

    /** What was wrong and what is accepted. */
    Renderable problem() {
      return problem;
    }
  }

  /** Chinese and English words, chosen when rendered. */
  static Renderable text(String zh, String en) {
    return language -> t(language, zh, en);
  }

  /**
   * @param spec the subcommand, not null
   * @param option the option at fault as the user types it, e.g. {@code --year}
   * @param problem what was wrong and what is accepted
   * @return the exception to throw
   */
  static Refusal invalid(CommandSpec spec, String option, Renderable problem) {
    return new Refusal(spec, invalidValue(option, problem), option, problem);
  }

  /** {@link #invalid(CommandSpec, String, Renderable)} with the problem in Chinese and English. */
  static Refusal invalid(CommandSpec spec, String option, String zh, String en) {
    return invalid(spec, option, text(zh, en));
  }

  /** "Invalid value for option '--x': problem", in each language. */
  static Renderable invalidValue(String option, Renderable problem) {
    return language -> t(language, "选项 '" + option + "' 的值无效：", "Invalid value for option '" + option + "': ")
        + problem.render(language);
  }

  /**
   * Runs a step that reads one option's value into the library, and names the option if the library refuses it.
   *
   * @param spec the subcommand, not null
   * @param option the option whose value the step reads
   * @param step the step, not null
   */
  static void about(CommandSpec spec, String option, Runnable step) {
    try {
      step.run();
    } catch (PolicyInputException e) {
      throw invalid(spec, option, e.problem());
    }
  }

  /**
   * Refuses a date before every provision that could apply: there the catalogue's silence is ignorance of the law of
   * the time, not an answer, so no result is given for it.
   *
   * @param spec the subcommand, not null
   * @param option the option that gave the date
   * @param date the date, not null
   * @param provisions the provisions that could apply, not empty
   */
  static void checkDateAnswerable(CommandSpec spec, String option, LocalDate date, List<Provision> provisions) {
    LocalDate earliest = provisions.stream().map(p -> p.validity().earliestStart())
        .min(Comparator.naturalOrder()).orElseThrow();
    if (date.isBefore(earliest)) {
      throw invalid(spec, option, date + "：目录中没有 " + earliest + " 以前施行的规定；可接受：" + earliest + " 及以后的日期",
          date + ": the catalogue holds no provision in force before " + earliest + "; accepted: a date from "
              + earliest + " on");
    }
  }

  /**
   * @param spec the subcommand, not null
   * @param options the options missing, as the user would type them, e.g. {@code --industry=industrial|other}
   * @param alternative what may be given instead of them, e.g. {@code --qualifies}, or null
   * @param why why they are needed in this case, or null where the options are always needed
   * @return the exception to throw
   */
  static Refusal missing(CommandSpec spec, List<String> options, String alternative, Renderable why) {
    return new Refusal(spec, language -> {
      String names = "'" + String.join(t(language, "'、'", "', '"), options) + "'";
      String instead = alternative == null ? "" : t(language, "（或 " + alternative + "）", " (or " + alternative + ")");
      return t(language, "缺少必需的选项 " + names + instead, "Missing required option"
          + (options.size() > 1 ? "s " : " ") + names + instead)
          + (why == null ? "" : t(language, "：", ": ") + why.render(language));
    });
  }

  /**
   * Refuses a command line without the options a case needs (they are optional to picocli, because {@code --csv}
   * may give them as columns).
   *
   * @param spec the subcommand, not null
   * @param options the options every case needs, e.g. {@code --year}
   */
  static void required(CommandSpec spec, List<String> options) {
    List<String> missing = new java.util.ArrayList<>();
    for (String name : options) {
      picocli.CommandLine.Model.OptionSpec option = spec.findOption(name);
      if (option.getValue() == null) {
        missing.add(option.longestName() + "=" + option.paramLabel());
      }
    }
    if (!missing.isEmpty()) {
      throw missing(spec, missing, null);
    }
  }

  /** {@link #missing(CommandSpec, List, String, Renderable)} without an alternative. */
  static Refusal missing(CommandSpec spec, List<String> options, Renderable why) {
    return missing(spec, options, null, why);
  }
}
