package org.zhongchuang.policy.examples.cli;

import org.zhongchuang.policy.text.Language;
import picocli.CommandLine.Option;

/** The output options every calculating subcommand shares: {@code --json} and {@code --lang}. */
final class OutputOptions {
  @Option(names = "--json", description = "Print one JSON object instead of the readable report.")
  boolean json;

  @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", converter = Converters.LanguageConverter.class,
      description = "Language of the report, the citations and the warnings: zh (default) or en.")
  Language language;
}
