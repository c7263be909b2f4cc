package dev.advise.model;

import java.util.List;

/**
 * One field of {@code spec}, by its path below {@code spec} (e.g. {@code latency.p99}), with its
 * type, its allowed values when it is a choice, a one-line meaning for docs and output, and its
 * position in the catalogue (which {@link Spec} uses as a slot number).
 */
public record Field(String path, FieldType type, List<String> choices, String meaning, int index) {

  public Field {
    choices = List.copyOf(choices);
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
