package org.zhongchuang.policy.examples.cli;

import java.io.PrintWriter;
import java.util.function.Function;
import org.zhongchuang.policy.text.Language;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The output options every calculating subcommand shares: {@code --json} and {@code --lang}. */
final class OutputOptions {
  @Option(names = "--json", description = "Print one JSON object instead of the readable report.")
  boolean json;

  @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", converter = Converters.LanguageConverter.class,
      description = "Language of the report, the citations and the warnings: zh (default) or en.")
  Language language;

  /**
   * The language of a CSV batch's error column and summary; {@code --json} has no CSV form and is refused.
   *
   * @param spec the subcommand, not null
   */
  Language csvLanguage(CommandSpec spec) {
    if (json) {
      throw Refusals.invalid(spec, "--json", "--csv 的结果是 CSV；--json 只用于单个案件", "--csv writes CSV; --json is for one"
          + " case");
    }
    return language;
  }

  /**
   * Prints a result as asked: one JSON object, or the readable report, in the language asked.
   *
   * @param spec the subcommand, whose output stream is used, not null
   * @param json the result as JSON, not null
   * @param text the result as a report, not null
   * @return {@link PolicyCli#OK}
   */
  int print(CommandSpec spec, Function<Language, Json.Obj> json, Function<Language, String> text) {
    PrintWriter out = spec.commandLine().getOut();
    if (this.json) {
      out.println(Json.write(json.apply(language)));
    } else {
      out.print(text.apply(language));
    }
    return PolicyCli.OK;
  }
}
