package dev.advise.engine;

import dev.advise.model.Dimension;
import dev.advise.model.FieldLookup;
import dev.advise.model.Substrate;
import dev.advise.rules.Truth;
import java.util.Arrays;

/**
 * Re-scores one evaluation for a spec that differs in one field or one priority, the question
 * what-if asks a hundred or more times per workload: it re-tests only the rules that read the field
 * and adjusts the base sums in the dimensions they touch, in exact integer arithmetic, so the
 * answer is a full evaluation's. The evaluation stays as it was; the rescorer keeps scratch space
 * between questions instead of copying the sums each time, so it belongs to one thread (one
 * workload's what-if).
 */
final class Rescorer {

  private static final int SUBSTRATES = Substrate.values().length;
  private static final int DIMENSIONS = Dimension.values().length;

  private final Evaluation base;
  private final ScoringTable table;
  private final Outcome outcome;
  private final int maxImportance;

  /** The base's sums, moved by the rules that fire differently for the spec being scored. */
  private final ScoreSums scratch = new ScoreSums();

  /** [rule]: whether the change being scored flips it (only cap-carrying rules are marked). */
  private boolean[] flipped;

  private final long[] uncapped = new long[SUBSTRATES];
  private final long[] weighted = new long[SUBSTRATES];
  private final boolean[] excluded = new boolean[SUBSTRATES];
  private long total;

  /** The tie order of the spec being scored; whether the last retest filled the scratch sums. */
  private Substrate[] preference;

  private boolean retested;
  private SweepRescorer sweep;

  Rescorer(Evaluation base) {
    this.base = base;
    this.table = base.table();
    this.outcome = base.outcome();
    this.maxImportance = base.policy().maxImportance();
    this.preference = base.preference();
  }

  /**
   * The outcome for {@code changed}, a spec that differs from the base only in fields read by the
   * rules at {@code affected} (indices into the rule list). What-if itself asks {@link
   * #changeOfWinner}; this whole answer is what the tests hold against a fresh evaluation.
   */
  Outcome change(FieldLookup changed, int[] affected) {
    return retest(changed, affected) | prefer(changed) ? scratchOutcome() : outcome;
  }

  /** Like {@link #change}, but null when the winner would stay the same (most changes). */
  Outcome changeOfWinner(FieldLookup changed, int[] affected) {
    return retest(changed, affected) | prefer(changed)
            && Outcome.winner(weighted, excluded, preference) != outcome.winner
        ? scratchOutcome()
        : null;
  }

  /**
   * Takes the tie order of {@code changed} (another placement names another substrate first on a
   * tie); if it differs from the base's, the scratch sums are the base's (unless a retest has just
   * filled them) and the answer is made from them. Returns whether it differs.
   */
  private boolean prefer(FieldLookup changed) {
    preference = TieOrder.of(Evaluation.placement(changed));
    if (preference == base.preference()) {
      return false;
    }
    if (!retested) {
      copyBase();
      rescore(0);
    }
    return true;
  }

  /** The outcome had the fired rules at {@code fired} (indices) not fired: what a dispute asks. */
  Outcome without(int[] fired) {
    preference = base.preference();
    copyBase();
    int touched = 0;
    boolean capsMoved = false;
    for (int i : fired) {
      scratch.add(table.rule(i), -1);
      touched |= 1 << table.rule(i).dimension();
      capsMoved |= flippedCap(i);
    }
    if (capsMoved) {
      retakeCaps();
    }
    rescore(touched);
    return scratchOutcome();
  }

  /** The outcome had the descriptor given {@code priority} for dimension {@code d}. */
  Outcome withPriority(Dimension d, int priority, int statedOrDefault) {
    preference = base.preference();
    copyBase();
    scratch.addImportance(d.ordinal(), priority - statedOrDefault);
    rescore(1 << d.ordinal());
    return scratchOutcome();
  }

  /**
   * Like {@link #withPriority}, but null when the winner would stay the same. A priority moves one
   * dimension's importance, so each substrate's sum moves by its capability there times the change
   * (and its cap with the total): worked out directly, without the scratch sums.
   */
  Outcome priorityOfWinner(Dimension d, int priority, int statedOrDefault) {
    int dim = d.ordinal();
    int imp =
        Math.max(
            0, Math.min(maxImportance, base.sums().importance(dim) + priority - statedOrDefault));
    int delta = imp - base.importanceAt(dim);
    long newTotal = outcome.totalImportance + delta;
    Substrate best = null;
    long bestWeight = 0;
    for (Substrate candidate : base.preference()) {
      int s = candidate.ordinal();
      long weight =
          Evaluation.capped(
              base.uncappedAt(s) + (long) base.capabilityAt(s, dim) * delta,
              base.capAt(s),
              newTotal);
      if (!outcome.excluded[s] && (best == null || weight > bestWeight)) {
        best = candidate;
        bestWeight = weight;
      }
    }
    return best == outcome.winner ? null : withPriority(d, priority, statedOrDefault);
  }

  /** Notes that rule {@code i} flipped; true when it caps, so the caps must be taken again. */
  private boolean flippedCap(int i) {
    if (!table.rule(i).caps()) {
      return false;
    }
    if (flipped == null) {
      flipped = new boolean[table.ruleCount()];
    }
    flipped[i] = true;
    return true;
  }

  /** The caps again, with the flipped capping rules read the other way; then forgets them. */
  private void retakeCaps() {
    base.capsInto(scratch, flipped);
    Arrays.fill(flipped, false);
  }

  private Outcome scratchOutcome() {
    return new Outcome(weighted.clone(), uncapped.clone(), excluded.clone(), total, preference);
  }

  /**
   * Re-tests the affected rules against {@code changed} and, if any starts or stops firing,
   * re-scores into scratch: a rule moves only its own dimension, so only those are summed again,
   * and caps are taken again only when a rule that caps flips. Returns whether anything changed.
   */
  private boolean retest(FieldLookup changed, int[] affected) {
    boolean any = false;
    boolean capsMoved = false;
    int touched = 0;
    for (int i : affected) {
      CompiledRule rule = table.rule(i);
      boolean was = base.fires(i);
      boolean now = rule.test(changed) == Truth.TRUE;
      if (was != now) {
        if (!any) {
          copyBase();
          any = true;
        }
        scratch.add(rule, now ? 1 : -1);
        touched |= 1 << rule.dimension();
        capsMoved |= flippedCap(i);
      }
    }
    if (capsMoved) {
      retakeCaps();
    }
    if (any) {
      rescore(touched);
    }
    retested = any;
    return any;
  }

  /**
   * Scores the sums in scratch, which differ from the base's only in the dimensions set in {@code
   * touched} (and perhaps in caps): their old weight comes off each substrate's sum and the new one
   * goes on. Integer arithmetic, so the result is exactly a full re-score's.
   */
  private void rescore(int touched) {
    for (int s = 0; s < SUBSTRATES; s++) {
      uncapped[s] = base.uncappedAt(s);
    }
    long sum = outcome.totalImportance;
    for (int d = 0; d < DIMENSIONS; d++) {
      if ((touched & (1 << d)) == 0) {
        continue;
      }
      int imp = Math.max(0, Math.min(maxImportance, scratch.importance(d)));
      int baseImp = base.importanceAt(d);
      sum += imp - baseImp;
      for (int s = 0; s < SUBSTRATES; s++) {
        int now = Math.max(0, Math.min(100, scratch.capability(s, d)));
        uncapped[s] += (long) now * imp - (long) base.capabilityAt(s, d) * baseImp;
      }
    }
    for (int s = 0; s < SUBSTRATES; s++) {
      weighted[s] = Evaluation.capped(uncapped[s], scratch.cap(s), sum);
      excluded[s] = scratch.excluded(s);
    }
    total = sum;
  }

  /** The sweep over one field's values, re-scoring into these scratch sums; made on first use. */
  SweepRescorer sweep() {
    if (sweep == null) {
      sweep = new SweepRescorer(this, base, scratch);
    }
    return sweep;
  }

  /** The scratch sums become the base's, with its tie order: where a sweep starts. */
  void startFromBase() {
    preference = base.preference();
    retested = false;
    copyBase();
  }

  /**
   * Scores the scratch sums, which differ from the base's in the dimensions set in {@code touched}:
   * the outcome when its winner is not the base's, else null.
   */
  Outcome rescoreOfWinner(int touched) {
    rescore(touched);
    return Outcome.winner(weighted, excluded, preference) != outcome.winner
        ? scratchOutcome()
        : null;
  }

  private void copyBase() {
    scratch.copyFrom(base.sums());
  }
}
