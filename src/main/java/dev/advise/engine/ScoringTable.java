package dev.advise.engine;

import dev.advise.model.Dimension;
import dev.advise.model.Substrate;
import dev.advise.rules.Baseline;
import dev.advise.rules.Condition;
import dev.advise.rules.Policy;
import dev.advise.rules.Rule;
import dev.advise.rules.RuleSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The numbers of a rule set laid out as arrays indexed by rule, substrate and dimension
 * ordinal: what scoring reads for every workload and what-if for every alternative, where the
 * rules' own enum maps and sets would be looked up again each time. Built once per rule set.
 */
final class ScoringTable {

  final List<Rule> rules;
  final Policy policy;
  /** [substrate][dimension]: where each substrate starts. */
  final int[][] baseline;
  /** [rule]: when it fires. */
  final Condition[] conditions;
  /** [rule]: the dimension a rule moves. */
  final int[] dimension;
  /** [rule]: how much more that dimension matters when it fires. */
  final int[] importance;
  /** [rule][substrate]: its change to each substrate's capability. */
  final int[][] effects;
  /** [rule]: the substrates it excludes, one bit per ordinal. */
  final int[] excludes;

  // The explanations are as fixed as the numbers, so they are made once here and shared by every
  // advice (output caches then find them by value cheaply, too).
  /** [rule][substrate]: the reason a fired rule gives for moving a substrate, or null. */
  final Reason[][] moved;
  /** [rule]: the reason a fired rule gives for excluding a substrate. */
  final Reason[] excluding;
  /** [rule][substrate]: the condition a fired rule attaches to a substrate, or null. */
  final Reason[][] conditionOn;
  /** [rule]: the reason a fired rule gives for raising its dimension's importance, or null. */
  final Reason[] raising;
  /** [substrate][dimension]: a substrate's starting point in a dimension, as a reason. */
  final Reason[][] startsStrong;

  /** [winner][runner-up][dimension]: the winner's head start there, as a reason (or null). */
  final Reason[][][] startsAhead;

  /** [rule]: each rule compiled, with named accessors. */
  final CompiledRule[] compiled;
  /** The indices of the rules that cap some substrate: few, so caps are recomputed from these. */
  final int[] capping;

  private ScoringTable(RuleSet ruleSet) {
    Substrate[] substrates = Substrate.values();
    Dimension[] dimensions = Dimension.values();
    this.rules = ruleSet.rules();
    this.policy = ruleSet.policy();
    this.baseline = new int[substrates.length][dimensions.length];
    for (Substrate s : substrates) {
      for (Dimension d : dimensions) {
        baseline[s.ordinal()][d.ordinal()] = ruleSet.baseline().capability(s, d);
      }
    }
    int n = rules.size();
    this.conditions = rules.stream().map(Rule::when).toArray(Condition[]::new);
    this.dimension = new int[n];
    this.importance = new int[n];
    this.effects = new int[n][substrates.length];
    this.excludes = new int[n];
    this.moved = new Reason[n][substrates.length];
    this.excluding = new Reason[n];
    this.conditionOn = new Reason[n][substrates.length];
    this.raising = new Reason[n];
    for (int i = 0; i < n; i++) {
      Rule r = rules.get(i);
      dimension[i] = r.dimension().ordinal();
      importance[i] = r.importance();
      excluding[i] = reason(r, 0, r.because());
      raising[i] = r.importance() == 0 ? null : reason(r, r.importance(), r.because());
      for (Substrate s : substrates) {
        effects[i][s.ordinal()] = r.effectOn(s);
        if (r.exclude().contains(s)) {
          excludes[i] |= 1 << s.ordinal();
        }
        // a rule that caps a substrate explains its effect there with the cap
        moved[i][s.ordinal()] = r.effectOn(s) == 0 || r.caps().containsKey(s) ? null : reason(r, r.effectOn(s), r.because());
        String condition = r.conditions().get(s);
        conditionOn[i][s.ordinal()] = condition == null ? null : reason(r, 0, condition);
      }
    }
    this.startsAhead = new Reason[substrates.length][substrates.length][dimensions.length];
    for (Substrate w : substrates) {
      for (Substrate r : substrates) {
        for (Dimension d : dimensions) {
          int bw = baseline[w.ordinal()][d.ordinal()];
          int br = baseline[r.ordinal()][d.ordinal()];
          Baseline.Entry entry = ruleSet.baseline().entry(d);
          startsAhead[w.ordinal()][r.ordinal()][d.ordinal()] = bw <= br ? null
              : new Reason("baseline." + d.id(), "Starts ahead of " + r.id() + " in " + d.id() + " (" + bw + " vs " + br + ")",
                  d, bw - br, entry.because(), entry.sources(), Optional.empty());
        }
      }
    }
    this.compiled = rules.stream().map(CompiledRule::new).toArray(CompiledRule[]::new);
    this.capping = IntStream.range(0, n).filter(i -> compiled[i].caps()).toArray();
    this.startsStrong = new Reason[substrates.length][dimensions.length];
    for (Substrate s : substrates) {
      for (Dimension d : dimensions) {
        Baseline.Entry entry = ruleSet.baseline().entry(d);
        startsStrong[s.ordinal()][d.ordinal()] = new Reason("baseline." + d.id(),
            "Starts strong in " + d.id() + " (" + baseline[s.ordinal()][d.ordinal()] + ")",
            d, 0, entry.because(), entry.sources(), Optional.empty());
      }
    }
  }

  private static Reason reason(Rule r, int effect, String message) {
    return new Reason(r.id(), r.title(), r.dimension(), effect, message, r.sources(), r.dispute());
  }

  static ScoringTable of(RuleSet ruleSet) {
    return new ScoringTable(ruleSet);
  }
}
