package dev.advise.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The known values of a workload's {@code spec}, keyed by field path. A field that is absent is
 * unknown, not false: the engine treats it that way and can say which unknowns matter.
 */
public record Spec(Map<String, Value> values) {

  public Spec {
    Map<String, Value> ordered = new LinkedHashMap<>();
    for (Field f : Fields.all()) {
      Value v = values.get(f.path());
      if (v != null) {
        ordered.put(f.path(), v);
      }
    }
    if (ordered.size() != values.size()) {
      throw new IllegalArgumentException("unknown field in " + values.keySet());
    }
    values = java.util.Collections.unmodifiableMap(ordered);
  }

  public static Spec empty() {
    return new Spec(Map.of());
  }

  public Optional<Value> get(String path) {
    return Optional.ofNullable(values.get(path));
  }

  /** A copy with one field set, for what-if questions. */
  public Spec with(String path, Value value) {
    Map<String, Value> copy = new LinkedHashMap<>(values);
    copy.put(path, value);
    return new Spec(copy);
  }
}
