package dev.advise.report;

import dev.advise.batch.Advised;
import dev.advise.batch.FileOutcome;
import dev.advise.batch.Tally;
import dev.advise.descriptor.Quote;
import dev.advise.engine.Advice;
import dev.advise.engine.ChangeKind;
import dev.advise.engine.Ranked;
import dev.advise.engine.Reason;
import dev.advise.engine.ToWin;
import dev.advise.engine.Verdict;
import dev.advise.engine.WhatIf;
import dev.advise.model.Substrate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code --format table} for files: for each workload, the ranked substrates with score and
 * verdict, the strongest reasons under each, why excluded ones are excluded, and what could change
 * the answer. Meant to be read in ten seconds; the JSON carries every detail.
 */
public final class DetailedTable implements ReportWriter.InOrder {

  private static final int REASONS_FOR_WINNER = 4;
  private static final int REASONS_FOR_OTHERS = 2;
  private static final int UNKNOWNS_SHOWN = 4;

  /** The reason's dimension: wide enough for the longest, {@code compatibility}, and a space. */
  private static final int DIMENSION_WIDTH = 14;

  /** Where a reason's text starts: indent, effect, space, dimension. */
  private static final int REASON_INDENT = 7 + 3 + 1 + DIMENSION_WIDTH;

  private final Ansi ansi;
  private final Sink out;

  /** The terminal's width to fit, or 0 for no wrapping (a pipe or a file). */
  private final int width;

  private boolean first = true;

  public DetailedTable(Sink out, Ansi ansi) {
    this(out, ansi, 0);
  }

  public DetailedTable(Sink out, Ansi ansi, int width) {
    this.out = out;
    this.ansi = ansi;
    this.width = width;
  }

  /** One line of the table; on a terminal, broken at spaces with a hanging indent. */
  private void line(String prefix, String body, int indent) {
    if (width == 0) {
      out.print(prefix + body + "\n");
      return;
    }
    for (String l : Wrap.words(prefix, body, width, indent)) {
      out.print(l + "\n");
    }
  }

  @Override
  public void file(FileOutcome outcome) {
    for (Advised a : outcome.results()) {
      if (!first) {
        out.print("\n");
      }
      first = false;
      workload(a);
    }
  }

  @Override
  public void finish(Tally tally) {
    if (tally.workloads() + tally.problems().size() > 1 || !tally.problems().isEmpty()) {
      out.print(tally.workloads() == 0 ? "" : "\n");
      line("", Summaries.line(tally), 2);
    }
    out.flush();
  }

  private void workload(Advised a) {
    Advice advice = a.advice();
    String head = ansi.bold(Quote.escaped(advice.workload().name())) + "  ";
    String source = Quote.escaped(a.source()) + (a.document() > 1 ? " #" + a.document() : "");
    List<String> pieces =
        Wrap.path(source, Wrap.width(head), width); // whole when not on a terminal
    for (int i = 0; i < pieces.size(); i++) {
      out.print((i == 0 ? head : " ".repeat(Wrap.width(head))) + ansi.dim(pieces.get(i)) + "\n");
    }
    String rec =
        advice
            .recommendation()
            .map(s -> ansi.bold(ansi.green(s.id())))
            .orElse(ansi.red("none (every substrate is excluded)"));
    line(
        "Recommendation: " + rec + "   confidence: " + advice.confidence().id(),
        " (" + Quote.escaped(String.join("; ", advice.confidenceFactors())) + ")",
        2);
    advice.lead().ifPresent(lead -> line("", Explanations.why(advice, lead), 2));
    out.print("\n");
    out.print(
        ansi.dim(
                "  "
                    + Pad.right("#", 2)
                    + " "
                    + Pad.right("SUBSTRATE", 19)
                    + " "
                    + Pad.left("SCORE", 5)
                    + "  VERDICT")
            + "\n");
    Set<String> cited = new LinkedHashSet<>();
    int rank = 0;
    for (Ranked r : advice.ranking()) {
      rank++;
      boolean excluded = r.verdict() == Verdict.EXCLUDED;
      out.print(
          "  "
              + Pad.right(excluded ? "-" : Integer.toString(rank), 2)
              + " "
              + Pad.right(r.substrate().id(), 19)
              + " "
              + Pad.left(excluded ? "-" : Integer.toString(r.score()), 5)
              + "  "
              + verdict(r.verdict())
              + "\n");
      List<Reason> shown =
          excluded
              ? r.exclusions()
              : r.reasons()
                  .subList(
                      0,
                      Math.min(
                          r.reasons().size(),
                          r.verdict() == Verdict.RECOMMENDED
                              ? REASONS_FOR_WINNER
                              : REASONS_FOR_OTHERS));
      for (Reason reason : shown) {
        String capped =
            reason.cap().isPresent() ? ansi.red("capped at " + reason.cap().getAsInt() + ": ") : "";
        line(
            "       "
                + effect(reason, excluded)
                + " "
                + Pad.right(reason.dimension().id(), DIMENSION_WIDTH),
            capped + Quote.escaped(reason.title()) + "  " + ansi.dim("[" + reason.rule() + "]"),
            REASON_INDENT);
        cited.addAll(reason.sources());
      }
      for (Configurations.Shown c : Configurations.distinct(r.conditions())) {
        // the marker in the effect column, the text where a reason's starts: every line under a
        // substrate, and every line it wraps onto, begins its text in one column
        line(
            "       " + Pad.left("*", 3) + " " + " ".repeat(DIMENSION_WIDTH),
            "scored "
                + Quote.escaped(c.message())
                + "  "
                + ansi.dim("[" + String.join(", ", c.rules()) + "]"),
            REASON_INDENT);
      }
      r.conditions().forEach(c -> cited.addAll(c.sources()));
    }
    notes(advice, cited);
    if (a.check().isPresent()) {
      var c = a.check().get();
      String status =
          c.excepted()
              ? ansi.yellow("excepted")
              : c.passed() ? ansi.green("pass") : ansi.red("FAIL");
      line("Check: " + status + ",", " " + c.message(), 2);
    }
  }

  private void notes(Advice advice, Set<String> cited) {
    List<String> lines = new ArrayList<>();
    Set<String> disputed = new LinkedHashSet<>();
    for (Ranked r : advice.ranking()) {
      for (Reason reason : r.reasons()) {
        reason
            .dispute()
            .filter(d -> disputed.add(reason.rule()))
            .ifPresent(
                d -> {
                  lines.add(
                      "Sources disagree on "
                          + reason.rule()
                          + ": "
                          + Quote.escaped(d.claim())
                          + " ("
                          + String.join(", ", d.sources())
                          + ")");
                  cited.addAll(d.sources());
                });
      }
    }
    Map<String, List<String>> byField = new LinkedHashMap<>();
    Map<String, List<String>> mandates = new LinkedHashMap<>();
    for (WhatIf w : advice.whatIf()) {
      (w.rulesOutWinner() ? mandates : byField)
          .computeIfAbsent(w.field(), k -> new ArrayList<>())
          .add(
              w.rulesOutWinner()
                  ? w.value()
                  : w.value() + " -> " + w.recommendation().map(Substrate::id).orElse("none"));
    }
    if (!byField.isEmpty()) {
      List<String> parts = new ArrayList<>();
      byField.forEach((f, vs) -> parts.add(f + " (" + String.join(", ", vs) + ")"));
      lines.add("Could change the answer: " + String.join("; ", parts));
    }
    for (ToWin t : advice.toWin()) {
      // a runner-up that only wins when an unstated requirement excludes or caps the winner is on
      // the line below
      if (!(t.rulesOutWinner() && t.kind() == ChangeKind.UNKNOWN)) {
        lines.add(Explanations.wouldLead(t));
      }
    }
    if (!mandates.isEmpty()) {
      List<String> parts = new ArrayList<>();
      mandates.forEach((f, vs) -> parts.add(f + ": " + String.join(" or ", vs)));
      lines.add("Unstated requirements that would exclude or cap it: " + String.join(", ", parts));
    }
    List<String> others =
        advice.unknowns().stream()
            .filter(u -> advice.whatIf().stream().noneMatch(w -> w.field().equals(u)))
            .toList();
    if (!others.isEmpty()) {
      String shown = String.join(", ", others.subList(0, Math.min(UNKNOWNS_SHOWN, others.size())));
      lines.add(
          "Also unknown: "
              + shown
              + (others.size() > UNKNOWNS_SHOWN
                  ? " (+" + (others.size() - UNKNOWNS_SHOWN) + " more)"
                  : ""));
    }
    if (!cited.isEmpty()) {
      lines.add(ansi.dim("Sources: " + String.join("; ", cited)));
    }
    if (!lines.isEmpty()) {
      out.print("\n");
      lines.forEach(l -> line("", l, 2));
    }
  }

  private String verdict(Verdict v) {
    return switch (v) {
      case RECOMMENDED -> ansi.bold(ansi.green(v.id()));
      case VIABLE -> ansi.yellow(v.id());
      case DISCOURAGED -> ansi.dim(v.id());
      case EXCLUDED -> ansi.red(v.id());
    };
  }

  private String effect(Reason r, boolean exclusion) {
    if (exclusion) {
      return ansi.red("  x");
    }
    if (r.effect() == 0) {
      return ansi.dim("  =");
    }
    String s = Pad.left((r.effect() > 0 ? "+" : "") + r.effect(), 3);
    return r.effect() > 0 ? ansi.green(s) : ansi.red(s);
  }
}
