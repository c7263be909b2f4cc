package dev.advise.engine;

import dev.advise.model.Choice;
import dev.advise.model.Count;
import dev.advise.model.Dimension;
import dev.advise.model.Field;
import dev.advise.model.FieldLookup;
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
 * The filter and score phases over one spec, as an answer that does not change: which rules fire,
 * which substrates they exclude (filter) and cap, each substrate's capability per dimension and
 * each dimension's importance (score), and the order that follows. Scores compare exactly (as
 * numerators over a shared denominator) before rounding.
 *
 * <p>What-if asks the same question for many specs that differ from this one in a single field; a
 * {@link Rescorer} answers it from the unclamped sums kept here.
 */
final class Evaluation {

  private static final Substrate[] SUBSTRATES = Substrate.values();
  private static final Dimension[] DIMENSIONS = Dimension.values();
  static final Field PLACEMENT = Fields.byPath("placement").orElseThrow();

  private final ScoringTable table;

  /** [rule position]: whether it fires, does not, or cannot tell for want of a field. */
  private final Truth[] truths;

  private final List<Rule> fired = new ArrayList<>();

  /** The positions of the rules that fire, ascending: explanations look only at these. */
  private final int[] firedPositions;

  private final ScoreSums sums;

  /** [substrate][dimension] and [dimension]: the sums clamped, as scoring weighs them. */
  private final int[][] capability = new int[SUBSTRATES.length][DIMENSIONS.length];

  private final int[] importance = new int[DIMENSIONS.length];

  /** Where the workload runs today ({@code spec.placement}), or null. */
  private final Substrate placement;

  /** Every substrate, the one to name first on a tie of exact scores first. */
  private final Substrate[] preference;

  private final Outcome outcome;
  private final List<Substrate> order;

  Evaluation(RuleSet ruleSet, Spec spec) {
    this(ScoringTable.of(ruleSet), spec);
  }

  Evaluation(ScoringTable table, Spec spec) {
    this.table = table;
    this.placement = placement(spec);
    this.preference = TieOrder.of(placement);
    // filter: which rules fire; their exclusions rule substrates out and their caps hold them down
    this.truths = new Truth[table.ruleCount()];
    for (int i = 0; i < truths.length; i++) {
      truths[i] = table.rule(i).test(spec);
      if (truths[i] == Truth.TRUE) {
        fired.add(table.rule(i).rule());
      }
    }
    this.firedPositions = new int[fired.size()];
    this.sums = ScoreSums.start(table, priorities(spec, table.policy()));
    int k = 0;
    for (int i = 0; i < truths.length; i++) {
      if (truths[i] == Truth.TRUE) {
        firedPositions[k++] = i;
        sums.add(table.rule(i), 1);
      }
    }
    sums.takeCaps(table, truths, null);
    // score: clamp, weigh and sum; then rank
    this.outcome = score();
    this.order = rank();
  }

  /** Each dimension's importance as the spec states it, or the policy's default. */
  private static int[] priorities(Spec spec, Policy policy) {
    int[] out = new int[DIMENSIONS.length];
    for (Dimension d : DIMENSIONS) {
      Value priority = spec.valueOrNull(Fields.priority(d));
      out[d.ordinal()] =
          priority == null ? policy.defaultImportance() : (int) ((Count) priority).value();
    }
    return out;
  }

  /** Where the spec says the workload runs today, or null. */
  static Substrate placement(FieldLookup spec) {
    Value placed = spec.valueOrNull(PLACEMENT);
    return placed == null ? null : Substrate.byId(((Choice) placed).value()).orElse(null);
  }

  /**
   * A substrate's weighted sum under its cap: a score of at most {@code cap} means a sum of at most
   * cap x total importance, exactly, so capped sums still compare before rounding.
   */
  static long capped(long sum, int cap, long total) {
    return cap >= CompiledRule.NO_CAP ? sum : Math.min(sum, cap * total);
  }

  /** Clamps capabilities and importance, keeps them, and sums them into the outcome. */
  private Outcome score() {
    long total = 0;
    for (int d = 0; d < DIMENSIONS.length; d++) {
      importance[d] = Math.max(0, Math.min(table.policy().maxImportance(), sums.importance(d)));
      total += importance[d];
    }
    long[] weighted = new long[SUBSTRATES.length];
    long[] uncapped = new long[SUBSTRATES.length];
    boolean[] excluded = new boolean[SUBSTRATES.length];
    for (int s = 0; s < SUBSTRATES.length; s++) {
      long sum = 0;
      for (int d = 0; d < DIMENSIONS.length; d++) {
        capability[s][d] = Math.max(0, Math.min(100, sums.capability(s, d)));
        sum += (long) capability[s][d] * importance[d];
      }
      uncapped[s] = sum;
      weighted[s] = capped(sum, sums.cap(s), total);
      excluded[s] = sums.excluded(s);
    }
    return new Outcome(weighted, uncapped, excluded, total, preference);
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

  ScoringTable table() {
    return table;
  }

  Policy policy() {
    return table.policy();
  }

  /** Whether the rule at position {@code i} fires. */
  boolean fires(int i) {
    return truths[i] == Truth.TRUE;
  }

  /** Whether the rule at position {@code i} fires, does not, or cannot tell. */
  Truth truth(int i) {
    return truths[i];
  }

  /** The positions of the rules that fire, ascending (do not change the array). */
  int[] firedPositions() {
    return firedPositions;
  }

  /** The rules that fire, in rule-set order. */
  List<Rule> firedRules() {
    return fired;
  }

  /** The unclamped sums, for a {@link Rescorer} to copy (it must not change them). */
  ScoreSums sums() {
    return sums;
  }

  /** Takes the caps into {@code into} as here, or with the rules at {@code flipped} flipped. */
  void capsInto(ScoreSums into, boolean[] flipped) {
    into.takeCaps(table, truths, flipped);
  }

  Outcome outcome() {
    return outcome;
  }

  /** Every substrate, best first, the excluded last. */
  List<Substrate> order() {
    return order;
  }

  /** Where the workload runs today ({@code spec.placement}), or null. */
  Substrate placement() {
    return placement;
  }

  /** Every substrate, the one to name first on a tie of exact scores first. */
  Substrate[] preference() {
    return preference;
  }

  boolean excluded(Substrate s) {
    return outcome.excluded(s);
  }

  int capability(Substrate s, Dimension d) {
    return capability[s.ordinal()][d.ordinal()];
  }

  /** The clamped capability by ordinals, for the loops that run per alternative. */
  int capabilityAt(int s, int d) {
    return capability[s][d];
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
    return sums.cap(s.ordinal());
  }

  /** The lowest cap on the substrate with this ordinal. */
  int capAt(int s) {
    return sums.cap(s);
  }

  /** The substrate's weighted sum before its cap. */
  long uncapped(Substrate s) {
    return outcome.uncapped[s.ordinal()];
  }

  /** The weighted sum before its cap of the substrate with this ordinal. */
  long uncappedAt(int s) {
    return outcome.uncapped[s];
  }

  /** Whether a fired rule holds {@code s} below what its dimensions alone would give it. */
  boolean capBinds(Substrate s) {
    return outcome.weighted[s.ordinal()] < outcome.uncapped[s.ordinal()];
  }

  /** The winner, or null when every substrate is excluded. */
  Substrate winner() {
    return outcome.winner;
  }
}
