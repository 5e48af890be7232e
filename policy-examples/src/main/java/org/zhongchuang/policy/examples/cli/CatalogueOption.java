package org.zhongchuang.policy.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.zhongchuang.policy.catalogue.Catalogue;
import picocli.CommandLine.Option;

/**
 * {@code --catalogue FILE}, repeatable, on every subcommand: the built-in catalogue with the caller's own documents
 * and reforms ({@link Catalogue#with(List)}). A malformed file is refused with its line and field (status 2).
 */
final class CatalogueOption {
  @Option(names = "--catalogue", paramLabel = "FILE",
      description = "A catalogue file of your own (YAML): a document to add or a reform to apply. Repeatable.")
  List<Path> files = new ArrayList<>();

  /** The catalogue to compute with: the built-in one, with the files given. */
  Catalogue catalogue() {
    return files.isEmpty() ? Catalogue.builtIn() : Catalogue.builtIn().with(files);
  }

  /** Whether the caller gave files of their own. */
  boolean given() {
    return !files.isEmpty();
  }
}
