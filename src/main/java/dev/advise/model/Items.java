package dev.advise.model;

import java.util.List;

/** A list of lower-case ids, such as {@code compliance.frameworks: [pci-dss, hipaa]}. */
public record Items(List<String> values) implements Value {

  public Items {
    values = List.copyOf(values);
  }

  public boolean contains(String id) {
    return values.contains(id);
  }

  @Override
  public String display() {
    return "[" + String.join(", ", values) + "]";
  }
}
