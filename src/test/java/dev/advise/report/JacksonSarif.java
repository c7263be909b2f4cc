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
import dev.advise.rules.Rule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The oracle for {@link SarifWriter}: SARIF as advise wrote it before the SARIF writer moved onto
 * advise's own encoder, with Jackson's data binding over maps and Jackson's pretty printer (kept
 * here as it was, fed the same batch). The texts it does not encode itself, the help of a rule and
 * a source's URI, come from the main code: what is compared is the encoding.
 */
final class JacksonSarif {

  private final Writer out;
  private final JsonGenerator g;
  private final SarifSettings settings;

  JacksonSarif(Writer out, SarifSettings settings) throws IOException {
    this.out = out;
    this.settings = settings;
    this.g = JacksonJson.prettyGenerator(out);
    g.writeStartObject();
    g.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    g.writeStringField("version", "2.1.0");
    g.writeArrayFieldStart("runs");
    g.writeStartObject();
    g.writeFieldName("tool");
    Map<String, Object> driver = new LinkedHashMap<>();
    driver.put("name", "advise");
    driver.put("version", settings.version());
    driver.put("rules", rules());
    JacksonJson.MAPPER.writeValue(g, Map.of("driver", driver));
    g.writeArrayFieldStart("results");
  }

  private List<Map<String, Object>> rules() {
    Optional<String> docsUrl = settings.docsUrl();
    List<Map<String, Object>> out = new ArrayList<>();
    out.add(
        descriptor(
            SarifRules.INVALID,
            "Invalid workload descriptor",
            "The file could not be read or a document is not a valid advise/v1 Workload.",
            "Fix the field named in the message: the message gives the file, line, column and field path, and"
                + " what was expected. docs/descriptor.md describes every field.",
            docsUrl.map(u -> u + "/descriptor.md")));
    out.add(
        descriptor(
            SarifRules.CHECK,
            "Placement differs from the advice",
            "spec.placement scores more than the tolerance below the advised substrate.",
            "The workload's spec.placement trails the advised substrate by more than --tolerance points."
                + " Run advise on the file to see the ranking and the reasons behind each score, then move the"
                + " workload, change the descriptor where it is wrong, or raise the tolerance.",
            docsUrl.map(u -> u + "/rules-reference.md")));
    for (Rule r : settings.rules().rules()) {
      if (!r.exclude().isEmpty()) {
        out.add(
            descriptor(
                r.id(),
                r.title(),
                r.because(),
                SarifRules.help(r, settings.rules()),
                r.origin().file().startsWith("rules/")
                    ? docsUrl.map(u -> u + "/rules-reference.md#" + SarifRules.anchor(r.id()))
                    : Optional.empty()));
      }
    }
    return out;
  }

  private static Map<String, Object> descriptor(
      String id, String name, String description, String help, Optional<String> helpUri) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("id", id);
    r.put("name", name);
    r.put("shortDescription", Map.of("text", name));
    r.put("fullDescription", Map.of("text", description));
    r.put("help", Map.of("text", help));
    helpUri.ifPresent(u -> r.put("helpUri", u));
    r.put("defaultConfiguration", Map.of("level", "error"));
    return r;
  }

  void file(FileOutcome outcome) {
    String uri = SarifWriter.uri(settings.relative().apply(outcome.source()));
    for (Problem p : outcome.problems()) {
      String text = p.path().isEmpty() ? p.message() : p.path() + ": " + p.message();
      String fingerprint =
          SarifRules.INVALID + "|" + uri + "|document " + p.document() + "|" + p.path();
      write(
          result(
              SarifRules.INVALID,
              text,
              physical(uri, p.line(), p.column()),
              fingerprint,
              Map.of()));
    }
    for (Advised a : outcome.results()) {
      a.check()
          .filter(c -> !c.passed() || c.excepted())
          .ifPresent(
              c -> {
                String workload = a.advice().workload().name();
                Ranked placed = a.advice().of(c.placement());
                String rule =
                    placed.verdict() == Verdict.EXCLUDED && !placed.exclusions().isEmpty()
                        ? placed.exclusions().get(0).rule()
                        : SarifRules.CHECK;
                Map<String, Object> props = new LinkedHashMap<>();
                props.put("workload", workload);
                props.put("placement", c.placement().id());
                props.put(
                    "recommendation", a.advice().recommendation().map(Substrate::id).orElse(null));
                Map<String, Object> r =
                    result(
                        rule,
                        workload + ": " + c.message(),
                        physical(uri, a.placementLine(), 0),
                        rule + "|" + uri + "|" + workload,
                        props);
                if (c.excepted()) {
                  r.put("suppressions", List.of(suppression(c)));
                }
                write(r);
              });
    }
  }

  private static Map<String, Object> physical(String uri, int line, int column) {
    Map<String, Object> region = new LinkedHashMap<>();
    region.put("startLine", Math.max(1, line));
    if (line > 0 && column > 0) {
      region.put("startColumn", column);
    }
    Map<String, Object> physical = new LinkedHashMap<>();
    physical.put("artifactLocation", Map.of("uri", uri));
    physical.put("region", region);
    return physical;
  }

  private static Map<String, Object> result(
      String rule,
      String text,
      Map<String, Object> physical,
      String fingerprint,
      Map<String, Object> properties) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("ruleId", rule);
    r.put("level", "error");
    r.put("message", Map.of("text", Quote.escaped(text)));
    r.put("locations", List.of(Map.of("physicalLocation", physical)));
    r.put("partialFingerprints", Map.of(SarifWriter.FINGERPRINT, Quote.escaped(fingerprint)));
    if (!properties.isEmpty()) {
      r.put("properties", properties);
    }
    return r;
  }

  private static Map<String, Object> suppression(Check c) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("kind", "external");
    s.put("status", "accepted");
    s.put(
        "justification",
        Quote.escaped(c.exception().reason() + " (until " + c.exception().expires() + ")"));
    return s;
  }

  private void write(Map<String, Object> result) {
    try {
      JacksonJson.MAPPER.writeValue(g, result);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void finish(Tally tally) throws IOException {
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
  }
}
