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
 * one dimension, how much more that dimension then matters, which substrates it rules out, the most
 * a substrate may score while it applies (a requirement it cannot meet, whatever it does well
 * elsewhere), on which configuration a substrate is scored, why, and on what source.
 *
 * @param caps per substrate, the highest overall score (0-100) it may get while the rule fires
 * @param conditions per substrate, the configuration it is scored with while the rule fires
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
    Map<Substrate, Integer> caps,
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
    effects =
        Collections.unmodifiableMap(
            effects.isEmpty() ? new EnumMap<>(Substrate.class) : new EnumMap<>(effects));
    exclude =
        Collections.unmodifiableSet(
            exclude.isEmpty() ? EnumSet.noneOf(Substrate.class) : EnumSet.copyOf(exclude));
    caps =
        Collections.unmodifiableMap(
            caps.isEmpty() ? new EnumMap<>(Substrate.class) : new EnumMap<>(caps));
    conditions =
        Collections.unmodifiableMap(
            conditions.isEmpty() ? new EnumMap<>(Substrate.class) : new EnumMap<>(conditions));
    sources = List.copyOf(sources);
  }

  /** The change this rule makes to a substrate's capability (0 when it leaves it alone). */
  public int effectOn(Substrate substrate) {
    return effects.getOrDefault(substrate, 0);
  }

  /** The most a substrate may score while this rule fires (100: no cap). */
  public int capOn(Substrate substrate) {
    return caps.getOrDefault(substrate, 100);
  }
}
