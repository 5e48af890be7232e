package org.zhongchuang.policy.examples.cli;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.catalogue.Provision;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Refusals of option values found after parsing (e.g. a date the catalogue cannot answer), worded as picocli's. */
final class Refusals {
  private Refusals() {}

  /**
   * @param spec the subcommand, not null
   * @param option the option at fault, e.g. {@code --year}
   * @param problem what was wrong and what is accepted
   * @return the exception to throw; the command prints it as one line and exits with status 2
   */
  static ParameterException invalid(CommandSpec spec, String option, String problem) {
    return new ParameterException(spec.commandLine(), "Invalid value for option '" + option + "': " + problem);
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
      throw invalid(spec, option, e.getMessage());
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
      throw invalid(spec, option, date + ": the catalogue holds no provision in force before " + earliest
          + "; accepted: a date from " + earliest + " on");
    }
  }

  /**
   * @param spec the subcommand, not null
   * @param options the options missing, as picocli names them, e.g. {@code '--industry=industrial|other'}
   * @param count how many options that is
   * @param why why they are needed in this case
   * @return the exception to throw; the command prints it as one line and exits with status 2
   */
  static ParameterException missing(CommandSpec spec, String options, int count, String why) {
    return new ParameterException(spec.commandLine(),
        "Missing required option" + (count > 1 ? "s " : " ") + options + " " + why);
  }
}
