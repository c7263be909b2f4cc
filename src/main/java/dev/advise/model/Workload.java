package dev.advise.model;

/** One workload as described by one YAML document. */
public record Workload(Metadata metadata, Spec spec) {

  public String name() {
    return metadata.name();
  }
}
