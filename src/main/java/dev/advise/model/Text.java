package dev.advise.model;

/** Free text, such as {@code licensing.product}; rules may test that it exists. */
public record Text(String value) implements Value {

  @Override
  public String display() {
    return value;
  }
}
