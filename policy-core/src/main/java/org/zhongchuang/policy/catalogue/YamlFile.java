package org.zhongchuang.policy.catalogue;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.zhongchuang.policy.PolicyInputException;
import org.zhongchuang.policy.money.Cny;
import org.zhongchuang.policy.money.Share;
import org.zhongchuang.policy.text.Phrase;
import org.zhongchuang.policy.text.Renderable;
import org.zhongchuang.policy.text.Text;

/**
 * One catalogue file read as YAML 1.2 nodes, with readers that refuse, with the file, line and field, anything the
 * format does not know. Every scalar is read as the text written (YAML's own typing of {@code 2019-01-17} or
 * {@code yes} plays no part): the format's readers decide what a value means.
 */
final class YamlFile {
  final String name;
  final Node root;

  private YamlFile(String name, Node root) {
    this.name = name;
    this.root = root;
  }

  static YamlFile read(String name, Reader reader) {
    LoadSettings settings = LoadSettings.builder().setLabel(name).setAllowDuplicateKeys(false)
        .setAllowRecursiveKeys(false).setMaxAliasesForCollections(0).setParseComments(false).build();
    try (reader) {
      Node root = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, reader)))
          .getSingleNode().orElseThrow(
          () -> new CatalogueFileException(name, 0, "", Phrase.of("catalogue.empty")));
      return new YamlFile(name, root);
    } catch (MarkedYamlEngineException e) {
      int line = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + 1).orElse(0);
      throw new CatalogueFileException(name, line, "", Phrase.of("catalogue.syntax", oneLine(e.getProblem())));
    } catch (YamlEngineException e) {
      throw new CatalogueFileException(name, 0, "", Phrase.of("catalogue.syntax", oneLine(e.getMessage())));
    } catch (IOException e) {
      throw new CatalogueFileException(name, 0, "", Phrase.of("catalogue.unreadable", oneLine(e.getMessage())));
    }
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
  }

  static int line(Node node) {
    return node.getStartMark().map(Mark::getLine).orElse(-1) + 1;
  }

  CatalogueFileException error(Node node, String field, Renderable problem) {
    return new CatalogueFileException(name, line(node), field, problem);
  }

  /** The top of the file, which must be a mapping. */
  Fields top() {
    if (!(root instanceof MappingNode)) {
      throw error(root, "", Phrase.of("catalogue.wrongType", Phrase.of("catalogue.type.mapping")));
    }
    return new Fields(this, (MappingNode) root, "");
  }

  /** A mapping being read: each key read is marked; {@link #done()} refuses the keys nobody read. */
  static final class Fields {
    final YamlFile file;
    final MappingNode node;
    final String path;
    private final Map<String, NodeTuple> byKey = new LinkedHashMap<>();
    private final Set<String> asked = new LinkedHashSet<>();

    Fields(YamlFile file, MappingNode node, String path) {
      this.file = file;
      this.node = node;
      this.path = path;
      for (NodeTuple t : node.getValue()) {
        if (!(t.getKeyNode() instanceof ScalarNode)) {
          throw file.error(t.getKeyNode(), path, Phrase.of("catalogue.keyNotText"));
        }
        byKey.put(((ScalarNode) t.getKeyNode()).getValue().strip(), t);
      }
    }

    String field(String key) {
      return path.isEmpty() ? key : path + "." + key;
    }

    int line() {
      return YamlFile.line(node);
    }

    CatalogueFileException error(String key, Renderable problem) {
      NodeTuple t = byKey.get(key);
      return t == null ? file.error(node, field(key), problem) : file.error(t.getValueNode(), field(key), problem);
    }

    boolean has(String key) {
      asked.add(key);
      Node value = value(key);
      return value != null && !isNull(value);
    }

    private Node value(String key) {
      asked.add(key);
      NodeTuple t = byKey.get(key);
      return t == null ? null : t.getValueNode();
    }

    private static boolean isNull(Node value) {
      if (!(value instanceof ScalarNode) || !((ScalarNode) value).isPlain()) {
        return false;
      }
      String v = ((ScalarNode) value).getValue().strip();
      return v.isEmpty() || v.equals("~") || v.equals("null");
    }

    private Node required(String key) {
      Node value = value(key);
      if (value == null || isNull(value)) {
        throw file.error(value == null ? node : value, field(key), Phrase.of("catalogue.missing", key));
      }
      return value;
    }

    /** A required text value. */
    String text(String key) {
      Node value = required(key);
      if (!(value instanceof ScalarNode)) {
        throw file.error(value, field(key), Phrase.of("catalogue.wrongType", Phrase.of("catalogue.type.text")));
      }
      String text = ((ScalarNode) value).getValue().strip();
      if (text.isEmpty()) {
        throw file.error(value, field(key), Phrase.of("catalogue.missing", key));
      }
      return text;
    }

    /** An optional text value, or null. */
    String optionalText(String key) {
      return has(key) ? text(key) : null;
    }

    /** A value read by a parser whose refusals ({@link PolicyInputException}) become this field's error. */
    <T> T parsed(String key, Function<String, T> parser, Renderable accepted) {
      String text = text(key);
      try {
        return parser.apply(text);
      } catch (IllegalArgumentException | DateTimeParseException e) {
        // The library's own parsers name the text and say what they accept; other refusals get the field's words.
        throw error(key, e instanceof PolicyInputException ? ((PolicyInputException) e).problem()
            : Phrase.of("catalogue.badValue", text, accepted));
      }
    }

    LocalDate date(String key) {
      return parsed(key, LocalDate::parse, Phrase.of("catalogue.accepted.date"));
    }

    Cny amount(String key) {
      return parsed(key, Cny::parse, Phrase.of("catalogue.accepted.amount"));
    }

    Share share(String key) {
      return parsed(key, Share::parse, Phrase.of("catalogue.accepted.share"));
    }

    long whole(String key) {
      return parsed(key, s -> {
        long n = Long.parseLong(s.replace(",", ""));
        if (n < 0) {
          throw new IllegalArgumentException("negative");
        }
        return n;
      }, Phrase.of("catalogue.accepted.whole"));
    }

    /** {@code yes}/{@code no} (also {@code true}/{@code false}); absent is {@code no}. */
    boolean flag(String key) {
      if (!has(key)) {
        return false;
      }
      return choice(key, Map.of("yes", true, "true", true, "no", false, "false", false));
    }

    /** One of the given words (any case). */
    <T> T choice(String key, Map<String, T> choices) {
      String text = text(key);
      T found = choices.get(text.toLowerCase(Locale.ROOT));
      if (found == null) {
        throw error(key, Phrase.of("catalogue.badChoice", text, List.copyOf(new LinkedHashSet<>(choices.keySet()))));
      }
      return found;
    }

    /** A text in Chinese and English: {@code {zh: …, en: …}}. */
    Text bilingual(String key) {
      Fields t = map(key);
      Text text = Text.of(t.text("zh"), t.text("en"));
      t.done();
      return text;
    }

    Fields map(String key) {
      Node value = required(key);
      if (!(value instanceof MappingNode)) {
        throw file.error(value, field(key), Phrase.of("catalogue.wrongType", Phrase.of("catalogue.type.mapping")));
      }
      return new Fields(file, (MappingNode) value, field(key));
    }

    /** Whether the value is a mapping (for fields that take a date or a mapping). */
    boolean isMap(String key) {
      Node value = value(key);
      return value instanceof MappingNode;
    }

    /** A list of mappings; absent is empty. */
    List<Fields> maps(String key) {
      List<Fields> out = new ArrayList<>();
      if (has(key)) {
        Node value = value(key);
        if (!(value instanceof SequenceNode)) {
          throw file.error(value, field(key), Phrase.of("catalogue.wrongType", Phrase.of("catalogue.type.list")));
        }
        List<Node> items = ((SequenceNode) value).getValue();
        for (int i = 0; i < items.size(); i++) {
          Node item = items.get(i);
          if (!(item instanceof MappingNode)) {
            throw file.error(item, field(key) + "[" + (i + 1) + "]",
                Phrase.of("catalogue.wrongType", Phrase.of("catalogue.type.mapping")));
          }
          out.add(new Fields(file, (MappingNode) item, field(key) + "[" + (i + 1) + "]"));
        }
      }
      return out;
    }

    /** A list of texts ({@code [a, b]} or one text alone); absent is empty. */
    List<String> texts(String key) {
      List<String> out = new ArrayList<>();
      Node value = has(key) ? value(key) : null;
      if (value instanceof ScalarNode) {
        out.add(((ScalarNode) value).getValue().strip());
      } else if (value instanceof SequenceNode) {
        for (Node item : ((SequenceNode) value).getValue()) {
          if (!(item instanceof ScalarNode)) {
            throw file.error(item, field(key), Phrase.of("catalogue.wrongType", Phrase.of("catalogue.type.text")));
          }
          out.add(((ScalarNode) item).getValue().strip());
        }
      } else if (value != null) {
        throw file.error(value, field(key), Phrase.of("catalogue.wrongType", Phrase.of("catalogue.type.list")));
      }
      return out;
    }

    /** Refuses any key not read. */
    void done() {
      for (Map.Entry<String, NodeTuple> e : byKey.entrySet()) {
        if (!asked.contains(e.getKey())) {
          // "{en: 600,000}" in braces is read as two entries: a key of digits is the sign of it.
          boolean splitByComma = !e.getKey().isEmpty() && e.getKey().chars().allMatch(Character::isDigit);
          throw file.error(e.getValue().getKeyNode(), field(e.getKey()), Phrase.of(splitByComma
              ? "catalogue.unknownKey.comma" : "catalogue.unknownKey", e.getKey(), List.copyOf(asked)));
        }
      }
    }

    /** Renames the path, e.g. to name a provision by its id instead of its position. */
    Fields named(String newPath) {
      Fields f = new Fields(file, node, newPath);
      f.asked.addAll(asked);
      return f;
    }
  }
}
