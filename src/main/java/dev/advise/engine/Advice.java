package dev.advise.engine;

import dev.advise.model.Dimension;
import dev.advise.model.Substrate;
import dev.advise.model.Workload;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The engine's answer for one workload: every substrate ranked (excluded ones last), how sure it is
 * and why, the importance of each dimension, and which unknown inputs could change it.
 *
 * @param lead why the winner is ahead of the runner-up; empty when fewer than two are live
 * @param unknowns fields the descriptor leaves out that some rule would have read
 * @param whatIf values of those unknowns that would change the recommendation
 * @param toWin for each runner-up that one change to the descriptor would make the winner, the
 *     smallest such change
 */
public record Advice(
    Workload workload,
    List<Ranked> ranking,
    Confidence confidence,
    List<String> confidenceFactors,
    Optional<Lead> lead,
    Map<Dimension, Integer> importance,
    List<Reason> importanceReasons,
    List<String> unknowns,
    List<WhatIf> whatIf,
    List<ToWin> toWin) {

  public Advice {
    ranking = List.copyOf(ranking);
    confidenceFactors = List.copyOf(confidenceFactors);
    importance = Collections.unmodifiableMap(new EnumMap<>(importance));
    importanceReasons = List.copyOf(importanceReasons);
    unknowns = List.copyOf(unknowns);
    whatIf = List.copyOf(whatIf);
    toWin = List.copyOf(toWin);
  }

  /** The first substrate of the ranking, or empty when every one is excluded. */
  public Optional<Substrate> recommendation() {
    Ranked first = ranking.get(0);
    return first.verdict() == Verdict.RECOMMENDED
        ? Optional.of(first.substrate())
        : Optional.empty();
  }

  public Ranked of(Substrate substrate) {
    return ranking.stream().filter(r -> r.substrate() == substrate).findFirst().orElseThrow();
  }
}
