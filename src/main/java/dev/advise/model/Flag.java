package dev.advise.model;

/** A yes-or-no field, such as {@code isolation.privileged}. */
public record Flag(boolean value) implements Value {

  @Override
  public String display() {
    return Boolean.toString(value);
  }
}
