package dev.advise.report;

import dev.advise.batch.Advised;
import dev.advise.batch.FileOutcome;
import dev.advise.batch.Tally;
import java.io.Writer;

/**
 * {@code --format ndjson}: one result per line, then {"summary": ..., "errors": [...]}. Each
 * file's lines are encoded on the worker threads and only written out in order.
 */
public final class NdjsonWriter implements ReportWriter<String> {

  private final Out out;
  private final ResultJson json = new ResultJson(false);

  public NdjsonWriter(Writer out) {
    this.out = new Out(out);
  }

  @Override
  public String prepare(FileOutcome outcome) {
    StringBuilder sb = new StringBuilder(outcome.results().size() * 8192);
    for (Advised a : outcome.results()) {
      json.result(new JsonText(sb, false, 0), a);
      sb.append('\n');
    }
    return sb.toString();
  }

  @Override
  public void file(FileOutcome outcome, String lines) {
    out.print(lines);
  }

  @Override
  public void finish(Tally tally) {
    JsonText j = new JsonText(new StringBuilder(256), false, 0);
    j.beginObject();
    ResultJson.summary(j.name("summary"), tally);
    ResultJson.errors(j.name("errors"), tally.problems());
    j.endObject();
    out.line(j.builder().toString());
    out.flush();
  }
}
