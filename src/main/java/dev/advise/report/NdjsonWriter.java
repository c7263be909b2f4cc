package dev.advise.report;

import dev.advise.batch.Advised;
import dev.advise.batch.FileOutcome;
import dev.advise.batch.Tally;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code --format ndjson}: one result per line, then {"summary": ..., "errors": [...]}. */
public final class NdjsonWriter implements ReportWriter {

  private final Out out;

  public NdjsonWriter(Writer out) {
    this.out = new Out(out);
  }

  @Override
  public void file(FileOutcome outcome) {
    for (Advised a : outcome.results()) {
      out.line(Json.compact(JsonMapping.result(a)));
    }
  }

  @Override
  public void finish(Tally tally) {
    Map<String, Object> last = new LinkedHashMap<>();
    last.put("summary", JsonMapping.summary(tally));
    last.put("errors", tally.problems().stream().map(JsonMapping::error).toList());
    out.line(Json.compact(last));
    out.flush();
  }
}
