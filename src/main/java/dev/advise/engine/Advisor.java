package dev.advise.engine;

import dev.advise.model.Dimension;
import dev.advise.model.Field;
import dev.advise.model.Substrate;
import dev.advise.model.Workload;
import dev.advise.rules.Baseline;
import dev.advise.rules.Policy;
import dev.advise.rules.Rule;
import dev.advise.rules.RuleSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
    Evaluation e = new Evaluation(table, workload.spec());
    List<Field> unknowns = WhatIfAnalysis.unknowns(workload, e);
    List<WhatIfAnalysis.Alternative> alternatives = whatIfs.alternatives(workload, e);
    List<WhatIf> whatIf = WhatIfAnalysis.whatIf(alternatives, unknowns, e.winner());
    List<String> factors = new ArrayList<>();
    Confidence confidence = confidence(e, whatIf, factors);
    Map<Dimension, Integer> importance = new EnumMap<>(Dimension.class);
    for (Dimension d : Dimension.values()) {
      importance.put(d, e.importance(d));
    }
    return new Advice(workload, ranking(e), confidence, factors, importance,
        importanceReasons(e), unknowns.stream().map(Field::path).toList(), whatIf,
        WhatIfAnalysis.toWin(e, alternatives));
  }

  private List<Ranked> ranking(Evaluation e) {
    Policy policy = rules.policy();
    Substrate winner = e.winner();
    int best = winner == null ? 0 : e.score(winner);
    List<Ranked> out = new ArrayList<>();
    for (Substrate s : e.order) {
      int score = e.score(s);
      Verdict verdict = e.excluded(s) ? Verdict.EXCLUDED
          : s == winner ? Verdict.RECOMMENDED
          : best - score <= policy.viableWithin() ? Verdict.VIABLE
          : Verdict.DISCOURAGED;
      List<Reason> exclusions = e.exclusions(s).stream().map(r -> reason(r, 0)).toList();
      List<Reason> conditions = e.fired.stream().filter(r -> r.conditions().containsKey(s))
          .map(r -> new Reason(r.id(), r.title(), r.dimension(), 0, r.conditions().get(s), r.sources(), r.dispute()))
          .toList();
      Map<Dimension, Integer> dimensions = new EnumMap<>(Dimension.class);
      for (Dimension d : Dimension.values()) {
        dimensions.put(d, e.capability(s, d));
      }
      out.add(new Ranked(s, score, verdict, dimensions, reasons(e, s), exclusions, conditions));
    }
    return out;
  }

  /** Fired rules that moved this substrate, weightiest first, then where it started from. */
  private List<Reason> reasons(Evaluation e, Substrate s) {
    List<Reason> out = new ArrayList<>(e.fired.stream()
        .filter(r -> r.effectOn(s) != 0)
        .sorted(Comparator.comparingInt((Rule r) -> -Math.abs(r.effectOn(s)) * e.importance(r.dimension()))
            .thenComparing(Rule::id))
        .map(r -> reason(r, r.effectOn(s)))
        .toList());
    Dimension strongest = Dimension.ISOLATION;
    long top = -1;
    for (Dimension d : Dimension.values()) {
      long contribution = (long) rules.baseline().capability(s, d) * e.importance(d);
      if (contribution > top) {
        top = contribution;
        strongest = d;
      }
    }
    Baseline.Entry base = rules.baseline().entry(strongest);
    out.add(new Reason("baseline." + strongest.id(),
        "Starts strong in " + strongest.id() + " (" + rules.baseline().capability(s, strongest) + ")",
        strongest, 0,
        base.because(), base.sources(), Optional.empty()));
    return out;
  }

  private static Reason reason(Rule r, int effect) {
    return new Reason(r.id(), r.title(), r.dimension(), effect, r.because(), r.sources(), r.dispute());
  }

  private static List<Reason> importanceReasons(Evaluation e) {
    return e.fired.stream().filter(r -> r.importance() != 0).map(r -> reason(r, r.importance())).toList();
  }

  private Confidence confidence(Evaluation e, List<WhatIf> whatIf, List<String> factors) {
    Policy policy = rules.policy();
    Substrate winner = e.winner();
    if (winner == null) {
      factors.add("every substrate is excluded");
      return Confidence.LOW;
    }
    Optional<Substrate> runnerUp = e.order.stream().skip(1).filter(s -> !e.excluded(s)).findFirst();
    int margin = runnerUp.map(r -> e.score(winner) - e.score(r)).orElse(100);
    Confidence c = margin >= policy.highMargin() ? Confidence.HIGH
        : margin >= policy.mediumMargin() ? Confidence.MEDIUM : Confidence.LOW;
    factors.add(runnerUp.map(r -> "leads " + r.id() + " by " + margin + " points")
        .orElse("the only substrate not excluded"));
    List<String> disputed = e.fired.stream().filter(r -> r.dispute().isPresent()).map(Rule::id).toList();
    if (!disputed.isEmpty()) {
      c = c.lower();
      factors.add("sources disagree: " + String.join(", ", disputed));
    }
    Set<String> decisive = new LinkedHashSet<>();
    // Hard constraints (a mandate, constrained hardware) are seldom left out by accident, so
    // only the unknowns that would change the scores, not the exclusions, count as doubt.
    whatIf.stream().filter(wi -> !wi.byExclusion()).forEach(wi -> decisive.add(wi.field()));
    if (!decisive.isEmpty() && decisive.size() >= policy.decisiveUnknowns()) {
      c = c.lower();
      factors.add(decisive.size() + " unknown inputs could change the answer");
    }
    return c;
  }
}
