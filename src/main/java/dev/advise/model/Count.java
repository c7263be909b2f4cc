package dev.advise.model;

/** A whole number of things: instances, GPUs, Kubernetes versions, a priority. */
public record Count(long value) implements Value.Ordered {

  @Override
  public String display() {
    return Long.toString(value);
  }

  @Override
  public int compareWith(Ordered other) {
    return Long.compare(value, ((Count) other).value);
  }

  // equals and hashCode are written out: a record's generated ones bootstrap method handles on
  // first use, which costs a short run more than all of its own comparisons.
  @Override
  public boolean equals(Object o) {
    return o instanceof Count c && c.value == value;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(value);
  }
}
