package dev.advise.rules;

/**
 * The scoring model's own numbers, kept beside the rules so that every number the output shows
 * can be traced to data rather than to code.
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
 * @param cappedWinnerLowers how many steps confidence drops when the winner is held down by a
 *     cap (it wins only because every other substrate is worse still)
 */
public record Policy(
    int viableWithin,
    int highMargin,
    int mediumMargin,
    int decisiveUnknowns,
    int defaultImportance,
    int maxImportance,
    int disputedMargin,
    int cappedWinnerLowers) {}
