package dev.advise.rules;

import dev.advise.descriptor.NodeReader;
import dev.advise.descriptor.Quote;
import dev.advise.descriptor.Suggest;
import dev.advise.descriptor.ValueReader;
import dev.advise.model.Field;
import dev.advise.model.FieldType;
import dev.advise.model.Fields;
import dev.advise.model.Text;
import dev.advise.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads a rule's {@code when:} tree, checking each field path and each operand's type. */
final class ConditionReader {

  private static final List<String> COMBINATORS = List.of("all", "any", "not");

  /** How {@code exists: true|false} is read: a flag, whatever the field's own type. */
  private static final Field EXISTS_OPERAND =
      new Field("exists", FieldType.FLAG, List.of(), "", -1);

  private final NodeReader in;

  ConditionReader(NodeReader in) {
    this.in = in;
  }

  Optional<Condition> read(Node node, String path) {
    Optional<MappingNode> mapping = in.mapping(node, path);
    if (mapping.isEmpty()) {
      return Optional.empty();
    }
    List<String> allowed =
        Stream.concat(Stream.concat(COMBINATORS.stream(), Stream.of("field")), Op.keys().stream())
            .toList();
    Map<String, NodeReader.Entry> entries = in.entries(mapping.get(), path, allowed);
    List<String> combinators = entries.keySet().stream().filter(COMBINATORS::contains).toList();
    if (!combinators.isEmpty()) {
      if (entries.size() != 1) {
        in.problem(
            node, path, "a condition is one of all, any, not, or a field comparison, not several");
        return Optional.empty();
      }
      NodeReader.Entry e = entries.get(combinators.get(0));
      String childPath = path + "." + e.name();
      return switch (e.name()) {
        case "not" -> read(e.value(), childPath).map(Condition.Not::new);
        case "all" -> list(e.value(), childPath).map(Condition.All::new);
        default -> list(e.value(), childPath).map(Condition.Any::new);
      };
    }
    return compare(node, path, entries);
  }

  private Optional<List<Condition>> list(Node node, String path) {
    if (!(node instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
      in.problem(
          node,
          path,
          "expected a non-empty list of conditions, found " + NodeReader.describe(node));
      return Optional.empty();
    }
    List<Condition> out = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < seq.getValue().size(); i++) {
      Optional<Condition> c = read(seq.getValue().get(i), path + "[" + i + "]");
      c.ifPresent(out::add);
      ok &= c.isPresent();
    }
    return ok ? Optional.of(out) : Optional.empty();
  }

  private Optional<Condition> compare(
      Node node, String path, Map<String, NodeReader.Entry> entries) {
    NodeReader.Entry fieldEntry = entries.get("field");
    List<NodeReader.Entry> ops =
        entries.values().stream().filter(e -> !e.name().equals("field")).toList();
    if (fieldEntry == null || ops.size() != 1) {
      in.problem(
          node,
          path,
          "a comparison needs a field and exactly one of: " + String.join(", ", Op.keys()));
      return Optional.empty();
    }
    Optional<Field> field = field(fieldEntry, path + ".field");
    if (field.isEmpty()) {
      return Optional.empty();
    }
    NodeReader.Entry opEntry = ops.get(0);
    Op op = Op.byKey(opEntry.name()).orElseThrow();
    String opPath = path + "." + op.key();
    if (!fits(field.get(), op)) {
      String needs =
          op == Op.CONTAINS
              ? "contains needs a list field such as hardware.devices"
              : op.key() + " needs an ordered field: a duration, quantity, percentage or count";
      in.problem(
          opEntry.key(),
          opPath,
          "cannot be used on " + field.get().path() + " (" + needs + "; use equals or in)");
      return Optional.empty();
    }
    return operands(field.get(), op, opEntry.value(), opPath)
        .map(values -> new Condition.Compare(field.get(), op, values));
  }

  private Optional<Field> field(NodeReader.Entry entry, String path) {
    Optional<String> name = in.scalar(entry.value(), path, "a field path such as latency.p99");
    if (name.isEmpty()) {
      return Optional.empty();
    }
    String p = name.get().startsWith("spec.") ? name.get().substring(5) : name.get();
    Optional<Field> field = Fields.byPath(p);
    if (field.isEmpty()) {
      String suggestion =
          Suggest.closest(p, Fields.paths().toList())
              .map(s -> " (did you mean \"" + s + "\"?)")
              .orElse(" (see docs/descriptor.md)");
      in.problem(
          entry.value(), path, Quote.of(name.get()) + " is not a descriptor field" + suggestion);
    } else if (field.get().type() == FieldType.PRIORITY) {
      // Priorities are the team's weights, not facts about the workload: the engine re-scores a
      // changed priority by its weight alone (D70), so a rule that fired on one would go stale.
      in.problem(
          entry.value(),
          path,
          Quote.of(name.get())
              + " is a priority, and rules fire on facts only"
              + " (a rule changes how much a dimension counts with importance)");
      return Optional.empty();
    }
    return field;
  }

  private static boolean fits(Field field, Op op) {
    return switch (op) {
      case LT, LTE, GT, GTE -> field.type().ordered();
      case CONTAINS -> field.type() == FieldType.ITEMS;
      default -> true;
    };
  }

  private Optional<List<Value>> operands(Field field, Op op, Node node, String path) {
    switch (op) {
      case EXISTS:
        return ValueReader.read(in, EXISTS_OPERAND, node, path).map(v -> List.of(v));
      case IN:
        if (!(node instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
          in.problem(
              node,
              path,
              "expected a non-empty list of values, found " + NodeReader.describe(node));
          return Optional.empty();
        }
        List<Value> values = new ArrayList<>();
        boolean ok = true;
        for (Node item : seq.getValue()) {
          Optional<Value> v = single(field, item, path);
          v.ifPresent(values::add);
          ok &= v.isPresent();
        }
        return ok ? Optional.of(values) : Optional.empty();
      case CONTAINS:
        return single(field, node, path).map(v -> List.of(v));
      default:
        return ValueReader.read(in, field, node, path).map(v -> List.of(v));
    }
  }

  /** One operand; for a list field, one of its ids (for a closed list, one of its vocabulary). */
  private Optional<Value> single(Field field, Node node, String path) {
    if (field.type() != FieldType.ITEMS) {
      return ValueReader.read(in, field, node, path);
    }
    if (!(node instanceof ScalarNode)) {
      in.problem(node, path, "expected one lower-case id, found " + NodeReader.describe(node));
      return Optional.empty();
    }
    Optional<String> id = in.scalar(node, path, "a lower-case id");
    if (id.isPresent() && field.closedList() && !field.choices().contains(id.get())) {
      // a closed list can never hold it, so the comparison could never come out true
      in.problem(
          node,
          path,
          Quote.of(id.get()) + " is not allowed" + NodeReader.hint(id.get(), field.choices()));
      return Optional.empty();
    }
    return id.map(Text::new);
  }
}
