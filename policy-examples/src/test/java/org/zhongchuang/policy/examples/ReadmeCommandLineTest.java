package org.zhongchuang.policy.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.examples.cli.PolicyCli;

/**
 * The README's command-line section and the subcommand reference, {@code policy-examples/COMMANDS.md}, cannot rot:
 * every {@code java} block in the README's section is code of an example program (which its own test runs), and every
 * terminal session in either is run in-process, checking each output line shown and each exit status shown. Each
 * file must show at least a given number of sessions and commands, so that a renamed marker or fence cannot leave
 * the test checking nothing.
 */
class ReadmeCommandLineTest {
  private static final String SECTION = "<!-- section: command line (issue 6) -->";
  private static final String PROMPT = "$ java -jar policy-examples/target/policy.jar ";
  /** This test runs in policy-examples; the documents' paths are from the repository's top. */
  private static final Path README = Path.of("..", "README.md");
  private static final Path COMMANDS = Path.of("COMMANDS.md");

  private static String section() throws IOException {
    String readme = Files.readString(README, UTF_8);
    int start = readme.indexOf(SECTION);
    assertThat(start).as("README has the command-line section").isNotNegative();
    int end = readme.indexOf("<!-- section:", start + SECTION.length());
    return readme.substring(start, end < 0 ? readme.length() : end);
  }

  private static List<String> blocks(String section, String language) {
    List<String> blocks = new ArrayList<>();
    String fence = "```" + language + "\n";
    for (int at = section.indexOf(fence); at >= 0; at = section.indexOf(fence, at + 1)) {
      int end = section.indexOf("```", at + fence.length());
      blocks.add(section.substring(at + fence.length(), end));
    }
    return blocks;
  }

  private static String normalized(String code) {
    return code.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.joining("\n"));
  }

  @Test
  void everyJavaSnippetIsCodeOfAnExampleProgram() throws IOException {
    Path examples = Path.of("src", "main", "java", "org", "zhongchuang", "policy", "examples");
    String sources;
    try (Stream<Path> files = Files.list(examples)) {
      sources = files.filter(f -> f.toString().endsWith("Example.java")).map(f -> {
        try {
          return normalized(Files.readString(f, UTF_8));
        } catch (IOException e) {
          throw new AssertionError(e);
        }
      }).collect(Collectors.joining("\n"));
    }
    List<String> snippets = blocks(section(), "java");
    assertThat(snippets).isNotEmpty();
    for (String snippet : snippets) {
      assertThat(sources).as("README snippet is in an example program").contains(normalized(snippet));
    }
  }

  @Test
  void everyTerminalSessionOfTheReadmeShowsWhatTheCommandPrintsAndItsStatus() throws IOException {
    // One session per kind of task (tax, CSV, annual return, transfer, catalogue) and the refusals.
    int commands = checkSessions(section(), 6);
    assertThat(commands).as("commands run from README.md").isGreaterThanOrEqualTo(7);
  }

  @Test
  void everyTerminalSessionOfTheSubcommandReferenceShowsWhatTheCommandPrintsAndItsStatus() throws IOException {
    String reference = Files.readString(COMMANDS, UTF_8);
    // The whole file: every subcommand's sessions, from demo to the refusals.
    int commands = checkSessions(reference, 16);
    assertThat(commands).as("commands run from COMMANDS.md").isGreaterThanOrEqualTo(26);
  }

  @Test
  void noTerminalSessionIsHiddenFromTheCheck() throws IOException {
    // A session outside the README's section, or fenced otherwise than ```console, would not be run: every prompt of
    // each file must be in a block the tests above run.
    String readme = Files.readString(README, UTF_8);
    assertThat(prompts(section(), true)).as("README prompts run").isEqualTo(prompts(readme, false)).isPositive();
    String reference = Files.readString(COMMANDS, UTF_8);
    assertThat(prompts(reference, true)).as("COMMANDS.md prompts run").isEqualTo(prompts(reference, false))
        .isPositive();
  }

  private static long prompts(String text, boolean inConsoleBlocksOnly) {
    List<String> parts = inConsoleBlocksOnly ? blocks(text, "console") : List.of(text);
    return parts.stream().flatMap(String::lines).filter(l -> l.startsWith(PROMPT)).count();
  }

  /**
   * Runs every console block of the text, checking each output line and exit status shown.
   *
   * @return the number of commands run
   */
  private static int checkSessions(String text, int minimumSessions) {
    List<String> sessions = blocks(text, "console");
    assertThat(sessions).as("console blocks").hasSizeGreaterThanOrEqualTo(minimumSessions);
    int commands = 0;
    for (String session : sessions) {
      String output = null;
      int status = -1;
      int runs = 0;
      for (String line : session.lines().collect(Collectors.toList())) {
        if (line.startsWith(PROMPT)) {
          StringWriter out = new StringWriter();
          StringWriter err = new StringWriter();
          // The documents' paths are from the repository's top; this test runs in policy-examples.
          String[] args = line.substring(PROMPT.length()).strip().split("\\s+");
          for (int i = 0; i < args.length; i++) {
            args[i] = args[i].startsWith("policy-examples/") ? "../" + args[i] : args[i];
            // A quoted argument (with no space inside) is what the shell passes without its quotes.
            args[i] = args[i].length() > 1 && args[i].startsWith("\"") && args[i].endsWith("\"")
                ? args[i].substring(1, args[i].length() - 1) : args[i];
          }
          status = PolicyCli.run(args, new PrintWriter(out), new PrintWriter(err));
          output = out + "\n" + err;
          runs++;
        } else if (line.equals("$ echo $?")) {
          output = "status";
        } else if ("status".equals(output)) {
          assertThat(status).as("documented exit status").isEqualTo(Integer.parseInt(line.strip()));
        } else if (!line.isBlank() && !line.strip().equals("…")) {
          assertThat(output).as("a command precedes its output").isNotNull();
          assertThat(output.lines().map(String::stripTrailing)).as("shown output line").contains(line.stripTrailing());
        }
      }
      assertThat(runs).as("commands in the session:%n%s", session).isPositive();
      commands += runs;
    }
    return commands;
  }
}
