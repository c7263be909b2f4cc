package dev.advise.engine;

import dev.advise.model.Dimension;
import dev.advise.model.Substrate;
import dev.advise.rules.Baseline;
import dev.advise.rules.Policy;
import dev.advise.rules.Rule;
import dev.advise.rules.RuleSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A rule set as scoring reads it, built once: each rule compiled ({@link CompiledRule}), the
 * baseline capabilities, and the baseline's reasons. What scoring reads for every workload and
 * what-if for every alternative. Substrates and dimensions are passed as ordinals.
 */
final class ScoringTable {

  private static final Substrate[] SUBSTRATES = Substrate.values();
  private static final Dimension[] DIMENSIONS = Dimension.values();

  private final List<Rule> rules;
  private final Policy policy;
  private final CompiledRule[] compiled;

  /** The positions of the rules that cap some substrate: few, so caps are taken from these. */
  private final int[] capping;

  /** [substrate][dimension]: where each substrate starts. */
  private final int[][] baseline;

  /** [substrate][dimension]: a substrate's starting point in a dimension, as a reason. */
  private final Reason[][] startsStrong;

  /** [winner][runner-up][dimension]: the winner's head start there, as a reason (or null). */
  private final Reason[][][] startsAhead;

  private ScoringTable(RuleSet ruleSet) {
    this.rules = ruleSet.rules();
    this.policy = ruleSet.policy();
    this.compiled = rules.stream().map(CompiledRule::new).toArray(CompiledRule[]::new);
    this.capping = IntStream.range(0, compiled.length).filter(i -> compiled[i].caps()).toArray();
    this.baseline = new int[SUBSTRATES.length][DIMENSIONS.length];
    this.startsStrong = new Reason[SUBSTRATES.length][DIMENSIONS.length];
    for (Substrate s : SUBSTRATES) {
      for (Dimension d : DIMENSIONS) {
        int start = ruleSet.baseline().capability(s, d);
        baseline[s.ordinal()][d.ordinal()] = start;
        Baseline.Entry entry = ruleSet.baseline().entry(d);
        startsStrong[s.ordinal()][d.ordinal()] =
            new Reason(
                "baseline." + d.id(),
                "Starts strong in " + d.id() + " (" + start + ")",
                d,
                0,
                entry.because(),
                entry.sources(),
                Optional.empty());
      }
    }
    this.startsAhead = new Reason[SUBSTRATES.length][SUBSTRATES.length][DIMENSIONS.length];
    for (Substrate w : SUBSTRATES) {
      for (Substrate r : SUBSTRATES) {
        for (Dimension d : DIMENSIONS) {
          int bw = baseline[w.ordinal()][d.ordinal()];
          int br = baseline[r.ordinal()][d.ordinal()];
          Baseline.Entry entry = ruleSet.baseline().entry(d);
          startsAhead[w.ordinal()][r.ordinal()][d.ordinal()] =
              bw <= br
                  ? null
                  : new Reason(
                      "baseline." + d.id(),
                      "Starts ahead of " + r.id() + " in " + d.id() + " (" + bw + " vs " + br + ")",
                      d,
                      bw - br,
                      entry.because(),
                      entry.sources(),
                      Optional.empty());
        }
      }
    }
  }

  static ScoringTable of(RuleSet ruleSet) {
    return new ScoringTable(ruleSet);
  }

  List<Rule> rules() {
    return rules;
  }

  Policy policy() {
    return policy;
  }

  int ruleCount() {
    return compiled.length;
  }

  /** The rule at position {@code i} of the rule set, compiled. */
  CompiledRule rule(int i) {
    return compiled[i];
  }

  /** The positions of the rules that cap some substrate (do not change the array). */
  int[] cappingRules() {
    return capping;
  }

  /** Where substrate {@code s} starts in dimension {@code d} (ordinals). */
  int baseline(int s, int d) {
    return baseline[s][d];
  }

  /** A substrate's starting point in a dimension, as a reason. */
  Reason startsStrong(Substrate s, Dimension d) {
    return startsStrong[s.ordinal()][d.ordinal()];
  }

  /** The winner's head start over the runner-up in a dimension, as a reason, or null if none. */
  Reason startsAhead(Substrate winner, Substrate runnerUp, Dimension d) {
    return startsAhead[winner.ordinal()][runnerUp.ordinal()][d.ordinal()];
  }
}
