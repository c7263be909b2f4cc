package dev.advise.model;

import java.util.List;
import java.util.Optional;

/** The four places a workload can run, in the fixed order used to break score ties. */
public enum Substrate {
  BARE_METAL("bare-metal"),
  VM("vm"),
  CONTAINER_ON_VM("container-on-vm"),
  CONTAINER_ON_METAL("container-on-metal");

  private static final List<Substrate> ALL = List.of(values());

  private final String id;

  Substrate(String id) {
    this.id = id;
  }

  /** The contract's spelling, e.g. {@code container-on-vm}. */
  public String id() {
    return id;
  }

  /**
   * Every substrate in declared order, without the copy {@code values()} makes on each call
   * (scoring loops over the substrates for every alternative of every workload).
   */
  public static List<Substrate> all() {
    return ALL;
  }

  public static Optional<Substrate> byId(String id) {
    for (Substrate s : values()) {
      if (s.id.equals(id)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
