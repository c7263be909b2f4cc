package dev.advise.engine;

import dev.advise.model.Field;
import dev.advise.model.FieldLookup;
import dev.advise.model.Spec;
import dev.advise.model.Value;
import java.util.Objects;

/**
 * A workload's spec with one field laid over it, what what-if asks about: the hundred or more
 * alternatives of a workload each read the spec through this instead of a copy of it. It keeps its
 * own copy of the values, so a lookup costs what the spec's own does (conditions are tested through
 * it thousands of times per workload). One per what-if search, moved from field to field and value
 * to value; never kept.
 */
final class Overlay implements FieldLookup {

  private final Spec base;
  private final Value[] values;

  /** The field laid over the base, or null. */
  private Field field;

  Overlay(Spec base) {
    this.base = base;
    this.values = base.valuesByIndex();
  }

  /** The base spec with {@code field} set to {@code value}, until the next call. */
  Overlay with(Field field, Value value) {
    restore();
    this.field = field;
    values[field.index()] = Objects.requireNonNull(value);
    return this;
  }

  /** The base spec without {@code field}, until the next call: what the field's absence decides. */
  Overlay without(Field field) {
    restore();
    this.field = field;
    values[field.index()] = null;
    return this;
  }

  private void restore() {
    if (field != null) {
      values[field.index()] = base.valueOrNull(field);
    }
  }

  @Override
  public Value valueOrNull(Field f) {
    return values[f.index()];
  }
}
