package dev.advise.model;

/**
 * One workload as described by one YAML document; {@code exception} is the accepted deviation it
 * records, or null when it records none.
 */
public record Workload(Metadata metadata, Spec spec, Deviation exception) {

  public Workload(Metadata metadata, Spec spec) {
    this(metadata, spec, null);
  }

  public String name() {
    return metadata.name();
  }
}
