package dev.advise.engine;

import dev.advise.model.Field;
import dev.advise.model.Value;
import dev.advise.rules.Rule;
import java.util.List;

/**
 * What-if over all the candidate values of one field, each scored from the one before rather than
 * from the base, re-testing only the rules a step can change (D36): linear in the rules where
 * scoring every value afresh was values x readers.
 */
interface FieldSweep {

  /**
   * Scores {@code field} set to each of {@code values} into {@code outcomes} (by candidate index;
   * null where the winner stays the base's).
   */
  void run(
      Rescorer rescorer,
      Overlay overlay,
      Field field,
      Value[] values,
      int[] readers,
      Outcome[] outcomes);

  /**
   * The sweep for a field whose values are ordered or one-id lists; null for any other. {@code
   * readers} are the indices in {@code rules} of the rules that read the field.
   */
  static FieldSweep of(Field field, List<Value> values, List<Rule> rules, int[] readers) {
    FieldSweep ordered = OrderedSweep.of(field, values, rules, readers);
    return ordered != null ? ordered : ItemsSweep.of(field, values, rules, readers);
  }
}
