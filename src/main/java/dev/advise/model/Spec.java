package dev.advise.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The known values of a workload's {@code spec}, one slot per catalogue field. A field that is
 * absent is unknown, not false: the engine treats it that way and can say which unknowns matter.
 * Immutable; {@link #with} makes changed copies.
 */
public final class Spec implements FieldLookup {

  private static final Spec EMPTY = new Spec(new Value[Fields.count()]);

  private final Value[] slots;

  private Spec(Value[] slots) {
    this.slots = slots;
  }

  /** A spec from values keyed by field path; every key must be a catalogue field. */
  public static Spec of(Map<String, Value> values) {
    Builder spec = new Builder();
    values.forEach(
        (path, value) ->
            spec.set(
                Fields.byPath(path)
                    .orElseThrow(() -> new IllegalArgumentException("unknown field " + path)),
                value));
    return spec.build();
  }

  /** Builds a spec field by field, for a reader that meets the fields one at a time. */
  public static final class Builder {
    private final Value[] slots = new Value[Fields.count()];

    public Builder set(Field field, Value value) {
      slots[field.index()] = Objects.requireNonNull(value, field.path());
      return this;
    }

    public Spec build() {
      return new Spec(slots.clone());
    }
  }

  public static Spec empty() {
    return EMPTY;
  }

  public Optional<Value> get(String path) {
    return Fields.byPath(path).flatMap(this::get);
  }

  public Optional<Value> get(Field field) {
    return Optional.ofNullable(slots[field.index()]);
  }

  /**
   * The value of a field, or null when it is unknown; for hot loops that cannot afford Optional.
   */
  @Override
  public Value valueOrNull(Field field) {
    return slots[field.index()];
  }

  /**
   * A copy of the values by catalogue index, null where unknown: for a lookup laid over this one.
   */
  public Value[] valuesByIndex() {
    return slots.clone();
  }

  /** A copy with one field set. */
  public Spec with(Field field, Value value) {
    Value[] copy = slots.clone();
    copy[field.index()] = Objects.requireNonNull(value);
    return new Spec(copy);
  }

  /** The known values in catalogue order, keyed by field path. */
  public Map<String, Value> values() {
    Map<String, Value> out = new LinkedHashMap<>();
    for (Field f : Fields.all()) {
      if (slots[f.index()] != null) {
        out.put(f.path(), slots[f.index()]);
      }
    }
    return Collections.unmodifiableMap(out);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Spec other && Arrays.equals(slots, other.slots);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(slots);
  }

  @Override
  public String toString() {
    return "Spec" + values();
  }
}
