package dev.advise.engine;

import dev.advise.model.Dimension;
import dev.advise.model.Field;
import dev.advise.model.Fields;
import dev.advise.model.Substrate;
import dev.advise.rules.Rule;

/**
 * How far the rules that read each field can move the scores, summed when the rule set is
 * compiled: enough to prove, for most fields of most workloads, that no value of the field alone
 * can change the winner, so what-if need not try them (D23).
 */
final class FieldReach {

  private static final int SUBSTRATE_COUNT = Substrate.all().size();
  private static final int DIMENSION_COUNT = Dimension.all().size();

  /**
   * Per field: whether a rule that reads it excludes or caps a substrate (then nothing bounds a
   * change).
   */
  private final boolean[] canExclude = new boolean[Fields.count()];
  /**
   * Per field, dimension and substrate: the most the field's readers can move that substrate's
   * capability there (the sum of their effects' sizes); and per field and dimension, importance.
   */
  private final int[][][] effectReach = new int[Fields.count()][DIMENSION_COUNT][SUBSTRATE_COUNT];
  private final int[][] importanceReach = new int[Fields.count()][DIMENSION_COUNT];

  /** Counts {@code rule} among the readers of the field at catalogue index {@code field}. */
  void add(int field, Rule rule) {
    int d = rule.dimension().ordinal();
    for (Substrate s : Substrate.all()) {
      effectReach[field][d][s.ordinal()] += Math.abs(rule.effectOn(s));
    }
    importanceReach[field][d] += Math.abs(rule.importance());
    // a cap moves a score by up to the whole scale, so it bounds nothing either
    canExclude[field] |= !rule.exclude().isEmpty() || !rule.caps().isEmpty();
  }

  /**
   * Whether changing {@code field} alone could change the winner. A change only starts or stops
   * the rules that read the field; if none of them excludes anything, each moves one
   * dimension's capabilities and importance by a known most, and clamping only shrinks a move.
   * In dimension d the gap between the winner w and a substrate s, (cap_w - cap_s) x imp, then
   * moves by at most (reach_w + reach_s) x (imp + importance reach) + 100 x (importance reach),
   * where reach is the sum of the readers' effect sizes on that substrate. When the sum over the
   * dimensions is less than the gap for every s, the winner stays.
   *
   * <p>A cap that other rules hold on w or s (these readers cap nothing) makes its sum
   * min(sum, cap x total): that moves no more than the sum does, or than cap x the change in
   * total importance, so each side moves by at most reach x (imp + i) + 100 x i, and the
   * importance term of the bound doubles (the two sides no longer share one capability
   * difference).
   */
  boolean couldChangeWinner(Field field, Evaluation base) {
    int f = field.index();
    if (canExclude[f]) {
      return true;
    }
    Substrate winner = base.winner();
    if (winner == null) {
      return false; // every substrate is excluded, and this field's rules exclude nothing
    }
    Outcome outcome = base.outcome();
    int w = winner.ordinal();
    int[][] reach = effectReach[f];
    int[] importanceReach = this.importanceReach[f];
    // plain index loops: this runs for every field of every workload
    for (int s = 0; s < SUBSTRATE_COUNT; s++) {
      if (s == w || outcome.excluded[s]) {
        continue;
      }
      long perImportance = base.capAt(w) < CompiledRule.NO_CAP || base.capAt(s) < CompiledRule.NO_CAP ? 200L : 100L;
      long bound = 0;
      for (int d = 0; d < DIMENSION_COUNT; d++) {
        int e = reach[d][w] + reach[d][s];
        int i = importanceReach[d];
        if (e != 0 || i != 0) {
          bound += (long) e * (base.importanceAt(d) + i) + perImportance * i;
        }
      }
      if (outcome.weighted[w] - outcome.weighted[s] <= bound) {
        return true;
      }
    }
    return false;
  }
}
