package dev.advise.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The catalogue's paths as the tree of keys a descriptor writes below {@code spec}: each level a
 * section whose keys, in catalogue order, are fields or sections of their own. Built once from
 * {@link Fields}; both descriptor readers walk it, and say what a level allows from it.
 */
public final class SpecKeys {

  private static final SpecKeys ROOT = build();

  private final String path;
  private final Field field;
  private final Map<String, SpecKeys> below;

  private SpecKeys(String path, Field field, Map<String, SpecKeys> below) {
    this.path = path;
    this.field = field;
    this.below = below;
  }

  /** The level of {@code spec} itself (path ""). */
  public static SpecKeys root() {
    return ROOT;
  }

  private static SpecKeys build() {
    SpecKeys root = new SpecKeys("", null, new LinkedHashMap<>());
    for (Field f : Fields.all()) {
      SpecKeys level = root;
      String path = f.path();
      for (int start = 0; start <= path.length(); ) {
        int dot = path.indexOf('.', start);
        int end = dot < 0 ? path.length() : dot;
        boolean leaf = dot < 0;
        String prefix = path.substring(0, end);
        level =
            level.below.computeIfAbsent(
                path.substring(start, end),
                k ->
                    new SpecKeys(prefix, leaf ? f : null, leaf ? Map.of() : new LinkedHashMap<>()));
        start = end + 1;
      }
    }
    return root.freeze();
  }

  private SpecKeys freeze() {
    if (below.isEmpty()) {
      return this;
    }
    Map<String, SpecKeys> frozen = new LinkedHashMap<>();
    below.forEach((k, v) -> frozen.put(k, v.freeze()));
    return new SpecKeys(path, field, Collections.unmodifiableMap(frozen));
  }

  /** The path below {@code spec}, e.g. {@code latency} or {@code latency.p99}; "" at the root. */
  public String path() {
    return path;
  }

  /** The field at this key, or null when it is a section. */
  public Field field() {
    return field;
  }

  /** The key {@code name} below this section, or null when it has none of that name. */
  public SpecKeys below(String name) {
    return below.get(name);
  }

  /**
   * The paths of the sections below and including this one ("" for the spec itself) that have a key
   * {@code name}, in catalogue order: where a key written in the wrong section belongs.
   */
  public List<String> sectionsHolding(String name) {
    List<String> out = new ArrayList<>();
    if (below.containsKey(name)) {
      out.add(path);
    }
    for (SpecKeys key : below.values()) {
      out.addAll(key.sectionsHolding(name));
    }
    return out;
  }

  /** The names of the keys below this section, in catalogue order (empty for a field). */
  public Set<String> names() {
    return below.keySet();
  }
}
