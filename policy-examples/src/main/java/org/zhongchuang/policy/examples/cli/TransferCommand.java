package org.zhongchuang.policy.examples.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.zhongchuang.policy.catalogue.UnitKind;
import org.zhongchuang.policy.law.Jurisdiction;
import org.zhongchuang.policy.money.Cny;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code policy transfer}: the minimum reward from results-transfer income, and a check of a proposed reward. */
@Command(name = "transfer", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Minimum reward from results-transfer income (科技成果转化收益奖励).",
        "The reward to the people who made and transferred a job-related achievement (职务科技成果), as a share of",
        "the net transfer or licence income; checks a proposed reward and splits it among a team to the fen."})
final class TransferCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--jurisdiction", required = true, paramLabel = "J",
      converter = Converters.JurisdictionConverter.class,
      description = "Where the unit is: a code (330400), pinyin (jiaxing, lanbai) or Chinese name (嘉兴市).")
  Jurisdiction jurisdiction;

  @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", converter = Converters.DateConverter.class,
      description = "The day the income is rewarded (which law and policy are in force).")
  LocalDate date;

  @Option(names = "--net-income", required = true, paramLabel = "AMOUNT",
      converter = Converters.AmountConverter.class,
      description = "Net income from transferring or licensing the achievement (转让净收入/许可净收入).")
  Cny netIncome;

  @Option(names = "--unit", paramLabel = "university|research-institute|enterprise|other", defaultValue = "other",
      converter = Converters.UnitConverter.class, description = "The kind of unit that owns the achievement "
          + "(default: ${DEFAULT-VALUE}).")
  UnitKind unit;

  @Option(names = "--public", description = "The unit was set up by the state or with public funds.")
  boolean isPublic;

  @Option(names = "--provincial", description = "The unit is provincially owned (省属).")
  boolean provincial;

  @Option(names = "--proposed", paramLabel = "AMOUNT", converter = Converters.AmountConverter.class,
      description = "A proposed reward, to check against the minimum.")
  Cny proposed;

  @Option(names = "--split", paramLabel = "NAME=WEIGHT", split = ",",
      description = "Share the reward among the team by weight, e.g. 张三=3,李四=2 (to the fen, adding up exactly).")
  List<String> split;

  @Mixin OutputOptions output;

  @Override
  public Integer call() {
    throw new UnsupportedOperationException("the transfer calculator (issue 4) is not merged yet");
  }
}
