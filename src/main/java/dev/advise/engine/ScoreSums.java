package dev.advise.engine;

import dev.advise.model.Dimension;
import dev.advise.model.Substrate;
import dev.advise.rules.Truth;
import java.util.Arrays;

/**
 * What the fired rules add up to before anything is clamped: each substrate's capability per
 * dimension (baseline plus effects), each dimension's importance (priority plus raises), how many
 * fired rules exclude each substrate, and each substrate's lowest cap. An evaluation keeps one; a
 * {@link Rescorer} keeps a scratch copy that it moves a rule at a time, since adding or taking away
 * one rule's contribution is exact while clamped values cannot be undone. Substrates and dimensions
 * are ordinals.
 */
final class ScoreSums {

  private static final int SUBSTRATES = Substrate.values().length;
  private static final int DIMENSIONS = Dimension.values().length;

  /** [substrate][dimension]: baseline plus the fired rules' effects, before clamping. */
  private final int[][] capability = new int[SUBSTRATES][DIMENSIONS];

  /** [dimension]: priority plus the fired rules' importance, before clamping. */
  private final int[] importance = new int[DIMENSIONS];

  /** [substrate]: how many fired rules exclude it. */
  private final int[] exclusions = new int[SUBSTRATES];

  /** [substrate]: the lowest cap of the fired rules ({@link CompiledRule#NO_CAP} when none). */
  private final int[] caps = new int[SUBSTRATES];

  /** Sums with no rule fired: the baseline, the given importance per dimension, no caps. */
  static ScoreSums start(ScoringTable table, int[] importance) {
    ScoreSums sums = new ScoreSums();
    for (int s = 0; s < SUBSTRATES; s++) {
      for (int d = 0; d < DIMENSIONS; d++) {
        sums.capability[s][d] = table.baseline(s, d);
      }
    }
    System.arraycopy(importance, 0, sums.importance, 0, DIMENSIONS);
    Arrays.fill(sums.caps, CompiledRule.NO_CAP);
    return sums;
  }

  /** Becomes a copy of {@code other}. */
  void copyFrom(ScoreSums other) {
    for (int s = 0; s < SUBSTRATES; s++) {
      System.arraycopy(other.capability[s], 0, capability[s], 0, DIMENSIONS);
    }
    System.arraycopy(other.importance, 0, importance, 0, DIMENSIONS);
    System.arraycopy(other.exclusions, 0, exclusions, 0, SUBSTRATES);
    System.arraycopy(other.caps, 0, caps, 0, SUBSTRATES);
  }

  /**
   * Adds ({@code sign} 1) or takes away (-1) one rule's effects, importance and exclusions. Caps do
   * not add up (the lowest wins), so they are taken again with {@link #takeCaps}.
   */
  void add(CompiledRule rule, int sign) {
    int d = rule.dimension();
    importance[d] += sign * rule.importance();
    for (int s = 0; s < SUBSTRATES; s++) {
      capability[s][d] += sign * rule.effectOn(s);
      if (rule.excludes(s)) {
        exclusions[s] += sign;
      }
    }
  }

  /** Moves dimension {@code d}'s importance by {@code delta} (a priority stated otherwise). */
  void addImportance(int d, int delta) {
    importance[d] += delta;
  }

  /**
   * The lowest cap per substrate of the capping rules whose truth is true, or with {@code flipped}
   * (by rule position; may be null) as if those had flipped between firing and not.
   */
  void takeCaps(ScoringTable table, Truth[] truths, boolean[] flipped) {
    Arrays.fill(caps, CompiledRule.NO_CAP);
    for (int i : table.cappingRules()) {
      boolean fires = (truths[i] == Truth.TRUE) != (flipped != null && flipped[i]);
      if (fires) {
        CompiledRule rule = table.rule(i);
        for (int s = 0; s < SUBSTRATES; s++) {
          caps[s] = Math.min(caps[s], rule.capOn(s));
        }
      }
    }
  }

  /** Substrate {@code s}'s capability in dimension {@code d}, unclamped. */
  int capability(int s, int d) {
    return capability[s][d];
  }

  /** Dimension {@code d}'s importance, unclamped. */
  int importance(int d) {
    return importance[d];
  }

  /** Whether some fired rule excludes substrate {@code s}. */
  boolean excluded(int s) {
    return exclusions[s] > 0;
  }

  /** The lowest cap of the fired rules on substrate {@code s}. */
  int cap(int s) {
    return caps[s];
  }
}
