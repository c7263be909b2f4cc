package dev.advise.rules;

import dev.advise.model.Dimension;
import dev.advise.model.Substrate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One piece of placement knowledge: when it applies, how it moves each substrate's capability in
 * one dimension, how much more that dimension then matters, which substrates it rules out, on
 * which condition a substrate remains acceptable, why, and on what source.
 *
 * @param origin where the rule was defined, for errors and {@code advise explain}
 */
public record Rule(
    String id,
    String title,
    Dimension dimension,
    Condition when,
    Map<Substrate, Integer> effects,
    int importance,
    Set<Substrate> exclude,
    Map<Substrate, String> conditions,
    String because,
    List<String> sources,
    Optional<Dispute> dispute,
    Origin origin) {

  /** The file, line and column where a rule starts. */
  public record Origin(String file, int line, int column) {
    @Override
    public String toString() {
      return file + ":" + line;
    }
  }

  // Enum-keyed collections: scoring looks these up many times per workload, and an EnumMap or
  // EnumSet answers by array index where a hashed immutable map would probe.
  public Rule {
    effects = Collections.unmodifiableMap(effects.isEmpty() ? new EnumMap<>(Substrate.class) : new EnumMap<>(effects));
    exclude = Collections.unmodifiableSet(exclude.isEmpty() ? EnumSet.noneOf(Substrate.class) : EnumSet.copyOf(exclude));
    conditions = Collections.unmodifiableMap(
        conditions.isEmpty() ? new EnumMap<>(Substrate.class) : new EnumMap<>(conditions));
    sources = List.copyOf(sources);
  }

  /** The change this rule makes to a substrate's capability (0 when it leaves it alone). */
  public int effectOn(Substrate substrate) {
    return effects.getOrDefault(substrate, 0);
  }
}
