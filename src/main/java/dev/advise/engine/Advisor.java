package dev.advise.engine;

import dev.advise.model.Count;
import dev.advise.model.Dimension;
import dev.advise.model.Field;
import dev.advise.model.Fields;
import dev.advise.model.Substrate;
import dev.advise.model.Value;
import dev.advise.model.Workload;
import dev.advise.rules.Baseline;
import dev.advise.rules.Policy;
import dev.advise.rules.Rule;
import dev.advise.rules.RuleSet;
import dev.advise.rules.Truth;
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
  private final Map<Field, List<Value>> candidates;
  /** For each field (by catalogue index), the indices of the rules whose conditions read it. */
  private final int[][] readers;

  public Advisor(RuleSet rules) {
    this.rules = rules;
    this.candidates = Candidates.of(rules.rules());
    this.readers = new int[Fields.count()][];
    for (Field f : Fields.all()) {
      List<Integer> indices = new ArrayList<>();
      for (int i = 0; i < rules.rules().size(); i++) {
        boolean[] reads = {false};
        rules.rules().get(i).when().comparisons(c -> reads[0] |= c.field().equals(f));
        if (reads[0]) {
          indices.add(i);
        }
      }
      readers[f.index()] = indices.stream().mapToInt(Integer::intValue).toArray();
    }
  }

  public RuleSet rules() {
    return rules;
  }

  public Advice advise(Workload workload) {
    Evaluation e = new Evaluation(rules, workload.spec());
    Substrate winner = e.winner();
    List<Field> unknowns = unknowns(workload, e);
    List<Alternative> alternatives = alternatives(workload, e);
    List<WhatIf> whatIf = whatIf(alternatives, unknowns, winner);
    List<String> factors = new ArrayList<>();
    Confidence confidence = confidence(e, whatIf, factors);
    Map<Dimension, Integer> importance = new EnumMap<>(Dimension.class);
    for (Dimension d : Dimension.values()) {
      importance.put(d, e.importance(d));
    }
    return new Advice(workload, ranking(e), confidence, factors, importance,
        importanceReasons(e), unknowns.stream().map(Field::path).toList(), whatIf,
        toWin(workload, e, alternatives));
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

  /** Fields the descriptor leaves out that decide whether some rule fires, in catalogue order. */
  private static List<Field> unknowns(Workload w, Evaluation e) {
    boolean[] unknown = new boolean[Fields.count()];
    for (int i = 0; i < e.truths.length; i++) {
      if (e.truths[i] == Truth.UNKNOWN) {
        e.rules.get(i).when().comparisons(c -> {
          if (w.spec().valueOrNull(c.field()) == null) {
            unknown[c.field().index()] = true;
          }
        });
      }
    }
    return Fields.all().stream().filter(f -> unknown[f.index()]).toList();
  }

  /** The descriptor with one field changed, and what the engine would then say. */
  private record Alternative(Field field, Value from, Value to, Outcome evaluation) {}

  /**
   * Every single-field change worth trying: each candidate value of each field rules read, and
   * each priority. A priority only moves its dimension's importance; other fields re-test only
   * the rules that read them.
   */
  private List<Alternative> alternatives(Workload w, Evaluation base) {
    List<Alternative> out = new ArrayList<>();
    candidates.forEach((field, values) -> {
      Value current = w.spec().valueOrNull(field);
      boolean priority = field.type() == dev.advise.model.FieldType.PRIORITY;
      for (Value v : values) {
        if (!v.equals(current)) {
          Outcome o = priority
              ? base.withPriority(priorityOf(field), (int) ((Count) v).value(),
                  current == null ? rules.policy().defaultImportance() : (int) ((Count) current).value())
              : base.change(w.spec().with(field, v), readers[field.index()]);
          out.add(new Alternative(field, current, v, o));
        }
      }
    });
    return out;
  }

  private static List<WhatIf> whatIf(List<Alternative> alternatives, List<Field> unknowns, Substrate winner) {
    List<WhatIf> out = new ArrayList<>();
    for (Alternative a : alternatives) {
      Substrate other = a.evaluation().winner;
      if (a.from() == null && unknowns.contains(a.field()) && other != winner) {
        boolean byExclusion = winner != null && a.evaluation().excluded(winner);
        out.add(new WhatIf(a.field().path(), a.to().display(), Optional.ofNullable(other), byExclusion));
      }
    }
    return out;
  }

  /**
   * For each runner-up, the smallest change that makes it win. Changes that win on the scores
   * come before ones that win by excluding today's winner (an unstated mandate says little);
   * then filling in an unknown before changing what the descriptor states, a stated fact before
   * a priority, and the widest lead.
   */
  private static List<ToWin> toWin(Workload w, Evaluation base, List<Alternative> alternatives) {
    List<ToWin> out = new ArrayList<>();
    for (Substrate s : base.order) {
      if (s == base.winner() || base.excluded(s)) {
        continue;
      }
      alternatives.stream()
          .filter(a -> a.evaluation().winner == s)
          .min(Comparator.comparing((Alternative a) -> base.winner() != null && a.evaluation().excluded(base.winner()))
              .thenComparingInt(a -> kind(a))
              .thenComparingLong(a -> -a.evaluation().lead(s))
              .thenComparingInt(a -> a.field().index()))
          .ifPresent(a -> out.add(new ToWin(s, a.field().path(),
              Optional.ofNullable(a.from()).map(Value::display), a.to().display(), a.evaluation().score(s))));
    }
    return out;
  }

  private static Dimension priorityOf(Field field) {
    for (Dimension d : Dimension.values()) {
      if (Fields.priority(d) == field) {
        return d;
      }
    }
    throw new IllegalArgumentException(field.path());
  }

  /** 0: fills an unknown; 1: changes a stated fact; 2: changes a priority. */
  private static int kind(Alternative a) {
    if (a.field().type() == dev.advise.model.FieldType.PRIORITY) {
      return 2;
    }
    return a.from() == null ? 0 : 1;
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
