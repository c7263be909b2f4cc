package dev.advise.model;

import java.util.Map;
import java.util.TreeMap;

/** A workload's identity; absent optional text is the empty string, never null. */
public record Metadata(String name, String description, String owner, Map<String, String> labels) {

  public Metadata {
    labels = Map.copyOf(labels);
  }

  /** Labels in key order, so output never depends on hash order. */
  public Map<String, String> sortedLabels() {
    return new TreeMap<>(labels);
  }
}
