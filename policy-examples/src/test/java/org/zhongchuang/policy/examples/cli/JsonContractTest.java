package org.zhongchuang.policy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.zhongchuang.policy.text.Language;
import picocli.CommandLine;

/** The JSON contract: every subcommand that prints JSON has a schema, and every schema is a valid 2020-12 schema. */
class JsonContractTest {
  private static List<String> jsonSubcommands() {
    CommandLine cl = PolicyCli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
        Language.EN);
    return cl.getSubcommands().values().stream()
        .filter(sub -> sub.getCommandSpec().findOption("--json") != null)
        .map(CommandLine::getCommandName).toList();
  }

  @Test
  void everySubcommandThatPrintsJsonHasASchema() {
    List<String> commands = jsonSubcommands();
    assertThat(commands).contains("tax", "prepay", "eit", "transfer", "match", "catalog");
    assertThat(commands).allSatisfy(command -> assertThat(Schemas.exists(command)).as(command).isTrue());
  }

  @Test
  void everySchemaIsValidAgainstTheDraft202012MetaSchema() {
    Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    for (String file : Stream.concat(jsonSubcommands().stream(), Stream.of("common")).toList()) {
      String schema = Schemas.resource(file + ".json");
      assertThat(meta.validate(schema, InputFormat.JSON)).as(file).isEmpty();
      assertThat(schema).contains("\"$id\": \"" + Schemas.PREFIX + file + ".json\"");
    }
  }

  @Test
  void aValueOutsideTheContractIsCaught() {
    String valid = CliRun.run("tax", "--year", "2020", "--jurisdiction", "china", "--income", "1", "--qualifies",
        "--json").out();
    assertThat(Schemas.errors("tax", valid)).isEmpty();
    assertThat(Schemas.errors("tax", valid.replace("\"taxDue\": \"0.05\"", "\"taxDue\": 0.05"))).isNotEmpty();
    assertThat(Schemas.errors("tax", valid.replace("\"schemaVersion\": 1", "\"schemaVersion\": 2"))).isNotEmpty();
    assertThat(Schemas.errors("tax", valid.replace("\"taxDue\"", "\"taxdue\""))).isNotEmpty();
  }
}
