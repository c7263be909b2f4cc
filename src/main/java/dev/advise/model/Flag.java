package dev.advise.model;

/** A yes-or-no field, such as {@code isolation.privileged}. */
public record Flag(boolean value) implements Value {

  @Override
  public String display() {
    return Boolean.toString(value);
  }

  // equals and hashCode are written out: a record's generated ones bootstrap method handles on
  // first use, which costs a short run more than all of its own comparisons.
  @Override
  public boolean equals(Object o) {
    return o instanceof Flag f && f.value == value;
  }

  @Override
  public int hashCode() {
    return Boolean.hashCode(value);
  }
}
