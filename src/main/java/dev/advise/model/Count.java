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
}
