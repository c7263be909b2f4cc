package dev.advise.engine;

import dev.advise.model.Dimension;
import dev.advise.model.Spec;
import dev.advise.model.Substrate;
import dev.advise.rules.Policy;
import dev.advise.rules.Rule;
import dev.advise.rules.RuleSet;
import dev.advise.rules.Truth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One pass of filter-then-score over a spec: which rules fire, which substrates they exclude,
 * each substrate's capability per dimension and each dimension's importance, and the order that
 * follows. Scores compare exactly (as numerators over a shared denominator) before rounding.
 */
final class Evaluation {

  final Map<Rule, Truth> truths = new java.util.LinkedHashMap<>();
  final List<Rule> fired = new ArrayList<>();
  final Map<Substrate, List<Rule>> exclusions = new EnumMap<>(Substrate.class);
  final Map<Substrate, Map<Dimension, Integer>> capability = new EnumMap<>(Substrate.class);
  final Map<Dimension, Integer> importance = new EnumMap<>(Dimension.class);
  final Map<Substrate, Long> weighted = new EnumMap<>(Substrate.class);
  final List<Substrate> order;
  final long totalImportance;

  Evaluation(RuleSet rules, Spec spec) {
    Policy policy = rules.policy();
    for (Rule rule : rules.rules()) {
      Truth t = rule.when().test(spec);
      truths.put(rule, t);
      if (t == Truth.TRUE) {
        fired.add(rule);
      }
    }
    for (Dimension d : Dimension.values()) {
      int base = spec.get("priorities." + d.id())
          .map(v -> (int) ((dev.advise.model.Count) v).value())
          .orElse(policy.defaultImportance());
      int raised = base + fired.stream().filter(r -> r.dimension() == d).mapToInt(Rule::importance).sum();
      importance.put(d, Math.max(0, Math.min(policy.maxImportance(), raised)));
    }
    totalImportance = importance.values().stream().mapToLong(Integer::longValue).sum();
    for (Substrate s : Substrate.values()) {
      Map<Dimension, Integer> caps = new EnumMap<>(Dimension.class);
      long sum = 0;
      for (Dimension d : Dimension.values()) {
        int moved = rules.baseline().capability(s, d);
        for (Rule r : fired) {
          if (r.dimension() == d) {
            moved += r.effectOn(s);
          }
        }
        int clamped = Math.max(0, Math.min(100, moved));
        caps.put(d, clamped);
        sum += (long) clamped * importance.get(d);
      }
      capability.put(s, caps);
      weighted.put(s, sum);
      List<Rule> excluding = fired.stream().filter(r -> r.exclude().contains(s)).toList();
      if (!excluding.isEmpty()) {
        exclusions.put(s, excluding);
      }
    }
    // Best first; ties keep the substrates' declared order; excluded substrates go last.
    order = java.util.Arrays.stream(Substrate.values())
        .sorted(Comparator.<Substrate, Boolean>comparing(exclusions::containsKey)
            .thenComparing(Comparator.comparingLong((Substrate s) -> weighted.get(s)).reversed())
            .thenComparing(Substrate::ordinal))
        .toList();
  }

  boolean excluded(Substrate s) {
    return exclusions.containsKey(s);
  }

  /** The 0-100 score, rounded half up; an excluded substrate scores 0. */
  int score(Substrate s) {
    if (excluded(s) || totalImportance == 0) {
      return 0;
    }
    return (int) ((2 * weighted.get(s) + totalImportance) / (2 * totalImportance));
  }

  /** The winner, or null when every substrate is excluded. */
  Substrate winner() {
    Substrate first = order.get(0);
    return excluded(first) ? null : first;
  }
}
