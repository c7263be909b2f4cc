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
public final class CompactTable implements ReportWriter.InOrder {

  private static final String ROW = "%-30s %-19s %5s  %-10s  %s";
  private static final String CHECKED_ROW = "%-30s %-19s %5s  %-10s  %-5s  %s";

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
        out.line(ansi.dim(checking
            ? String.format(CHECKED_ROW, "WORKLOAD", "RECOMMENDATION", "SCORE", "CONFIDENCE", "CHECK", "SOURCE")
            : String.format(ROW, "WORKLOAD", "RECOMMENDATION", "SCORE", "CONFIDENCE", "SOURCE")));
        header = true;
      }
      Advice advice = a.advice();
      String rec = advice.recommendation().map(Substrate::id).orElse("none");
      String check = a.check().map(c -> c.passed() ? "pass" : "FAIL").orElse("-");
      String name = Quote.escaped(advice.workload().name());
      String score = advice.recommendation().isPresent() ? Integer.toString(advice.ranking().get(0).score()) : "-";
      String source = Quote.escaped(a.source()) + (a.document() > 1 ? " #" + a.document() : "");
      String row = checking
          ? String.format(CHECKED_ROW, name, rec, score, advice.confidence().id(), check, source)
          : String.format(ROW, name, rec, score, advice.confidence().id(), source);
      out.line(check.equals("FAIL") ? ansi.red(row) : row);
    }
  }

  @Override
  public void finish(Tally tally) {
    out.print((header ? "\n" : "") + Summaries.line(tally) + "\n");
    out.flush();
  }
}
