package dev.advise.report;

import dev.advise.batch.Advised;
import dev.advise.batch.FileOutcome;
import dev.advise.batch.Tally;
import dev.advise.descriptor.Quote;
import dev.advise.engine.Advice;
import dev.advise.model.Substrate;
import java.io.Writer;

/**
 * {@code --format table} for folders: a line per workload (written as it is advised, so a long
 * batch shows progress in its own output), then the summary.
 */
public final class CompactTable implements ReportWriter {

  private static final String ROW = "%-30s %-19s %5s  %-10s %-6s %s";

  private final Out out;
  private final Ansi ansi;
  private final boolean checking;
  private boolean header;

  public CompactTable(Writer out, Ansi ansi, boolean checking) {
    this.out = new Out(out);
    this.ansi = ansi;
    this.checking = checking;
  }

  @Override
  public void file(FileOutcome outcome) {
    for (Advised a : outcome.results()) {
      if (!header) {
        out.line(ansi.dim(String.format(ROW, "WORKLOAD", "RECOMMENDATION", "SCORE", "CONFIDENCE",
            checking ? "CHECK" : "", "SOURCE")).stripTrailing());
        header = true;
      }
      Advice advice = a.advice();
      String rec = advice.recommendation().map(Substrate::id).orElse("none");
      String check = a.check().map(c -> c.passed() ? "pass" : "FAIL").orElse(checking ? "-" : "");
      String row = String.format(ROW, Quote.escaped(advice.workload().name()), rec,
          advice.recommendation().isPresent() ? Integer.toString(advice.ranking().get(0).score()) : "-",
          advice.confidence().id(), check,
          Quote.escaped(a.source()) + (a.document() > 1 ? " #" + a.document() : ""));
      out.line(check.equals("FAIL") ? ansi.red(row) : row);
    }
  }

  @Override
  public void finish(Tally tally) {
    out.print((header ? "\n" : "") + Summaries.line(tally) + "\n");
    out.flush();
  }
}
