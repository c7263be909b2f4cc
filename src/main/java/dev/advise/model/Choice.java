package dev.advise.model;

/** One value of a closed set, such as {@code multi} for {@code isolation.tenancy}. */
public record Choice(String value) implements Value {

  @Override
  public String display() {
    return value;
  }

  // equals and hashCode are written out: a record's generated ones bootstrap method handles on
  // first use, which costs a short run more than all of its own comparisons.
  @Override
  public boolean equals(Object o) {
    return o instanceof Choice c && c.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }
}
