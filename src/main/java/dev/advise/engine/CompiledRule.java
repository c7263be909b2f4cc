package dev.advise.engine;

import dev.advise.model.Field;
import dev.advise.model.FieldLookup;
import dev.advise.model.Substrate;
import dev.advise.rules.Condition;
import dev.advise.rules.Rule;
import dev.advise.rules.Truth;
import java.util.OptionalInt;

/**
 * One rule as the engine reads it, built once per rule set: its condition, the dimension it moves,
 * its effect, exclusion and cap on each substrate, and the reasons that explain each of them.
 * Substrates are passed as ordinals, since scoring loops over them by index; each value sits in a
 * small array here where the rule's own enum maps would be looked up again for every workload and
 * every what-if alternative.
 */
final class CompiledRule {

  /** A cap of 100 lets every score through: the same as no cap. */
  static final int NO_CAP = 100;

  private static final Substrate[] SUBSTRATES = Substrate.values();

  private final Rule rule;
  private final Condition when;
  private final int dimension;
  private final int importance;
  private final int[] effects;

  /** [substrate]: how far its capability rises, and falls, when the rule starts firing. */
  private final int[] gains;

  private final int[] losses;
  private final boolean[] excludes;
  private final int[] caps;
  private final boolean capsAny;
  private final boolean excludesAny;
  private final boolean disputed;

  // The explanations are as fixed as the numbers, so they are made once here and shared by every
  // advice (output caches then find them by identity).
  private final Reason[] moveReasons;
  private final Reason exclusionReason;
  private final Reason[] configurations;
  private final Reason importanceReason;
  private final Reason[] capReasons;

  CompiledRule(Rule rule) {
    this.rule = rule;
    this.when = rule.when();
    this.dimension = rule.dimension().ordinal();
    this.importance = rule.importance();
    this.capsAny = !rule.caps().isEmpty();
    this.excludesAny = !rule.exclude().isEmpty();
    this.disputed = rule.dispute().isPresent();
    this.effects = new int[SUBSTRATES.length];
    this.gains = new int[SUBSTRATES.length];
    this.losses = new int[SUBSTRATES.length];
    this.excludes = new boolean[SUBSTRATES.length];
    this.caps = new int[SUBSTRATES.length];
    this.moveReasons = new Reason[SUBSTRATES.length];
    this.configurations = new Reason[SUBSTRATES.length];
    this.capReasons = new Reason[SUBSTRATES.length];
    this.exclusionReason = reason(rule, 0, rule.because());
    this.importanceReason =
        rule.importance() == 0 ? null : reason(rule, rule.importance(), rule.because());
    for (Substrate s : SUBSTRATES) {
      int i = s.ordinal();
      effects[i] = rule.effectOn(s);
      gains[i] = Math.max(0, effects[i]);
      losses[i] = Math.max(0, -effects[i]);
      excludes[i] = rule.exclude().contains(s);
      caps[i] = rule.capOn(s);
      boolean capped = rule.caps().containsKey(s);
      // a rule that caps a substrate explains its effect there with the cap
      moveReasons[i] = effects[i] == 0 || capped ? null : reason(rule, effects[i], rule.because());
      String condition = rule.conditions().get(s);
      configurations[i] = condition == null ? null : reason(rule, 0, condition);
      capReasons[i] =
          !capped
              ? null
              : new Reason(
                  rule.id(),
                  rule.title(),
                  rule.dimension(),
                  effects[i],
                  rule.because(),
                  rule.sources(),
                  rule.dispute(),
                  OptionalInt.of(caps[i]));
    }
  }

  private static Reason reason(Rule r, int effect, String message) {
    return new Reason(r.id(), r.title(), r.dimension(), effect, message, r.sources(), r.dispute());
  }

  Rule rule() {
    return rule;
  }

  String id() {
    return rule.id();
  }

  /** Whether the rule fires for {@code spec}: true, false, or unknown for want of a field. */
  Truth test(FieldLookup spec) {
    return when.test(spec);
  }

  /** Whether some value of {@code free} alone could make the rule fire, or stop it firing. */
  boolean mayFlip(FieldLookup spec, Field free, boolean firesToday) {
    int reachable = when.reachable(spec, free);
    return firesToday
        ? (reachable & ~Condition.TRUE_BIT) != 0
        : (reachable & Condition.TRUE_BIT) != 0;
  }

  /** The ordinal of the one dimension the rule moves (D5). */
  int dimension() {
    return dimension;
  }

  /** How much more the rule's dimension matters while it fires. */
  int importance() {
    return importance;
  }

  /** Its change to substrate {@code s}'s capability in its dimension. */
  int effectOn(int s) {
    return effects[s];
  }

  /**
   * [substrate]: how far starting the rule raises each capability (its effect where positive, else
   * 0); stopping it lowers them as far. Shared arrays, never changed: what-if's bound sums them.
   */
  int[] gains() {
    return gains;
  }

  /** [substrate]: how far starting the rule lowers each capability; stopping it raises them. */
  int[] losses() {
    return losses;
  }

  /** Whether, while it fires, it excludes substrate {@code s}. */
  boolean excludes(int s) {
    return excludes[s];
  }

  /** Whether, while it fires, it excludes some substrate. */
  boolean excludesAny() {
    return excludesAny;
  }

  /** Whether the rule caps some substrate's score while it fires. */
  boolean caps() {
    return capsAny;
  }

  /** The most substrate {@code s} may score while the rule fires ({@link #NO_CAP} if any). */
  int capOn(int s) {
    return caps[s];
  }

  /** Whether a source disputes the rule (then confidence asks how much it decides). */
  boolean disputed() {
    return disputed;
  }

  /** The reason that explains its cap on substrate {@code s}, or null if it caps none there. */
  Reason capReason(int s) {
    return capReasons[s];
  }

  /** The reason it gives for moving substrate {@code s}, or null (no effect, or a cap instead). */
  Reason moveReason(int s) {
    return moveReasons[s];
  }

  /** The reason it gives for excluding a substrate. */
  Reason exclusionReason() {
    return exclusionReason;
  }

  /** The configuration it says substrate {@code s} is scored with, as a reason, or null. */
  Reason configurationOn(int s) {
    return configurations[s];
  }

  /** The reason it gives for raising its dimension's importance, or null when it raises none. */
  Reason importanceReason() {
    return importanceReason;
  }
}
