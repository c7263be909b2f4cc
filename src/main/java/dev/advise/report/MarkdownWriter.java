package dev.advise.report;

import dev.advise.batch.Advised;
import dev.advise.batch.FileOutcome;
import dev.advise.batch.Tally;
import dev.advise.descriptor.Problem;
import dev.advise.descriptor.Quote;
import dev.advise.engine.Advice;
import dev.advise.engine.Ranked;
import dev.advise.engine.Reason;
import dev.advise.engine.Verdict;
import dev.advise.engine.WhatIf;
import dev.advise.model.Substrate;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code --format markdown}: reads well as a pull-request comment. A section and a table per
 * workload as they are advised, then the errors and the summary. A file's sections are rendered and
 * encoded on the worker that advised it ({@link #prepare}) and written in input order.
 */
public final class MarkdownWriter implements ReportWriter<byte[]> {

  private static final int REASONS = 2;
  private static final String MENTION_BREAK = "@<!-- -->";

  private final Sink out;

  public MarkdownWriter(Sink out) {
    this.out = out;
    this.out.line("# advise: placement advice").line("");
  }

  @Override
  public byte[] prepare(FileOutcome outcome) {
    ByteArrayOutputStream text = new ByteArrayOutputStream(1 << 12);
    Sink out = Sink.of(text);
    outcome.results().forEach(a -> workload(out, a));
    return text.toByteArray();
  }

  @Override
  public void file(FileOutcome outcome, byte[] prepared) {
    out.write(prepared);
  }

  private static void workload(Sink out, Advised a) {
    Advice advice = a.advice();
    String rec = advice.recommendation().map(Substrate::id).orElse("no substrate (all excluded)");
    out.line(
            "## "
                + text(advice.workload().name())
                + ": "
                + rec
                + " (confidence "
                + advice.confidence().id()
                + ")")
        .line("")
        .line(
            "Source: "
                + text(a.source())
                + (a.document() > 1 ? ", document " + a.document() : "")
                + ". Confidence "
                + advice.confidence().id()
                + ": "
                + text(String.join("; ", advice.confidenceFactors()))
                + ".")
        .line("");
    advice.lead().ifPresent(lead -> out.line(text(Explanations.why(advice, lead)) + ".").line(""));
    out.line("| # | substrate | score | verdict | strongest reasons |")
        .line("|---:|---|---:|---|---|");
    int rank = 0;
    for (Ranked r : advice.ranking()) {
      rank++;
      boolean excluded = r.verdict() == Verdict.EXCLUDED;
      List<Reason> shown =
          excluded ? r.exclusions() : r.reasons().subList(0, Math.min(REASONS, r.reasons().size()));
      StringBuilder reasons = new StringBuilder();
      for (Reason reason : shown) {
        if (reasons.length() > 0) {
          reasons.append("<br>");
        }
        reasons
            .append(
                excluded ? "excluded: " : reason.effect() == 0 ? "" : signed(reason.effect()) + " ")
            .append(reason.dimension().id())
            .append(": ")
            .append(reason.cap().isPresent() ? "capped at " + reason.cap().getAsInt() + ": " : "")
            .append(text(reason.title()))
            .append(" (`")
            .append(reason.rule())
            .append("`)");
      }
      for (Configurations.Shown c : Configurations.distinct(r.conditions())) {
        reasons.append("<br>scored ").append(text(c.message()));
      }
      String name =
          r.verdict() == Verdict.RECOMMENDED
              ? "**" + r.substrate().id() + "**"
              : r.substrate().id();
      out.line(
          "| "
              + (excluded ? "-" : rank)
              + " | "
              + name
              + " | "
              + (excluded ? "-" : r.score())
              + " | "
              + r.verdict().id()
              + " | "
              + reasons
              + " |");
    }
    out.line("");
    a.check()
        .ifPresent(
            c -> out.line("**Check: " + c.status().id() + "**: " + text(c.message())).line(""));
    disputes(out, advice);
    for (var t : advice.toWin()) {
      out.line(text(Explanations.wouldLead(t)) + ".").line("");
    }
    if (!advice.whatIf().isEmpty()) {
      StringBuilder sb = new StringBuilder("Could change the answer: ");
      for (int i = 0; i < advice.whatIf().size(); i++) {
        WhatIf w = advice.whatIf().get(i);
        sb.append(i == 0 ? "" : "; ")
            .append("`")
            .append(w.field())
            .append(": ")
            .append(text(w.value()))
            .append("` gives ")
            .append(w.recommendation().map(Substrate::id).orElse("nothing"));
      }
      out.line(sb + ".").line("");
    }
  }

  /** A number with its sign, as {@code %+d} writes it. */
  static String signed(int n) {
    return n > 0 ? "+" + n : Integer.toString(n);
  }

  private static void disputes(Sink out, Advice advice) {
    Set<String> seen = new LinkedHashSet<>();
    for (Ranked r : advice.ranking()) {
      for (Reason reason : r.reasons()) {
        reason
            .dispute()
            .filter(d -> seen.add(reason.rule()))
            .ifPresent(
                d ->
                    out.line(
                            "Sources disagree on `"
                                + reason.rule()
                                + "`: "
                                + text(d.claim())
                                + " ("
                                + text(String.join(", ", d.sources()))
                                + ")")
                        .line(""));
      }
    }
  }

  @Override
  public void finish(Tally tally) {
    if (!tally.problems().isEmpty()) {
      out.line("## Errors")
          .line("")
          .line("| source | line | column | field | problem |")
          .line("|---|---:|---:|---|---|");
      for (Problem p : tally.problems()) {
        out.line(
            "| "
                + text(p.source())
                + " | "
                + p.line()
                + " | "
                + p.column()
                + " | "
                + text(p.path())
                + " | "
                + text(p.message())
                + " |");
      }
      out.line("");
    }
    out.line("## Summary").line("").line(text(Summaries.line(tally)) + ".");
    out.flush();
  }

  /**
   * Input text made inert in Markdown: controls escaped, markup characters backslashed, and an
   * empty HTML comment after each '@', so that {@code @octocat.yaml} pings nobody: a backslash
   * would not do, since GitHub and GitLab find mentions in the rendered text, where the escape is
   * gone, while the comment splits the text there and renders as nothing.
   */
  static String text(String s) {
    String escaped = Quote.escaped(s);
    StringBuilder sb = new StringBuilder(escaped.length() + 8);
    for (int i = 0; i < escaped.length(); i++) {
      char c = escaped.charAt(i);
      if (c == '@') {
        sb.append(MENTION_BREAK);
        continue;
      }
      if (isMarkup(c)) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }

  private static boolean isMarkup(char c) {
    return switch (c) {
      case '\\', '`', '*', '_', '{', '}', '[', ']', '<', '>', '(', ')', '#', '+', '!', '|', '~' ->
          true;
      default -> false;
    };
  }
}
