package dev.advise.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.advise.batch.Advised;
import dev.advise.batch.FileOutcome;
import dev.advise.batch.Tally;
import dev.advise.descriptor.Problem;
import dev.advise.model.Substrate;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --format sarif}: SARIF 2.1.0, as code-scanning dashboards read it. Invalid inputs and
 * failed placement checks are results located at their file and line; advice that passes is not
 * a finding and is left out.
 */
public final class SarifWriter implements ReportWriter.InOrder {

  static final String INVALID = "advise/invalid-input";
  static final String CHECK = "advise/placement-check";

  private final Writer out;
  private final JsonGenerator g;

  public SarifWriter(Writer out, String version) {
    this.out = out;
    this.g = Json.prettyGenerator(out);
    Json.io(() -> {
      g.writeStartObject();
      g.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
      g.writeStringField("version", "2.1.0");
      g.writeArrayFieldStart("runs");
      g.writeStartObject();
      g.writeFieldName("tool");
      Json.MAPPER.writeValue(g, Map.of("driver", driver(version)));
      g.writeArrayFieldStart("results");
    });
  }

  private static Map<String, Object> driver(String version) {
    Map<String, Object> driver = new LinkedHashMap<>();
    driver.put("name", "advise");
    driver.put("version", version);
    driver.put("rules", List.of(
        rule(INVALID, "Invalid workload descriptor",
            "The file could not be read or a document is not a valid advise/v1 Workload."),
        rule(CHECK, "Placement differs from the advice",
            "spec.placement is excluded, or scores more than the tolerance below the advised substrate.")));
    return driver;
  }

  private static Map<String, Object> rule(String id, String name, String description) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("id", id);
    r.put("name", name);
    r.put("shortDescription", Map.of("text", name));
    r.put("fullDescription", Map.of("text", description));
    r.put("defaultConfiguration", Map.of("level", "error"));
    return r;
  }

  @Override
  public void file(FileOutcome outcome) {
    for (Problem p : outcome.problems()) {
      String text = p.path().isEmpty() ? p.message() : p.path() + ": " + p.message();
      write(result(INVALID, text, p.source(), p.line(), p.column(), Map.of()));
    }
    for (Advised a : outcome.results()) {
      a.check().filter(c -> !c.passed()).ifPresent(c -> {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("workload", a.advice().workload().name());
        props.put("placement", c.placement().id());
        props.put("recommendation", a.advice().recommendation().map(Substrate::id).orElse(null));
        write(result(CHECK, a.advice().workload().name() + ": " + c.message(), a.source(),
            a.placementLine(), 0, props));
      });
    }
  }

  private static Map<String, Object> result(String rule, String text, String source, int line, int column,
      Map<String, Object> properties) {
    Map<String, Object> physical = new LinkedHashMap<>();
    physical.put("artifactLocation", Map.of("uri", uri(source)));
    if (line > 0) {
      Map<String, Object> region = new LinkedHashMap<>();
      region.put("startLine", line);
      if (column > 0) {
        region.put("startColumn", column);
      }
      physical.put("region", region);
    }
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("ruleId", rule);
    r.put("level", "error");
    r.put("message", Map.of("text", dev.advise.descriptor.Quote.escaped(text)));
    r.put("locations", List.of(Map.of("physicalLocation", physical)));
    if (!properties.isEmpty()) {
      r.put("properties", properties);
    }
    return r;
  }

  /** A relative URI reference for the path as given ('/' separators, special characters encoded). */
  static String uri(String source) {
    String path = source.replace('\\', '/');
    try {
      return new URI(null, null, path, null).toASCIIString();
    } catch (URISyntaxException e) {
      return path;
    }
  }

  private void write(Map<String, Object> result) {
    Json.io(() -> Json.MAPPER.writeValue(g, result));
  }

  @Override
  public void finish(Tally tally) {
    Json.io(() -> {
      g.writeEndArray();
      g.writeFieldName("properties");
      Map<String, Object> totals = new LinkedHashMap<>();
      totals.put("workloads", tally.workloads());
      totals.put("errors", tally.problems().size());
      if (tally.checking()) {
        totals.put("checksFailed", tally.failed());
      }
      Json.MAPPER.writeValue(g, totals);
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
      g.flush();
      out.write("\n");
      out.flush();
    });
  }
}
