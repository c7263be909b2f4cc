package dev.advise.rules;

import java.util.List;

/**
 * The scoring model's own numbers, kept beside the rules so that every number the output shows can
 * be traced to data rather than to code.
 *
 * @param viableWithin points behind the winner that still earn the verdict "viable"
 * @param highMargin lead over the runner-up needed for high confidence
 * @param mediumMargin lead needed for medium confidence
 * @param decisiveUnknowns how many unknown fields that could each change the winner lower
 *     confidence one step
 * @param defaultImportance importance of a dimension the descriptor gives no priority
 * @param maxImportance the most that rules may raise a dimension's importance to
 * @param disputedMargin fired rules that a source disputes lower confidence a step only when,
 *     without them, the winner would lead by less than this many points (or not win)
 * @param cappedWinnerLowers how many steps confidence drops when the winner is held down by a cap
 *     (it wins only because every other substrate is worse still)
 */
public record Policy(
    int viableWithin,
    int highMargin,
    int mediumMargin,
    int decisiveUnknowns,
    int defaultImportance,
    int maxImportance,
    int disputedMargin,
    int cappedWinnerLowers) {

  /** The numbers' names, in the order of the record's components: the YAML keys and the codec's. */
  static final List<String> KEYS =
      List.of(
          "viableWithin",
          "highMargin",
          "mediumMargin",
          "decisiveUnknowns",
          "defaultImportance",
          "maxImportance",
          "disputedMargin",
          "cappedWinnerLowers");

  /** The numbers in the order of {@link #KEYS}. */
  int[] numbers() {
    return new int[] {
      viableWithin,
      highMargin,
      mediumMargin,
      decisiveUnknowns,
      defaultImportance,
      maxImportance,
      disputedMargin,
      cappedWinnerLowers
    };
  }

  /** A policy from numbers in the order of {@link #KEYS}. */
  static Policy of(int[] v) {
    return new Policy(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]);
  }
}
