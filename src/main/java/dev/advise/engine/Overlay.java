package dev.advise.engine;

import dev.advise.model.Field;
import dev.advise.model.FieldLookup;
import dev.advise.model.Spec;
import dev.advise.model.Value;
import java.util.Objects;

/**
 * A workload's spec with one field laid over it, what what-if asks about: the hundred or more
 * alternatives of a workload each read the spec through this instead of a copy of it. One per
 * what-if search, moved from field to field and value to value; never kept.
 */
final class Overlay implements FieldLookup {

  private final Spec base;
  private Field field;
  private Value value;

  Overlay(Spec base) {
    this.base = base;
  }

  /** The base spec with {@code field} set to {@code value}, until the next call. */
  Overlay with(Field field, Value value) {
    this.field = field;
    this.value = Objects.requireNonNull(value);
    return this;
  }

  @Override
  public Value valueOrNull(Field f) {
    return field != null && f.index() == field.index() ? value : base.valueOrNull(f);
  }
}
