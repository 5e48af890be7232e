package org.zhongchuang.policy.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.zhongchuang.policy.PolicyInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code policy} command: the library's calculators for people who will never write Java.
 *
 * <p>Exit status: {@value #OK} on success (also when an enterprise is not eligible for a relief),
 * {@value #BAD_INPUT} when the input is refused (one line on standard error naming the option and what it accepts),
 * {@value #INTERNAL_ERROR} for a fault in the program itself. Standard output is UTF-8 whatever the platform's default.
 */
@Command(name = "policy", mixinStandardHelpOptions = true, versionProvider = PolicyCli.Version.class,
    subcommands = {TaxCommand.class, PrepayCommand.class, EitCommand.class, TransferCommand.class, MatchCommand.class, CatalogCommand.class,
        DemoCommand.class},
    description = {
        "Exact, cited calculators for China's 2015 mass entrepreneurship and innovation (众创空间) policies.",
        "Amounts take any form the library reads: 250000, 250,000.00, 25万, 25万元, ２０万元.",
        "Jurisdictions: a code (330400), a pinyin name (jiaxing, lanbai, china) or a Chinese name (嘉兴市)."},
    footer = {"", "Exit status: 0 success (also when not eligible); 2 refused input; 1 internal error."})
public final class PolicyCli implements Callable<Integer> {
  /** Success, including a result that says "not eligible". */
  public static final int OK = 0;
  /** A fault in the program itself; the input was accepted. */
  public static final int INTERNAL_ERROR = 1;
  /** Refused input: unknown jurisdiction, malformed amount, missing option, a date the catalogue cannot answer. */
  public static final int BAD_INPUT = 2;

  @Spec private CommandSpec spec;

  /**
   * Runs the command and exits the JVM with its status.
   *
   * @param args the command line, not null
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), UTF_8));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), UTF_8));
    int status = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(status);
  }

  /**
   * Runs the command in-process: what {@link #main} does, without exiting, with the output going where asked.
   *
   * @param args the command line, not null
   * @param out where results go, not null
   * @param err where the one-line refusal of bad input goes, not null
   * @return the exit status: {@link #OK}, {@link #BAD_INPUT} or {@link #INTERNAL_ERROR}
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    requireNonNull(args, "args");
    int status = commandLine(out, err).execute(args);
    out.flush();
    err.flush();
    return status;
  }

  /**
   * The command line, configured: bad input gives one line on {@code err} and status {@link #BAD_INPUT}, never a
   * stack trace.
   *
   * @param out not null
   * @param err not null
   */
  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    requireNonNull(out, "out");
    requireNonNull(err, "err");
    CommandLine cl = new CommandLine(new PolicyCli());
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler(PolicyCli::refuse);
    cl.setExecutionExceptionHandler((e, command, parseResult) -> {
      String name = command.getCommandSpec().qualifiedName();
      if (e instanceof PolicyInputException) {
        // The library refused a combination the options alone could not catch; its message says what is accepted.
        command.getErr().println(name + ": " + oneLine(e.getMessage()));
        return BAD_INPUT;
      }
      command.getErr().println(name + ": internal error (" + e.getClass().getSimpleName() + "): "
          + oneLine(String.valueOf(e.getMessage())) + "; please report it with the command line used");
      return INTERNAL_ERROR;
    });
    return cl;
  }

  private static int refuse(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    if (command.getCommand() instanceof EitCommand) {
      // policy eit words its refusals in the language asked; those picocli raised itself are worded again here.
      String message = e instanceof EitCommand.Refused ? e.getMessage() : EitCommand.refusal(e, args);
      command.getErr().println(command.getCommandSpec().qualifiedName() + ": " + oneLine(message));
      return BAD_INPUT;
    }
    StringBuilder line = new StringBuilder(command.getCommandSpec().qualifiedName()).append(": ")
        .append(oneLine(e.getMessage()));
    if (e instanceof UnmatchedArgumentException) {
      List<String> suggestions = ((UnmatchedArgumentException) e).getSuggestions();
      if (!suggestions.isEmpty()) {
        line.append("; did you mean: ").append(String.join(", ", suggestions)).append('?');
      }
    }
    line.append(" (see '").append(command.getCommandSpec().qualifiedName()).append(" --help')");
    command.getErr().println(line);
    return BAD_INPUT;
  }

  static String oneLine(String message) {
    return message.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
  }

  /** Without a subcommand there is nothing to compute. */
  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(),
        "Missing required subcommand: one of tax, prepay, eit, transfer, match, catalog, demo");
  }

  /** The version written into the jar's manifest by the build. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = PolicyCli.class.getPackage().getImplementationVersion();
      return new String[] {"policy " + (version == null ? "(development build)" : version)};
    }
  }
}
