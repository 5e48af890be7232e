package org.zhongchuang.policy.examples;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.function.Consumer;

/** Runs an example's {@code run(PrintStream)} and returns what it printed. */
final class ExampleRun {
  private ExampleRun() {}

  static String output(Consumer<PrintStream> example) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, UTF_8);
    example.accept(out);
    return bytes.toString(UTF_8);
  }
}
