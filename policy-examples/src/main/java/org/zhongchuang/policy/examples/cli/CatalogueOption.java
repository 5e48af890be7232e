package org.zhongchuang.policy.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.PolicyInputException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --catalogue FILE}, repeatable, on every subcommand: the built-in catalogue with the caller's own documents
 * and reforms ({@link Catalogue#with(List)}). A malformed file is refused with its line and field (status 2).
 */
final class CatalogueOption {
  @Option(names = "--catalogue", paramLabel = "FILE",
      description = "A catalogue file of your own (YAML): a document to add or a reform to apply. Repeatable.")
  List<Path> files = new ArrayList<>();

  @Spec(Spec.Target.MIXEE) CommandSpec command;

  /**
   * The catalogue to compute with: the built-in one, with the files given. A file that cannot be read is refused as
   * the value of {@code --catalogue}, with its line and field.
   */
  Catalogue catalogue() {
    if (files.isEmpty()) {
      return Catalogue.builtIn();
    }
    try {
      return Catalogue.builtIn().with(files);
    } catch (PolicyInputException e) {
      throw Refusals.invalid(command, "--catalogue", e.problem());
    }
  }

  /** Whether the caller gave files of their own. */
  boolean given() {
    return !files.isEmpty();
  }
}
