package dev.advise.descriptor;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Where the items of a descriptor file's list fields stand, found again only when a message needs
 * one (a near-miss id warning points at its own item, as value errors do). The readers record where
 * each field is, not each item, so the everyday path keeps no per-item state; this composes the
 * file's documents once, lazily, on the first question.
 */
public final class ItemPositions {

  private final String text;
  private final Limits limits;
  private final List<Node> roots = new ArrayList<>();
  private Iterator<Node> rest;

  public ItemPositions(String text, Limits limits) {
    this.text = text;
    this.limits = limits;
  }

  /**
   * Where the first item {@code id} of the list at {@code path} below {@code spec} stands in the
   * {@code document}th document (1-based), or empty when it cannot be found.
   */
  public Optional<ParsedDocument.Position> of(int document, String path, String id) {
    Node node = root(document);
    if (node == null) {
      return Optional.empty();
    }
    node = child(node, "spec");
    for (String key : path.split("\\.")) {
      node = child(node, key);
    }
    if (node instanceof SequenceNode list) {
      for (Node item : list.getValue()) {
        if (item instanceof ScalarNode s && s.getValue().equals(id)) {
          return Optional.of(DescriptorParser.position(s.getStartMark()));
        }
      }
    }
    return Optional.empty();
  }

  private Node root(int document) {
    try {
      if (rest == null) {
        rest = SafeYaml.compose(new StringReader(text), limits).iterator();
      }
      while (roots.size() < document && rest.hasNext()) {
        roots.add(rest.next());
      }
    } catch (YAMLException e) {
      rest = List.<Node>of().iterator(); // a later document's error: those before it still count
    }
    return roots.size() >= document ? roots.get(document - 1) : null;
  }

  private static Node child(Node node, String key) {
    if (node instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
          return t.getValueNode();
        }
      }
    }
    return null;
  }
}
