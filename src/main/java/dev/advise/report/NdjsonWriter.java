package dev.advise.report;

import dev.advise.batch.Advised;
import dev.advise.batch.FileOutcome;
import dev.advise.batch.Tally;

/**
 * {@code --format ndjson}: one result per line, then {"summary": ..., "errors": [...]}. Each file's
 * lines are encoded on the worker threads and only written out in order.
 */
public final class NdjsonWriter implements ReportWriter<Utf8> {

  private static final JsonText.Name SUMMARY = JsonText.Name.of("summary");
  private static final JsonText.Name ERRORS = JsonText.Name.of("errors");
  private static final JsonText.Name WARNINGS = JsonText.Name.of("warnings");

  private final Sink out;
  private final ResultJson json = new ResultJson(false);
  private final Utf8Pool buffers = new Utf8Pool();

  public NdjsonWriter(Sink out) {
    this.out = out;
  }

  @Override
  public Utf8 prepare(FileOutcome outcome) {
    Utf8 sb = buffers.take();
    for (Advised a : outcome.results()) {
      json.result(new JsonText(sb, false, 0), a);
      sb.append('\n');
    }
    return sb;
  }

  @Override
  public void file(FileOutcome outcome, Utf8 lines) {
    lines.writeTo(out);
    buffers.give(lines);
  }

  @Override
  public void finish(Tally tally) {
    JsonText j = new JsonText(new Utf8(256), false, 0);
    j.beginObject();
    SummaryJson.summary(j.name(SUMMARY), tally);
    ResultJson.errors(j.name(ERRORS), tally.problems());
    ResultJson.warnings(j.name(WARNINGS), tally.warnings());
    j.endObject();
    j.bytes().append('\n').writeTo(out);
    out.flush();
  }
}
