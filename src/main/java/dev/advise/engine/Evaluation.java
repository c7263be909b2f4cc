package dev.advise.engine;

import dev.advise.model.Count;
import dev.advise.model.Dimension;
import dev.advise.model.Fields;
import dev.advise.model.Spec;
import dev.advise.model.Substrate;
import dev.advise.model.Value;
import dev.advise.rules.Policy;
import dev.advise.rules.Rule;
import dev.advise.rules.RuleSet;
import dev.advise.rules.Truth;
import java.util.ArrayList;
import java.util.List;

/**
 * One pass of filter-then-score over a spec: which rules fire, which substrates they exclude,
 * each substrate's capability per dimension and each dimension's importance, and the order that
 * follows. Scores compare exactly (as numerators over a shared denominator) before rounding.
 *
 * <p>What-if asks the same question for many specs that differ from this one in a single
 * field; {@link #change} answers it by re-testing only the rules that read that field and
 * adjusting the unclamped sums, which is why they are kept.
 */
final class Evaluation {

  private static final Substrate[] SUBSTRATES = Substrate.values();
  private static final Dimension[] DIMENSIONS = Dimension.values();

  final List<Rule> rules;
  final Truth[] truths;
  final List<Rule> fired = new ArrayList<>();
  private final ScoringTable table;
  private final Policy policy;
  private final int[][] raw = new int[SUBSTRATES.length][DIMENSIONS.length];
  private final int[] rawImportance = new int[DIMENSIONS.length];
  private final int[] exclusions = new int[SUBSTRATES.length];
  private final int[][] capability = new int[SUBSTRATES.length][DIMENSIONS.length];
  private final int[] importance = new int[DIMENSIONS.length];
  private final Outcome outcome;
  final List<Substrate> order;

  Evaluation(RuleSet ruleSet, Spec spec) {
    this(ScoringTable.of(ruleSet), spec);
  }

  Evaluation(ScoringTable table, Spec spec) {
    this.table = table;
    this.rules = table.rules;
    this.policy = table.policy;
    this.truths = new Truth[rules.size()];
    for (int i = 0; i < truths.length; i++) {
      truths[i] = table.conditions[i].test(spec);
      if (truths[i] == Truth.TRUE) {
        fired.add(rules.get(i));
      }
    }
    for (Dimension d : DIMENSIONS) {
      Value priority = spec.valueOrNull(Fields.priority(d));
      rawImportance[d.ordinal()] = priority == null ? policy.defaultImportance() : (int) ((Count) priority).value();
      for (Substrate s : SUBSTRATES) {
        raw[s.ordinal()][d.ordinal()] = table.baseline[s.ordinal()][d.ordinal()];
      }
    }
    for (int i = 0; i < truths.length; i++) {
      if (truths[i] == Truth.TRUE) {
        apply(i, 1, raw, rawImportance, exclusions);
      }
    }
    this.outcome = score();
    this.order = rank();
  }

  private void apply(int rule, int sign, int[][] raw, int[] rawImportance, int[] exclusions) {
    int d = table.dimension[rule];
    int[] effects = table.effects[rule];
    int excludes = table.excludes[rule];
    rawImportance[d] += sign * table.importance[rule];
    for (int s = 0; s < SUBSTRATES.length; s++) {
      raw[s][d] += sign * effects[s];
      if ((excludes & (1 << s)) != 0) {
        exclusions[s] += sign;
      }
    }
  }

  /** Clamps capabilities and importance, keeps them, and sums them into the outcome. */
  private Outcome score() {
    long total = 0;
    for (int d = 0; d < DIMENSIONS.length; d++) {
      importance[d] = Math.max(0, Math.min(policy.maxImportance(), rawImportance[d]));
      total += importance[d];
    }
    long[] weighted = new long[SUBSTRATES.length];
    boolean[] excluded = new boolean[SUBSTRATES.length];
    for (int s = 0; s < SUBSTRATES.length; s++) {
      long sum = 0;
      for (int d = 0; d < DIMENSIONS.length; d++) {
        capability[s][d] = Math.max(0, Math.min(100, raw[s][d]));
        sum += (long) capability[s][d] * importance[d];
      }
      weighted[s] = sum;
      excluded[s] = exclusions[s] > 0;
    }
    return new Outcome(weighted, excluded, total);
  }

  // Scratch space for change(): an evaluation belongs to one thread, and what-if asks it about
  // a hundred or more alternatives, so they share these instead of copying the sums each time.
  private int[][] scratchRaw;
  private int[] scratchImportance;
  private int[] scratchExclusions;
  private final long[] scratchWeighted = new long[SUBSTRATES.length];
  private final boolean[] scratchExcluded = new boolean[SUBSTRATES.length];
  private long scratchTotal;

  /**
   * The outcome for {@code changed}, a spec that differs from this one only in fields read by
   * the rules at {@code affected} (indices into the rule list). What-if itself asks
   * {@link #changeOfWinner}; this whole answer is what the tests hold against a fresh evaluation.
   */
  Outcome change(Spec changed, int[] affected) {
    return retest(changed, affected) ? scratchOutcome() : outcome;
  }

  /** Like {@link #change}, but null when the winner would stay the same (most changes). */
  Outcome changeOfWinner(Spec changed, int[] affected) {
    return retest(changed, affected) && Outcome.winner(scratchWeighted, scratchExcluded) != outcome.winner
        ? scratchOutcome() : null;
  }

  /** The outcome had the descriptor given {@code priority} for dimension {@code d}. */
  Outcome withPriority(Dimension d, int priority, int statedOrDefault) {
    prioritise(d, priority, statedOrDefault);
    return scratchOutcome();
  }

  /**
   * Like {@link #withPriority}, but null when the winner would stay the same. A priority moves
   * one dimension's importance, so each substrate's sum moves by its capability there times
   * the change: worked out directly, without the scratch sums.
   */
  Outcome priorityOfWinner(Dimension d, int priority, int statedOrDefault) {
    int dim = d.ordinal();
    int imp = Math.max(0, Math.min(policy.maxImportance(), rawImportance[dim] + priority - statedOrDefault));
    int delta = imp - importance[dim];
    Substrate best = null;
    long bestWeight = 0;
    for (int s = 0; s < SUBSTRATES.length; s++) {
      long weight = outcome.weighted[s] + (long) capability[s][dim] * delta;
      if (!outcome.excluded[s] && (best == null || weight > bestWeight)) {
        best = SUBSTRATES[s];
        bestWeight = weight;
      }
    }
    return best == outcome.winner ? null : withPriority(d, priority, statedOrDefault);
  }

  private Outcome scratchOutcome() {
    return new Outcome(scratchWeighted.clone(), scratchExcluded.clone(), scratchTotal);
  }

  /**
   * Re-tests the affected rules against {@code changed} and, if any starts or stops firing,
   * re-scores into scratch: a rule moves only its own dimension, so only those are summed again.
   * Returns whether anything changed.
   */
  private boolean retest(Spec changed, int[] affected) {
    int touched = 0;
    for (int i : affected) {
      boolean was = truths[i] == Truth.TRUE;
      boolean now = table.conditions[i].test(changed) == Truth.TRUE;
      if (was != now) {
        if (touched == 0) {
          copyIntoScratch();
        }
        apply(i, now ? 1 : -1, scratchRaw, scratchImportance, scratchExclusions);
        touched |= 1 << table.dimension[i];
      }
    }
    if (touched != 0) {
      rescore(touched);
    }
    return touched != 0;
  }

  private void prioritise(Dimension d, int priority, int statedOrDefault) {
    copyIntoScratch();
    scratchImportance[d.ordinal()] += priority - statedOrDefault;
    rescore(1 << d.ordinal());
  }

  /**
   * Scores the sums in scratch, which differ from this evaluation's only in the dimensions set
   * in {@code touched}: their old weight comes off each substrate's sum and the new one goes on.
   * Integer arithmetic, so the result is exactly a full re-score's.
   */
  private void rescore(int touched) {
    System.arraycopy(outcome.weighted, 0, scratchWeighted, 0, SUBSTRATES.length);
    long total = outcome.totalImportance;
    for (int d = 0; d < DIMENSIONS.length; d++) {
      if ((touched & (1 << d)) == 0) {
        continue;
      }
      int imp = Math.max(0, Math.min(policy.maxImportance(), scratchImportance[d]));
      total += imp - importance[d];
      for (int s = 0; s < SUBSTRATES.length; s++) {
        int cap = Math.max(0, Math.min(100, scratchRaw[s][d]));
        scratchWeighted[s] += (long) cap * imp - (long) capability[s][d] * importance[d];
      }
    }
    for (int s = 0; s < SUBSTRATES.length; s++) {
      scratchExcluded[s] = scratchExclusions[s] > 0;
    }
    scratchTotal = total;
  }

  private void copyIntoScratch() {
    if (scratchRaw == null) {
      scratchRaw = new int[SUBSTRATES.length][DIMENSIONS.length];
      scratchImportance = new int[DIMENSIONS.length];
      scratchExclusions = new int[SUBSTRATES.length];
    }
    for (int s = 0; s < SUBSTRATES.length; s++) {
      System.arraycopy(raw[s], 0, scratchRaw[s], 0, DIMENSIONS.length);
    }
    System.arraycopy(rawImportance, 0, scratchImportance, 0, DIMENSIONS.length);
    System.arraycopy(exclusions, 0, scratchExclusions, 0, SUBSTRATES.length);
  }

  Outcome outcome() {
    return outcome;
  }

  /** Best first; ties keep the substrates' declared order; excluded substrates go last. */
  private List<Substrate> rank() {
    Substrate[] sorted = SUBSTRATES.clone();
    for (int i = 1; i < sorted.length; i++) {
      Substrate s = sorted[i];
      int j = i - 1;
      while (j >= 0 && before(s, sorted[j])) {
        sorted[j + 1] = sorted[j];
        j--;
      }
      sorted[j + 1] = s;
    }
    return List.of(sorted);
  }

  private boolean before(Substrate a, Substrate b) {
    if (excluded(a) != excluded(b)) {
      return !excluded(a);
    }
    return outcome.weighted[a.ordinal()] > outcome.weighted[b.ordinal()];
  }

  boolean excluded(Substrate s) {
    return outcome.excluded(s);
  }

  int capability(Substrate s, Dimension d) {
    return capability[s.ordinal()][d.ordinal()];
  }

  int importance(Dimension d) {
    return importance[d.ordinal()];
  }

  /** The importance of the dimension with this ordinal. */
  int importanceAt(int dimension) {
    return importance[dimension];
  }

  int score(Substrate s) {
    return outcome.score(s);
  }

  /** The winner, or null when every substrate is excluded. */
  Substrate winner() {
    return outcome.winner;
  }
}
