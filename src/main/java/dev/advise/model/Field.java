package dev.advise.model;

import java.util.List;

/**
 * One field of {@code spec}, by its path below {@code spec} (e.g. {@code latency.p99}), with its
 * type, its allowed values when it is a choice or a closed list (empty for a free-form list), a
 * one-line meaning for docs and output, and its position in the catalogue (which {@link Spec} uses
 * as a slot number).
 */
public record Field(String path, FieldType type, List<String> choices, String meaning, int index) {

  public Field {
    choices = List.copyOf(choices);
  }

  /**
   * Whether this is a list whose ids come from {@link #choices} alone ({@code
   * licensing.supportedOn}), rather than a free-form list of ids ({@code hardware.devices}).
   */
  public boolean closedList() {
    return type == FieldType.ITEMS && !choices.isEmpty();
  }

  /**
   * What a valid value looks like, for messages and docs: the type's words, or for a closed list
   * the ids it may hold.
   */
  public String expected() {
    if (!closedList()) {
      return type.expected();
    }
    String example = String.join(", ", choices.subList(0, Math.min(2, choices.size())));
    return "a list of one or more of " + String.join(", ", choices) + " (e.g. [" + example + "])";
  }

  /** The path as it is written in a descriptor, e.g. {@code spec.latency.p99}. */
  public String specPath() {
    return "spec." + path;
  }

  // equals and hashCode are written out: a record's generated ones bootstrap method handles on
  // first use, which costs a short run more than all of its own comparisons.
  /**
   * The catalogue position tells any two catalogue fields apart and is cheap, so it is compared
   * first; the path too, because a field made outside the catalogue (a rule's {@code exists}
   * operand, at -1) has no position of its own.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Field f && f.index == index && f.path.equals(path);
  }

  @Override
  public int hashCode() {
    return index;
  }
}
