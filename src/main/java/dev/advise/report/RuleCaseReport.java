package dev.advise.report;

import dev.advise.descriptor.Quote;
import dev.advise.engine.RuleCaseRun;
import dev.advise.rules.RuleCase;
import java.util.List;

/**
 * What {@code advise rules test} prints: a line per case, {@code file:line:column: pass|FAIL: what
 * happened}, then a summary; or the same as one JSON document.
 */
public final class RuleCaseReport {

  private RuleCaseReport() {}

  /**
   * @param untested ids of the tested rules that have no case
   */
  public static void text(List<RuleCaseRun.Result> results, List<String> untested, Sink out) {
    for (RuleCaseRun.Result r : results) {
      out.line(
          Quote.escaped(r.testCase().location())
              + ": "
              + (r.passed() ? "pass" : "FAIL")
              + ": "
              + Quote.escaped(r.message()));
    }
    long failed = failed(results);
    String summary =
        Summaries.plural(results.size(), "case")
            + ": "
            + (results.size() - failed)
            + " passed, "
            + failed
            + " failed";
    if (!untested.isEmpty()) {
      summary +=
          "; "
              + Summaries.plural(untested.size(), "rule")
              + " without cases: "
              + String.join(", ", untested);
    }
    out.line(summary);
    out.flush();
  }

  public static void json(List<RuleCaseRun.Result> results, List<String> untested, Sink out) {
    JsonText json = new JsonText(new Utf8(1 << 12), true, 0);
    json.beginObject().name("cases").beginArray();
    for (RuleCaseRun.Result r : results) {
      RuleCase c = r.testCase();
      json.beginObject()
          .name("rule")
          .value(c.rule())
          .name("expect")
          .value(c.fires() ? "fires" : "quiet")
          .name("passed")
          .value(r.passed())
          .name("message")
          .value(r.message())
          .name("file")
          .value(c.file())
          .field("line", c.line())
          .field("column", c.column())
          .name("path")
          .value(c.path())
          .endObject();
    }
    json.endArray()
        .name("summary")
        .beginObject()
        .field("cases", results.size())
        .field("passed", results.size() - (int) failed(results))
        .field("failed", (int) failed(results))
        .name("rulesWithoutCases")
        .beginArray();
    untested.forEach(json::value);
    json.endArray().endObject().endObject();
    json.bytes().append('\n').writeTo(out);
    out.flush();
  }

  private static long failed(List<RuleCaseRun.Result> results) {
    return results.stream().filter(r -> !r.passed()).count();
  }
}
