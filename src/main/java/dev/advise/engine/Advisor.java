package dev.advise.engine;

import dev.advise.model.Dimension;
import dev.advise.model.Field;
import dev.advise.model.Substrate;
import dev.advise.model.Workload;
import dev.advise.rules.Policy;
import dev.advise.rules.RuleSet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a workload into advice: filter (exclusions), score (capability times importance), rank,
 * then explain (reasons, confidence, unknowns that matter). Pure: no I/O, no shared state, so one
 * advisor serves every thread.
 */
public final class Advisor {

  private final RuleSet rules;
  private final ScoringTable table;
  private final WhatIfAnalysis whatIfs;

  public Advisor(RuleSet rules) {
    this.rules = rules;
    this.table = ScoringTable.of(rules);
    this.whatIfs = new WhatIfAnalysis(rules);
  }

  public RuleSet rules() {
    return rules;
  }

  public Advice advise(Workload workload) {
    // filter and score: which rules fire, what they exclude and cap, the exact sums and order
    Evaluation e = new Evaluation(table, workload.spec());
    // explain: what the descriptor leaves open, why the winner leads, how sure that is
    List<Field> unknowns = whatIfs.unknowns(workload, e);
    List<WhatIfAnalysis.Alternative> alternatives = whatIfs.alternatives(workload, e);
    List<WhatIf> whatIf = WhatIfAnswers.whatIf(alternatives, unknowns, e.winner());
    List<String> factors = new ArrayList<>();
    Substrate runnerUp = Explainer.runnerUp(e);
    Lead lead = Explainer.lead(e);
    Confidence confidence = Explainer.confidence(e, runnerUp, lead, whatIf, factors);
    Map<Dimension, Integer> importance = new EnumMap<>(Dimension.class);
    for (Dimension d : Dimension.all()) {
      importance.put(d, e.importance(d));
    }
    return new Advice(
        workload,
        ranking(e),
        confidence,
        factors,
        Optional.ofNullable(lead),
        importance,
        importanceReasons(e),
        unknowns.stream().map(Field::path).toList(),
        whatIf,
        WhatIfAnswers.toWin(e, alternatives));
  }

  private List<Ranked> ranking(Evaluation e) {
    Policy policy = rules.policy();
    Substrate winner = e.winner();
    int best = winner == null ? 0 : e.score(winner);
    List<Ranked> out = new ArrayList<>(e.order().size());
    for (Substrate s : e.order()) {
      int score = e.score(s);
      Verdict verdict =
          e.excluded(s)
              ? Verdict.EXCLUDED
              : s == winner
                  ? Verdict.RECOMMENDED
                  : best - score <= policy.viableWithin() ? Verdict.VIABLE : Verdict.DISCOURAGED;
      List<Reason> exclusions = new ArrayList<>();
      List<Reason> configurations = new ArrayList<>();
      for (int i : e.firedPositions()) {
        CompiledRule rule = table.rule(i);
        if (rule.excludes(s.ordinal())) {
          exclusions.add(rule.exclusionReason());
        }
        // an excluded substrate is not scored, so no configuration makes it fine
        if (rule.configurationOn(s.ordinal()) != null && !e.excluded(s)) {
          configurations.add(rule.configurationOn(s.ordinal()));
        }
      }
      Map<Dimension, Integer> dimensions = new EnumMap<>(Dimension.class);
      for (Dimension d : Dimension.all()) {
        dimensions.put(d, e.capability(s, d));
      }
      out.add(new Ranked(s, score, verdict, dimensions, reasons(e, s), exclusions, configurations));
    }
    return out;
  }

  /**
   * The caps on this substrate, then the fired rules that moved it, weightiest first (effect times
   * importance, then id); for the winner, among them the dimensions where it starts far enough
   * ahead of the runner-up to matter; for the others, last, the dimension each starts strongest in.
   */
  private List<Reason> reasons(Evaluation e, Substrate s) {
    List<Reason> out = new ArrayList<>();
    List<Long> weights = new ArrayList<>();
    // Caps first, lowest first: a requirement the substrate cannot meet outweighs any effect.
    for (int i : table.cappingRules()) {
      Reason cap = table.rule(i).capReason(s.ordinal());
      if (e.fires(i) && cap != null) {
        int at = out.size();
        while (at > 0 && out.get(at - 1).cap().getAsInt() > cap.cap().getAsInt()) {
          at--;
        }
        out.add(at, cap);
        weights.add(at, Long.MAX_VALUE);
      }
    }
    for (int i : e.firedPositions()) {
      Reason reason = table.rule(i).moveReason(s.ordinal());
      if (reason == null) {
        continue;
      }
      long weight = (long) Math.abs(reason.effect()) * e.importance(reason.dimension());
      // insertion sort: a handful of reasons, and rule order already sorts ties by id
      int at = out.size();
      while (at > 0 && weights.get(at - 1) < weight) {
        at--;
      }
      out.add(at, reason);
      weights.add(at, weight);
    }
    Substrate runnerUp = s == e.winner() ? Explainer.runnerUp(e) : null;
    if (runnerUp != null) {
      startsAhead(e, s, runnerUp, out, weights);
      return out;
    }
    Dimension strongest = Dimension.ISOLATION;
    long top = -1;
    for (Dimension d : Dimension.all()) {
      long contribution = (long) table.baseline(s.ordinal(), d.ordinal()) * e.importance(d);
      if (contribution > top) {
        top = contribution;
        strongest = d;
      }
    }
    out.add(table.startsStrong(s, strongest));
    return out;
  }

  /**
   * The winner's starting capabilities that decide: each dimension where its baseline, times the
   * importance, is at least a score point ahead of the runner-up's, weighed like a rule's effect.
   */
  private void startsAhead(
      Evaluation e, Substrate w, Substrate r, List<Reason> out, List<Long> weights) {
    long total = e.outcome().totalImportance;
    for (Dimension d : Dimension.all()) {
      int diff =
          table.baseline(w.ordinal(), d.ordinal()) - table.baseline(r.ordinal(), d.ordinal());
      long weight = (long) diff * e.importance(d);
      if (diff <= 0 || weight < total || total == 0) {
        continue;
      }
      int at = out.size();
      while (at > 0 && weights.get(at - 1) < weight) {
        at--;
      }
      out.add(at, table.startsAhead(w, r, d));
      weights.add(at, weight);
    }
  }

  private List<Reason> importanceReasons(Evaluation e) {
    List<Reason> out = new ArrayList<>();
    for (int i : e.firedPositions()) {
      if (table.rule(i).importanceReason() != null) {
        out.add(table.rule(i).importanceReason());
      }
    }
    return out;
  }
}
