package dev.advise.report;

import dev.advise.batch.Advised;
import dev.advise.batch.FileOutcome;
import dev.advise.batch.Tally;

/**
 * {@code --format json}: the contract's envelope, streamed. One encoder writes the envelope from
 * its head to its end, so it places every separator; each file's results are encoded on a worker
 * thread as elements of the envelope's {@code results} array and written after it in input order.
 * Errors, which the envelope lists after the results, come from the tally at the end.
 */
public final class JsonWriter implements ReportWriter<Utf8> {

  /** Results are elements of the envelope's "results" array, inside the envelope object. */
  private static final int RESULT_DEPTH = 2;

  private static final JsonText.Name SCHEMA_VERSION = JsonText.Name.of("schemaVersion");
  private static final JsonText.Name RULES_DIGEST = JsonText.Name.of("rulesDigest");
  private static final JsonText.Name RESULTS = JsonText.Name.of("results");
  private static final JsonText.Name ERRORS = JsonText.Name.of("errors");
  private static final JsonText.Name WARNINGS = JsonText.Name.of("warnings");
  private static final JsonText.Name SUMMARY = JsonText.Name.of("summary");

  private final Sink out;
  private final ResultJson json = new ResultJson(true);
  private final Utf8Pool buffers = new Utf8Pool();
  private final StreamedJson document;
  private final JsonText envelope;

  /**
   * @param rulesDigest the digest of the rule set that produced the results
   */
  public JsonWriter(Sink out, String rulesDigest) {
    this.out = out;
    this.document = new StreamedJson(out, 1 << 10);
    this.envelope = document.json();
    envelope
        .beginObject()
        .field(SCHEMA_VERSION, ResultJson.SCHEMA_VERSION)
        .field(RULES_DIGEST, rulesDigest)
        .name(RESULTS)
        .beginArray();
    document.putOut();
  }

  @Override
  public Utf8 prepare(FileOutcome outcome) {
    Utf8 sb = buffers.take();
    JsonText results = JsonText.elements(sb, true, RESULT_DEPTH);
    for (Advised a : outcome.results()) {
      json.result(results, a);
    }
    return sb;
  }

  @Override
  public void file(FileOutcome outcome, Utf8 results) {
    if (results.length() > 0) {
      envelope.elementsFollow();
      document.putOut();
      results.writeTo(out);
    }
    buffers.give(results);
  }

  @Override
  public void finish(Tally tally) {
    envelope.endArray();
    ResultJson.errors(envelope.name(ERRORS), tally.problems());
    ResultJson.warnings(envelope.name(WARNINGS), tally.warnings());
    SummaryJson.summary(envelope.name(SUMMARY), tally);
    envelope.endObject();
    document.end();
  }
}
