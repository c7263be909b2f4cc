package dev.advise.engine;

import dev.advise.model.Count;
import dev.advise.model.Choice;
import dev.advise.model.Dimension;
import dev.advise.model.Field;
import dev.advise.model.Fields;
import dev.advise.model.Spec;
import dev.advise.model.Substrate;
import dev.advise.model.Value;
import dev.advise.rules.Policy;
import dev.advise.rules.Rule;
import dev.advise.rules.RuleSet;
import dev.advise.rules.Truth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One pass of filter-then-score over a spec: which rules fire, which substrates they exclude,
 * which they cap, each substrate's capability per dimension and each dimension's importance,
 * and the order that follows. Scores compare exactly (as numerators over a shared denominator)
 * before rounding.
 *
 * <p>What-if asks the same question for many specs that differ from this one in a single
 * field; {@link Rescorer} answers it from the unclamped sums kept here.
 */
final class Evaluation {

  private static final Substrate[] SUBSTRATES = Substrate.values();
  private static final Dimension[] DIMENSIONS = Dimension.values();
  private static final Field PLACEMENT = Fields.byPath("placement").orElseThrow();

  final List<Rule> rules;
  final Truth[] truths;
  final List<Rule> fired = new ArrayList<>();
  final ScoringTable table;
  final Policy policy;
  /** [substrate][dimension]: baseline plus the fired rules' effects, before clamping. */
  final int[][] raw = new int[SUBSTRATES.length][DIMENSIONS.length];
  /** [dimension]: priority plus the fired rules' importance, before clamping. */
  final int[] rawImportance = new int[DIMENSIONS.length];
  /** [substrate]: how many fired rules exclude it. */
  final int[] exclusions = new int[SUBSTRATES.length];
  final int[][] capability = new int[SUBSTRATES.length][DIMENSIONS.length];
  final int[] importance = new int[DIMENSIONS.length];
  /** [substrate]: the lowest cap of the fired rules (100 when none caps it). */
  final int[] cap = new int[SUBSTRATES.length];
  /** [substrate]: the weighted sum before its cap; the outcome holds it after. */
  final long[] uncapped = new long[SUBSTRATES.length];
  /** Where the workload runs today ({@code spec.placement}), or null. */
  final Substrate placement;
  /** Every substrate, the one to name first on a tie of exact scores first. */
  final Substrate[] preference;
  private final Outcome outcome;
  final List<Substrate> order;
  private Rescorer rescorer;

  Evaluation(RuleSet ruleSet, Spec spec) {
    this(ScoringTable.of(ruleSet), spec);
  }

  Evaluation(ScoringTable table, Spec spec) {
    this.table = table;
    this.rules = table.rules;
    this.policy = table.policy;
    this.placement = placement(spec);
    this.preference = TieOrder.of(placement);
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
    caps(null, cap);
    this.outcome = score();
    this.order = rank();
  }

  /** Where the spec says the workload runs today, or null. */
  static Substrate placement(Spec spec) {
    Value placed = spec.valueOrNull(PLACEMENT);
    return placed == null ? null : Substrate.byId(((Choice) placed).value()).orElse(null);
  }

  /** Adds ({@code sign} 1) or takes away (-1) one rule's effects, importance and exclusions. */
  void apply(int rule, int sign, int[][] raw, int[] rawImportance, int[] exclusions) {
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

  /**
   * The lowest cap of the fired rules per substrate into {@code out}; with {@code flipped} (rule
   * indices set to true), as if those rules had flipped between firing and not.
   */
  void caps(boolean[] flipped, int[] out) {
    Arrays.fill(out, CompiledRule.NO_CAP);
    for (int i : table.capping) {
      boolean fires = truths[i] == Truth.TRUE;
      if (flipped != null && flipped[i]) {
        fires = !fires;
      }
      if (fires) {
        CompiledRule rule = table.compiled[i];
        for (int s = 0; s < SUBSTRATES.length; s++) {
          out[s] = Math.min(out[s], rule.capOn(s));
        }
      }
    }
  }

  /**
   * A substrate's weighted sum under its cap: a score of at most {@code cap} means a sum of at
   * most cap x total importance, exactly, so capped sums still compare before rounding.
   */
  static long capped(long sum, int cap, long total) {
    return cap >= CompiledRule.NO_CAP ? sum : Math.min(sum, cap * total);
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
      uncapped[s] = sum;
      weighted[s] = capped(sum, cap[s], total);
      excluded[s] = exclusions[s] > 0;
    }
    return new Outcome(weighted, excluded, total, preference);
  }

  Rescorer rescorer() {
    if (rescorer == null) {
      rescorer = new Rescorer(this);
    }
    return rescorer;
  }

  /** See {@link Rescorer#change}. */
  Outcome change(Spec changed, int[] affected) {
    return rescorer().change(changed, affected);
  }

  /** See {@link Rescorer#changeOfWinner}. */
  Outcome changeOfWinner(Spec changed, int[] affected) {
    return rescorer().changeOfWinner(changed, affected);
  }

  /** See {@link Rescorer#without}. */
  Outcome without(int[] fired) {
    return rescorer().without(fired);
  }

  /** See {@link Rescorer#withPriority}. */
  Outcome withPriority(Dimension d, int priority, int statedOrDefault) {
    return rescorer().withPriority(d, priority, statedOrDefault);
  }

  /** See {@link Rescorer#priorityOfWinner}. */
  Outcome priorityOfWinner(Dimension d, int priority, int statedOrDefault) {
    return rescorer().priorityOfWinner(d, priority, statedOrDefault);
  }

  Outcome outcome() {
    return outcome;
  }

  /**
   * Best first; a tie of exact scores goes by {@link TieOrder}; excluded substrates go last, in
   * declared order.
   */
  private List<Substrate> rank() {
    Substrate[] sorted = new Substrate[SUBSTRATES.length];
    int k = 0;
    for (Substrate s : preference) {
      if (!excluded(s)) {
        sorted[k++] = s;
      }
    }
    for (Substrate s : SUBSTRATES) {
      if (excluded(s)) {
        sorted[k++] = s;
      }
    }
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

  /** The lowest cap of the fired rules on {@code s}, or 100 when none caps it. */
  int cap(Substrate s) {
    return cap[s.ordinal()];
  }

  /** Whether a fired rule holds {@code s} below what its dimensions alone would give it. */
  boolean capBinds(Substrate s) {
    return outcome.weighted[s.ordinal()] < uncapped[s.ordinal()];
  }

  /** The winner, or null when every substrate is excluded. */
  Substrate winner() {
    return outcome.winner;
  }
}
