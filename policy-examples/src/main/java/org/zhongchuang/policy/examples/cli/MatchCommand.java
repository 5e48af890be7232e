package org.zhongchuang.policy.examples.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.zhongchuang.policy.law.Jurisdiction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code policy match}: local matching (配套支持) of the awards a maker space received. */
@Command(name = "match", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Local matching (配套支持) of the awards a maker space received.",
        "Award by award, with the reason each is or is not matched, and the provision that says so."})
final class MatchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--jurisdiction", required = true, paramLabel = "J",
      converter = Converters.JurisdictionConverter.class,
      description = "Where the maker space is: a code (330400), pinyin (jiaxing) or Chinese name (嘉兴市).")
  Jurisdiction jurisdiction;

  @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", converter = Converters.DateConverter.class,
      description = "The day the matching is decided (which policy is in force).")
  LocalDate date;

  @Option(names = "--award", required = true, paramLabel = "LEVEL=AMOUNT",
      converter = Converters.AwardConverter.class,
      description = "An award received; LEVEL is national, provincial, municipal, county or other. Repeatable.")
  List<Converters.AwardOption> awards;

  @Mixin OutputOptions output;

  @Override
  public Integer call() {
    throw new UnsupportedOperationException("the matching calculator (issue 5) is not merged yet");
  }
}
