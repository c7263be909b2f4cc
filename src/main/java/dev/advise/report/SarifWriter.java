package dev.advise.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.advise.batch.Advised;
import dev.advise.batch.FileOutcome;
import dev.advise.batch.Tally;
import dev.advise.descriptor.Problem;
import dev.advise.descriptor.Quote;
import dev.advise.engine.Check;
import dev.advise.engine.Ranked;
import dev.advise.engine.Verdict;
import dev.advise.model.Substrate;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * {@code --format sarif}: SARIF 2.1.0, as code-scanning dashboards read it. Invalid inputs and
 * failed placement checks are results located at their file and line; advice that passes is not
 * a finding and is left out.
 */
public final class SarifWriter implements ReportWriter.InOrder {

  static final String INVALID = SarifRules.INVALID;
  static final String CHECK = SarifRules.CHECK;
  /** The key of advise's own fingerprint; its version goes up if what it is made of changes. */
  static final String FINGERPRINT = "adviseFinding/v1";

  private final Writer out;
  private final JsonGenerator g;
  private final UnaryOperator<String> relative;

  public SarifWriter(Writer out, SarifSettings settings) {
    this.out = out;
    this.g = JacksonJson.prettyGenerator(out);
    this.relative = settings.relative();
    JacksonJson.io(() -> {
      g.writeStartObject();
      g.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
      g.writeStringField("version", "2.1.0");
      g.writeArrayFieldStart("runs");
      g.writeStartObject();
      g.writeFieldName("tool");
      JacksonJson.MAPPER.writeValue(g, Map.of("driver", driver(settings)));
      g.writeArrayFieldStart("results");
    });
  }

  private static Map<String, Object> driver(SarifSettings settings) {
    Map<String, Object> driver = new LinkedHashMap<>();
    driver.put("name", "advise");
    driver.put("version", settings.version());
    driver.put("rules", SarifRules.of(settings.rules(), settings.docsUrl()));
    return driver;
  }

  @Override
  public void file(FileOutcome outcome) {
    String uri = uri(relative.apply(outcome.source()));
    for (Problem p : outcome.problems()) {
      String text = p.path().isEmpty() ? p.message() : p.path() + ": " + p.message();
      // An invalid document has no workload name to go by: its number and the field stand in.
      String fingerprint = INVALID + "|" + uri + "|document " + p.document() + "|" + p.path();
      write(result(INVALID, text, SarifLocation.physical(uri, p.line(), p.column()), fingerprint, Map.of()));
    }
    for (Advised a : outcome.results()) {
      a.check().filter(c -> !c.passed() || c.excepted()).ifPresent(c -> {
        String workload = a.advice().workload().name();
        Ranked placed = a.advice().of(c.placement());
        // An excluded placement is a finding of the rule that excludes it, whose help says why.
        String rule = placed.verdict() == Verdict.EXCLUDED && !placed.exclusions().isEmpty()
            ? placed.exclusions().get(0).rule() : CHECK;
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("workload", workload);
        props.put("placement", c.placement().id());
        props.put("recommendation", a.advice().recommendation().map(Substrate::id).orElse(null));
        Map<String, Object> r = result(rule, workload + ": " + c.message(), SarifLocation.physical(uri, a.placementLine(), 0),
            rule + "|" + uri + "|" + workload, props);
        if (c.excepted()) {
          r.put("suppressions", List.of(suppression(c)));
        }
        write(r);
      });
    }
  }

  private static Map<String, Object> result(String rule, String text, Map<String, Object> physical,
      String fingerprint, Map<String, Object> properties) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("ruleId", rule);
    r.put("level", "error");
    r.put("message", Map.of("text", Quote.escaped(text)));
    r.put("locations", List.of(Map.of("physicalLocation", physical)));
    r.put("partialFingerprints", Map.of(FINGERPRINT, Quote.escaped(fingerprint)));
    if (!properties.isEmpty()) {
      r.put("properties", properties);
    }
    return r;
  }

  /**
   * An excepted check is still a finding, suppressed outside the source's own syntax
   * ({@code kind: external}) with the team's reason: code scanning shows it as dismissed.
   */
  private static Map<String, Object> suppression(Check c) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("kind", "external");
    s.put("status", "accepted");
    s.put("justification", Quote.escaped(
        c.exception().reason() + " (until " + c.exception().expires() + ")"));
    return s;
  }

  /**
   * The path as given, as a relative reference (RFC 3986, section 4.2) that no reader can take
   * for anything else: every byte of its UTF-8 outside the characters a path segment may hold
   * ({@code pchar} and '/') is percent-encoded, the backslash included (it is part of a name on
   * the systems advise runs on, and a reader on Windows would take it for a separator and so
   * name another file); several leading slashes become one (two would start an authority); and
   * when the first segment holds a colon, {@code ./} goes in front, as section 4.2 says for
   * exactly this case, since {@code javascript:alert(1).yaml} would read as a scheme and a
   * path. Percent-encoding that colon would also stop it, but RFC 3986 (section 2.2) leaves a
   * reserved character and its encoding not equivalent, so a consumer that decodes nothing
   * would look for a file named with {@code %3A}; the dot segment is removed by every resolver.
   */
  static String uri(String source) {
    byte[] bytes = source.getBytes(StandardCharsets.UTF_8);
    StringBuilder sb = new StringBuilder(bytes.length + 8);
    for (byte b : bytes) {
      char c = (char) (b & 0xFF);
      if (c == '/' && sb.length() == 1 && sb.charAt(0) == '/') {
        continue;
      }
      if (isPathChar(c)) {
        sb.append(c);
      } else {
        sb.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
      }
    }
    int slash = sb.indexOf("/");
    if (sb.length() > 0 && sb.charAt(0) != '/' && sb.substring(0, slash < 0 ? sb.length() : slash).indexOf(":") >= 0) {
      sb.insert(0, "./");
    }
    return sb.toString();
  }

  private static final String HEX = "0123456789ABCDEF";

  /** RFC 3986 pchar (unreserved, sub-delims, ':' and '@') and the segment separator. */
  private static boolean isPathChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0;
  }

  private void write(Map<String, Object> result) {
    JacksonJson.io(() -> JacksonJson.MAPPER.writeValue(g, result));
  }

  @Override
  public void finish(Tally tally) {
    JacksonJson.io(() -> {
      g.writeEndArray();
      g.writeFieldName("properties");
      Map<String, Object> totals = new LinkedHashMap<>();
      totals.put("workloads", tally.workloads());
      totals.put("errors", tally.problems().size());
      if (tally.checking()) {
        totals.put("checksFailed", tally.failed());
      }
      JacksonJson.MAPPER.writeValue(g, totals);
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
      g.flush();
      out.write("\n");
      out.flush();
    });
  }
}
