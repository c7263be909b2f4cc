package dev.advise.engine;

import dev.advise.model.Substrate;

/**
 * The verdict on where a workload runs today ({@code spec.placement}) against the advice: it
 * fails when that placement is excluded or trails the winner by more than the tolerance.
 */
public record Check(Substrate placement, boolean passed, String message) {

  public static Check judge(Advice advice, Substrate placement, int tolerance) {
    Ranked placed = advice.of(placement);
    String advised = advice.recommendation().map(Substrate::id).orElse("nothing (every substrate is excluded)");
    if (placed.verdict() == Verdict.EXCLUDED) {
      String why = placed.exclusions().isEmpty() ? "" : " by " + placed.exclusions().get(0).rule();
      return new Check(placement, false,
          placement.id() + " is excluded" + why + "; the advice is " + advised);
    }
    if (placed.verdict() == Verdict.RECOMMENDED) {
      return new Check(placement, true, placement.id() + " is the advised substrate");
    }
    int best = advice.ranking().get(0).score();
    int behind = best - placed.score();
    if (behind > tolerance) {
      return new Check(placement, false, placement.id() + " scores " + placed.score() + ", "
          + behind + " points below " + advised + " (tolerance " + tolerance + "); the advice is " + advised);
    }
    return new Check(placement, true, placement.id() + " scores " + placed.score() + ", within "
        + tolerance + " points of " + advised);
  }
}
