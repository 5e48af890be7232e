package org.zhongchuang.policy.examples.cli;

import java.util.concurrent.Callable;
import org.zhongchuang.policy.text.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code policy demo}: every quantitative provision of the five seed documents, each with a worked case. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Walk through every quantitative provision of the five seed documents.",
        "A worked case each: the amount, the explanation and the citation."})
final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", converter = Converters.LanguageConverter.class,
      description = "Language of the walk-through: zh (default) or en.")
  Language language;

  @Override
  public Integer call() {
    throw new UnsupportedOperationException("the demo needs the calculators (issues 3-5)");
  }
}
