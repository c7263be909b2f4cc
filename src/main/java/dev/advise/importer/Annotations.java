package dev.advise.importer;

import dev.advise.descriptor.NodeReader;
import dev.advise.descriptor.Quote;
import dev.advise.descriptor.Suggest;
import dev.advise.descriptor.ValueReader;
import dev.advise.model.Dimension;
import dev.advise.model.Field;
import dev.advise.model.FieldType;
import dev.advise.model.Fields;
import dev.advise.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Descriptor fields carried by the manifest itself: {@code advise.dev/<field.path>: value}
 * annotations on a Kubernetes object or its pod template, and {@code x-advise: {field.path: value}}
 * on a Compose service. Values are read by the descriptor's own {@link ValueReader}, so the same
 * types, enums and "did you mean" apply, located at the annotation's line and column. An annotation
 * wins over any inference.
 */
final class Annotations {

  static final String PREFIX = "advise.dev/";

  private Annotations() {}

  /** Applies the {@code advise.dev/*} entries of an {@code annotations} mapping. */
  static void kubernetes(Draft draft, Node annotations) {
    NodeReader in = new NodeReader(draft.source, draft.document);
    for (NodeTuple t : Nodes.entries(annotations)) {
      String key = Nodes.keyOf(t);
      if (!key.startsWith(PREFIX)) {
        continue;
      }
      String path = key.substring(PREFIX.length());
      Node value = t.getValueNode();
      if (path.equals("priorities")) {
        priorities(draft, in, key, value);
        continue;
      }
      Optional<Field> field = field(in, t.getKeyNode(), key, path);
      if (field.isEmpty()) {
        continue;
      }
      if (field.get().type() == FieldType.ITEMS && value instanceof ScalarNode s) {
        value = list(s);
      }
      set(draft, in, field.get(), value, key);
    }
    draft.problems.addAll(in.problems());
  }

  /** Applies an {@code x-advise} mapping: dotted paths, nested mappings, or both. */
  static void compose(Draft draft, Node xAdvise) {
    mapping(draft, draft.source, xAdvise, "x-advise");
  }

  /**
   * Applies a mapping of field paths to values ({@code x-advise}, or an answers file when {@code
   * shown} is empty); problems name the file {@code source}.
   */
  static void mapping(Draft draft, String source, Node fields, String shown) {
    NodeReader in = new NodeReader(source, draft.document);
    if (!(fields instanceof MappingNode)) {
      in.problem(
          fields,
          shown,
          "expected a mapping of descriptor fields, e.g. {latency.p99: 50us}, found "
              + NodeReader.describe(fields));
    } else {
      walk(draft, in, fields, "", shown.isEmpty() ? "" : shown + ".");
    }
    draft.problems.addAll(in.problems());
  }

  private static void walk(Draft draft, NodeReader in, Node mapping, String prefix, String shown) {
    for (NodeTuple t : ((MappingNode) mapping).getValue()) {
      if (!(t.getKeyNode() instanceof ScalarNode k)) {
        in.problem(t.getKeyNode(), shown + prefix, "a key must be plain text");
        continue;
      }
      String path = prefix.isEmpty() ? k.getValue() : prefix + "." + k.getValue();
      Optional<Field> field = Fields.byPath(path);
      if (field.isPresent()) {
        set(draft, in, field.get(), t.getValueNode(), shown + path);
      } else if (t.getValueNode() instanceof MappingNode
          && Fields.paths().anyMatch(p -> p.startsWith(path + "."))) {
        walk(draft, in, t.getValueNode(), path, shown);
      } else {
        unknown(in, k, shown + path, path, shown);
      }
    }
  }

  private static Optional<Field> field(NodeReader in, Node keyNode, String key, String path) {
    Optional<Field> field = Fields.byPath(path);
    if (field.isEmpty()) {
      unknown(in, keyNode, key, path, PREFIX);
    }
    return field;
  }

  private static void unknown(NodeReader in, Node at, String shown, String path, String prefix) {
    String hint =
        path.startsWith("spec.")
            ? " (write the path below spec: " + prefix + path.substring(5) + ")"
            : Suggest.closest(path, Fields.paths().toList())
                .map(s -> " (did you mean \"" + prefix + s + "\"?)")
                .orElse(
                    " (expected "
                        + prefix
                        + "<field path below spec>, e.g. "
                        + prefix
                        + "latency.p99)");
    in.problem(at, shown, "unknown descriptor field" + hint);
  }

  private static void set(Draft draft, NodeReader in, Field field, Node value, String shown) {
    Optional<Value> v = ValueReader.read(in, field, value, shown);
    v.ifPresent(x -> draft.annotate(field, x, value, shown));
  }

  /** {@code isolation=5,latency=2}: each dimension's priority. */
  private static void priorities(Draft draft, NodeReader in, String key, Node value) {
    String text = Nodes.text(value);
    if (text == null) {
      in.problem(value, key, "expected dimension=priority pairs, e.g. isolation=5,latency=2");
      return;
    }
    List<String> dimensions = Dimension.all().stream().map(Dimension::id).toList();
    for (String pair : text.split(",")) {
      String[] kv = pair.trim().split("=", 2);
      if (kv.length != 2) {
        in.problem(
            value,
            key,
            Quote.of(pair.trim())
                + " is not a dimension=priority pair (e.g. isolation=5,latency=2)");
        continue;
      }
      String dim = kv[0].trim();
      if (!dimensions.contains(dim)) {
        in.problem(
            value, key, Quote.of(dim) + " is not a dimension" + NodeReader.hint(dim, dimensions));
        continue;
      }
      Field field = Fields.byPath("priorities." + dim).orElseThrow();
      set(draft, in, field, scalar(value, kv[1].trim()), key);
    }
  }

  /** A comma-separated annotation as a list, each item placed where the annotation's value is. */
  static Node list(ScalarNode s) {
    String text = s.getValue().trim();
    if (text.startsWith("[") && text.endsWith("]")) {
      text = text.substring(1, text.length() - 1);
    }
    List<Node> items = new ArrayList<>();
    for (String item : text.split(",")) {
      if (!item.isBlank()) {
        items.add(scalar(s, item.trim()));
      }
    }
    return new SequenceNode(
        Tag.SEQ, true, items, s.getStartMark(), s.getEndMark(), DumperOptions.FlowStyle.FLOW);
  }

  private static ScalarNode scalar(Node at, String text) {
    return new ScalarNode(
        Tag.STR, text, at.getStartMark(), at.getEndMark(), DumperOptions.ScalarStyle.PLAIN);
  }
}
