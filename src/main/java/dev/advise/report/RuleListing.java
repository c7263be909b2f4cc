package dev.advise.report;

import dev.advise.descriptor.Quote;
import dev.advise.model.Dimension;
import dev.advise.model.Substrate;
import dev.advise.rules.Baseline;
import dev.advise.rules.Rule;
import dev.advise.rules.RuleSet;
import dev.advise.rules.SourceDoc;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The rule set as text: {@code advise rules} (a line per rule), {@code advise explain ID} (one rule
 * in full), and docs/rules-reference.md (every rule, generated, checked for staleness).
 */
public final class RuleListing {

  private RuleListing() {}

  public static void list(RuleSet rules, Sink out) {
    int width = rules.rules().stream().mapToInt(r -> r.id().length()).max().orElse(2);
    String row = "%-" + width + "s  %-13s  %s";
    out.line(String.format(row, "ID", "DIMENSION", "TITLE  [SOURCES]"));
    for (Rule r : rules.rules()) {
      out.line(
          String.format(
              row,
              r.id(),
              r.dimension().id(),
              Quote.escaped(r.title())
                  + "  ["
                  + Quote.escaped(String.join("; ", r.sources()))
                  + "]"));
    }
    out.line("")
        .line(
            Summaries.plural(rules.rules().size(), "rule")
                + "; `advise explain ID` shows one in full.");
    out.flush();
  }

  public static void explain(Rule r, RuleSet rules, List<String> firesOn, Sink out) {
    out.line(r.id() + ": " + Quote.escaped(r.title()));
    out.line("");
    out.line("  dimension:   " + r.dimension().id());
    out.line("  applies when " + Quote.escaped(r.when().describe()));
    if (!r.effects().isEmpty()) {
      out.line("  effects:     " + effects(r));
    }
    if (r.importance() != 0) {
      out.line(
          "  importance:  " + String.format("%+d", r.importance()) + " for " + r.dimension().id());
    }
    if (!r.exclude().isEmpty()) {
      out.line(
          "  excludes:    "
              + String.join(", ", r.exclude().stream().sorted().map(Substrate::id).toList()));
    }
    for (Substrate s : Substrate.values()) {
      if (r.conditions().containsKey(s)) {
        out.line("  condition:   " + s.id() + " " + Quote.escaped(r.conditions().get(s)));
      }
    }
    out.line("").line("  why: " + Quote.escaped(r.because())).line("");
    out.line("  sources:");
    for (String citation : r.sources()) {
      out.line("    - " + Quote.escaped(citation) + title(rules, citation));
    }
    r.dispute()
        .ifPresent(
            d -> {
              out.line("").line("  sources disagree: " + Quote.escaped(d.claim()));
              d.sources().forEach(c -> out.line("    - " + Quote.escaped(c) + title(rules, c)));
            });
    out.line("").line("  defined at " + Quote.escaped(r.origin().toString()));
    out.line(
        "  fires on the examples: " + (firesOn.isEmpty() ? "none" : String.join(", ", firesOn)));
    out.flush();
  }

  /**
   * {@code advise explain baseline.DIMENSION}: where every substrate starts on one dimension, why,
   * and from which sources. Results cite these as the reason a substrate starts strong.
   */
  public static void explainBaseline(Dimension d, RuleSet rules, Sink out) {
    Baseline.Entry e = rules.baseline().entry(d);
    out.line(
        "baseline."
            + d.id()
            + ": where each substrate starts on "
            + d.id()
            + " (0-100), before any rule");
    out.line("");
    for (Substrate s : Substrate.values()) {
      out.line(Pad.right("  " + s.id() + ":", 22) + e.capability().get(s));
    }
    out.line("").line("  why: " + Quote.escaped(e.because())).line("");
    out.line("  sources:");
    for (String citation : e.sources()) {
      out.line("    - " + Quote.escaped(citation) + title(rules, citation));
    }
    out.line("").line("  rules then move these for each workload; `advise rules` lists them.");
    out.flush();
  }

  /** docs/rules-reference.md: every rule and the baseline, generated from the rule files. */
  public static void reference(RuleSet rules, Map<String, List<String>> firesOn, Sink out) {
    out.line("# Rules reference")
        .line("")
        .line("Generated from `rules/` by `advise rules --format markdown`; do not edit by hand.")
        .line(
            "`RulesReferenceTest` fails when this file is stale. How rules work: [rules.md](rules.md).")
        .line("");
    out.line("## Sources")
        .line("")
        .line("| key | title | publisher | date | address |")
        .line("|---|---|---|---|---|");
    rules.sources().values().stream()
        .sorted(Comparator.comparing(SourceDoc::key))
        .forEach(
            s ->
                out.line(
                    "| `"
                        + s.key()
                        + "` | "
                        + MarkdownWriter.text(s.title())
                        + " | "
                        + MarkdownWriter.text(s.publisher())
                        + " | "
                        + s.date()
                        + " | "
                        + MarkdownWriter.text(s.address())
                        + " |"));
    out.line("")
        .line("## Baseline capabilities")
        .line("")
        .line("| dimension | bare-metal | vm | container-on-vm | container-on-metal | sources |")
        .line("|---|---:|---:|---:|---:|---|");
    for (var d : Dimension.values()) {
      Baseline.Entry e = rules.baseline().entry(d);
      StringBuilder row = new StringBuilder("| " + d.id());
      for (Substrate s : Substrate.values()) {
        row.append(" | ").append(e.capability().get(s));
      }
      out.line(row + " | " + MarkdownWriter.text(String.join("; ", e.sources())) + " |");
    }
    out.line("")
        .line("## Rules")
        .line("")
        .line(Summaries.plural(rules.rules().size(), "rule") + ", by id.");
    for (Rule r : rules.rules()) {
      out.line("")
          .line("### `" + r.id() + "`")
          .line("")
          .line(MarkdownWriter.text(r.title()))
          .line("");
      out.line("- **dimension**: " + r.dimension().id());
      out.line("- **applies when**: `" + r.when().describe() + "`");
      if (!r.effects().isEmpty()) {
        out.line("- **effects**: " + effects(r));
      }
      if (r.importance() != 0) {
        out.line("- **importance**: " + String.format("%+d", r.importance()));
      }
      if (!r.exclude().isEmpty()) {
        out.line(
            "- **excludes**: "
                + String.join(", ", r.exclude().stream().sorted().map(Substrate::id).toList()));
      }
      for (Substrate s : Substrate.values()) {
        if (r.conditions().containsKey(s)) {
          out.line("- **condition**: " + s.id() + " " + MarkdownWriter.text(r.conditions().get(s)));
        }
      }
      out.line("- **why**: " + MarkdownWriter.text(r.because()));
      out.line("- **sources**: " + MarkdownWriter.text(String.join("; ", r.sources())));
      r.dispute()
          .ifPresent(
              d ->
                  out.line(
                      "- **sources disagree**: "
                          + MarkdownWriter.text(d.claim())
                          + " ("
                          + MarkdownWriter.text(String.join("; ", d.sources()))
                          + ")"));
      List<String> examples = firesOn.getOrDefault(r.id(), List.of());
      out.line(
          "- **fires on the examples**: "
              + (examples.isEmpty() ? "none" : String.join(", ", examples)));
    }
    out.flush();
  }

  private static String effects(Rule r) {
    List<String> parts = new ArrayList<>();
    for (Substrate s : Substrate.values()) {
      if (r.effects().containsKey(s)) {
        parts.add(s.id() + " " + String.format("%+d", r.effects().get(s)));
      }
    }
    return String.join(", ", parts);
  }

  private static String title(RuleSet rules, String citation) {
    SourceDoc doc = rules.sources().get(SourceDoc.keyOf(citation));
    return doc == null ? "" : " (" + Quote.escaped(doc.describe()) + ")";
  }
}
