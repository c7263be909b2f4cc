package dev.advise.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.advise.batch.Run;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code --format json}: one envelope for the whole run, pretty-printed with two-space indents
 * and "\n" line ends on every platform, so that the same input gives the same bytes.
 */
public final class JsonReport {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  private static final ObjectWriter PRETTY = MAPPER.writer(printer());
  private static final ObjectWriter COMPACT = MAPPER.writer();

  private JsonReport() {}

  public static void write(Run run, Writer out) {
    try {
      PRETTY.writeValue(out, JsonMapping.envelope(run));
      out.write("\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code --format ndjson}: a result per line, then {"summary": ..., "errors": [...]}. */
  public static void writeLines(Run run, Writer out) {
    try {
      for (var a : run.results()) {
        out.write(COMPACT.writeValueAsString(JsonMapping.result(a)));
        out.write("\n");
      }
      Map<String, Object> last = new LinkedHashMap<>();
      last.put("summary", JsonMapping.summary(run));
      last.put("errors", run.errors().stream().map(JsonMapping::error).toList());
      out.write(COMPACT.writeValueAsString(last));
      out.write("\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static DefaultPrettyPrinter printer() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER);
    DefaultPrettyPrinter p = new DefaultPrettyPrinter(separators);
    p.indentArraysWith(indenter);
    p.indentObjectsWith(indenter);
    return p;
  }
}
