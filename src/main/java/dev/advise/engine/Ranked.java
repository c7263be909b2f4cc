package dev.advise.engine;

import dev.advise.model.Dimension;
import dev.advise.model.Substrate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One substrate's place in the ranking: its score, verdict, capability per dimension, the reasons
 * behind them, the hard constraints that exclude it and the conditions it carries.
 */
public record Ranked(
    Substrate substrate,
    int score,
    Verdict verdict,
    Map<Dimension, Integer> dimensions,
    List<Reason> reasons,
    List<Reason> exclusions,
    List<Reason> conditions) {

  public Ranked {
    dimensions = Collections.unmodifiableMap(new EnumMap<>(dimensions));
    reasons = List.copyOf(reasons);
    exclusions = List.copyOf(exclusions);
    conditions = List.copyOf(conditions);
  }
}
