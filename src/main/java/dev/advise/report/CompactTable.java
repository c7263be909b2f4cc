package dev.advise.report;

import dev.advise.batch.Advised;
import dev.advise.batch.FileOutcome;
import dev.advise.batch.Tally;
import dev.advise.descriptor.Quote;
import dev.advise.engine.Advice;
import dev.advise.model.Substrate;
import java.util.List;

/**
 * {@code --format table} for folders: a line per workload (written as it is advised, so a long
 * batch shows progress in its own output), then the summary.
 */
public final class CompactTable implements ReportWriter.InOrder {

  private final Sink out;
  private final Ansi ansi;
  private final boolean checking;

  /** The terminal's width to fit, or 0 for no wrapping (a pipe or a file). */
  private final int width;

  private boolean header;

  public CompactTable(Sink out, Ansi ansi, boolean checking) {
    this(out, ansi, checking, 0);
  }

  public CompactTable(Sink out, Ansi ansi, boolean checking, int width) {
    this.out = out;
    this.ansi = ansi;
    this.checking = checking;
    this.width = width;
  }

  @Override
  public void file(FileOutcome outcome) {
    for (Advised a : outcome.results()) {
      if (!header) {
        out.line(
            ansi.dim(row("WORKLOAD", "RECOMMENDATION", "SCORE", "CONFIDENCE", "CHECK", "SOURCE")));
        header = true;
      }
      Advice advice = a.advice();
      String rec = advice.recommendation().map(Substrate::id).orElse("none");
      String check =
          a.check().map(c -> c.excepted() ? "exc." : c.passed() ? "pass" : "FAIL").orElse("-");
      String name = Quote.escaped(advice.workload().name());
      String score =
          advice.recommendation().isPresent()
              ? Integer.toString(advice.ranking().get(0).score())
              : "-";
      String source = Quote.escaped(a.source()) + (a.document() > 1 ? " #" + a.document() : "");
      boolean failed = check.equals("FAIL");
      if (width == 0) {
        String row = row(name, rec, score, advice.confidence().id(), check, source);
        out.line(failed ? ansi.red(row) : row);
        continue;
      }
      // On a terminal, a source too long for the line continues under itself, broken after a '/'.
      String fields = row(name, rec, score, advice.confidence().id(), check, "");
      List<String> pieces = Wrap.path(source, Wrap.width(fields), width);
      for (int i = 0; i < pieces.size(); i++) {
        String line = (i == 0 ? fields : " ".repeat(Wrap.width(fields))) + pieces.get(i);
        out.line(failed ? ansi.red(line) : line);
      }
    }
  }

  /** One line of the table; the check column only when checking. Padded by hand (see Pad). */
  private String row(
      String name, String rec, String score, String confidence, String check, String source) {
    return Pad.right(name, 30)
        + " "
        + Pad.right(rec, 19)
        + " "
        + Pad.left(score, 5)
        + "  "
        + Pad.right(confidence, 10)
        + "  "
        + (checking ? Pad.right(check, 5) + "  " : "")
        + source;
  }

  @Override
  public void finish(Tally tally) {
    out.print(header ? "\n" : "");
    for (String line : Wrap.words("", Summaries.line(tally), width, 2)) {
      out.line(line);
    }
    out.flush();
  }
}
