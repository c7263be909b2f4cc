package dev.advise.engine;

/**
 * What a single-field change to the descriptor is, in the order toWin prefers them: filling in
 * a field the descriptor leaves out, changing a fact it states, or changing a priority.
 */
public enum ChangeKind {
  UNKNOWN("unknown"),
  FACT("fact"),
  PRIORITY("priority");

  private final String id;

  ChangeKind(String id) {
    this.id = id;
  }

  /** The contract's spelling in {@code toWin[].kind}. */
  public String id() {
    return id;
  }
}
