package dev.advise.descriptor;

import dev.advise.model.Deviation;
import dev.advise.model.Field;
import dev.advise.model.Fields;
import dev.advise.model.Spec;
import dev.advise.model.Value;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * One document's {@code spec}: its values, where each key is written, its deviation. Also reads
 * a spec written on its own, such as a rule's test case ({@link #standalone}).
 */
public final class SpecReading {

  /** The keys allowed directly below {@code spec}: the catalogue's, then the exception. */
  static final Set<String> SPEC_KEYS = specKeys();

  private static Set<String> specKeys() {
    Set<String> keys = new LinkedHashSet<>(Fields.keysBelow(""));
    keys.add(Deviations.KEY);
    return Collections.unmodifiableSet(keys);
  }

  private final NodeReader in;
  /** What problems call the spec: {@code spec} in a descriptor, the case's path in a rule file. */
  private final String prefix;
  private final Map<String, Value> values = new LinkedHashMap<>();
  private final Map<String, Node> valueNodes = new HashMap<>();
  final Map<String, ParsedDocument.Position> positions = new LinkedHashMap<>();
  Deviation deviation;

  SpecReading(NodeReader in) {
    this(in, "spec");
  }

  private SpecReading(NodeReader in, String prefix) {
    this.in = in;
    this.prefix = prefix;
  }

  /**
   * A spec written on its own, read and checked as a descriptor's {@code spec} is; problems name
   * fields below {@code path} (e.g. {@code rules[0].cases.fires[0].latency.p99}). Empty when
   * it has a problem.
   */
  public static Optional<Spec> standalone(NodeReader in, Node node, String path) {
    int before = in.problems().size();
    SpecReading reading = new SpecReading(in, path);
    in.mapping(node, path).ifPresent(m -> reading.section(m, ""));
    reading.conflicts();
    return in.problems().size() == before ? Optional.of(reading.values()) : Optional.empty();
  }

  void read(Node root, NodeReader.Entry entry) {
    if (entry == null) {
      in.problem(root, "spec", "is required (expected a mapping; every field in it is optional)");
      return;
    }
    in.mapping(entry.value(), "spec").ifPresent(m -> section(m, ""));
    conflicts();
  }

  private void conflicts() {
    SpecConflicts.Conflict conflict = SpecConflicts.first(values());
    if (conflict != null) {
      in.problem(valueNodes.get(conflict.field().path()), prefix + "." + conflict.field().path(), conflict.message());
    }
  }

  Spec values() {
    return Spec.of(values);
  }

  /** Reads one level of {@code spec}; {@code section} is the path below spec ("" at the top). */
  private void section(MappingNode mapping, String section) {
    String specPath = section.isEmpty() ? prefix : prefix + "." + section;
    Set<String> allowed = section.isEmpty() ? SPEC_KEYS : Fields.keysBelow(section);
    for (NodeReader.Entry e : in.entries(mapping, specPath, allowed).values()) {
      String path = NodeReader.join(section, e.name());
      positions.put(path, DescriptorParser.position(e.key().getStartMark()));
      Optional<Field> field = Fields.byPath(path);
      if (field.isPresent()) {
        valueNodes.put(path, e.value());
        ValueReader.read(in, field.get(), e.value(), prefix + "." + path).ifPresent(v -> values.put(path, v));
      } else if (path.equals(Deviations.KEY)) {
        deviation = Deviations.read(in, e.value());
      } else {
        in.mapping(e.value(), prefix + "." + path).ifPresent(m -> section(m, path));
      }
    }
  }
}
