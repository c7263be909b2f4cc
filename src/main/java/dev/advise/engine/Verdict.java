package dev.advise.engine;

/** How a substrate stands for a workload. */
public enum Verdict {
  RECOMMENDED("recommended"),
  VIABLE("viable"),
  DISCOURAGED("discouraged"),
  EXCLUDED("excluded");

  private final String id;

  Verdict(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
