package dev.advise.report;

import dev.advise.batch.Advised;
import dev.advise.batch.FileOutcome;
import dev.advise.batch.Tally;
import dev.advise.descriptor.Problem;
import dev.advise.descriptor.Quote;
import java.util.function.UnaryOperator;

/**
 * {@code --format github}: GitHub Actions workflow commands, which the runner turns into
 * annotations on the pull request's files without code scanning. An invalid input or a failed check
 * is an {@code ::error} at its file and line, an excepted check a {@code ::notice}, and a last
 * {@code ::notice} carries the summary. Input text is escaped as the runner requires, so a name can
 * neither end a command early nor start another.
 */
public final class GithubWriter implements ReportWriter.InOrder {

  private final Sink out;
  private final UnaryOperator<String> relative;

  /** {@code relative} names a source relative to the working directory, where the runner looks. */
  public GithubWriter(Sink out, UnaryOperator<String> relative) {
    this.out = out;
    this.relative = relative;
  }

  @Override
  public void file(FileOutcome outcome) {
    String file = relative.apply(outcome.source());
    for (Problem p : outcome.problems()) {
      String text = p.path().isEmpty() ? p.message() : p.path() + ": " + p.message();
      command("error", file, p.line(), p.column(), "advise: invalid input", text);
    }
    for (Advised a : outcome.results()) {
      a.check()
          .filter(c -> !c.passed() || c.excepted())
          .ifPresent(
              c -> {
                String workload = a.advice().workload().name();
                command(
                    c.excepted() ? "notice" : "error",
                    file,
                    a.placementLine(),
                    0,
                    "advise: placement "
                        + (c.excepted() ? "excepted" : "check failed")
                        + ": "
                        + workload,
                    workload + ": " + c.message());
              });
    }
  }

  private void command(
      String kind, String file, int line, int column, String title, String message) {
    StringBuilder sb = new StringBuilder("::").append(kind).append(" file=").append(property(file));
    if (line > 0) {
      sb.append(",line=").append(line);
      if (column > 0) {
        sb.append(",col=").append(column);
      }
    }
    sb.append(",title=").append(property(title)).append("::").append(data(message));
    out.line(sb.toString());
  }

  @Override
  public void finish(Tally tally) {
    out.line("::notice title=advise::" + data(Summaries.line(tally)));
    out.flush();
  }

  /**
   * A command's message as the runner reads it: {@code %}, CR and LF percent-encoded (so the text
   * stays on the command's one line), and other controls spelled out as everywhere else.
   */
  public static String data(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '%' -> sb.append("%25");
        case '\r' -> sb.append("%0D");
        case '\n' -> sb.append("%0A");
        default -> sb.append(c);
      }
    }
    return Quote.escaped(sb.toString());
  }

  /** A property value (file, title): as {@link #data}, and {@code :} and {@code ,} encoded too. */
  public static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
