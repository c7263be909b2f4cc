package dev.advise.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Lenient reading of foreign YAML (manifests are not ours to validate): a missing key, a value of
 * another shape or a null is simply absent. Every answer keeps its node, so an inference can name
 * the line it came from.
 */
final class Nodes {

  private Nodes() {}

  /**
   * The value under {@code key}, or null. A YAML merge key ({@code <<: *defaults}, common in
   * Compose files) is followed as YAML 1.1 merges it: keys written in the mapping win.
   */
  static Node get(Node mapping, String key) {
    return get(mapping, key, 0);
  }

  private static Node get(Node mapping, String key, int depth) {
    if (!(mapping instanceof MappingNode m) || depth > 8) {
      return null;
    }
    for (NodeTuple t : m.getValue()) {
      if (t.getKeyNode() instanceof ScalarNode k
          && k.getValue().equals(key)
          && !Tag.MERGE.equals(k.getTag())) {
        return t.getValueNode();
      }
    }
    for (NodeTuple t : m.getValue()) {
      if (t.getKeyNode() instanceof ScalarNode k && Tag.MERGE.equals(k.getTag())) {
        Node v = t.getValueNode();
        List<Node> sources = v instanceof SequenceNode s ? s.getValue() : List.of(v);
        for (Node source : sources) {
          Node found = get(source, key, depth + 1);
          if (found != null) {
            return found;
          }
        }
      }
    }
    return null;
  }

  /** The node at a path of keys, or null. */
  static Node at(Node node, String... keys) {
    Node n = node;
    for (String k : keys) {
      n = get(n, k);
      if (n == null) {
        return null;
      }
    }
    return n;
  }

  /** The key node of {@code key}, for locating an annotation. */
  static ScalarNode key(Node mapping, String key) {
    if (mapping instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
          return k;
        }
      }
    }
    return null;
  }

  /** The text of a scalar that is not null, or null. */
  static String text(Node node) {
    return node instanceof ScalarNode s && !Tag.NULL.equals(s.getTag()) ? s.getValue() : null;
  }

  static String text(Node node, String... keys) {
    return text(at(node, keys));
  }

  static boolean isTrue(Node node) {
    String t = text(node);
    return t != null && (t.equals("true") || t.equals("True") || t.equals("TRUE"));
  }

  static List<Node> items(Node node) {
    return node instanceof SequenceNode s ? s.getValue() : List.of();
  }

  /** The entries of a mapping whose keys are scalars, in order. */
  static List<NodeTuple> entries(Node node) {
    if (!(node instanceof MappingNode m)) {
      return List.of();
    }
    List<NodeTuple> out = new ArrayList<>();
    for (NodeTuple t : m.getValue()) {
      if (t.getKeyNode() instanceof ScalarNode) {
        out.add(t);
      }
    }
    return out;
  }

  static String keyOf(NodeTuple t) {
    return ((ScalarNode) t.getKeyNode()).getValue();
  }

  /** The texts of a list's scalars. */
  static List<String> texts(Node node) {
    List<String> out = new ArrayList<>();
    for (Node n : items(node)) {
      Optional.ofNullable(text(n)).ifPresent(out::add);
    }
    return out;
  }

  /** 1-based line of a node. */
  static int line(Node node) {
    return node.getStartMark().getLine() + 1;
  }

  static int column(Node node) {
    return node.getStartMark().getColumn() + 1;
  }
}
