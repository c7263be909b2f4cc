package dev.advise.model;

import java.util.List;
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

  private static final List<Dimension> ALL = List.of(values());

  private final String id;

  Dimension(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /**
   * Every dimension in declared order, without the copy {@code values()} makes on each call
   * (scoring loops over the dimensions for every alternative of every workload).
   */
  public static List<Dimension> all() {
    return ALL;
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
