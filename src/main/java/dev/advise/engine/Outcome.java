package dev.advise.engine;

import dev.advise.model.Substrate;

/**
 * The scores of one evaluation, without the explanation: weighted sums, exclusions, the shared
 * denominator and the winner. What-if questions only need this much.
 */
final class Outcome {

  private static final Substrate[] SUBSTRATES = Substrate.values();

  final long[] weighted;
  final boolean[] excluded;
  final long totalImportance;
  final Substrate winner;

  /**
   * @param preference every substrate, the one to name first on a tie first ({@link TieOrder})
   */
  Outcome(long[] weighted, boolean[] excluded, long totalImportance, Substrate[] preference) {
    this.weighted = weighted;
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
