package dev.advise.engine;

import dev.advise.model.Dimension;
import dev.advise.model.Substrate;
import dev.advise.rules.Policy;
import dev.advise.rules.Rule;
import dev.advise.rules.RuleSet;
import java.util.List;

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
  /** [rule]: the dimension a rule moves. */
  final int[] dimension;
  /** [rule]: how much more that dimension matters when it fires. */
  final int[] importance;
  /** [rule][substrate]: its change to each substrate's capability. */
  final int[][] effects;
  /** [rule]: the substrates it excludes, one bit per ordinal. */
  final int[] excludes;

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
    this.dimension = new int[n];
    this.importance = new int[n];
    this.effects = new int[n][substrates.length];
    this.excludes = new int[n];
    for (int i = 0; i < n; i++) {
      Rule r = rules.get(i);
      dimension[i] = r.dimension().ordinal();
      importance[i] = r.importance();
      for (Substrate s : substrates) {
        effects[i][s.ordinal()] = r.effectOn(s);
        if (r.exclude().contains(s)) {
          excludes[i] |= 1 << s.ordinal();
        }
      }
    }
  }

  static ScoringTable of(RuleSet ruleSet) {
    return new ScoringTable(ruleSet);
  }
}
