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
 * (whatIf), and the smallest change that would make each runner-up win (toWin). Both come from one
 * set of single-field alternatives, each re-scored cheaply from the base evaluation.
 */
final class WhatIfAnalysis {

  private final RuleSet rules;

  /** The values worth trying per field ({@link Candidates}), as arrays in catalogue order. */
  private final Field[] candidateFields;

  private final Value[][] candidateValues;

  /** Each candidate value as the answers show it, worked out once rather than per workload. */
  private final String[][] candidateShown;

  /** For each field (by catalogue index), the indices of the rules whose conditions read it. */
  private final int[][] readers;

  /** Per field: how far its readers could move the scores in any workload (the cheap bound). */
  private final ReachSums sums;

  /** Per field: how far its readers can move the scores, which bounds what a change can do. */
  private final FieldReach reach;

  private final boolean prune;

  /**
   * Per field (by catalogue index), for each of its candidate values, a class number: values in one
   * class make every comparison of that field come out the same, so every rule the same, and so the
   * same outcome; each class is evaluated once.
   */
  private final int[][] classes;

  /**
   * Per field (by catalogue index): the sweep over its values (ordered or list fields), else null.
   */
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

  /**
   * @param prune skip fields that provably cannot change the winner (tests compare both ways)
   */
  WhatIfAnalysis(RuleSet rules, boolean prune) {
    this.rules = rules;
    this.prune = prune;
    Map<Field, List<Value>> candidates = Candidates.of(rules.rules());
    List<Rule> all = rules.rules();
    FieldReaders fieldReaders = new FieldReaders(all);
    this.readers = fieldReaders.readers;
    this.reads = fieldReaders.reads;
    this.sums = new ReachSums(readers, all);
    this.reach = new FieldReach(readers, all);
    this.classes = new int[Fields.count()][];
    candidates.forEach(
        (field, values) -> {
          // only the field's readers compare it, so only they are looked through
          int[] reading = readers[field.index()];
          // swept fields (when pruning) skip grouping, which would cost values x comparisons
          sweeps[field.index()] = FieldSweep.of(field, values, all, reading);
          classes[field.index()] =
              prune && sweeps[field.index()] != null
                  ? Candidates.eachItsOwn(values.size())
                  : Candidates.classes(field, values, FieldReaders.rulesAt(all, reading));
        });
    this.maxValues = candidates.values().stream().mapToInt(List::size).max().orElse(0);
    this.candidateFields = candidates.keySet().toArray(new Field[0]);
    this.candidateValues =
        candidates.values().stream().map(v -> v.toArray(new Value[0])).toArray(Value[][]::new);
    this.candidateShown = new String[candidateValues.length][];
    for (int c = 0; c < candidateValues.length; c++) {
      candidateShown[c] = new String[candidateValues[c].length];
      for (int i = 0; i < candidateValues[c].length; i++) {
        candidateShown[c][i] = candidateValues[c][i].display();
      }
    }
    for (Dimension d : Dimension.all()) {
      priorityOf[Fields.priority(d).index()] = d;
    }
  }

  /**
   * Whether changing {@code field} alone could change the winner of {@code base} (for {@code
   * spec}).
   */
  boolean couldChangeWinner(Field field, Spec spec, Evaluation base) {
    Overlay overlay = new Overlay(spec);
    return couldChangeWinner(field, base, new FlippableReaders(base, overlay), new FlipRange());
  }

  /**
   * Whether changing {@code field} alone could change the winner, cheapest test first (D95): the
   * rule set's sums ({@link ReachSums}), then, marking the readers a value could flip into {@code
   * flippable} (D122), the workload's own bound ({@link FieldReach}).
   */
  private boolean couldChangeWinner(
      Field field, Evaluation base, FlippableReaders flippable, FlipRange range) {
    if (!sums.couldChangeWinner(field, base)) {
      return false;
    }
    int f = field.index();
    flippable.mark(field, readers[f]);
    if (flippable.count() == 0 && !field.equals(Evaluation.PLACEMENT)) {
      return false; // no rule changes, so nothing does (the placement alone breaks ties)
    }
    return reach.couldChangeWinner(field, base, flippable.mayFlip(), range);
  }

  /** Fields the descriptor leaves out that decide whether some rule fires, in catalogue order. */
  List<Field> unknowns(Workload w, Evaluation e) {
    boolean[] unknown = new boolean[Fields.count()];
    for (int i = 0; i < reads.length; i++) {
      if (e.truth(i) == Truth.UNKNOWN) {
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

  /**
   * The descriptor with one field changed (to {@code to}, which reads {@code shown}), what kind of
   * change that is, and the outcome.
   */
  record Alternative(
      Field field, Value from, Value to, String shown, ChangeKind kind, Outcome outcome) {}

  /**
   * The single-field changes that would change the winner: each candidate value of each field rules
   * read, and each priority. Changes that leave the winner where it is answer neither question
   * (whatIf nor toWin), so they are not kept.
   *
   * <p>They are tried by kind, the order toWin prefers them in: filling in an unknown field (which
   * whatIf needs anyway), then changing a stated one, then a priority. A later kind is only tried
   * while some runner-up still lacks a way to win of an earlier kind that does not exclude today's
   * winner, since nothing of a later kind could be preferred to that. Within a kind, fields keep
   * catalogue order, so toWin's ties fall as before.
   */
  List<Alternative> alternatives(Workload w, Evaluation base) {
    List<Alternative> out = new ArrayList<>();
    Scan scan = new Scan(w, base, out);
    // each field's value and kind of change, looked up once rather than once per kind
    Value[] current = new Value[candidateFields.length];
    ChangeKind[] kinds = new ChangeKind[candidateFields.length];
    for (int c = 0; c < candidateFields.length; c++) {
      current[c] = w.spec().valueOrNull(candidateFields[c]);
      kinds[c] = ChangeKind.of(candidateFields[c], current[c]);
    }
    for (ChangeKind kind : ChangeKind.values()) {
      if (prune && kind != ChangeKind.UNKNOWN && everyRunnerUpCanWin(base, out)) {
        break;
      }
      for (int c = 0; c < candidateFields.length; c++) {
        if (kinds[c] == kind) {
          scan.field(candidateFields[c], candidateValues[c], candidateShown[c], current[c], kind);
        }
      }
    }
    return out;
  }

  /** Whether each runner-up already has a way to win that does not rule today's winner out. */
  private static boolean everyRunnerUpCanWin(Evaluation base, List<Alternative> found) {
    Substrate winner = base.winner();
    for (Substrate s : base.order()) {
      if (s == winner || base.excluded(s)) {
        continue;
      }
      boolean canWin = false;
      for (Alternative a : found) {
        if (a.outcome().winner == s && (winner == null || !a.outcome().ruledOut(winner))) {
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
    private final Rescorer rescorer;
    private final List<Alternative> out;
    private final Overlay overlay;
    private final FlippableReaders flippable;
    private final FlipRange range = new FlipRange();
    private final Outcome[] outcomeOf = new Outcome[maxValues];
    private final boolean[] evaluated = new boolean[maxValues];

    Scan(Workload w, Evaluation base, List<Alternative> out) {
      this.base = base;
      this.rescorer = new Rescorer(base);
      this.out = out;
      this.overlay = new Overlay(w.spec());
      this.flippable = new FlippableReaders(base, overlay);
    }

    void field(Field field, Value[] values, String[] shown, Value current, ChangeKind kind) {
      Dimension priority = priorityOf[field.index()];
      if (priority != null) {
        int stated =
            current == null ? rules.policy().defaultImportance() : (int) ((Count) current).value();
        for (int i = 0; i < values.length; i++) {
          Value v = values[i];
          if (!v.equals(current)) {
            add(
                field,
                current,
                v,
                shown[i],
                kind,
                rescorer.priorityOfWinner(priority, (int) ((Count) v).value(), stated));
          }
        }
        return;
      }
      if (prune && !couldChangeWinner(field, base, flippable, range)) {
        return;
      }
      // only the readers a value could flip are re-tested (those flippable marks just now)
      int[] retested = prune ? flippable.readers() : readers[field.index()];
      int[] classOf = classes[field.index()];
      Arrays.fill(evaluated, 0, values.length, false); // class numbers are below values.length
      if (prune
          && sweeps[field.index()] != null) { // each value is its own class, all scored at once
        sweeps[field.index()].run(rescorer, overlay, field, values, retested, outcomeOf);
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
          o = rescorer.changeOfWinner(overlay.with(field, v), retested);
          outcomeOf[classOf[i]] = o;
          evaluated[classOf[i]] = true;
        }
        add(field, current, v, shown[i], kind, o);
      }
    }

    private void add(
        Field field, Value from, Value to, String shown, ChangeKind kind, Outcome outcome) {
      if (outcome != null) {
        out.add(new Alternative(field, from, to, shown, kind, outcome));
      }
    }
  }
}
