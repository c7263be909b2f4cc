package dev.advise.report;

import dev.advise.batch.Advised;
import dev.advise.batch.FileOutcome;
import dev.advise.batch.Tally;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Arrays;

/**
 * {@code --format json}: the contract's envelope, streamed. Results are encoded on the worker
 * threads and written as they come; errors, which the envelope lists after them, are written
 * from the tally at the end.
 */
public final class JsonWriter implements ReportWriter<byte[]> {

  /** Results sit inside the envelope object and its "results" array. */
  private static final int RESULT_DEPTH = 2;

  private final ByteOut out;
  private final ResultJson json = new ResultJson(true);
  private boolean first = true;

  /**
   * @param bytes the stream under {@code out}, written to directly; or null
   * @param rulesDigest the digest of the rule set that produced the results
   */
  public JsonWriter(Writer out, OutputStream bytes, String rulesDigest) {
    this.out = new ByteOut(out, bytes);
    this.out.write("{\n  \"schemaVersion\": " + ResultJson.SCHEMA_VERSION
        + ",\n  \"rulesDigest\": \"" + rulesDigest + "\",\n  \"results\": [");
  }

  @Override
  public byte[] prepare(FileOutcome outcome) {
    Utf8 sb = Utf8.scratch();
    for (Advised a : outcome.results()) {
      sb.append(",\n    ");
      json.result(new JsonText(sb, true, RESULT_DEPTH), a);
    }
    return sb.toByteArray();
  }

  @Override
  public void file(FileOutcome outcome, byte[] results) {
    if (results.length == 0) {
      return;
    }
    // Every prepared result starts with its separator; the first of the array has none.
    out.write(first ? Arrays.copyOfRange(results, 1, results.length) : results);
    first = false;
  }

  @Override
  public void finish(Tally tally) {
    JsonText j = new JsonText(new Utf8(256), true, 1);
    ResultJson.errors(j, tally.problems());
    JsonText warnings = new JsonText(new Utf8(256), true, 1);
    ResultJson.warnings(warnings, tally.warnings());
    JsonText summary = new JsonText(new Utf8(256), true, 1);
    SummaryJson.summary(summary, tally);
    out.write((first ? " ]" : "\n  ]")
        + ",\n  \"errors\": " + j.bytes()
        + ",\n  \"warnings\": " + warnings.bytes()
        + ",\n  \"summary\": " + summary.bytes()
        + "\n}\n");
    out.flush();
  }
}
