package org.zhongchuang.policy.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the packaged {@code target/policy.jar} in a JVM of its own, as a person would, with a platform encoding that
 * cannot represent Chinese: the output must still be UTF-8. Run by failsafe after {@code package}.
 */
class PolicyJarIT {
  private static final Path JAR = Path.of(System.getProperty("policy.jar", "target/policy.jar"));

  private record Result(int status, String out, String err) {}

  private static Result java(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dfile.encoding=ISO-8859-1", "-Dsun.stdout.encoding=ISO-8859-1", "-Dsun.stderr.encoding=ISO-8859-1",
        "-jar", JAR.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).start();
    process.getOutputStream().close();
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Result(process.exitValue(), new String(out, UTF_8), new String(err, UTF_8));
  }

  @Test
  void theJarExistsWhereTheReadmeSays() {
    assertThat(Files.isRegularFile(JAR)).as("%s", JAR.toAbsolutePath()).isTrue();
    assertThat(JAR.getFileName().toString()).isEqualTo("policy.jar");
  }

  @Test
  void printsUtf8JsonWhateverThePlatformEncoding() throws Exception {
    Result r = java("catalog", "--jurisdiction", "嘉兴市", "--date", "2016-01-01", "--json");
    assertThat(r.err()).isEmpty();
    assertThat(r.status()).isZero();
    Schemas.assertValid("catalog", r.out());
    Map<?, ?> json = (Map<?, ?>) JsonParser.parse(r.out());
    assertThat(json.get("jurisdiction")).isEqualTo(Map.of("code", "330400", "name", "嘉兴市"));
    assertThat(r.out()).contains("\"document\": \"嘉政办发〔2015〕90号\"").doesNotContain("?");
  }

  @Test
  void computesTaxAsJson() throws Exception {
    Result r = java("tax", "--jurisdiction", "嘉兴市", "--year", "2016", "--income", "３０万元", "--qualifies", "--json");
    assertThat(r.err()).isEmpty();
    assertThat(r.status()).isZero();
    Schemas.assertValid("tax", r.out());
    Map<?, ?> json = (Map<?, ?>) JsonParser.parse(r.out());
    assertThat(json.get("taxDue")).isEqualTo("30000.00");
    assertThat(json.get("eligible")).isEqualTo(true);
  }

  @Test
  void refusesBadInputWithStatusTwoAndOneLine() throws Exception {
    Result r = java("catalog", "--jurisdiction", "火星");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines()).hasSize(1).first().asString().contains("--jurisdiction").contains("未知的地区“火星”");
  }

  @Test
  void helpAndVersionWork() throws Exception {
    Result help = java("--help");
    assertThat(help.status()).isZero();
    assertThat(help.out()).contains("Usage: policy");
    Result version = java("--version");
    assertThat(version.out().lines().findFirst().orElseThrow())
        .matches("policy \\d+\\.\\d+\\.\\d+\\S*, policy-core \\d+\\.\\d+\\.\\d+\\S*");
    assertThat(version.out()).contains("最新条款 CN-ANN-2023-44-1");
  }
}
