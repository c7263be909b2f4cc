package dev.advise.engine;

import dev.advise.model.FieldLookup;
import dev.advise.rules.Truth;
import java.util.Arrays;

/**
 * A sweep: one field's values in order, each scored from the state of the one before (D36), so a
 * rule is re-tested where its threshold is crossed, not once per value (values x readers). It moves
 * the scratch sums of its {@link Rescorer}, which scores them; like the rescorer, it belongs to one
 * thread.
 */
final class SweepRescorer {

  private final Rescorer rescorer;
  private final Evaluation base;
  private final ScoringTable table;
  private final ScoreSums scratch;

  /** [rule]: whether it fires differently from the base at the sweep's current value. */
  private final boolean[] flipped;

  /** The rules flipped during the sweep (with repeats), to clear {@link #flipped} at its end. */
  private int[] flips = new int[16];

  private int flipCount;
  private int touched;
  private boolean capsMoved;

  /** The outcome at the sweep's last value, and whether a rule has flipped since (then stale). */
  private Outcome last;

  private boolean stale;

  SweepRescorer(Rescorer rescorer, Evaluation base, ScoreSums scratch) {
    this.rescorer = rescorer;
    this.base = base;
    this.table = base.table();
    this.scratch = scratch;
    this.flipped = new boolean[table.ruleCount()];
  }

  /**
   * Starts a sweep: the scratch sums become the base's, with its tie order (a swept field is never
   * the placement, which alone sets another).
   */
  void start() {
    rescorer.startFromBase();
    touched = 0;
    flipCount = 0;
    capsMoved = false;
    stale = true;
  }

  /**
   * Moves the sweep to {@code changed}, re-testing the rules at {@code rules[from..to)} (all that
   * may fire differently from the last value); then as {@link Rescorer#changeOfWinner} answers.
   */
  Outcome to(FieldLookup changed, int[] rules, int from, int to) {
    test(changed, rules, from, to);
    return outcome();
  }

  /** Re-tests the rules at {@code rules[from..to)} against {@code changed}, keeping the flips. */
  void test(FieldLookup changed, int[] rules, int from, int to) {
    for (int k = from; k < to; k++) {
      int i = rules[k];
      CompiledRule rule = table.rule(i);
      boolean was = base.fires(i) != flipped[i];
      boolean now = rule.test(changed) == Truth.TRUE;
      if (was != now) {
        scratch.add(rule, now ? 1 : -1);
        touched |= 1 << rule.dimension();
        flipped[i] = !flipped[i];
        stale = true;
        if (flipCount == flips.length) {
          flips = Arrays.copyOf(flips, flipCount * 2);
        }
        flips[flipCount++] = i;
        capsMoved |= rule.caps();
      }
    }
  }

  /** The outcome at the sweep's value, once every rule that may have flipped is re-tested. */
  Outcome outcome() {
    if (!stale) {
      return last; // no rule fired differently since the last value: the same sums
    }
    stale = false;
    if (capsMoved) {
      base.capsInto(scratch, flipped);
      capsMoved = false;
    }
    // with nothing touched, nothing has fired differently: the base's outcome, so no change
    last = touched != 0 ? rescorer.rescoreOfWinner(touched) : null;
    return last;
  }

  /** Ends a sweep, leaving the scratch space as a new question expects it. */
  void end() {
    for (int k = 0; k < flipCount; k++) {
      flipped[flips[k]] = false;
    }
    flipCount = 0;
  }
}
