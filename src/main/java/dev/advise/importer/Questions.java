package dev.advise.importer;

import dev.advise.engine.Advice;
import dev.advise.engine.Advisor;
import dev.advise.engine.WhatIf;
import dev.advise.model.Field;
import dev.advise.model.FieldType;
import dev.advise.model.Fields;
import dev.advise.model.Substrate;
import dev.advise.model.Value;
import dev.advise.model.Workload;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The unknowns that could change the advice, most decisive first, from the advisor's own what-if: a
 * field whose answer would change the winner on the scores comes before one that would only exclude
 * it (an unstated mandate, which is seldom left out by accident); among the first, the field with
 * the answer that would put a new winner furthest ahead of today's, then catalogue order.
 */
public final class Questions {

  /**
   * One question: the field, the answers that would change the recommendation, and the most points
   * by which one of those answers would put its winner ahead of today's.
   */
  public record Question(Field field, List<WhatIf> changes, int swing) {

    /** Whether every deciding answer works by excluding or capping today's winner. */
    public boolean byExclusion() {
      return changes.stream().allMatch(WhatIf::rulesOutWinner);
    }

    /** The allowed values, or what a value looks like. */
    public String expected() {
      return field.type() == FieldType.CHOICE
          ? String.join(" | ", field.choices())
          : field.expected();
    }

    /** {@code bare-metal if 100us or 1ms; vm if 5ms}, winners in the order first met. */
    public String effects() {
      Map<String, List<String>> byWinner = new LinkedHashMap<>();
      for (WhatIf w : changes) {
        String winner =
            w.recommendation().map(Substrate::id).orElse("every substrate excluded")
                + (w.byExclusion()
                    ? " (by excluding the current winner)"
                    : w.byCap() ? " (by capping the current winner)" : "");
        byWinner.computeIfAbsent(winner, k -> new ArrayList<>()).add(w.value());
      }
      List<String> parts = new ArrayList<>();
      byWinner.forEach(
          (winner, values) -> parts.add(winner + " if " + String.join(" or ", values)));
      return String.join("; ", parts);
    }
  }

  private Questions() {}

  /** The deciding unknowns of an advice, most decisive first. */
  public static List<Question> rank(Advisor advisor, Advice advice) {
    Map<String, List<WhatIf>> byField = new LinkedHashMap<>();
    for (WhatIf w : advice.whatIf()) {
      byField.computeIfAbsent(w.field(), k -> new ArrayList<>()).add(w);
    }
    List<Question> out = new ArrayList<>();
    byField.forEach(
        (path, changes) -> {
          Field field = Fields.byPath(path).orElseThrow();
          out.add(new Question(field, changes, swing(advisor, advice, field, changes)));
        });
    out.sort(
        (a, b) -> {
          if (a.byExclusion() != b.byExclusion()) {
            return a.byExclusion() ? 1 : -1;
          }
          int swing = Integer.compare(b.swing(), a.swing());
          return swing != 0 ? swing : Integer.compare(a.field().index(), b.field().index());
        });
    return out;
  }

  /**
   * How far ahead of today's winner the best answer would put its own winner (one answer per winner
   * is tried).
   */
  private static int swing(Advisor advisor, Advice advice, Field field, List<WhatIf> changes) {
    Substrate today = advice.recommendation().orElse(null);
    int best = 0;
    List<Optional<Substrate>> tried = new ArrayList<>();
    for (WhatIf w : changes) {
      if (w.rulesOutWinner()
          || today == null
          || tried.contains(w.recommendation())
          || w.recommendation().isEmpty()) {
        continue;
      }
      tried.add(w.recommendation());
      Optional<Value> value = Values.parse(field, w.value());
      if (value.isEmpty()) {
        continue;
      }
      Workload base = advice.workload();
      Advice changed =
          advisor.advise(
              new Workload(
                  base.metadata(), base.spec().with(field, value.get()), base.exception()));
      Substrate winner = w.recommendation().get();
      best = Math.max(best, changed.of(winner).score() - changed.of(today).score());
    }
    return best;
  }

  /** The advice today, in words, for the questions' heading. */
  static String now(Advice advice) {
    return advice.recommendation().map(Substrate::id).orElse("every substrate excluded");
  }

  /** The questions as comment lines for a draft; the unknowns that decide nothing alone last. */
  static List<String> lines(Advisor advisor, Advice advice) {
    List<String> out = new ArrayList<>();
    List<Question> questions = rank(advisor, advice);
    for (Question q : questions) {
      out.add(
          "spec."
              + q.field().path()
              + " ("
              + q.field().meaning()
              + "; "
              + q.expected()
              + "): "
              + q.effects());
    }
    List<String> rest = new ArrayList<>();
    for (String path : advice.unknowns()) {
      if (questions.stream().noneMatch(q -> q.field().path().equals(path))) {
        rest.add(path);
      }
    }
    if (!rest.isEmpty()) {
      out.add("also unknown, none of which alone changes the answer: " + String.join(", ", rest));
    }
    return out;
  }
}
