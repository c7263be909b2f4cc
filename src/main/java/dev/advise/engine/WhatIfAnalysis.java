package dev.advise.engine;

import dev.advise.model.Count;
import dev.advise.model.Dimension;
import dev.advise.model.Field;
import dev.advise.model.Fields;
import dev.advise.model.Spec;
import dev.advise.model.Substrate;
import dev.advise.model.Value;
import dev.advise.model.Workload;
import dev.advise.rules.Rule;
import dev.advise.rules.RuleSet;
import dev.advise.rules.Truth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The questions about the descriptor rather than the substrates: which unknown inputs matter
 * (whatIf), and the smallest change that would make each runner-up win (toWin). Both come from
 * one set of single-field alternatives, each re-scored cheaply from the base evaluation.
 */
final class WhatIfAnalysis {

  private static final int SUBSTRATE_COUNT = Substrate.all().size();
  private static final int DIMENSION_COUNT = Dimension.all().size();

  private final RuleSet rules;
  /** The values worth trying per field ({@link Candidates}), as arrays in catalogue order. */
  private final Field[] candidateFields;
  private final Value[][] candidateValues;
  /** For each field (by catalogue index), the indices of the rules whose conditions read it. */
  private final int[][] readers;
  /**
   * Per field: whether a rule that reads it excludes or caps a substrate (then nothing bounds a
   * change).
   */
  private final boolean[] canExclude;
  /**
   * Per field, dimension and substrate: the most the field's readers can move that substrate's
   * capability there (the sum of their effects' sizes); and per field and dimension, importance.
   */
  private final int[][][] effectReach;
  private final int[][] importanceReach;
  private final boolean prune;
  /**
   * Per field (by catalogue index), for each of its candidate values, a class number: values in
   * one class make every comparison of that field come out the same, so every rule the same,
   * and so the same outcome; each class is evaluated once.
   */
  private final int[][] classes;
  /** Per field (by catalogue index): the sweep over its values (ordered or list fields), else null. */
  private final FieldSweep[] sweeps = new FieldSweep[Fields.count()];
  /** Per rule: the fields its condition reads. */
  private final Field[][] reads;
  /** Per field (by catalogue index): the dimension it sets the priority of, or null. */
  private final Dimension[] priorityOf = new Dimension[Fields.count()];
  /** The most candidate values any field has. */
  private final int maxValues;

  WhatIfAnalysis(RuleSet rules) {
    this(rules, true);
  }

  /** @param prune skip fields that provably cannot change the winner (tests compare both ways) */
  WhatIfAnalysis(RuleSet rules, boolean prune) {
    this.rules = rules;
    this.prune = prune;
    Map<Field, List<Value>> candidates = Candidates.of(rules.rules());
    List<Rule> all = rules.rules();
    FieldReaders fieldReaders = new FieldReaders(all);
    this.readers = fieldReaders.readers;
    this.reads = fieldReaders.reads;
    this.canExclude = new boolean[Fields.count()];
    this.effectReach = new int[Fields.count()][Dimension.values().length][Substrate.values().length];
    this.importanceReach = new int[Fields.count()][Dimension.values().length];
    for (int f = 0; f < readers.length; f++) {
      for (int i : readers[f]) {
        reach(f, all.get(i));
      }
    }
    this.classes = new int[Fields.count()][];
    candidates.forEach((field, values) -> {
      // only the field's readers compare it, so only they are looked through
      int[] reading = readers[field.index()];
      // swept fields (when pruning) skip grouping, which would cost values x comparisons
      sweeps[field.index()] = FieldSweep.of(field, values, all, reading);
      classes[field.index()] = prune && sweeps[field.index()] != null ? Candidates.eachItsOwn(values.size())
          : Candidates.classes(field, values, FieldReaders.rulesAt(all, reading));
    });
    this.maxValues = candidates.values().stream().mapToInt(List::size).max().orElse(0);
    this.candidateFields = candidates.keySet().toArray(new Field[0]);
    this.candidateValues = candidates.values().stream().map(v -> v.toArray(new Value[0])).toArray(Value[][]::new);
    for (Dimension d : Dimension.all()) {
      priorityOf[Fields.priority(d).index()] = d;
    }
  }

  private void reach(int field, Rule rule) {
    int d = rule.dimension().ordinal();
    for (Substrate s : Substrate.all()) {
      effectReach[field][d][s.ordinal()] += Math.abs(rule.effectOn(s));
    }
    importanceReach[field][d] += Math.abs(rule.importance());
    // a cap moves a score by up to the whole scale, so it bounds nothing either
    canExclude[field] |= !rule.exclude().isEmpty() || !rule.caps().isEmpty();
  }

  /**
   * Whether changing {@code field} alone could change the winner. A change only starts or stops
   * the rules that read the field; if none of them excludes anything, each moves one
   * dimension's capabilities and importance by a known most, and clamping only shrinks a move.
   * In dimension d the gap between the winner w and a substrate s, (cap_w - cap_s) x imp, then
   * moves by at most (reach_w + reach_s) x (imp + importance reach) + 100 x (importance reach),
   * where reach is the sum of the readers' effect sizes on that substrate. When the sum over the
   * dimensions is less than the gap for every s, the winner stays.
   *
   * <p>A cap that other rules hold on w or s (these readers cap nothing) makes its sum
   * min(sum, cap x total): that moves no more than the sum does, or than cap x the change in
   * total importance, so each side moves by at most reach x (imp + i) + 100 x i, and the
   * importance term of the bound doubles (the two sides no longer share one capability
   * difference).
   */
  boolean couldChangeWinner(Field field, Evaluation base) {
    int f = field.index();
    if (canExclude[f]) {
      return true;
    }
    Substrate winner = base.winner();
    if (winner == null) {
      return false; // every substrate is excluded, and this field's rules exclude nothing
    }
    Outcome outcome = base.outcome();
    int w = winner.ordinal();
    int[][] reach = effectReach[f];
    int[] importanceReach = this.importanceReach[f];
    // plain index loops: this runs for every field of every workload
    for (int s = 0; s < SUBSTRATE_COUNT; s++) {
      if (s == w || outcome.excluded[s]) {
        continue;
      }
      long perImportance = base.cap[w] < CompiledRule.NO_CAP || base.cap[s] < CompiledRule.NO_CAP ? 200L : 100L;
      long bound = 0;
      for (int d = 0; d < DIMENSION_COUNT; d++) {
        int e = reach[d][w] + reach[d][s];
        int i = importanceReach[d];
        if (e != 0 || i != 0) {
          bound += (long) e * (base.importanceAt(d) + i) + perImportance * i;
        }
      }
      if (outcome.weighted[w] - outcome.weighted[s] <= bound) {
        return true;
      }
    }
    return false;
  }

  /** Fields the descriptor leaves out that decide whether some rule fires, in catalogue order. */
  List<Field> unknowns(Workload w, Evaluation e) {
    boolean[] unknown = new boolean[Fields.count()];
    for (int i = 0; i < e.truths.length; i++) {
      if (e.truths[i] == Truth.UNKNOWN) {
        for (Field f : reads[i]) {
          if (w.spec().valueOrNull(f) == null) {
            unknown[f.index()] = true;
          }
        }
      }
    }
    List<Field> out = new ArrayList<>();
    for (Field f : Fields.all()) {
      if (unknown[f.index()]) {
        out.add(f);
      }
    }
    return out;
  }

  /** The descriptor with one field changed, and what the engine would then say. */
  record Alternative(Field field, Value from, Value to, Outcome evaluation) {}

  /**
   * The single-field changes that would change the winner: each candidate value of each field
   * rules read, and each priority. Changes that leave the winner where it is answer neither
   * question (whatIf nor toWin), so they are not kept.
   *
   * <p>They are tried by kind, the order toWin prefers them in: filling in an unknown field
   * (which whatIf needs anyway), then changing a stated one, then a priority. A later kind is
   * only tried while some runner-up still lacks a way to win of an earlier kind that does not
   * exclude today's winner, since nothing of a later kind could be preferred to that. Within a
   * kind, fields keep catalogue order, so toWin's ties fall as before.
   */
  List<Alternative> alternatives(Workload w, Evaluation base) {
    List<Alternative> out = new ArrayList<>();
    Scan scan = new Scan(w, base, out);
    for (ChangeKind kind : ChangeKind.values()) {
      if (prune && kind != ChangeKind.UNKNOWN && everyRunnerUpCanWin(base, out)) {
        break;
      }
      for (int c = 0; c < candidateFields.length; c++) {
        Field field = candidateFields[c];
        Value current = w.spec().valueOrNull(field);
        if (WhatIfAnswers.kind(field, current) == kind) {
          scan.field(field, candidateValues[c], current);
        }
      }
    }
    return out;
  }

  /** Whether each runner-up already has a way to win that does not exclude today's winner. */
  private static boolean everyRunnerUpCanWin(Evaluation base, List<Alternative> found) {
    Substrate winner = base.winner();
    for (Substrate s : base.order) {
      if (s == winner || base.excluded(s)) {
        continue;
      }
      boolean canWin = false;
      for (Alternative a : found) {
        if (a.evaluation().winner == s && (winner == null || !a.evaluation().excluded(winner))) {
          canWin = true;
          break;
        }
      }
      if (!canWin) {
        return false;
      }
    }
    return true;
  }

  /** One workload's search, with the scratch space it shares between fields. */
  private final class Scan {
    private final Evaluation base;
    private final List<Alternative> out;
    private final Spec.Variant variant;
    private final Outcome[] outcomeOf = new Outcome[maxValues];
    private final boolean[] evaluated = new boolean[maxValues];

    Scan(Workload w, Evaluation base, List<Alternative> out) {
      this.base = base;
      this.out = out;
      this.variant = new Spec.Variant(w.spec());
    }

    void field(Field field, Value[] values, Value current) {
      Dimension priority = priorityOf[field.index()];
      if (priority != null) {
        int stated = current == null ? rules.policy().defaultImportance() : (int) ((Count) current).value();
        for (Value v : values) {
          if (!v.equals(current)) {
            add(field, current, v, base.priorityOfWinner(priority, (int) ((Count) v).value(), stated));
          }
        }
        return;
      }
      if (prune && !couldChangeWinner(field, base)) {
        return;
      }
      int[] classOf = classes[field.index()];
      Arrays.fill(evaluated, false);
      if (prune && sweeps[field.index()] != null) { // each value is its own class, all scored at once
        sweeps[field.index()].run(base.rescorer(), variant, field, values, readers[field.index()], outcomeOf);
        Arrays.fill(evaluated, 0, values.length, true);
      }
      for (int i = 0; i < values.length; i++) {
        Value v = values[i];
        if (v.equals(current)) {
          continue;
        }
        Outcome o;
        if (prune && evaluated[classOf[i]]) {
          o = outcomeOf[classOf[i]];
        } else {
          o = base.changeOfWinner(variant.with(field, v), readers[field.index()]);
          outcomeOf[classOf[i]] = o;
          evaluated[classOf[i]] = true;
        }
        add(field, current, v, o);
      }
      variant.reset(field);
    }

    private void add(Field field, Value from, Value to, Outcome outcome) {
      if (outcome != null) {
        out.add(new Alternative(field, from, to, outcome));
      }
    }
  }
}
