package org.zhongchuang.policy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhongchuang.policy.examples.cli.CliRun.run;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhongchuang.policy.PolicyInputException;
import picocli.CommandLine;

class PolicyCliTest {

  @Test
  void helpListsEverySubcommand() {
    CliRun help = run("--help");
    assertThat(help.status()).isZero();
    assertThat(help.out()).contains("Usage: policy").contains("tax").contains("eit").contains("transfer").contains("match")
        .contains("catalog").contains("demo").contains("Exit status");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tax", "eit", "transfer", "match", "catalog", "floor", "targets", "leave", "places",
      "completion", "incubator", "demo"})
  void everySubcommandHasHelp(String subcommand) {
    CliRun help = run(subcommand, "--help");
    assertThat(help.status()).isZero();
    assertThat(help.err()).isEmpty();
    assertThat(help.out()).startsWith("Usage: policy " + subcommand).contains("--help");
  }

  @Test
  void theContractOptionsAreAllThere() {
    assertThat(run("tax", "--help").out()).contains("--jurisdiction=J", "--year=YYYY", "--income=AMOUNT",
        "--industry=industrial|other", "--employees=N", "--assets=AMOUNT", "--qualifies",
        "--established=YYYY-MM-DD", "--incubated", "--restricted", "--json", "--lang=zh|en");
    assertThat(run("transfer", "--help").out()).contains("--jurisdiction=J", "--date=YYYY-MM-DD",
        "--net-income=AMOUNT", "--unit=university|research-institute|enterprise|other", "--public", "--provincial",
        "--proposed=AMOUNT", "--split=NAME=WEIGHT", "--json", "--lang=zh|en");
    assertThat(run("match", "--help").out()).contains("--jurisdiction=J", "--date=YYYY-MM-DD",
        "--award=LEVEL=AMOUNT", "--json", "--lang=zh|en");
    assertThat(run("catalog", "--help").out()).contains("--jurisdiction=J", "--date=YYYY-MM-DD", "--json");
    assertThat(run("demo", "--help").out()).contains("--lang=zh|en");
  }

  @Test
  void withoutASubcommandOrWithAnUnknownOneItRefuses() {
    assertThat(run().assertRefused("缺少子命令").err()).contains("tax, prepay, transfer, match, catalog")
        .contains("floor", "targets", "leave", "places", "completion", "incubator", "eit", "demo");
    assertThat(run("taxx").assertRefused("'taxx'").err()).contains("您是否想输入").contains("tax");
    assertThat(run("taxx", "--lang=en").assertRefused("'taxx'").err()).contains("did you mean").contains("tax");
  }

  @Test
  void aFaultInTheProgramIsOneLineWithStatusOneAndARefusalFromTheLibraryStatusTwo() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = PolicyCli.commandLine(new PrintWriter(out), new PrintWriter(err), org.zhongchuang.policy.text.Language.EN);
    cl.addSubcommand("boom", CommandLine.Model.CommandSpec.wrapWithoutInspection((Callable<Integer>) () -> {
      throw new IllegalStateException("broken\ninvariant");
    }));
    cl.addSubcommand("refuse", CommandLine.Model.CommandSpec.wrapWithoutInspection((Callable<Integer>) () -> {
      throw new PolicyInputException("the library refused it; accepted: something else");
    }));
    // Streams set after the subcommands are added reach them too.
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    assertThat(cl.execute("boom")).isEqualTo(PolicyCli.INTERNAL_ERROR);
    assertThat(err.toString()).isEqualTo("policy boom: internal error (IllegalStateException): broken invariant;"
        + " please report it with the command line used" + System.lineSeparator());
    err.getBuffer().setLength(0);
    assertThat(cl.execute("refuse")).isEqualTo(PolicyCli.BAD_INPUT);
    assertThat(err.toString().lines()).containsExactly(
        "policy refuse: the library refused it; accepted: something else");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void versionIsPrinted() {
    CliRun version = run("--version");
    assertThat(version.status()).isZero();
    assertThat(version.out()).startsWith("policy ");
  }

  /** Bad input to the calculating subcommands that the options alone refuse, before anything is computed. */
  @Test
  void refusesMalformedOptionsOfEverySubcommandNamingTheOption() {
    run("tax", "--year", "2016", "--income", "25万").assertRefused("--jurisdiction");
    run("tax", "--jurisdiction", "jilin", "--income", "25万").assertRefused("--year");
    run("tax", "--jurisdiction", "jilin", "--year", "2016").assertRefused("--income");
    run("tax", "--jurisdiction", "atlantis", "--year", "2016", "--income", "1").assertRefused("--jurisdiction");
    run("tax", "--jurisdiction", "jilin", "--year", "16", "--income", "1").assertRefused("--year");
    run("tax", "--jurisdiction", "jilin", "--year", "2016", "--income", "25万块").assertRefused("--income");
    run("tax", "--jurisdiction", "jilin", "--year", "2016", "--income", "1.001").assertRefused("--income");
    run("tax", "--jurisdiction", "jilin", "--year", "2016", "--income", "1", "--assets", "x")
        .assertRefused("--assets");
    run("tax", "--jurisdiction", "jilin", "--year", "2016", "--income", "1", "--employees", "many")
        .assertRefused("--employees");
    run("tax", "--jurisdiction", "jilin", "--year", "2016", "--income", "1", "--industry", "mining")
        .assertRefused("--industry");
    run("tax", "--jurisdiction", "jilin", "--year", "2016", "--income", "1", "--established", "2015-02-30")
        .assertRefused("--established");
    run("tax", "--jurisdiction", "jilin", "--year", "2016", "--income", "1", "--lang", "de").assertRefused("--lang");

    run("transfer", "--date", "2016-01-01", "--net-income", "100万").assertRefused("--jurisdiction");
    run("transfer", "--jurisdiction", "jilin", "--net-income", "100万").assertRefused("--date");
    run("transfer", "--jurisdiction", "jilin", "--date", "2016-01-01", "--unit", "enterprise")
        .assertRefused("--net-income");
    run("transfer", "--jurisdiction", "jilin", "--date", "2016-1-1", "--net-income", "1").assertRefused("--date");
    run("transfer", "--jurisdiction", "jilin", "--date", "2016-01-01", "--net-income", "一百万")
        .assertRefused("--net-income");
    run("transfer", "--jurisdiction", "jilin", "--date", "2016-01-01", "--net-income", "1", "--unit", "school")
        .assertRefused("--unit");
    run("transfer", "--jurisdiction", "jilin", "--date", "2016-01-01", "--net-income", "1", "--proposed", "1.234")
        .assertRefused("--proposed");

    run("match", "--date", "2016-01-01", "--award", "provincial=1").assertRefused("--jurisdiction");
    run("match", "--jurisdiction", "jiaxing", "--award", "provincial=1").assertRefused("--date");
    run("match", "--jurisdiction", "jiaxing", "--date", "2016-01-01").assertRefused("--award");
    run("match", "--jurisdiction", "jiaxing", "--date", "2016-01-01", "--award", "royal=1").assertRefused("--award");
    run("match", "--jurisdiction", "jiaxing", "--date", "2016-01-01", "--award", "provincial").assertRefused("--award");
    run("match", "--jurisdiction", "jiaxing", "--date", "2016-01-01", "--award", "provincial=x")
        .assertRefused("--award");

    run("demo", "--lang", "fr").assertRefused("--lang");
  }
}
