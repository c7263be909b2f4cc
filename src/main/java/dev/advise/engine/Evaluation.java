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
 * Arrays indexed by ordinal keep this cheap, since what-if runs it many times per workload.
 */
final class Evaluation {

  private static final Substrate[] SUBSTRATES = Substrate.values();
  private static final Dimension[] DIMENSIONS = Dimension.values();

  final List<Rule> rules;
  final Truth[] truths;
  final List<Rule> fired = new ArrayList<>();
  final int[][] capability = new int[SUBSTRATES.length][DIMENSIONS.length];
  final int[] importance = new int[DIMENSIONS.length];
  final long[] weighted = new long[SUBSTRATES.length];
  final boolean[] excluded = new boolean[SUBSTRATES.length];
  final List<Substrate> order;
  final long totalImportance;

  Evaluation(RuleSet ruleSet, Spec spec) {
    this.rules = ruleSet.rules();
    this.truths = new Truth[rules.size()];
    Policy policy = ruleSet.policy();
    for (int i = 0; i < truths.length; i++) {
      Rule rule = rules.get(i);
      truths[i] = rule.when().test(spec);
      if (truths[i] == Truth.TRUE) {
        fired.add(rule);
      }
    }
    for (Dimension d : DIMENSIONS) {
      Value priority = spec.valueOrNull(Fields.priority(d));
      importance[d.ordinal()] = priority == null ? policy.defaultImportance() : (int) ((Count) priority).value();
    }
    for (Substrate s : SUBSTRATES) {
      for (Dimension d : DIMENSIONS) {
        capability[s.ordinal()][d.ordinal()] = ruleSet.baseline().capability(s, d);
      }
    }
    for (Rule r : fired) {
      int d = r.dimension().ordinal();
      importance[d] += r.importance();
      for (Substrate s : SUBSTRATES) {
        capability[s.ordinal()][d] += r.effectOn(s);
        excluded[s.ordinal()] |= r.exclude().contains(s);
      }
    }
    long total = 0;
    for (Dimension d : DIMENSIONS) {
      importance[d.ordinal()] = Math.max(0, Math.min(policy.maxImportance(), importance[d.ordinal()]));
      total += importance[d.ordinal()];
    }
    totalImportance = total;
    for (Substrate s : SUBSTRATES) {
      long sum = 0;
      for (Dimension d : DIMENSIONS) {
        int clamped = Math.max(0, Math.min(100, capability[s.ordinal()][d.ordinal()]));
        capability[s.ordinal()][d.ordinal()] = clamped;
        sum += (long) clamped * importance[d.ordinal()];
      }
      weighted[s.ordinal()] = sum;
    }
    order = rank();
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
    return weighted[a.ordinal()] > weighted[b.ordinal()];
  }

  boolean excluded(Substrate s) {
    return excluded[s.ordinal()];
  }

  int capability(Substrate s, Dimension d) {
    return capability[s.ordinal()][d.ordinal()];
  }

  int importance(Dimension d) {
    return importance[d.ordinal()];
  }

  /** The rules that exclude a substrate, in rule order. */
  List<Rule> exclusions(Substrate s) {
    return fired.stream().filter(r -> r.exclude().contains(s)).toList();
  }

  /** The 0-100 score, rounded half up; an excluded substrate scores 0. */
  int score(Substrate s) {
    if (excluded(s) || totalImportance == 0) {
      return 0;
    }
    return (int) ((2 * weighted[s.ordinal()] + totalImportance) / (2 * totalImportance));
  }

  /** The winner, or null when every substrate is excluded. */
  Substrate winner() {
    Substrate first = order.get(0);
    return excluded(first) ? null : first;
  }
}
