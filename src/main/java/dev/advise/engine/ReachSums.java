package dev.advise.engine;

import dev.advise.model.Dimension;
import dev.advise.model.Field;
import dev.advise.model.Substrate;
import dev.advise.rules.Rule;
import java.util.Arrays;
import java.util.List;

/**
 * The first, cheap test of whether changing a field could change the winner (D23): how far the
 * rules that read each field could move the scores in any workload, summed once per rule set. It
 * costs a few sums per substrate, where the per-workload bound ({@link FieldReach}) walks every
 * reader; what-if asks the dearer one only for the fields this one cannot rule out (D95). A field
 * some reader of which caps or excludes is never ruled out here.
 */
final class ReachSums {

  private static final int SUBSTRATES = Substrate.values().length;
  private static final int DIMENSIONS = Dimension.values().length;

  /**
   * [field]: whether a rule that reads it excludes or caps a substrate (then this bounds nothing).
   */
  private final boolean[] boundless;

  /**
   * [field][dimension][substrate]: the most the field's readers can move that substrate's
   * capability there (the sum of their effects' sizes); [field][dimension], importance alike.
   */
  private final int[][][] effectReach;

  private final int[][] importanceReach;

  /** [field]: the dimensions its readers move at all (the others add nothing to a bound). */
  private final int[][] moved;

  ReachSums(int[][] readers, List<Rule> rules) {
    boundless = new boolean[readers.length];
    effectReach = new int[readers.length][DIMENSIONS][SUBSTRATES];
    importanceReach = new int[readers.length][DIMENSIONS];
    for (int f = 0; f < readers.length; f++) {
      for (int i : readers[f]) {
        Rule rule = rules.get(i);
        int d = rule.dimension().ordinal();
        for (Substrate s : Substrate.values()) {
          effectReach[f][d][s.ordinal()] += Math.abs(rule.effectOn(s));
        }
        importanceReach[f][d] += Math.abs(rule.importance());
        // a cap moves a score by up to the whole scale, so it bounds nothing either
        boundless[f] |= !rule.exclude().isEmpty() || !rule.caps().isEmpty();
      }
    }
    moved = new int[readers.length][];
    for (int f = 0; f < readers.length; f++) {
      int[] dims = new int[DIMENSIONS];
      int n = 0;
      for (int d = 0; d < DIMENSIONS; d++) {
        boolean moves = importanceReach[f][d] != 0;
        for (int s = 0; s < SUBSTRATES; s++) {
          moves |= effectReach[f][d][s] != 0;
        }
        if (moves) {
          dims[n++] = d;
        }
      }
      moved[f] = Arrays.copyOf(dims, n);
    }
  }

  /**
   * Whether changing {@code field} alone could change the winner, as far as these sums tell. A
   * change only starts or stops the rules that read the field; if none of them excludes or caps,
   * each moves one dimension's capabilities and importance by a known most, and clamping only
   * shrinks a move. In dimension d the gap between the winner w and a substrate s, (cap_w - cap_s)
   * x imp, then moves by at most (reach_w + reach_s) x (imp + importance reach) + 100 x (importance
   * reach). When the sum over the dimensions is less than the gap for every s, the winner stays.
   *
   * <p>A cap that other rules hold on w or s makes its sum min(sum, cap x total): that moves no
   * more than the sum does, or than cap x the change in total importance, so each side moves by at
   * most reach x (imp + i) + 100 x i, and the importance term doubles.
   */
  boolean couldChangeWinner(Field field, Evaluation base) {
    int f = field.index();
    if (boundless[f]) {
      return true;
    }
    Substrate winner = base.winner();
    if (winner == null) {
      return false; // every substrate is excluded, and this field's readers exclude nothing
    }
    Outcome outcome = base.outcome();
    int w = winner.ordinal();
    int[][] reach = effectReach[f];
    int[] importanceMoves = importanceReach[f];
    int[] dims = moved[f];
    for (int s = 0; s < SUBSTRATES; s++) {
      if (s == w || outcome.excluded[s]) {
        continue;
      }
      long perImportance =
          base.capAt(w) < CompiledRule.NO_CAP || base.capAt(s) < CompiledRule.NO_CAP ? 200L : 100L;
      long bound = 0;
      for (int d : dims) {
        int e = reach[d][w] + reach[d][s];
        int i = importanceMoves[d];
        bound += (long) e * (base.importanceAt(d) + i) + perImportance * i;
      }
      if (outcome.weighted[w] - outcome.weighted[s] <= bound) {
        return true;
      }
    }
    return false;
  }
}
