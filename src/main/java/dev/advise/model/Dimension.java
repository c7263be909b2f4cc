package dev.advise.model;

import java.util.Optional;

/** The aspects a placement is judged on; each has an importance and a capability per substrate. */
public enum Dimension {
  ISOLATION("isolation"),
  LATENCY("latency"),
  LICENSING("licensing"),
  SLA("sla"),
  DENSITY("density"),
  ELASTICITY("elasticity"),
  COMPATIBILITY("compatibility"),
  OPERATIONS("operations");

  private final String id;

  Dimension(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<Dimension> byId(String id) {
    for (Dimension d : values()) {
      if (d.id.equals(id)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
