package dev.advise.engine;

/** How sure the advice is; each doubt lowers it one step. */
public enum Confidence {
  LOW("low"),
  MEDIUM("medium"),
  HIGH("high");

  private final String id;

  Confidence(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public Confidence lower() {
    return this == HIGH ? MEDIUM : LOW;
  }
}
