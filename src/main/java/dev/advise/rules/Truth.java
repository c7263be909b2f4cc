package dev.advise.rules;

/**
 * Three-valued logic (Kleene): a condition on a field the descriptor leaves out is neither true nor
 * false but unknown, and a rule fires only when its condition is true.
 */
public enum Truth {
  TRUE,
  FALSE,
  UNKNOWN;

  /** This truth as one bit of a set of truths ({@link Condition#reachable}). */
  public int bit() {
    return 1 << ordinal();
  }

  public static Truth of(boolean b) {
    return b ? TRUE : FALSE;
  }

  public Truth and(Truth other) {
    if (this == FALSE || other == FALSE) {
      return FALSE;
    }
    return this == TRUE && other == TRUE ? TRUE : UNKNOWN;
  }

  public Truth or(Truth other) {
    if (this == TRUE || other == TRUE) {
      return TRUE;
    }
    return this == FALSE && other == FALSE ? FALSE : UNKNOWN;
  }

  public Truth not() {
    return switch (this) {
      case TRUE -> FALSE;
      case FALSE -> TRUE;
      case UNKNOWN -> UNKNOWN;
    };
  }
}
