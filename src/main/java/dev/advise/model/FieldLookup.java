package dev.advise.model;

/**
 * What a rule's condition reads: the value of a catalogue field, or null when it is unknown. A
 * {@link Spec} is one; what-if lays one changed field over a spec without copying it.
 */
public interface FieldLookup {

  /** The value of {@code field}, or null when it is unknown. */
  Value valueOrNull(Field field);
}
