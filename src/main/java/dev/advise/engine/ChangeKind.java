package dev.advise.engine;

import dev.advise.model.Field;
import dev.advise.model.FieldType;
import dev.advise.model.Value;

/**
 * What a single-field change to the descriptor is, in the order toWin prefers them: filling in a
 * field the descriptor leaves out, changing a fact it states, or changing a priority.
 */
public enum ChangeKind {
  UNKNOWN("unknown"),
  FACT("fact"),
  PRIORITY("priority");

  private final String id;

  ChangeKind(String id) {
    this.id = id;
  }

  /** What setting {@code field} is, given the value the descriptor states for it (or null). */
  static ChangeKind of(Field field, Value stated) {
    if (field.type() == FieldType.PRIORITY) {
      return PRIORITY;
    }
    return stated == null ? UNKNOWN : FACT;
  }

  /** The contract's spelling in {@code toWin[].kind}. */
  public String id() {
    return id;
  }
}
