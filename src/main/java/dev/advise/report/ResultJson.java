package dev.advise.report;

import dev.advise.batch.Advised;
import dev.advise.batch.Tally;
import dev.advise.descriptor.Problem;
import dev.advise.engine.Advice;
import dev.advise.engine.Confidence;
import dev.advise.engine.Ranked;
import dev.advise.engine.Reason;
import dev.advise.engine.ToWin;
import dev.advise.engine.WhatIf;
import dev.advise.model.Dimension;
import dev.advise.model.Substrate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON output contract, version 1 (cli-and-output-v1.md; docs/output.schema.json holds the
 * same shape): field names and order for a result, an error and the summary. Fields may be
 * added, never renamed or dropped. Reasons come from the rules, so the same few hundred recur in
 * every result; each is encoded once per depth and spliced in after that. Thread-safe: workers
 * encode results concurrently.
 */
final class ResultJson {

  static final int SCHEMA_VERSION = 1;
  /** Reasons are a bounded set (they come from the rules), but a cache should never grow unbounded. */
  private static final int MAX_CACHED = 4096;

  private final boolean pretty;
  private final Map<ReasonAt, byte[]> reasons = new ConcurrentHashMap<>();

  ResultJson(boolean pretty) {
    this.pretty = pretty;
  }

  private record ReasonAt(Reason reason, int depth) {
    @Override
    public boolean equals(Object o) {
      return o instanceof ReasonAt other && depth == other.depth && reason.equals(other.reason);
    }

    @Override
    public int hashCode() {
      return reason.hashCode() * 31 + depth;
    }
  }

  void result(JsonText j, Advised a) {
    Advice advice = a.advice();
    j.beginObject()
        .field("source", a.source())
        .field("document", a.document())
        .field("workload", advice.workload().name())
        .name("recommendation").word(advice.recommendation().map(Substrate::id).orElse(null))
        .name("confidence").word(advice.confidence().id())
        .strings("confidenceFactors", advice.confidenceFactors());
    j.name("ranking").beginArray();
    for (Ranked r : advice.ranking()) {
      ranked(j, r);
    }
    j.endArray();
    byDimension(j.name("importance"), advice.importance());
    reasons(j.name("importanceReasons"), advice.importanceReasons());
    j.strings("unknowns", advice.unknowns());
    j.name("whatIf").beginArray();
    for (WhatIf w : advice.whatIf()) {
      j.beginObject()
          .field("field", w.field())
          .field("value", w.value())
          .name("recommendation").word(w.recommendation().map(Substrate::id).orElse(null))
          .field("byExclusion", w.byExclusion())
          .endObject();
    }
    j.endArray();
    j.name("toWin").beginArray();
    for (ToWin t : advice.toWin()) {
      j.beginObject()
          .name("substrate").word(t.substrate().id())
          .field("field", t.field())
          .field("from", t.from().orElse(null))
          .field("to", t.to())
          .field("score", t.score())
          .endObject();
    }
    j.endArray();
    a.check().ifPresent(c -> j.name("check").beginObject()
        .field("placement", c.placement().id())
        .field("status", c.passed() ? "pass" : "fail")
        .field("message", c.message())
        .endObject());
    j.endObject();
  }

  private void ranked(JsonText j, Ranked r) {
    j.beginObject()
        .name("substrate").word(r.substrate().id())
        .field("score", r.score())
        .name("verdict").word(r.verdict().id());
    byDimension(j.name("dimensions"), r.dimensions());
    reasons(j.name("reasons"), r.reasons());
    reasons(j.name("exclusions"), r.exclusions());
    j.name("conditions").beginArray();
    for (Reason c : r.conditions()) {
      j.beginObject()
          .field("rule", c.rule())
          .field("message", c.message())
          .strings("sources", c.sources())
          .endObject();
    }
    j.endArray();
    j.endObject();
  }

  private void reasons(JsonText j, List<Reason> list) {
    j.beginArray();
    for (Reason r : list) {
      ReasonAt key = new ReasonAt(r, j.depth());
      byte[] encoded = reasons.get(key);
      if (encoded == null) {
        encoded = encode(r, key.depth());
        if (reasons.size() < MAX_CACHED) {
          reasons.putIfAbsent(key, encoded);
        }
      }
      j.raw(encoded);
    }
    j.endArray();
  }

  private byte[] encode(Reason r, int depth) {
    JsonText j = new JsonText(new Utf8(512), pretty, depth);
    j.beginObject()
        .field("rule", r.rule())
        .field("title", r.title())
        .field("dimension", r.dimension().id())
        .field("effect", r.effect())
        .field("message", r.message())
        .strings("sources", r.sources());
    r.dispute().ifPresent(d -> j.name("disputedBy").beginObject()
        .field("claim", d.claim())
        .strings("sources", d.sources())
        .endObject());
    j.endObject();
    return j.bytes().toByteArray();
  }

  private static void byDimension(JsonText j, Map<Dimension, Integer> values) {
    j.beginObject();
    for (Dimension d : Dimension.all()) {
      j.name(d.id());
      Integer v = values.get(d);
      if (v == null) {
        j.value((String) null);
      } else {
        j.value(v);
      }
    }
    j.endObject();
  }

  static void errors(JsonText j, List<Problem> problems) {
    j.beginArray();
    for (Problem p : problems) {
      j.beginObject()
          .field("source", p.source())
          .field("document", p.document())
          .field("line", p.line())
          .field("column", p.column())
          .field("path", p.path())
          .field("message", p.message())
          .endObject();
    }
    j.endArray();
  }

  static void summary(JsonText j, Tally tally) {
    j.beginObject()
        .field("files", tally.files())
        .field("workloads", tally.workloads())
        .field("errors", tally.problems().size());
    j.name("recommendations").beginObject();
    Map<Substrate, Integer> counts = tally.recommendations();
    for (Substrate s : Substrate.all()) {
      Integer n = counts.get(s);
      if (n != null) {
        j.field(s.id(), n);
      }
    }
    j.endObject();
    j.name("confidence").beginObject();
    Map<Confidence, Integer> confidence = tally.confidence();
    for (Confidence c : new Confidence[] {Confidence.HIGH, Confidence.MEDIUM, Confidence.LOW}) {
      j.field(c.id(), confidence.getOrDefault(c, 0));
    }
    j.endObject();
    if (tally.checking()) {
      j.name("checks").beginObject()
          .field("passed", tally.passed())
          .field("failed", tally.failed())
          .field("unchecked", tally.unchecked())
          .endObject();
    }
    j.endObject();
  }
}
