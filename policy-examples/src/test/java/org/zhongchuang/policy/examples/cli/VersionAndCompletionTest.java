package org.zhongchuang.policy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.zhongchuang.policy.examples.cli.CliRun.run;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VersionAndCompletionTest {

  @Test
  void versionNamesTheNewestProvisionOfTheBuiltInCatalogue() {
    CliRun version = run("--version").assertSucceeded();
    assertThat(version.out().lines()).hasSize(2);
    assertThat(version.out()).startsWith("policy ").contains("policy-core ")
        .contains("条款目录：内置，共 ").contains("最新条款 CN-ANN-2023-44-1（财政部 税务总局 国家发展改革委 工业和信息化部公告2023年第44号，2023-09-12 发布）");
    assertThat(run("tax", "--version", "--lang", "en").assertSucceeded().out())
        .contains("catalogue: built-in, ").contains("newest provision CN-ANN-2023-44-1 (").contains("issued 2023-09-12");
  }

  @Test
  void withCatalogueFilesTheVersionIsOfThatCatalogue() {
    CliRun version = run("catalog", "--catalogue", "catalogue/haining-example.yaml", "--version").assertSucceeded();
    assertThat(version.out()).contains("内置及 catalogue/haining-example.yaml").contains("2024-03-01 发布");
    run("catalog", "--catalogue", "no-such-file.yaml", "--version").assertRefused("--catalogue");
  }

  @Test
  void completionIsABashScriptThatCompletesEverySubcommandAndOption() {
    String script = run("completion").assertSucceeded().out();
    assertThat(script).startsWith("#!/usr/bin/env bash").contains("complete -F _complete_policy")
        .contains("floor").contains("targets").contains("leave").contains("places").contains("--proposed")
        .contains("--actual").contains("support-floor");
    assertThat(run("--help").out()).contains("completion");
  }

  @Test
  void bashLoadsTheScript(@TempDir Path dir) throws Exception {
    File bash = new File("/bin/bash");
    assumeThat(bash.canExecute()).as("bash is installed").isTrue();
    Path script = dir.resolve("policy-completion.bash");
    Files.writeString(script, run("completion").out(), StandardCharsets.UTF_8);
    Process p = new ProcessBuilder(bash.getPath(), "-c", "source '" + script + "' && complete -p policy")
        .redirectErrorStream(true).start();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out).contains("_complete_policy").contains("policy");
  }
}
