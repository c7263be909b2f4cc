package dev.advise.engine;

import dev.advise.model.Field;
import dev.advise.model.Value;
import dev.advise.rules.Condition;
import dev.advise.rules.Op;
import dev.advise.rules.Rule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What-if over one ordered field (a duration, quantity, percentage or count), value by value in
 * ascending order, each value scored from the one before. A comparison's truth can only change
 * between two values when one of its operands lies between them, so each step re-tests only the
 * rules whose operands it crosses: every rule about once per field, where scoring each value afresh
 * re-tested every reader for every value. A rule folder with thousands of thresholds on one field
 * made that values x readers, quadratic in the rules; this is linear (after sorting). The answers
 * are the same, value for value (WhatIfPruningTest holds them to the full search).
 */
final class OrderedSweep implements FieldSweep {

  /** Candidate indices in ascending order of their values. */
  private final int[] ascending;

  /** Every operand of a comparison on the field, ascending, with its rule's index. */
  private final Value.Ordered[] operands;

  private final int[] ruleOf;

  private OrderedSweep(int[] ascending, Value.Ordered[] operands, int[] ruleOf) {
    this.ascending = ascending;
    this.operands = operands;
    this.ruleOf = ruleOf;
  }

  /** The sweep for {@code field}, or null when its candidate values are not ordered. */
  static OrderedSweep of(Field field, List<Value> values, List<Rule> rules, int[] readers) {
    for (Value v : values) {
      if (!(v instanceof Value.Ordered)) {
        return null;
      }
    }
    Integer[] order = new Integer[values.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        (a, b) -> ((Value.Ordered) values.get(a)).compareWith((Value.Ordered) values.get(b)));
    record Operand(Value.Ordered value, int rule) {}
    List<Operand> found = new ArrayList<>();
    for (int rule : readers) { // the rules that read the field, ascending as before
      rules
          .get(rule)
          .when()
          .comparisons(c -> add(c, field, rule, (v, i) -> found.add(new Operand(v, i))));
    }
    // a lambda of this class, not Comparator.comparing: the JDK's comparator lambdas are not in
    // the class-data archive and were spun at run time, on every run
    found.sort((a, b) -> a.value().compareWith(b.value()));
    return new OrderedSweep(
        Arrays.stream(order).mapToInt(Integer::intValue).toArray(),
        found.stream().map(Operand::value).toArray(Value.Ordered[]::new),
        found.stream().mapToInt(Operand::rule).toArray());
  }

  private interface OperandSink {
    void accept(Value.Ordered value, int rule);
  }

  private static void add(Condition.Compare c, Field field, int rule, OperandSink sink) {
    if (!c.field().equals(field) || c.op() == Op.EXISTS) {
      return; // exists is the same for every value, and the first step tests every reader
    }
    for (Value v : c.operands()) {
      if (v instanceof Value.Ordered o) {
        sink.accept(o, rule);
      }
    }
  }

  /**
   * Scores {@code field} set to each of {@code values} into {@code outcomes} (by candidate index;
   * null where the winner stays): the first value re-tests every reader, each later one the rules
   * with an operand between it and the value before, inclusive.
   */
  @Override
  public void run(
      Rescorer rescorer,
      Overlay overlay,
      Field field,
      Value[] values,
      int[] readers,
      Outcome[] outcomes) {
    SweepRescorer scores = rescorer.sweep();
    scores.start();
    int low = 0;
    Value.Ordered previous = null;
    for (int index : ascending) {
      Value.Ordered value = (Value.Ordered) values[index];
      Overlay changed = overlay.with(field, value);
      if (previous == null) {
        outcomes[index] = scores.to(changed, readers, 0, readers.length);
      } else {
        while (low < operands.length && operands[low].compareWith(previous) < 0) {
          low++;
        }
        int high = low;
        while (high < operands.length && operands[high].compareWith(value) <= 0) {
          high++;
        }
        outcomes[index] = scores.to(changed, ruleOf, low, high);
      }
      previous = value;
    }
    scores.end();
  }
}
