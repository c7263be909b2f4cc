package dev.advise.report;

import dev.advise.batch.Advised;
import dev.advise.batch.FileOutcome;
import dev.advise.batch.Tally;
import java.io.OutputStream;
import java.io.Writer;

/**
 * {@code --format ndjson}: one result per line, then {"summary": ..., "errors": [...]}. Each
 * file's lines are encoded on the worker threads and only written out in order.
 */
public final class NdjsonWriter implements ReportWriter<byte[]> {

  private final ByteOut out;
  private final ResultJson json = new ResultJson(false);

  /** @param bytes the stream under {@code out}, written to directly; or null */
  public NdjsonWriter(Writer out, OutputStream bytes) {
    this.out = new ByteOut(out, bytes);
  }

  @Override
  public byte[] prepare(FileOutcome outcome) {
    Utf8 sb = Utf8.scratch();
    for (Advised a : outcome.results()) {
      json.result(new JsonText(sb, false, 0), a);
      sb.append('\n');
    }
    return sb.toByteArray();
  }

  @Override
  public void file(FileOutcome outcome, byte[] lines) {
    out.write(lines);
  }

  @Override
  public void finish(Tally tally) {
    JsonText j = new JsonText(new Utf8(256), false, 0);
    j.beginObject();
    SummaryJson.summary(j.name("summary"), tally);
    ResultJson.errors(j.name("errors"), tally.problems());
    ResultJson.warnings(j.name("warnings"), tally.warnings());
    j.endObject();
    out.write(j.bytes().append('\n').toByteArray());
    out.flush();
  }
}
