package org.zhongchuang.policy.examples.cli;

import java.nio.charset.Charset;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code --csv FILE [--out FILE] [--bom]}: one case per row of a CSV file instead of one case from the options, for
 * the subcommands that compute a case ({@code tax}, {@code prepay}, {@code eit}, {@code transfer}).
 */
final class CsvOptions {
  @Option(names = "--csv", paramLabel = "FILE",
      description = {"Compute one case per row of this CSV file (UTF-8, header row; columns named as the options,",
          "without the dashes, or by their Chinese names). An option given on the command line applies to every",
          "row. Writes one result row per input row, in order, with the row's id, a status and an error column."})
  Path input;

  @Option(names = "--out", paramLabel = "FILE",
      description = "With --csv: write the results to this file instead of standard output.")
  Path output;

  @Option(names = "--bom", description = "With --csv: start the output with a byte-order mark, so Excel reads it as UTF-8.")
  boolean bom;

  @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8",
      description = "With --csv: the input file's encoding, UTF-8 (default) or GB18030 (GBK) as Excel may save it.")
  String encoding;

  /** The input's encoding; an unknown name is refused. */
  Charset charset(CommandSpec spec) {
    try {
      return Charset.forName(encoding.strip());
    } catch (IllegalArgumentException e) {
      throw Refusals.invalid(spec, "--encoding", "未知的编码 '" + encoding + "'；可接受：UTF-8、GB18030、GBK",
          "unknown encoding '" + encoding + "'; accepted: UTF-8, GB18030, GBK");
    }
  }

  boolean given() {
    return input != null;
  }
}
