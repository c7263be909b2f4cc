package dev.advise.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.advise.batch.Advised;
import dev.advise.batch.FileOutcome;
import dev.advise.batch.Tally;
import java.io.Writer;

/**
 * {@code --format json}: the contract's envelope, streamed. Results are written as they come;
 * errors, which the envelope lists after them, are written from the tally at the end.
 */
public final class JsonWriter implements ReportWriter {

  private final Writer out;
  private final JsonGenerator g;

  public JsonWriter(Writer out) {
    this.out = out;
    this.g = Json.prettyGenerator(out);
    Json.io(() -> {
      g.writeStartObject();
      g.writeNumberField("schemaVersion", JsonDtos.SCHEMA_VERSION);
      g.writeFieldName("results");
      g.writeStartArray();
    });
  }

  @Override
  public void file(FileOutcome outcome) {
    for (Advised a : outcome.results()) {
      Json.io(() -> Json.MAPPER.writeValue(g, JsonMapping.result(a)));
    }
  }

  @Override
  public void finish(Tally tally) {
    Json.io(() -> {
      g.writeEndArray();
      g.writeFieldName("errors");
      Json.MAPPER.writeValue(g, tally.problems().stream().map(JsonMapping::error).toList());
      g.writeFieldName("summary");
      Json.MAPPER.writeValue(g, JsonMapping.summary(tally));
      g.writeEndObject();
      g.flush();
      out.write("\n");
      out.flush();
    });
  }
}
