package dev.advise.model;

/** One value of a closed set, such as {@code multi} for {@code isolation.tenancy}. */
public record Choice(String value) implements Value {

  @Override
  public String display() {
    return value;
  }
}
