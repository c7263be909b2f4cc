package dev.advise.engine;

import dev.advise.model.Substrate;

/**
 * For one workload, one field and today's winner w: how far the field's readers can move the
 * weighted sums when any of them flip. A reader that fires today can only stop, taking its effect
 * away; one that does not can only start, adding it. So in each dimension they move, each clamped
 * sum (a substrate's capability, the importance) stays between its unclamped sum less the flips
 * that lower it and plus those that raise it, clamped (clamping is monotone); every other dimension
 * stays exactly as it is. Built one moved dimension at a time from the base's exact sums, so its
 * cost grows with the readers, not with the dimensions.
 */
final class FlipRange {

  private static final int SUBSTRATES = Substrate.values().length;

  private Evaluation base;
  private int winner;
  private int maxImportance;

  /** [substrate]: the least w's weighted sum before caps can exceed this substrate's by. */
  private final long[] leastUncappedLead = new long[SUBSTRATES];

  /** [substrate]: the most its weighted sum before caps can become. */
  private final long[] mostUncapped = new long[SUBSTRATES];

  /** The least w's weighted sum before caps can become. */
  private long leastWinnerUncapped;

  /** The least and most the total importance (the scores' shared denominator) can become. */
  private long leastTotal;

  private long mostTotal;
  // per dimension, scratch: how far the flips can raise and lower each substrate's capability
  private final int[] rise = new int[SUBSTRATES];
  private final int[] fall = new int[SUBSTRATES];
  private final int[] least = new int[SUBSTRATES];
  private final int[] most = new int[SUBSTRATES];

  // per field, scratch of the bound (FieldReach): which substrates out today could come back, and
  // the most each may score under the capping rules that stay as they are
  private final boolean[] mayReturn = new boolean[SUBSTRATES];
  private final int[] mostCap = new int[SUBSTRATES];

  /**
   * Starts again from the range of a change that flips nothing: the base's sums exactly. One range
   * serves every field of a workload's search, so the bound allocates nothing per field.
   */
  FlipRange reset(Evaluation base, int winner) {
    this.base = base;
    this.winner = winner;
    this.maxImportance = base.policy().maxImportance();
    long winnerUncapped = base.uncappedAt(winner);
    for (int s = 0; s < SUBSTRATES; s++) {
      leastUncappedLead[s] = winnerUncapped - base.uncappedAt(s);
      mostUncapped[s] = base.uncappedAt(s);
    }
    this.leastWinnerUncapped = winnerUncapped;
    for (int s = 0; s < SUBSTRATES; s++) {
      mayReturn[s] = false;
      mostCap[s] = CompiledRule.NO_CAP;
    }
    this.leastTotal = base.outcome().totalImportance;
    this.mostTotal = leastTotal;
    return this;
  }

  /**
   * Widens the range by dimension {@code d}, moved by those of the rules at {@code readers} that
   * {@code mayFlip} marks (by rule index); the others keep firing or not as they do today.
   */
  void addDimension(int d, int[] readers, boolean[] mayFlip) {
    ScoringTable table = base.table();
    ScoreSums sums = base.sums();
    for (int s = 0; s < SUBSTRATES; s++) {
      rise[s] = 0;
      fall[s] = 0;
    }
    int importanceRise = 0;
    int importanceFall = 0;
    for (int i : readers) {
      if (!mayFlip[i]) {
        continue;
      }
      CompiledRule rule = table.rule(i);
      boolean fires = base.fires(i);
      // firing today it can only stop (its gains become falls), else only start
      int[] up = fires ? rule.losses() : rule.gains();
      int[] down = fires ? rule.gains() : rule.losses();
      for (int s = 0; s < SUBSTRATES; s++) {
        rise[s] += up[s];
        fall[s] += down[s];
      }
      int move = fires ? -rule.importance() : rule.importance();
      importanceRise += Math.max(0, move);
      importanceFall += Math.max(0, -move);
    }
    long today = base.importanceAt(d);
    long lowImportance = clampImportance(sums.importance(d) - importanceFall);
    long highImportance = clampImportance(sums.importance(d) + importanceRise);
    leastTotal += lowImportance - today;
    mostTotal += highImportance - today;
    for (int s = 0; s < SUBSTRATES; s++) {
      least[s] = clampCapability(sums.capability(s, d) - fall[s]);
      most[s] = clampCapability(sums.capability(s, d) + rise[s]);
    }
    int w = winner;
    long winnerToday = base.capabilityAt(w, d);
    leastWinnerUncapped += least[w] * lowImportance - winnerToday * today;
    for (int s = 0; s < SUBSTRATES; s++) {
      long otherToday = base.capabilityAt(s, d);
      mostUncapped[s] += most[s] * highImportance - otherToday * today;
      // (capability of w - capability of s) x importance, each factor within its range: a
      // product of two ranges is least at one of its four corners
      long lowDifference = least[w] - most[s];
      long highDifference = most[w] - least[s];
      long leastProduct =
          Math.min(
              Math.min(lowDifference * lowImportance, lowDifference * highImportance),
              Math.min(highDifference * lowImportance, highDifference * highImportance));
      leastUncappedLead[s] += leastProduct - (winnerToday - otherToday) * today;
    }
  }

  /**
   * [substrate]: scratch for the bound, false after {@link #reset}: whether a substrate excluded
   * today could come back.
   */
  boolean[] mayReturn() {
    return mayReturn;
  }

  /** [substrate]: scratch for the bound, {@link CompiledRule#NO_CAP} after {@link #reset}. */
  int[] mostCap() {
    return mostCap;
  }

  long leastUncappedLead(int s) {
    return leastUncappedLead[s];
  }

  long mostUncapped(int s) {
    return mostUncapped[s];
  }

  long leastWinnerUncapped() {
    return leastWinnerUncapped;
  }

  long leastTotal() {
    return leastTotal;
  }

  long mostTotal() {
    return mostTotal;
  }

  private static int clampCapability(int raw) {
    return Math.max(0, Math.min(100, raw));
  }

  private int clampImportance(int raw) {
    return Math.max(0, Math.min(maxImportance, raw));
  }
}
