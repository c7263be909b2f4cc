package dev.advise.descriptor;

import dev.advise.model.Deviation;
import dev.advise.model.Spec;
import dev.advise.model.SpecKeys;
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
 * One document's {@code spec}: its values, where each key is written, its deviation. Also reads a
 * spec written on its own, such as a rule's test case ({@link #standalone}).
 */
public final class SpecReading {

  /** The keys allowed directly below {@code spec}: the catalogue's, then the exception (D29). */
  static final Set<String> SPEC_KEYS = specKeys();

  private static Set<String> specKeys() {
    Set<String> keys = new LinkedHashSet<>(SpecKeys.root().names());
    keys.add(Deviations.KEY);
    return Collections.unmodifiableSet(keys);
  }

  /** The keys a level of {@code spec} allows: its own, and at the top the exception too. */
  static Set<String> allowed(SpecKeys level) {
    return level == SpecKeys.root() ? SPEC_KEYS : level.names();
  }

  private final NodeReader in;

  /** What problems call the spec: {@code spec} in a descriptor, the case's path in a rule file. */
  private final String prefix;

  private final Map<String, Value> values = new LinkedHashMap<>();
  private final Map<String, Node> valueNodes = new HashMap<>();
  final Map<String, ParsedDocument.Position> positions = new LinkedHashMap<>();
  Deviation deviation;

  /** Where keys written at the wrong level belong (D118, D123). */
  private final KeyPlaces places;

  SpecReading(NodeReader in) {
    this(in, "spec", KeyPlaces.document());
  }

  private SpecReading(NodeReader in, String prefix, KeyPlaces places) {
    this.in = in;
    this.prefix = prefix;
    this.places = places;
  }

  /**
   * A spec written on its own, read and checked as a descriptor's {@code spec} is; problems name
   * fields below {@code path} (e.g. {@code rules[0].cases.fires[0].latency.p99}). Empty when it has
   * a problem.
   */
  public static Optional<Spec> standalone(NodeReader in, Node node, String path) {
    int before = in.problems().size();
    SpecReading reading = new SpecReading(in, path, KeyPlaces.standalone(path));
    in.mapping(node, path).ifPresent(m -> reading.section(m, SpecKeys.root()));
    reading.conflicts();
    return in.problems().size() == before ? Optional.of(reading.values()) : Optional.empty();
  }

  void read(Node root, NodeReader.Entry entry) {
    if (entry == null) {
      if (!in.foundElsewhere("spec")) { // else its keys were found, and said to belong under it
        in.problem(root, "spec", "is required (expected a mapping; every field in it is optional)");
      }
      return;
    }
    in.mapping(entry.value(), "spec").ifPresent(m -> section(m, SpecKeys.root()));
    conflicts();
  }

  private void conflicts() {
    SpecConflicts.Conflict conflict = SpecConflicts.first(values());
    if (conflict != null) {
      in.problem(
          valueNodes.get(conflict.field().path()),
          prefix + "." + conflict.field().path(),
          conflict.message());
    }
  }

  Spec values() {
    return Spec.of(values);
  }

  /** Reads one level of the spec. */
  private void section(MappingNode mapping, SpecKeys level) {
    String specPath = level.path().isEmpty() ? prefix : prefix + "." + level.path();
    for (NodeReader.Entry e :
        in.entries(mapping, specPath, allowed(level), places.at(specPath)).values()) {
      String path = NodeReader.join(level.path(), e.name());
      positions.put(path, DescriptorParser.position(e.key().getStartMark()));
      SpecKeys key = level.below(e.name());
      if (key == null) { // entries() keeps only allowed keys: this is the exception
        deviation = Deviations.read(in, e.value());
      } else if (key.field() != null) {
        valueNodes.put(path, e.value());
        ValueReader.read(in, key.field(), e.value(), prefix + "." + path)
            .ifPresent(v -> values.put(path, v));
      } else {
        in.mapping(e.value(), prefix + "." + path).ifPresent(m -> section(m, key));
      }
    }
  }
}
