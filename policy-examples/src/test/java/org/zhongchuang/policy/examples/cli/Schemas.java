package org.zhongchuang.policy.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The JSON schemas the command ships, read from its resources, and validation of outputs against them. */
final class Schemas {
  private Schemas() {}

  static final String PREFIX = "https://zhongchuang.org/policy/schemas/v1/";
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
      SpecificationVersion.DRAFT_2020_12, builder -> builder.schemas(iri -> iri.startsWith(PREFIX)
          ? resource(iri.substring(PREFIX.length())) : null));
  private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

  /** The schema text of a file in {@code schemas/v1/}, or null where there is none. */
  static String resource(String file) {
    try (InputStream in = Schemas.class.getResourceAsStream("/schemas/v1/" + file)) {
      return in == null ? null : new String(in.readAllBytes(), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether a subcommand's output has a schema. */
  static boolean exists(String subcommand) {
    return resource(subcommand + ".json") != null;
  }

  /** The errors of a JSON text against the subcommand's schema; empty when it is valid. */
  static List<Error> errors(String subcommand, String json) {
    Schema schema = SCHEMAS.computeIfAbsent(subcommand, s -> REGISTRY.getSchema(
        com.networknt.schema.SchemaLocation.of(PREFIX + s + ".json")));
    return schema.validate(json, InputFormat.JSON);
  }

  /** Asserts that a JSON text is valid against the subcommand's schema. */
  static void assertValid(String subcommand, String json) {
    assertThat(exists(subcommand)).as("a schema for '%s' in schemas/v1/", subcommand).isTrue();
    assertThat(errors(subcommand, json)).as("%s output against schemas/v1/%s.json:\n%s", subcommand, subcommand,
        json).isEmpty();
  }
}
