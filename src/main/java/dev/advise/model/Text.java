package dev.advise.model;

/** Free text, such as {@code licensing.product}; rules may test that it exists. */
public record Text(String value) implements Value {

  @Override
  public String display() {
    return value;
  }

  // equals and hashCode are written out: a record's generated ones bootstrap method handles on
  // first use, which costs a short run more than all of its own comparisons.
  @Override
  public boolean equals(Object o) {
    return o instanceof Text t && t.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }
}
