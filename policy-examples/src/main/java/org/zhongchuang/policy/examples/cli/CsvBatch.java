package org.zhongchuang.policy.examples.cli;

import static org.zhongchuang.policy.examples.cli.Reports.t;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.IntSupplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.text.Language;
import org.zhongchuang.policy.text.Renderable;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * One case per row of a CSV file, computed by the subcommand's own code: each row's cells are read by the options'
 * own converters into the options, the subcommand computes the case they hold, and its result becomes one output row.
 * A bad row is answered by a row with status {@code refused} and the refusal in the user's language; the batch never
 * stops on one. Rows keep their order; each output row starts with the row's {@code id} (its own, or its number).
 *
 * <p>Each lane (a copy of the subcommand) sets its options row by row and is used by one thread at a time.
 */
final class CsvBatch {
  private CsvBatch() {}

  /** Options that say how to run, not what the case is; they are never columns. */
  private static final Set<String> NOT_COLUMNS = Set.of("--csv", "--out", "--bom", "--encoding", "--json", "--lang",
      "--catalogue", "--help", "--version");
  private static final int CACHED_VALUES = 4096;
  private static final int CACHE_TRIAL = 10_000;
  private static final int PROGRESS_EVERY = 100_000;
  private static final int BATCH = 2048;
  private static final int MAX_LANES = 8;

  /** What a subcommand gives the batch. */
  interface Rows {
    /** Other names of columns (Chinese ones), by the column's own name (the option's name without dashes). */
    Map<String, List<String>> aliases();

    /** Columns that take yes or no and set one of two flags, e.g. {@code public} → {@code --public}, {@code --not-public}. */
    Map<String, List<String>> pairs();

    /** The options every row needs, as a column or on the command line. */
    List<String> required();

    /** The result columns, after {@code id}, {@code status} and {@code error}. */
    List<String> header();

    /**
     * Computes the case the options hold now.
     *
     * @return the result's cells, in {@link #header()} order: text, an amount ({@link Cny}, written as
     *     {@link Cny#toPlainString()} writes it) or a share ({@link Share}, written as
     *     {@link Share#toDecimalString()} writes it)
     * @throws ParameterException or {@link PolicyInputException} for a case that is refused
     */
    List<?> compute(Language language);

    /** Rows with these columns, computed by {@code compute}. */
    static Rows of(Map<String, List<String>> aliases, Map<String, List<String>> pairs, List<String> required,
        List<String> header, Function<Language, ? extends List<?>> compute) {
      return new Rows() {
        @Override
        public Map<String, List<String>> aliases() {
          return aliases;
        }

        @Override
        public Map<String, List<String>> pairs() {
          return pairs;
        }

        @Override
        public List<String> required() {
          return required;
        }

        @Override
        public List<String> header() {
          return header;
        }

        @Override
        public List<?> compute(Language language) {
          return compute.apply(language);
        }
      };
    }
  }

  /** A column of the input and how it sets the options. */
  private abstract static class Column {
    final String name;

    Column(String name) {
      this.name = name;
    }

    abstract void reset();

    abstract void apply(String cell, Language language);
  }

  /** A column that gives one option's value. */
  private static final class OptionColumn extends Column {
    final OptionSpec option;
    final Object base;
    final ITypeConverter<?> converter;
    final boolean flag;
    /** Values read before, while they repeat (places, years); dropped for columns whose values rarely repeat. */
    Map<String, Object> cache = new HashMap<>();
    int lookups;
    int hits;

    OptionColumn(String name, OptionSpec option) {
      super(name);
      this.option = option;
      this.base = option.getValue();
      this.flag = option.arity().max() == 0;
      ITypeConverter<?>[] converters = option.converters();
      if (converters != null && converters.length > 0) {
        converter = converters[0];
      } else if (option.auxiliaryTypes()[0] == String.class || flag) {
        converter = value -> value;
      } else {
        throw new IllegalStateException(option.longestName() + " has no converter of its own");
      }
    }

    @Override
    void reset() {
      option.setValue(base);
    }

    @Override
    void apply(String cell, Language language) {
      if (flag) {
        option.setValue(yesOrNo(name, cell));
      } else if (option.isMultiValue()) {
        List<Object> values = new ArrayList<>();
        String split = option.splitRegex();
        for (String part : split.isEmpty() ? new String[] {cell} : cell.split(split)) {
          values.add(convert(part.strip()));
        }
        option.setValue(values);
      } else if (cache == null) {
        option.setValue(convert(cell));
      } else {
        Object value = cache.get(cell);
        if (value == null) {
          value = convert(cell);
          if (cache.size() < CACHED_VALUES) {
            cache.put(cell, value);
          }
        } else {
          hits++;
        }
        if (++lookups == CACHE_TRIAL && hits < CACHE_TRIAL / 2) {
          cache = null;
        }
        option.setValue(value);
      }
    }

    private Object convert(String cell) {
      try {
        return converter.convert(cell);
      } catch (Refusals.Unreadable e) {
        throw new CellRefused(name, e.problem());
      } catch (PolicyInputException e) {
        throw new CellRefused(name, e.problem());
      } catch (Exception e) {
        throw new IllegalStateException("converter of " + option.longestName() + " failed", e);
      }
    }
  }

  /** A column of yes or no that sets one of two flags. */
  private static final class PairColumn extends Column {
    final OptionSpec yes;
    final OptionSpec no;
    final Object yesBase;
    final Object noBase;

    PairColumn(String name, OptionSpec yes, OptionSpec no) {
      super(name);
      this.yes = yes;
      this.no = no;
      this.yesBase = yes.getValue();
      this.noBase = no.getValue();
    }

    @Override
    void reset() {
      yes.setValue(yesBase);
      no.setValue(noBase);
    }

    @Override
    void apply(String cell, Language language) {
      if (yesOrNo(name, cell)) {
        yes.setValue(true);
      } else {
        no.setValue(true);
      }
    }
  }

  /** A cell that cannot be read: the row is refused, the batch goes on. */
  private static final class CellRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Renderable message;

    CellRefused(String column, Renderable problem) {
      super(null, null, false, false);
      this.message = invalidCell(column, problem);
    }
  }

  /** "Invalid value in column 'x': problem", in each language. */
  static Renderable invalidCell(String column, Renderable problem) {
    return l -> t(l, "列 '" + column + "' 的值无效：", "Invalid value in column '" + column + "': ") + problem.render(l);
  }

  private static boolean yesOrNo(String column, String cell) {
    switch (cell.toLowerCase(Locale.ROOT)) {
      case "yes":
      case "y":
      case "true":
      case "1":
      case "是":
        return true;
      case "no":
      case "n":
      case "false":
      case "0":
      case "否":
        return false;
      default:
        throw new CellRefused(column, Refusals.text("无法读取“" + cell + "”；可接受：是/否、yes/no、true/false、1/0",
            "cannot read '" + cell + "'; accepted: yes/no, true/false, 1/0, 是/否"));
    }
  }

  /** A subcommand whose cases can come from CSV rows. */
  interface Source {
    /** The rows as this subcommand computes them, with the options it now holds. */
    Rows rows();
  }

  /** The input's header: which column each cell names. */
  private static final class Layout {
    /** Per header cell: the column's own name, or null for the id. */
    final List<String> names = new ArrayList<>();
    /** Per header cell: the cell as typed. */
    final List<String> cells = new ArrayList<>();
    /** The column as typed, by option name ({@code --year} → {@code 年度}), for refusals of rows. */
    final Map<String, String> labels = new HashMap<>();
    int idIndex = -1;
  }

  /** What one lane computed for a run of rows: their records as CSV in UTF-8, how many, how many refused or faulty. */
  private static final class Chunk {
    byte[] text;
    int rows;
    int refused;
    int faults;
  }

  /** One row of the input: its cells, trimmed, and its number among the rows (from 1, after the header). */
  record Row(String[] cells, long number) {
    int size() {
      return cells.length;
    }

    String get(int i) {
      return cells[i];
    }
  }

  /**
   * The input after its header, read by Commons CSV on the thread that calls {@link #next()}, in batches of
   * {@link #BATCH} records: each record's trimmed cells and number.
   */
  static final class Input implements AutoCloseable {
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;

    Input(Reader in) throws IOException {
      parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
          .setIgnoreEmptyLines(true).setAllowMissingColumnNames(false).get().parse(in);
      records = parser.iterator();
    }

    List<String> header() {
      return parser.getHeaderNames();
    }

    /** The next batch of rows, or null after the last. */
    List<Row> next() {
      if (!records.hasNext()) {
        return null;
      }
      List<Row> rows = new ArrayList<>(BATCH);
      while (rows.size() < BATCH && records.hasNext()) {
        CSVRecord r = records.next();
        rows.add(new Row(r.values(), r.getRecordNumber()));
      }
      return rows;
    }

    @Override
    public void close() throws IOException {
      parser.close();
    }
  }

  /**
   * Short cells that repeat (years, places, headcounts), kept per lane so that each is one string and the converters'
   * caches find it by identity: a cell is replaced by the recent one with the same characters, or becomes it.
   */
  static final class Recent {
    /** Cells at most this long are looked for among the recent ones. */
    private static final int SHORT = 16;
    /** How many recent cells a lane keeps (a power of two). */
    private final String[] cells = new String[1 << 9];

    String of(String cell) {
      if (cell.length() > SHORT) {
        return cell;
      }
      int hash = cell.hashCode();
      int slot = (hash ^ hash >>> 16) & (cells.length - 1);
      String known = cells[slot];
      if (known != null && known.equals(cell)) {
        return known;
      }
      cells[slot] = cell;
      return cell;
    }
  }

  /** One subcommand instance with its columns bound to its options: rows go through one lane at a time. */
  private static final class Lane {
    final CommandSpec spec;
    final Rows rows;
    final List<Column> columns = new ArrayList<>();
    final List<OptionSpec> required = new ArrayList<>();
    final Layout layout;
    final Language language;
    final CsvRecords out = new CsvRecords();
    final Recent recent = new Recent();

    Lane(CommandSpec spec, Rows rows, Layout layout, Language language) {
      this.spec = spec;
      this.rows = rows;
      this.layout = layout;
      this.language = language;
      for (int i = 0; i < layout.names.size(); i++) {
        String name = layout.names.get(i);
        columns.add(name == null ? null : column(spec, rows, name, layout.cells.get(i)));
      }
      for (String name : rows.required()) {
        required.add(spec.findOption(name));
      }
    }

    Chunk compute(List<Row> records) {
      Chunk chunk = new Chunk();
      int width = rows.header().size();
      for (Row record : records) {
        int id = layout.idIndex;
        String given = id >= 0 && id < record.size() ? record.get(id) : "";
        out.cell(given.isEmpty() ? Long.toString(record.number()) : given, true);
        List<?> result = List.of();
        try {
          result = computeRow(record);
          out.cell("ok", false);
          out.cell("", false);
        } catch (CellRefused e) {
          refused(e.message.render(language));
          chunk.refused++;
        } catch (Refusals.Refusal e) {
          refused(e.inRow(layout.labels).render(language));
          chunk.refused++;
        } catch (ParameterException e) {
          refused(Parsing.describe(e, language));
          chunk.refused++;
        } catch (PolicyInputException e) {
          refused(e.message(language));
          chunk.refused++;
        } catch (RuntimeException e) {
          out.cell("error", false);
          out.cell(t(language, "内部错误（", "internal error (") + e.getClass().getSimpleName()
              + t(language, "）：", "): ") + e.getMessage(), false);
          chunk.faults++;
        }
        for (Object cell : result) {
          out.value(cell, false);
        }
        for (int i = result.size(); i < width; i++) {
          out.cell("", false);
        }
        out.end();
        chunk.rows++;
      }
      chunk.text = out.take();
      return chunk;
    }

    private void refused(String message) {
      out.cell("refused", false);
      out.cell(PolicyCli.oneLine(message), false);
    }

    private List<?> computeRow(Row record) {
      for (Column c : columns) {
        if (c != null) {
          c.reset();
        }
      }
      for (int i = columns.size(); i < record.size(); i++) {
        if (!record.get(i).isEmpty()) {
          throw new Refusals.Refusal(spec, Refusals.text("此行有 " + record.size() + " 个单元格，表头只有 "
              + columns.size() + " 列", "the row has " + record.size() + " cells, the header " + columns.size()));
        }
      }
      for (int i = 0; i < columns.size() && i < record.size(); i++) {
        Column c = columns.get(i);
        String cell = record.get(i);
        if (c != null && !cell.isEmpty()) {
          c.apply(recent.of(cell), language);
        }
      }
      List<String> empty = null;
      for (OptionSpec option : required) {
        if (option.getValue() == null) {
          if (empty == null) {
            empty = new ArrayList<>();
          }
          String name = option.longestName();
          empty.add(layout.labels.getOrDefault(name, name.substring(2)));
        }
      }
      if (empty != null) {
        String list = String.join("', '", empty);
        throw new Refusals.Refusal(spec, Refusals.text("此行缺少 '" + String.join("'、'", empty) + "'",
            "the row has no '" + list + "'"));
      }
      return rows.compute(language);
    }
  }

  /**
   * What the subcommands that take {@code --csv} do: the rows of the file when one is given, else the one case of the
   * command line, once the options it requires are there.
   *
   * @param spec the subcommand, not null
   * @param csv its CSV options, not null
   * @param output its output options (a CSV batch refuses {@code --json}), not null
   * @param source the subcommand itself, not null
   * @param required the options one case needs, as the user types them
   * @param one computes and prints the one case, returning the exit status
   * @return the exit status
   */
  static int oneOrMany(CommandSpec spec, CsvOptions csv, OutputOptions output, Source source, List<String> required,
      IntSupplier one) {
    if (csv.given()) {
      return runBatch(spec, csv, output.csvLanguage(spec), source);
    }
    Refusals.required(spec, required);
    return one.getAsInt();
  }

  /**
   * Runs the batch: reads {@code --csv}, writes to {@code --out} or standard output, and a summary line to standard
   * error. Rows are computed on as many lanes as there are processors, each a copy of the subcommand made from the
   * same command line, and written in their input order.
   *
   * @param spec the subcommand, not null
   * @param csv its CSV options, not null
   * @param language the language of the error column and the summary, not null
   * @param source the subcommand itself, not null
   * @return {@link PolicyCli#OK} when every row was computed, {@link PolicyCli#ROWS_REFUSED} when some were refused,
   *     {@link PolicyCli#INTERNAL_ERROR} when a row met a fault of the program
   */
  private static int runBatch(CommandSpec spec, CsvOptions csv, Language language, Source source) {
    Charset charset = csv.charset(spec);
    Rows rows = source.rows();
    Map<String, String> names = columnNames(spec, rows);
    try (Reader in = reader(csv, charset); Input input = new Input(in)) {
      Layout layout = layout(spec, rows, names, input.header());
      return write(spec, csv, language, input, layout, new Lane(spec, rows, layout, language));
    } catch (IOException | UncheckedIOException e) {
      throw Refusals.invalid(spec, "--csv", unreadable(csv, charset, e));
    }
  }

  private static Layout layout(CommandSpec spec, Rows rows, Map<String, String> names, List<String> header) {
    Layout layout = new Layout();
    Map<String, String> seen = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String cell = header.get(i).strip();
      String name = names.get(cell.toLowerCase(Locale.ROOT));
      if (name == null) {
        throw Refusals.invalid(spec, "--csv", unknownColumn(cell, names));
      }
      String before = seen.put(name, cell);
      if (before != null) {
        throw Refusals.invalid(spec, "--csv", "列 '" + before + "' 和 '" + cell + "' 是同一列",
            "the columns '" + before + "' and '" + cell + "' are the same column");
      }
      layout.cells.add(cell);
      if (name.equals("id")) {
        layout.idIndex = i;
        layout.names.add(null);
        continue;
      }
      layout.names.add(name);
      layout.labels.put("--" + name, cell);
      List<String> pair = rows.pairs().get(name);
      if (pair != null) {
        pair.forEach(option -> layout.labels.put(option, cell));
      }
    }
    for (String required : rows.required()) {
      String name = required.substring(2);
      if (!seen.containsKey(name) && !spec.commandLine().getParseResult().hasMatchedOption(required)) {
        throw Refusals.invalid(spec, "--csv", "缺少列 '" + name + "'（或命令行选项 " + required + "）",
            "no column '" + name + "' (nor the option " + required + " on the command line)");
      }
    }
    return layout;
  }

  /** Another copy of the subcommand, from the same command line, with its columns bound. */
  private static Lane lane(CommandSpec spec, Layout layout, Language language) {
    PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
    CommandLine root = PolicyCli.commandLine(nowhere, nowhere, language);
    ParseResult parsed = root.parseArgs(spec.root().commandLine().getParseResult().originalArgs()
        .toArray(String[]::new));
    CommandSpec copy = parsed.subcommand().commandSpec();
    return new Lane(copy, ((Source) copy.userObject()).rows(), layout, language);
  }

  private static int write(CommandSpec spec, CsvOptions csv, Language language, Input input, Layout layout,
      Lane first) throws IOException {
    int lanesWanted = Math.max(1, Math.min(MAX_LANES, Runtime.getRuntime().availableProcessors()));
    BlockingQueue<Lane> lanes = new ArrayBlockingQueue<>(lanesWanted);
    lanes.add(first);
    for (int i = 1; i < lanesWanted; i++) {
      lanes.add(lane(spec, layout, language));
    }
    ExecutorService pool = Executors.newFixedThreadPool(lanesWanted, task -> {
      Thread thread = new Thread(task, "policy-csv");
      thread.setDaemon(true);
      return thread;
    });
    long total = 0;
    int refused = 0;
    int faults = 0;
    PrintWriter err = spec.commandLine().getErr();
    boolean progress = System.console() != null;
    List<String> header = new ArrayList<>(List.of("id", "status", "error"));
    header.addAll(first.rows.header());
    Deque<Future<Chunk>> pending = new ArrayDeque<>();
    try (Sink out = sink(spec, csv)) {
      CsvRecords head = new CsvRecords();
      head.record(header);
      out.write(head.take());
      List<Row> batch = input.next();
      while (batch != null || !pending.isEmpty()) {
        if (batch != null && pending.size() < 2 * lanesWanted) {
          List<Row> rowsOf = batch;
          pending.add(pool.submit(() -> {
            Lane lane = lanes.take();
            try {
              return lane.compute(rowsOf);
            } finally {
              lanes.add(lane);
            }
          }));
          batch = input.next();
          continue;
        }
        Chunk chunk = done(pending.poll());
        out.write(chunk.text);
        refused += chunk.refused;
        faults += chunk.faults;
        long before = total;
        total += chunk.rows;
        if (progress && before / PROGRESS_EVERY != total / PROGRESS_EVERY) {
          err.print(t(language, "\r已处理 " + total + " 行", "\r" + total + " rows done"));
          err.flush();
        }
      }
    } finally {
      pool.shutdownNow();
    }
    long ok = total - refused - faults;
    err.println((progress ? "\r" : "") + t(language,
        "已处理 " + total + " 行：" + ok + " 行完成，" + refused + " 行被拒绝" + (faults > 0 ? "，" + faults
            + " 行遇到程序错误" : "") + (refused + faults > 0 ? "（见 status 和 error 列）" : ""),
        total + " rows: " + ok + " computed, " + refused + " refused" + (faults > 0 ? ", " + faults
            + " met a fault of the program" : "") + (refused + faults > 0 ? " (see the status and error columns)"
            : "")));
    return faults > 0 ? PolicyCli.INTERNAL_ERROR : refused > 0 ? PolicyCli.ROWS_REFUSED : PolicyCli.OK;
  }

  private static Chunk done(Future<Chunk> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** Every name a column may have, lower-cased, to the column's own name (the option's name without dashes). */
  private static Map<String, String> columnNames(CommandSpec spec, Rows rows) {
    Map<String, String> names = new LinkedHashMap<>();
    names.put("id", "id");
    names.put("编号", "id");
    for (OptionSpec option : spec.options()) {
      if (NOT_COLUMNS.contains(option.longestName()) || option.hidden()) {
        continue;
      }
      String own = option.longestName().substring(2);
      for (String name : option.names()) {
        names.put(name.replaceFirst("^-+", "").toLowerCase(Locale.ROOT), own);
      }
    }
    rows.pairs().keySet().forEach(pair -> names.put(pair, pair));
    rows.aliases().forEach((own, aliases) -> aliases.forEach(a -> names.put(a.toLowerCase(Locale.ROOT), own)));
    return names;
  }

  private static Column column(CommandSpec spec, Rows rows, String name, String cell) {
    List<String> pair = rows.pairs().get(name);
    if (pair != null) {
      OptionSpec yes = spec.findOption(pair.get(0));
      OptionSpec no = spec.findOption(pair.get(1));
      for (OptionSpec o : List.of(yes, no)) {
        givenTwice(spec, o, cell);
      }
      return new PairColumn(cell, yes, no);
    }
    OptionSpec option = spec.findOption("--" + name);
    givenTwice(spec, option, cell);
    return new OptionColumn(cell, option);
  }

  private static void givenTwice(CommandSpec spec, OptionSpec option, String cell) {
    if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
      throw Refusals.invalid(spec, "--csv", "列 '" + cell + "' 与命令行选项 " + option.longestName() + " 重复；可接受：只给其一",
          "the column '" + cell + "' repeats the option " + option.longestName() + "; accepted: one or the other");
    }
  }

  private static Renderable unknownColumn(String cell, Map<String, String> names) {
    List<String> own = names.values().stream().distinct().toList();
    return Refusals.text("未知的列 '" + cell + "'；可接受的列：" + String.join("、", own) + "（或其中文名）",
        "unknown column '" + cell + "'; accepted columns: " + String.join(", ", own) + " (or their Chinese names)");
  }

  private static Renderable unreadable(CsvOptions csv, Charset charset, Exception e) {
    Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
    if (cause instanceof NoSuchFileException) {
      return Refusals.text(csv.input + "：文件不存在", csv.input + ": there is no such file");
    }
    if (cause instanceof CharacterCodingException) {
      return Refusals.text(csv.input + "：不是 " + charset.name() + " 编码的文本；从 Excel 另存的文件可能是 GBK，请加 --encoding GB18030",
          csv.input + ": not " + charset.name() + " text; a file saved by Excel may be GBK: add --encoding GB18030");
    }
    String detail = String.valueOf(cause.getMessage());
    return Refusals.text(csv.input + "：无法读取（" + detail + "）", csv.input + ": cannot read it (" + detail + ")");
  }

  private static Reader reader(CsvOptions csv, Charset charset) throws IOException {
    BufferedReader in = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(csv.input),
        charset.newDecoder()), 1 << 16);
    in.mark(1);
    if (in.read() != '\uFEFF') {
      in.reset();
    }
    return in;
  }

  /**
   * Where the records go: the {@code --out} file, written in UTF-8 as the lanes encoded them (a run of rows in one
   * write), or standard output through its own writer (flushed, not closed, at the end).
   */
  private interface Sink extends AutoCloseable {
    void write(byte[] utf8) throws IOException;

    @Override
    void close() throws IOException;
  }

  private static Sink sink(CommandSpec spec, CsvOptions csv) throws IOException {
    Sink sink;
    if (csv.output == null) {
      PrintWriter out = spec.commandLine().getOut();
      sink = new Sink() {
        @Override
        public void write(byte[] utf8) {
          out.write(new String(utf8, StandardCharsets.UTF_8));
        }

        @Override
        public void close() {
          out.flush();
        }
      };
    } else {
      OutputStream file;
      try {
        file = new BufferedOutputStream(Files.newOutputStream(csv.output), 1 << 16);
      } catch (IOException e) {
        throw Refusals.invalid(spec, "--out", Refusals.text(csv.output + "：无法写入（" + e.getMessage() + "）",
            csv.output + ": cannot write it (" + e.getMessage() + ")"));
      }
      sink = new Sink() {
        @Override
        public void write(byte[] utf8) throws IOException {
          file.write(utf8);
        }

        @Override
        public void close() throws IOException {
          file.close();
        }
      };
    }
    if (csv.bom) {
      sink.write("\uFEFF".getBytes(StandardCharsets.UTF_8));
    }
    return sink;
  }

}
