package dev.advise.engine;

import dev.advise.model.Substrate;
import dev.advise.rules.Rule;
import java.util.OptionalInt;

/**
 * One rule as scoring reads it, built once per rule set. For now it holds what feasibility
 * needs (caps, and the reasons that explain them); the older per-rule arrays of
 * {@link ScoringTable} are still read directly.
 */
final class CompiledRule {

  /** A cap of 100 lets every score through: the same as no cap. */
  static final int NO_CAP = 100;

  private final Rule rule;
  private final int[] caps;
  private final Reason[] capReasons;

  CompiledRule(Rule rule) {
    this.rule = rule;
    Substrate[] substrates = Substrate.values();
    this.caps = new int[substrates.length];
    this.capReasons = new Reason[substrates.length];
    for (Substrate s : substrates) {
      caps[s.ordinal()] = rule.capOn(s);
      if (rule.caps().containsKey(s)) {
        capReasons[s.ordinal()] = new Reason(rule.id(), rule.title(), rule.dimension(), rule.effectOn(s),
            rule.because(), rule.sources(), rule.dispute(), OptionalInt.of(rule.capOn(s)));
      }
    }
  }

  Rule rule() {
    return rule;
  }

  /** Whether the rule caps some substrate's score while it fires. */
  boolean caps() {
    return !rule.caps().isEmpty();
  }

  /** The most substrate {@code s} (an ordinal) may score while the rule fires. */
  int capOn(int s) {
    return caps[s];
  }

  /** The reason that explains the cap on substrate {@code s} (an ordinal), or null if none. */
  Reason capReason(int s) {
    return capReasons[s];
  }
}
