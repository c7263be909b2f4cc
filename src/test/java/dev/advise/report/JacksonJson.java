package dev.advise.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * The Jackson set-up that the JSON formats and SARIF were once written with, which the oracle tests
 * (JsonEncodingTest, SarifEncodingTest) hold advise's own encoder ({@link JsonText}) to: no
 * auto-close, "\n" line ends, the escapes of {@link JsonEscapes}.
 */
final class JacksonJson {

  static final ObjectMapper MAPPER =
      new ObjectMapper()
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);

  static {
    // the escaping the hand-written encoder does (Utf8.appendQuoted)
    MAPPER.getFactory().setCharacterEscapes(new JsonEscapes());
  }

  private JacksonJson() {}

  /** Two-space indents and "\n" on every platform, so the same input gives the same bytes. */
  static DefaultPrettyPrinter pretty() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER);
    DefaultPrettyPrinter p = new DefaultPrettyPrinter(separators);
    p.indentArraysWith(indenter);
    p.indentObjectsWith(indenter);
    return p;
  }

  static JsonGenerator prettyGenerator(Writer out) {
    try {
      JsonGenerator g = MAPPER.getFactory().createGenerator(out);
      g.setPrettyPrinter(pretty());
      return g;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
