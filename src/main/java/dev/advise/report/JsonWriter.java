package dev.advise.report;

import dev.advise.batch.Advised;
import dev.advise.batch.FileOutcome;
import dev.advise.batch.Tally;
import java.io.Writer;

/**
 * {@code --format json}: the contract's envelope, streamed. Results are encoded on the worker
 * threads and written as they come; errors, which the envelope lists after them, are written
 * from the tally at the end.
 */
public final class JsonWriter implements ReportWriter<String> {

  /** Results sit inside the envelope object and its "results" array. */
  private static final int RESULT_DEPTH = 2;

  private final Out out;
  private final ResultJson json = new ResultJson(true);
  private boolean first = true;

  public JsonWriter(Writer out) {
    this.out = new Out(out);
    this.out.print("{\n  \"schemaVersion\": " + ResultJson.SCHEMA_VERSION + ",\n  \"results\": [");
  }

  @Override
  public String prepare(FileOutcome outcome) {
    StringBuilder sb = new StringBuilder(outcome.results().size() * 16384);
    for (Advised a : outcome.results()) {
      sb.append(",\n    ");
      json.result(new JsonText(sb, true, RESULT_DEPTH), a);
    }
    return sb.toString();
  }

  @Override
  public void file(FileOutcome outcome, String results) {
    if (results.isEmpty()) {
      return;
    }
    // Every prepared result starts with its separator; the first of the array has none.
    out.print(first ? results.substring(1) : results);
    first = false;
  }

  @Override
  public void finish(Tally tally) {
    JsonText j = new JsonText(new StringBuilder(256), true, 1);
    ResultJson.errors(j, tally.problems());
    JsonText summary = new JsonText(new StringBuilder(256), true, 1);
    ResultJson.summary(summary, tally);
    out.print(first ? " ]" : "\n  ]")
        .print(",\n  \"errors\": ").print(j.builder().toString())
        .print(",\n  \"summary\": ").print(summary.builder().toString())
        .print("\n}\n");
    out.flush();
  }
}
