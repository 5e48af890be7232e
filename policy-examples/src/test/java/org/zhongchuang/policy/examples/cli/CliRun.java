package org.zhongchuang.policy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

/** One in-process run of the {@code policy} command: its status and what it wrote. */
record CliRun(List<String> args, int status, String out, String err) {

  static CliRun run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = PolicyCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new CliRun(List.of(args), status, out.toString(), err.toString());
  }

  /**
   * Asserts success with nothing on standard error, validates the JSON printed against the subcommand's schema
   * ({@code schemas/v1/<subcommand>.json}), and returns it.
   */
  Map<String, Object> json() {
    assertSucceeded();
    Schemas.assertValid(args.get(0), out);
    Object parsed = JsonParser.parse(out);
    assertThat(parsed).as("stdout is one JSON object").isInstanceOf(Map.class);
    @SuppressWarnings("unchecked")
    Map<String, Object> object = (Map<String, Object>) parsed;
    return object;
  }

  CliRun assertSucceeded() {
    assertThat(err).as("stderr").isEmpty();
    assertThat(status).as("status; stderr: %s", err).isEqualTo(PolicyCli.OK);
    assertThat(out).isNotBlank();
    return this;
  }

  /** Asserts a refusal: status 2, nothing on stdout, one line on stderr naming the option, no stack trace. */
  CliRun assertRefused(String option) {
    assertThat(status).as("status; stderr: %s", err).isEqualTo(PolicyCli.BAD_INPUT);
    assertThat(out).as("stdout").isEmpty();
    assertThat(err.lines().count()).as("one line on stderr: %s", err).isEqualTo(1);
    assertThat(err).contains(option).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("\n\tat");
    return this;
  }

  /** Asserts that standard error contains a text. */
  CliRun assertErr(String text) {
    assertThat(err).contains(text);
    return this;
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> objects(Object list) {
    assertThat(list).isInstanceOf(List.class);
    ((List<Object>) list).forEach(item -> assertThat(item).isInstanceOf(Map.class));
    return (List<Map<String, Object>>) list;
  }
}
