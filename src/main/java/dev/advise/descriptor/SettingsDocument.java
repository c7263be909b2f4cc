package dev.advise.descriptor;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A file of settings (advise's {@code .advise.yaml}): one YAML document, a mapping of known keys to
 * a value, a list of values, or a mapping of names to values, read as descriptors are read (strict
 * UTF-8 within the default size, the guarded composer, plain data only) and located to the line and
 * column. What the keys mean, and which shapes each takes, is the caller's.
 */
public final class SettingsDocument {

  /** How a key's value is written. */
  public enum Shape {
    NOTHING,
    SCALAR,
    LIST,
    MAPPING
  }

  /** One plain value, with the name it is under when it is in a mapping (else null), located. */
  public record Item(String name, String text, int line, int column) {}

  /**
   * A key and the line it is on, located at its value, with how the value is written and its plain
   * items.
   */
  public record Entry(
      String key, int keyLine, int line, int column, Shape shape, List<Item> items) {}

  /** The entries in file order, and every problem found. */
  public record Read(List<Entry> entries, List<Problem> problems) {}

  private SettingsDocument() {}

  /**
   * Reads {@code file}, named {@code source} in problems. A key not among {@code keys} is a problem
   * with a suggestion for a near miss; an empty file, or one holding only comments or {@code ~},
   * sets nothing.
   */
  public static Read read(Path file, String source, Collection<String> keys) {
    List<Entry> entries = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    String text;
    try {
      text = InputText.read(file, Limits.DEFAULT.maxBytes());
    } catch (InputText.Unreadable e) {
      problems.add(e.problem(source));
      return new Read(entries, problems);
    }
    NodeReader in = new NodeReader(source, 1);
    try {
      Iterator<Node> documents =
          SafeYaml.compose(new StringReader(text), Limits.DEFAULT).iterator();
      if (documents.hasNext()) {
        Node root = documents.next();
        if (documents.hasNext()) {
          problems.add(Problem.ofFile(source, "holds more than one YAML document (expected one)"));
        }
        if (!isNothing(root) && in.plainData(root)) {
          in.mapping(root, "")
              .ifPresent(
                  m -> {
                    for (NodeReader.Entry e : in.entries(m, "", keys).values()) {
                      entry(e, in).ifPresent(entries::add);
                    }
                  });
        }
      }
    } catch (MarkedYAMLException e) {
      problems.add(YamlErrors.syntax(source, 1, e, text));
    } catch (YAMLException e) {
      problems.add(
          Problem.ofFile(source, "refused: " + Quote.escaped(String.valueOf(e.getMessage()))));
    }
    problems.addAll(in.problems());
    return new Read(entries, problems);
  }

  private static Optional<Entry> entry(NodeReader.Entry e, NodeReader in) {
    Node value = e.value();
    Mark at = value.getStartMark();
    int line = at.getLine() + 1;
    int column = at.getColumn() + 1;
    List<Item> items = new ArrayList<>();
    Shape shape;
    if (isNothing(value)) {
      shape = Shape.NOTHING;
    } else if (value instanceof ScalarNode s) {
      shape = Shape.SCALAR;
      items.add(item(null, s));
    } else if (value instanceof SequenceNode seq) {
      shape = Shape.LIST;
      for (Node n : seq.getValue()) {
        if (!(n instanceof ScalarNode s) || isNothing(n)) {
          in.problem(
              n,
              e.name(),
              "expected a plain value, found " + NodeReader.describe(n) + " in the list");
          return Optional.empty();
        }
        items.add(item(null, s));
      }
    } else {
      shape = Shape.MAPPING;
      for (NodeTuple t : ((MappingNode) value).getValue()) {
        if (!(t.getKeyNode() instanceof ScalarNode k)
            || !(t.getValueNode() instanceof ScalarNode v)
            || isNothing(v)) {
          in.problem(
              t.getValueNode(),
              e.name(),
              "expected name: value pairs of plain values, found "
                  + NodeReader.describe(t.getValueNode()));
          return Optional.empty();
        }
        items.add(item(k.getValue(), v));
      }
    }
    return Optional.of(
        new Entry(e.name(), e.key().getStartMark().getLine() + 1, line, column, shape, items));
  }

  private static Item item(String name, ScalarNode node) {
    Mark at = node.getStartMark();
    return new Item(name, node.getValue(), at.getLine() + 1, at.getColumn() + 1);
  }

  private static boolean isNothing(Node node) {
    return node instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
  }
}
