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

/** One document's {@code spec}: its values, where each key is written, its deviation. */
final class SpecReading {

  /** The keys allowed directly below {@code spec}: the catalogue's, then the exception. */
  static final Set<String> SPEC_KEYS = specKeys();

  private static Set<String> specKeys() {
    Set<String> keys = new LinkedHashSet<>(Fields.keysBelow(""));
    keys.add(Deviations.KEY);
    return Collections.unmodifiableSet(keys);
  }

  private final NodeReader in;
  private final Map<String, Value> values = new LinkedHashMap<>();
  private final Map<String, Node> valueNodes = new HashMap<>();
  final Map<String, ParsedDocument.Position> positions = new LinkedHashMap<>();
  Deviation deviation;

  SpecReading(NodeReader in) {
    this.in = in;
  }

  void read(Node root, NodeReader.Entry entry) {
    if (entry == null) {
      in.problem(root, "spec", "is required (expected a mapping; every field in it is optional)");
      return;
    }
    in.mapping(entry.value(), "spec").ifPresent(m -> section(m, ""));
    SpecConflicts.Conflict conflict = SpecConflicts.first(values());
    if (conflict != null) {
      in.problem(valueNodes.get(conflict.field().path()), conflict.field().specPath(), conflict.message());
    }
  }

  Spec values() {
    return Spec.of(values);
  }

  /** Reads one level of {@code spec}; {@code section} is the path below spec ("" at the top). */
  private void section(MappingNode mapping, String section) {
    String specPath = section.isEmpty() ? "spec" : "spec." + section;
    Set<String> allowed = section.isEmpty() ? SPEC_KEYS : Fields.keysBelow(section);
    for (NodeReader.Entry e : in.entries(mapping, specPath, allowed).values()) {
      String path = NodeReader.join(section, e.name());
      positions.put(path, DescriptorParser.position(e.key().getStartMark()));
      Optional<Field> field = Fields.byPath(path);
      if (field.isPresent()) {
        valueNodes.put(path, e.value());
        ValueReader.read(in, field.get(), e.value(), "spec." + path).ifPresent(v -> values.put(path, v));
      } else if (path.equals(Deviations.KEY)) {
        deviation = Deviations.read(in, e.value());
      } else {
        in.mapping(e.value(), "spec." + path).ifPresent(m -> section(m, path));
      }
    }
  }
}
