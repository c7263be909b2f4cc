package dev.advise.engine;

import dev.advise.model.Field;
import dev.advise.model.FieldType;
import dev.advise.model.Items;
import dev.advise.model.Value;
import dev.advise.rules.Condition;
import dev.advise.rules.Rule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What-if over one list field (frameworks, devices, supportedOn), whose candidate values each hold
 * one id (a rule names it, or it is of a closed list's vocabulary), each value scored from the one
 * before. At a one-id value a comparison can hold only if it names that id ({@code contains},
 * {@code in}, {@code equals} a one-id list) or asks whether the field is given (the same for every
 * value); so between two values only the rules that name either id can fire differently, and each
 * step re-tests just those. A rule folder naming thousands of ids made scoring each value afresh
 * values x readers, quadratic in the rules; this is linear. WhatIfPruningTest holds the answers to
 * the full search.
 */
final class ItemsSweep implements FieldSweep {

  /** Per id: the rules with a comparison on the field that names it. */
  private final Map<String, int[]> rulesNaming;

  private ItemsSweep(Map<String, int[]> rulesNaming) {
    this.rulesNaming = rulesNaming;
  }

  /** The sweep for {@code field}, or null when it is not a list field of one-id candidates. */
  static ItemsSweep of(Field field, List<Value> values, List<Rule> rules, int[] readers) {
    if (field.type() != FieldType.ITEMS) {
      return null;
    }
    for (Value v : values) {
      if (!(v instanceof Items items) || items.values().size() != 1) {
        return null;
      }
    }
    Map<String, List<Integer>> naming = new HashMap<>();
    for (int rule : readers) { // the rules that read the field, ascending as before
      rules
          .get(rule)
          .when()
          .comparisons(
              c -> {
                if (c.field().equals(field)) {
                  ids(c)
                      .forEach(id -> naming.computeIfAbsent(id, k -> new ArrayList<>()).add(rule));
                }
              });
    }
    Map<String, int[]> out = new HashMap<>();
    naming.forEach((id, list) -> out.put(id, list.stream().mapToInt(Integer::intValue).toArray()));
    return new ItemsSweep(out);
  }

  /** Every id a comparison names, as an operand or inside a list operand. */
  private static List<String> ids(Condition.Compare c) {
    List<String> ids = new ArrayList<>();
    for (Value v : c.operands()) {
      if (v instanceof Items list) {
        ids.addAll(list.values());
      } else {
        ids.add(v.display());
      }
    }
    return ids;
  }

  /**
   * Scores {@code field} set to each of {@code values} into {@code outcomes} (null where the winner
   * stays): the first value re-tests every reader, each later one the rules naming its id or the id
   * before.
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
    String previous = null;
    for (int i = 0; i < values.length; i++) {
      String id = ((Items) values[i]).values().get(0);
      Overlay changed = overlay.with(field, values[i]);
      if (previous == null) {
        scores.test(changed, readers, 0, readers.length);
      } else {
        int[] before = rulesNaming.getOrDefault(previous, NONE);
        int[] now = rulesNaming.getOrDefault(id, NONE);
        scores.test(changed, before, 0, before.length);
        scores.test(changed, now, 0, now.length);
      }
      outcomes[i] = scores.outcome();
      previous = id;
    }
    scores.end();
  }

  private static final int[] NONE = {};
}
