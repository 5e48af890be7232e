package org.zhongchuang.policy.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the {@code target/policy} launcher (a POSIX sh script beside {@code policy.jar}, made by {@code package}) as a
 * person would: from other directories, through a symbolic link, with Chinese arguments and arguments with spaces; and
 * checks that it makes, uses and remakes its class-data archive, and runs without one where it cannot be made. Run by
 * failsafe after {@code package}; not on Windows (the launcher there is {@code policy.cmd}).
 */
class PolicyLauncherIT {
  private static final Path LAUNCHER =
      Path.of(System.getProperty("policy.launcher", "target/policy")).toAbsolutePath();
  private static final String JAVA_HOME = System.getProperty("java.home");
  private static final String[] TAX =
      {"tax", "--jurisdiction", "嘉兴市", "--year", "2016", "--income", "３０万元", "--qualifies", "--json"};

  @TempDir Path temp;

  private record Result(int status, String out, String err) {}

  @BeforeAll
  static void notOnWindows() {
    assumeFalse(System.getProperty("os.name").startsWith("Windows"), "the POSIX launcher; Windows has policy.cmd");
  }

  /** Runs {@code command} in {@code directory} with JAVA_HOME set to this JVM's home unless {@code env} says else. */
  private static Result run(Path directory, Map<String, String> env, List<String> command)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
    builder.environment().put("JAVA_HOME", JAVA_HOME);
    builder.environment().putAll(env);
    Process process = builder.start();
    process.getOutputStream().close();
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Result(process.exitValue(), new String(out, UTF_8), new String(err, UTF_8));
  }

  private static List<String> command(Object launcher, String... args) {
    List<String> command = new ArrayList<>(List.of(launcher.toString()));
    command.addAll(List.of(args));
    return command;
  }

  /** The launcher run by {@code sh -x}: standard error then shows each command it runs (and how it runs java). */
  private static List<String> traced(Path launcher, String... args) {
    List<String> command = new ArrayList<>(List.of("/bin/sh", "-x", launcher.toString()));
    command.addAll(List.of(args));
    return command;
  }

  /** The line of a {@link #traced} run's standard error that shows how the launcher ran the command. */
  private static String execLine(Result r) {
    List<String> lines = r.err().lines().filter(l -> l.startsWith("+ exec ")).toList();
    assertThat(lines).as(r.err()).hasSize(1);
    return lines.get(0);
  }

  /** A copy of the launcher and the jar in a directory of their own, without an archive. */
  private Path copy(String name) throws IOException {
    Path dir = Files.createDirectories(temp.resolve(name));
    Files.copy(LAUNCHER, dir.resolve("policy"), StandardCopyOption.COPY_ATTRIBUTES);
    Files.copy(LAUNCHER.resolveSibling("policy.jar"), dir.resolve("policy.jar"));
    return dir.resolve("policy");
  }

  private static void assertTax(Result r) {
    assertThat(r.status()).as(r.err()).isZero();
    Schemas.assertValid("tax", r.out());
    Map<?, ?> json = (Map<?, ?>) JsonParser.parse(r.out());
    assertThat(json.get("jurisdiction")).isEqualTo(Map.of("code", "330400", "name", "嘉兴市"));
    assertThat(json.get("taxDue")).isEqualTo("30000.00");
  }

  @Test
  void theLauncherIsBesideTheJarAndExecutable() {
    assertThat(LAUNCHER.getFileName().toString()).isEqualTo("policy");
    assertThat(Files.isExecutable(LAUNCHER)).as("%s", LAUNCHER).isTrue();
    assertThat(LAUNCHER.resolveSibling("policy.cmd")).isRegularFile();
  }

  @Test
  void computesTaxFromAChineseArgumentWithNothingOnStandardError() throws Exception {
    Result r = run(LAUNCHER.getParent(), Map.of(), command(LAUNCHER, TAX));
    assertTax(r);
    assertThat(r.err()).isEmpty();
  }

  @Test
  void refusedInputExitsWithTwoAndOneLine() throws Exception {
    Result r = run(LAUNCHER.getParent(), Map.of(), command(LAUNCHER, "catalog", "--jurisdiction", "火星"));
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines()).hasSize(1).first().asString().contains("--jurisdiction").contains("未知的地区“火星”");
  }

  @Test
  void passesAnArgumentWithSpacesAndQuotesWhole() throws Exception {
    Result r = run(LAUNCHER.getParent(), Map.of(),
        command(LAUNCHER, "catalog", "--jurisdiction", "火 星 'x' \"y\" $HOME *"));
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("“火 星 'x' \"y\" $HOME *”");
  }

  @Test
  void runsFromAnotherDirectoryAndThroughSymbolicLinks() throws Exception {
    Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
    assertTax(run(elsewhere, Map.of(), command(LAUNCHER, TAX)));
    Path bin = Files.createDirectories(temp.resolve("bin"));
    Path link = Files.createSymbolicLink(bin.resolve("policy"), LAUNCHER);
    Path linkToLink = Files.createSymbolicLink(bin.resolve("p"), Path.of("policy"));
    Result viaLink = run(elsewhere, Map.of(), command(link, TAX));
    assertTax(viaLink);
    assertThat(viaLink.err()).isEmpty();
    assertTax(run(bin, Map.of(), command("./p", TAX)));
    assertTax(run(elsewhere, Map.of(), command(linkToLink, TAX)));
  }

  @Test
  void withoutJavaExitsWithOneAndSaysWhy() throws Exception {
    Result r = run(temp, Map.of("JAVA_HOME", temp.resolve("no-such-jdk").toString()), command(LAUNCHER, "--version"));
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("JAVA_HOME").contains("bin/java");
  }

  /**
   * The launcher runs the command with its archive, and the JVM can map it: with -Xshare:on (from JDK_JAVA_OPTIONS,
   * which the java launcher reads) a JVM that cannot use the archive it is given stops instead of going on without.
   */
  private static void assertUsesItsArchive(Path launcher) throws IOException, InterruptedException {
    Result r = run(Path.of("/"), Map.of("JDK_JAVA_OPTIONS", "-Xshare:on"), traced(launcher, TAX));
    assertTax(r);
    assertThat(execLine(r)).contains("-XX:SharedArchiveFile=" + launcher.resolveSibling("policy.jsa").toRealPath());
    assertThat(r.err()).doesNotContain("-Xshare:dump").doesNotContain("[warning]").doesNotContain("[error]");
  }

  @Test
  void theBuildMadeTheArchiveAndTheLauncherUsesIt() throws Exception {
    assertThat(LAUNCHER.resolveSibling("policy.jsa")).isNotEmptyFile();
    assertThat(Files.readString(LAUNCHER.resolveSibling("policy.jsa.id"), UTF_8)).startsWith("made ");
    assertUsesItsArchive(LAUNCHER);
  }

  @Test
  void makesItsArchiveOnFirstUseUsesItThenRemakesItForAnotherJarOrJvm() throws Exception {
    Path launcher = copy("fresh");
    Path dir = launcher.getParent();

    Result first = run(temp, Map.of(), traced(launcher, TAX));
    assertTax(first);
    assertThat(first.err()).contains("-Xshare:dump").doesNotContain("[warning]");
    assertThat(execLine(first)).contains("-XX:SharedArchiveFile=");
    assertThat(dir.resolve("policy.jsa")).isNotEmptyFile();
    assertThat(Files.readString(dir.resolve("policy.jsa.id"), UTF_8)).startsWith("made jar=" + dir.toRealPath());
    try (var files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrder("policy", "policy.jar", "policy.jsa", "policy.jsa.id");
    }
    assertUsesItsArchive(launcher);

    // Made by another JVM (as if the JDK were updated in place): made again.
    Files.writeString(dir.resolve("policy.jsa.id"), "made jar=" + dir.resolve("policy.jar") + " java=/x build=0\n");
    Result otherJvm = run(temp, Map.of(), traced(launcher, TAX));
    assertTax(otherJvm);
    assertThat(otherJvm.err()).contains("-Xshare:dump");
    assertUsesItsArchive(launcher);

    // A jar newer than the archive (rebuilt: the JVM would refuse the archive): made again.
    Files.setLastModifiedTime(dir.resolve("policy.jsa"), FileTime.from(Instant.now().minusSeconds(3600)));
    Files.setLastModifiedTime(dir.resolve("policy.jar"), FileTime.from(Instant.now()));
    Result newerJar = run(temp, Map.of(), traced(launcher, TAX));
    assertTax(newerJar);
    assertThat(newerJar.err()).contains("-Xshare:dump");
    assertUsesItsArchive(launcher);
  }

  @Test
  void runsWithoutAnArchiveWhereItCannotBeMadeAndDoesNotRetry() throws Exception {
    // A JVM that cannot dump an archive: a java home whose bin/java refuses -Xshare:dump.
    Path home = Files.createDirectories(temp.resolve("jdk-without-cds").resolve("bin")).getParent();
    Path java = home.resolve("bin").resolve("java");
    Files.writeString(java, """
        #!/bin/sh
        for a in "$@"; do case $a in -Xshare:dump) echo "no CDS here" >&2; exit 1 ;; esac; done
        exec "%s/bin/java" "$@"
        """.formatted(JAVA_HOME));
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path launcher = copy("nocds");
    Map<String, String> env = Map.of("JAVA_HOME", home.toString());

    Result first = run(temp, env, traced(launcher, TAX));
    assertTax(first);
    assertThat(first.err()).contains("-Xshare:dump");
    assertThat(execLine(first)).doesNotContain("-XX:SharedArchiveFile=");
    assertThat(launcher.resolveSibling("policy.jsa")).doesNotExist();
    assertThat(Files.readString(launcher.resolveSibling("policy.jsa.id"), UTF_8)).startsWith("failed ");

    Result second = run(temp, env, traced(launcher, TAX));
    assertTax(second);
    assertThat(second.err()).doesNotContain("-Xshare:dump");
    assertThat(execLine(second)).doesNotContain("-XX:SharedArchiveFile=");
  }

  @Test
  void runsWithoutAnArchiveInADirectoryItCannotWrite() throws Exception {
    Path launcher = copy("readonly");
    Path dir = launcher.getParent();
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assumeTrue(!Files.isWritable(dir), "the directory stays writable (running as root)");
      Result r = run(temp, new HashMap<>(), traced(launcher, TAX));
      assertTax(r);
      assertThat(r.err()).doesNotContain("-Xshare:dump");
      assertThat(execLine(r)).doesNotContain("-XX:SharedArchiveFile=");
      assertThat(dir.resolve("policy.jsa")).doesNotExist();
    } finally {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }
}
