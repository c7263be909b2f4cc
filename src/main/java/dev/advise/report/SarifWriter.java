package dev.advise.report;

import dev.advise.batch.Advised;
import dev.advise.batch.FileOutcome;
import dev.advise.batch.Tally;
import dev.advise.descriptor.Problem;
import dev.advise.descriptor.Quote;
import dev.advise.engine.Check;
import dev.advise.engine.Ranked;
import dev.advise.engine.Verdict;
import dev.advise.model.Substrate;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

/**
 * {@code --format sarif}: SARIF 2.1.0, as code-scanning dashboards read it. Invalid inputs and
 * failed placement checks are results located at their file and line; advice that passes is not a
 * finding and is left out. Written by the encoder the JSON formats use ({@link JsonText}), one
 * encoder from the document's head to its end, its bytes put out after each file.
 */
public final class SarifWriter implements ReportWriter.InOrder {

  static final String INVALID = SarifRules.INVALID;
  static final String CHECK = SarifRules.CHECK;

  /** The key of advise's own fingerprint; its version goes up if what it is made of changes. */
  static final String FINGERPRINT = "adviseFinding/v1";

  private final StreamedJson document;
  private final JsonText j;
  private final UnaryOperator<String> relative;

  public SarifWriter(Sink out, SarifSettings settings) {
    this.document = new StreamedJson(out, 1 << 12);
    this.j = document.json();
    this.relative = settings.relative();
    j.beginObject()
        .field("$schema", "https://json.schemastore.org/sarif-2.1.0.json")
        .field("version", "2.1.0")
        .name("runs")
        .beginArray()
        .beginObject()
        .name("tool")
        .beginObject()
        .name("driver")
        .beginObject()
        .field("name", "advise")
        .field("version", settings.version());
    SarifRules.write(j.name("rules"), settings.rules(), settings.docsUrl());
    j.endObject().endObject();
    j.name("results").beginArray();
    document.putOut();
  }

  @Override
  public void file(FileOutcome outcome) {
    String uri = uri(relative.apply(outcome.source()));
    for (Problem p : outcome.problems()) {
      String text = p.path().isEmpty() ? p.message() : p.path() + ": " + p.message();
      // An invalid document has no workload name to go by: its number and the field stand in.
      String fingerprint = INVALID + "|" + uri + "|document " + p.document() + "|" + p.path();
      result(INVALID, text, uri, p.line(), p.column(), fingerprint);
      j.endObject();
    }
    for (Advised a : outcome.results()) {
      a.check().filter(c -> !c.passed() || c.excepted()).ifPresent(c -> finding(uri, a, c));
    }
    document.putOut();
  }

  private void finding(String uri, Advised a, Check c) {
    String workload = a.advice().workload().name();
    Ranked placed = a.advice().of(c.placement());
    // An excluded placement is a finding of the rule that excludes it, whose help says why.
    String rule =
        placed.verdict() == Verdict.EXCLUDED && !placed.exclusions().isEmpty()
            ? placed.exclusions().get(0).rule()
            : CHECK;
    result(
        rule,
        workload + ": " + c.message(),
        uri,
        a.placementLine(),
        0,
        rule + "|" + uri + "|" + workload);
    j.name("properties")
        .beginObject()
        .field("workload", workload)
        .field("placement", c.placement().id())
        .field("recommendation", a.advice().recommendation().map(Substrate::id).orElse(null))
        .endObject();
    if (c.excepted()) {
      suppression(c);
    }
    j.endObject();
  }

  /** A result's fields up to its fingerprint; the caller adds the rest and closes it. */
  private void result(
      String rule, String text, String uri, int line, int column, String fingerprint) {
    j.beginObject().field("ruleId", rule).field("level", "error");
    j.name("message").beginObject().field("text", Quote.escaped(text)).endObject();
    j.name("locations").beginArray().beginObject();
    SarifLocation.physical(j.name("physicalLocation"), uri, line, column);
    j.endObject().endArray();
    j.name("partialFingerprints")
        .beginObject()
        .field(FINGERPRINT, Quote.escaped(fingerprint))
        .endObject();
  }

  /**
   * An excepted check is still a finding, suppressed outside the source's own syntax ({@code kind:
   * external}) with the team's reason: code scanning shows it as dismissed.
   */
  private void suppression(Check c) {
    j.name("suppressions")
        .beginArray()
        .beginObject()
        .field("kind", "external")
        .field("status", "accepted")
        .field(
            "justification",
            Quote.escaped(c.exception().reason() + " (until " + c.exception().expires() + ")"))
        .endObject()
        .endArray();
  }

  /**
   * The path as given, as a relative reference (RFC 3986, section 4.2) that no reader can take for
   * anything else: every byte of its UTF-8 outside the characters a path segment may hold ({@code
   * pchar} and '/') is percent-encoded, the backslash included (it is part of a name on the systems
   * advise runs on, and a reader on Windows would take it for a separator and so name another
   * file); several leading slashes become one (two would start an authority); and when the first
   * segment holds a colon, {@code ./} goes in front, as section 4.2 says for exactly this case,
   * since {@code javascript:alert(1).yaml} would read as a scheme and a path. Percent-encoding that
   * colon would also stop it, but RFC 3986 (section 2.2) leaves a reserved character and its
   * encoding not equivalent, so a consumer that decodes nothing would look for a file named with
   * {@code %3A}; the dot segment is removed by every resolver.
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
    if (sb.length() > 0
        && sb.charAt(0) != '/'
        && sb.substring(0, slash < 0 ? sb.length() : slash).indexOf(":") >= 0) {
      sb.insert(0, "./");
    }
    return sb.toString();
  }

  private static final String HEX = "0123456789ABCDEF";

  /** RFC 3986 pchar (unreserved, sub-delims, ':' and '@') and the segment separator. */
  private static boolean isPathChar(char c) {
    return c >= 'a' && c <= 'z'
        || c >= 'A' && c <= 'Z'
        || c >= '0' && c <= '9'
        || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0;
  }

  @Override
  public void finish(Tally tally) {
    j.endArray();
    j.name("properties")
        .beginObject()
        .field("workloads", tally.workloads())
        .field("errors", tally.problems().size());
    if (tally.checking()) {
      j.field("checksFailed", tally.failed());
    }
    j.endObject();
    j.endObject().endArray().endObject();
    document.end();
  }
}
