package org.zhongchuang.policy.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.catalogue.Catalogue;
import org.zhongchuang.policy.catalogue.Provision;
import org.zhongchuang.policy.law.IssueDate;
import org.zhongchuang.policy.text.Language;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code policy} command: the library's calculators for people who will never write Java.
 *
 * <p>Exit status: {@value #OK} on success (also when an enterprise is not eligible for a relief),
 * {@value #BAD_INPUT} when the input is refused (one line on standard error naming the option and what it accepts),
 * {@value #INTERNAL_ERROR} for a fault in the program itself. Standard output is UTF-8 whatever the platform's default.
 */
@Command(name = "policy", mixinStandardHelpOptions = true, versionProvider = PolicyCli.Version.class,
    subcommands = {TaxCommand.class, PrepayCommand.class, TransferCommand.class, MatchCommand.class, CatalogCommand.class,
        EitCommand.class,
        ChartCommand.class,
        FloorCommand.class,
        TargetsCommand.class,
        LeaveCommand.class,
        PlacesCommand.class,
        CompletionCommand.class,
        IncubatorCommand.class,
        BenefitsCommand.class,
        DemoCommand.class},
    description = {
        "Exact, cited calculators for China's 2015 mass entrepreneurship and innovation (众创空间) policies.",
        "Amounts take any form the library reads: 250000, 250,000.00, 25万, 25万元, ２０万元.",
        "Jurisdictions: a code (330400), a pinyin name (jiaxing, lanbai, china) or a Chinese name (嘉兴市)."},
    footer = {"", "Exit status: 0 success (also when not eligible); 2 refused input; 1 internal error;",
        "3 with --csv: some rows refused (see their status and error columns)."})
public final class PolicyCli implements Callable<Integer> {
  /** Success, including a result that says "not eligible". */
  public static final int OK = 0;
  /** A fault in the program itself; the input was accepted. */
  public static final int INTERNAL_ERROR = 1;
  /** Refused input: unknown jurisdiction, malformed amount, missing option, a date the catalogue cannot answer. */
  public static final int BAD_INPUT = 2;
  /** With {@code --csv}: every row was answered, and some were refused (see their status and error columns). */
  public static final int ROWS_REFUSED = 3;

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
    int status = commandLine(out, err, language(args)).execute(args);
    out.flush();
    err.flush();
    return status;
  }

  /**
   * The language refusals are written in: the value of {@code --lang} wherever it is on the command line, Chinese
   * without one (or with a value that is not a language: that value is then refused, in Chinese).
   */
  static Language language(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String value = args[i].startsWith("--lang=") ? args[i].substring("--lang=".length())
          : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
      if (value != null) {
        try {
          return Language.parse(value);
        } catch (PolicyInputException e) {
          return Language.ZH;
        }
      }
    }
    return Language.ZH;
  }

  /**
   * The command line, configured: bad input gives one line on {@code err}, in the language given, and status
   * {@link #BAD_INPUT}, never a stack trace.
   *
   * @param out not null
   * @param err not null
   * @param language the language of refusals, not null
   */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, Language language) {
    requireNonNull(out, "out");
    requireNonNull(err, "err");
    requireNonNull(language, "language");
    CommandLine cl = new CommandLine(new PolicyCli());
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler((e, args) -> refuse(e, language));
    cl.getCommandSpec().versionProvider(new Version(cl.getCommandSpec(), language));
    // Every subcommand answers --version too; with --catalogue, for the catalogue it would compute with.
    cl.getSubcommands().values().forEach(sub -> sub.getCommandSpec()
        .versionProvider(new Version(sub.getCommandSpec(), language)));
    cl.setExecutionExceptionHandler((e, command, parseResult) -> {
      if (e instanceof ParameterException) {
        // A refusal raised outside parsing: --version reading the --catalogue files given with it.
        return refuse((ParameterException) e, language);
      }
      String name = command.getCommandSpec().qualifiedName();
      if (e instanceof PolicyInputException) {
        // The library refused a combination the options alone could not catch; its message says what is accepted.
        command.getErr().println(name + separator(language)
            + oneLine(((PolicyInputException) e).message(language)));
        return BAD_INPUT;
      }
      command.getErr().println(name + separator(language) + Reports.t(language, "内部错误（", "internal error (")
          + e.getClass().getSimpleName() + Reports.t(language, "）：", "): ") + oneLine(String.valueOf(e.getMessage()))
          + Reports.t(language, "；请连同所用的命令行一起报告", "; please report it with the command line used"));
      return INTERNAL_ERROR;
    });
    return cl;
  }

  private static String separator(Language language) {
    return Reports.t(language, "：", ": ");
  }

  private static int refuse(ParameterException e, Language language) {
    CommandLine command = e.getCommandLine();
    String name = command.getCommandSpec().qualifiedName();
    String line = name + separator(language) + oneLine(Parsing.describe(e, language))
        + Reports.t(language, "（参见 '" + name + " --help'）", " (see '" + name + " --help')");
    command.getErr().println(line);
    return BAD_INPUT;
  }

  static String oneLine(String message) {
    if (message.indexOf('\n') < 0 && message.indexOf('\r') < 0) {
      return message.strip();
    }
    return message.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
  }

  /** Without a subcommand there is nothing to compute. */
  @Override
  public Integer call() {
    throw new Refusals.Refusal(spec, Refusals.text("缺少子命令：可接受 " + subcommands(),
        "Missing required subcommand: one of " + subcommands()));
  }

  private String subcommands() {
    return String.join(", ", spec.subcommands().keySet());
  }

  /**
   * The version written into the jar's manifest by the build, and the newest provision of the catalogue: the built-in
   * one, or with the files of the subcommand's {@code --catalogue}.
   */
  static final class Version implements IVersionProvider {
    private final CommandSpec command;
    private final Language language;

    /** For the annotation; {@link #commandLine} gives each command its own. */
    Version() {
      this(null, Language.ZH);
    }

    Version(CommandSpec command, Language language) {
      this.command = command;
      this.language = language;
    }

    @Override
    public String[] getVersion() {
      String cli = PolicyCli.class.getPackage().getImplementationVersion();
      String core = Catalogue.class.getPackage().getImplementationVersion();
      String version = cli == null ? Reports.t(language, "（开发版本）", "(development build)") : cli;
      return new String[] {"policy " + version + ", policy-core " + (core == null ? version : core),
          catalogueLine()};
    }

    private String catalogueLine() {
      CatalogueOption option = command == null ? null : command.mixins().values().stream()
          .map(CommandSpec::userObject).filter(CatalogueOption.class::isInstance).map(CatalogueOption.class::cast)
          .findFirst().orElse(null);
      Catalogue catalogue = option == null ? Catalogue.builtIn() : option.catalogue();
      Provision newest = null;
      for (Provision p : catalogue.all()) {
        if (newest == null || p.citation().document().issued().latest()
            .isAfter(newest.citation().document().issued().latest())) {
          newest = p;
        }
      }
      String which = option == null || !option.given() ? Reports.t(language, "内置", "built-in")
          : Reports.t(language, "内置及 ", "built-in with ") + option.files.stream().map(String::valueOf)
              .collect(java.util.stream.Collectors.joining(", "));
      StringBuilder line = new StringBuilder(Reports.t(language, "条款目录：", "catalogue: ")).append(which)
          .append(Reports.t(language, "，共 " + catalogue.size() + " 条", ", " + catalogue.size() + " provisions"));
      if (newest != null) {
        IssueDate issued = newest.citation().document().issued();
        String day = issued.earliest().equals(issued.latest()) ? issued.latest().toString()
            : issued.earliest() + "~" + issued.latest();
        line.append(Reports.t(language, "；最新条款 ", "; newest provision ")).append(newest.id())
            .append(Reports.t(language, "（" + newest.citation().document().reference() + "，" + day + " 发布）",
                " (" + newest.citation().document().reference() + ", issued " + day + ")"));
      }
      return line.toString();
    }
  }
}
