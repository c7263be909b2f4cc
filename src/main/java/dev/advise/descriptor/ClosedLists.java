package dev.advise.descriptor;

import dev.advise.model.Field;
import dev.advise.model.Items;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Lists whose ids come from a closed vocabulary ({@code licensing.supportedOn}, D110): at least one
 * id, each from the vocabulary and named once. The list is a set, so it is kept in the vocabulary's
 * order, whatever order it was written in: {@code [vm, bare-metal]} and {@code [bare-metal, vm]}
 * are the same value, for {@code equals} in a rule as for the output.
 */
final class ClosedLists {

  private ClosedLists() {}

  /** The value of {@code items} (the list at {@code list}), or the problems with it, located. */
  static Optional<Items> read(
      NodeReader in, Field field, Node list, List<ScalarNode> items, String path) {
    if (items.isEmpty()) {
      in.problem(
          list,
          path,
          "is an empty list (expected one or more of "
              + String.join(", ", field.choices())
              + "; leave the field out when it is not known)");
      return Optional.empty();
    }
    Map<String, ScalarNode> seen = new HashMap<>();
    boolean ok = true;
    for (ScalarNode n : items) {
      String id = n.getValue();
      ScalarNode first = seen.putIfAbsent(id, n);
      if (!field.choices().contains(id)) {
        in.problem(
            n, path, Quote.of(id) + " is not allowed" + NodeReader.hint(id, field.choices()));
        ok = false;
      } else if (first != null) {
        Mark at = first.getStartMark();
        in.problem(
            n,
            path,
            Quote.of(id)
                + " is listed twice (first at line "
                + (at.getLine() + 1)
                + ", column "
                + (at.getColumn() + 1)
                + ")");
        ok = false;
      }
    }
    return ok ? Optional.of(inVocabularyOrder(field, seen.keySet())) : Optional.empty();
  }

  /**
   * Whether {@code node} is one id of the vocabulary written without brackets, which is then the
   * problem reported, with the list to write instead.
   */
  static boolean oneIdUnbracketed(NodeReader in, Field field, Node node, String path) {
    if (!(node instanceof ScalarNode s) || !field.choices().contains(s.getValue())) {
      return false;
    }
    in.problem(
        node,
        path,
        "expected "
            + field.expected()
            + ", found "
            + Quote.of(s.getValue())
            + " (write it as a list: ["
            + s.getValue()
            + "])");
    return true;
  }

  /**
   * The value of {@code ids} as written, or null when they are not a valid value (none, one outside
   * the vocabulary, or one repeated): the plain reader's test, which leaves the wording of the
   * problem to {@link #read}.
   */
  static Items valueOrNull(Field field, List<String> ids) {
    if (ids.isEmpty()) {
      return null;
    }
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      if (!field.choices().contains(id) || ids.indexOf(id) != i) {
        return null;
      }
    }
    return inVocabularyOrder(field, ids);
  }

  private static Items inVocabularyOrder(Field field, Collection<String> ids) {
    List<String> ordered = new ArrayList<>(ids.size());
    for (String id : field.choices()) {
      if (ids.contains(id)) {
        ordered.add(id);
      }
    }
    return new Items(ordered);
  }
}
