package dev.advise.engine;

import dev.advise.model.Substrate;

/**
 * The scores of one evaluation, without the explanation: weighted sums, exclusions, the shared
 * denominator and the winner. What-if questions only need this much.
 */
final class Outcome {

  private static final Substrate[] SUBSTRATES = Substrate.values();

  final long[] weighted;

  /** [substrate]: the weighted sum before its cap; above {@link #weighted} when the cap binds. */
  final long[] uncapped;

  final boolean[] excluded;
  final long totalImportance;
  final Substrate winner;

  /**
   * @param preference every substrate, the one to name first on a tie first ({@link TieOrder})
   */
  Outcome(
      long[] weighted,
      long[] uncapped,
      boolean[] excluded,
      long totalImportance,
      Substrate[] preference) {
    this.weighted = weighted;
    this.uncapped = uncapped;
    this.excluded = excluded;
    this.totalImportance = totalImportance;
    this.winner = winner(weighted, excluded, preference);
  }

  /** The best substrate not excluded (on a tie, the first in {@code preference}), or null. */
  static Substrate winner(long[] weighted, boolean[] excluded, Substrate[] preference) {
    Substrate best = null;
    for (Substrate s : preference) {
      if (!excluded[s.ordinal()]
          && (best == null || weighted[s.ordinal()] > weighted[best.ordinal()])) {
        best = s;
      }
    }
    return best;
  }

  boolean excluded(Substrate s) {
    return excluded[s.ordinal()];
  }

  /**
   * Whether {@code s}, which this outcome's winner beats, would still win but for a cap: it is not
   * excluded and its sum before the cap is above the winner's. A change that wins this way fails
   * {@code s} on a requirement (a feasibility cap) rather than outscoring it.
   */
  boolean heldOnlyByCap(Substrate s) {
    return winner != null
        && winner != s
        && !excluded(s)
        && uncapped[s.ordinal()] > weighted[winner.ordinal()];
  }

  /** Whether {@code s} loses here only because it is excluded or held down by a cap. */
  boolean ruledOut(Substrate s) {
    return winner != s && (excluded(s) || heldOnlyByCap(s));
  }

  /** The 0-100 score, rounded half up; an excluded substrate scores 0. */
  int score(Substrate s) {
    if (excluded(s) || totalImportance == 0) {
      return 0;
    }
    return (int) ((2 * weighted[s.ordinal()] + totalImportance) / (2 * totalImportance));
  }

  /** How far {@code s} leads the best other substrate that is not excluded (negative: trails). */
  long lead(Substrate s) {
    long best = 0;
    for (Substrate other : SUBSTRATES) {
      if (other != s && !excluded(other)) {
        best = Math.max(best, weighted[other.ordinal()]);
      }
    }
    return weighted[s.ordinal()] - best;
  }
}
