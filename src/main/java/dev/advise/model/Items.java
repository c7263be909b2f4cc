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

  // equals and hashCode are written out: a record's generated ones bootstrap method handles on
  // first use, which costs a short run more than all of its own comparisons.
  @Override
  public boolean equals(Object o) {
    return o instanceof Items i && i.values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }
}
