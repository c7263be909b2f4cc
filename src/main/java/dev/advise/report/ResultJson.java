package dev.advise.report;

import dev.advise.batch.Advised;
import dev.advise.descriptor.Problem;
import dev.advise.engine.Advice;
import dev.advise.engine.Lead;
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
 * The JSON output contract, version 1 (docs/output.schema.json holds its shape): field names and
 * order for a result, an error and the summary. Fields may be added, never renamed or dropped.
 * Reasons come from the rules, so the same few hundred recur in every result; each is encoded once
 * per depth and spliced in after that (found by identity, {@link ReasonAt}). Thread-safe: workers
 * encode concurrently.
 */
final class ResultJson {

  static final int SCHEMA_VERSION = 1;

  /**
   * Reasons are a bounded set (they come from the rules), but a cache should never grow unbounded.
   */
  private static final int MAX_CACHED = 4096;

  // The contract's field names, each quoted once.
  private static final JsonText.Name SOURCE = JsonText.Name.of("source");
  private static final JsonText.Name DOCUMENT = JsonText.Name.of("document");
  private static final JsonText.Name WORKLOAD = JsonText.Name.of("workload");
  private static final JsonText.Name RECOMMENDATION = JsonText.Name.of("recommendation");
  private static final JsonText.Name CONFIDENCE = JsonText.Name.of("confidence");
  private static final JsonText.Name CONFIDENCE_FACTORS = JsonText.Name.of("confidenceFactors");
  private static final JsonText.Name RANKING = JsonText.Name.of("ranking");
  private static final JsonText.Name LEAD = JsonText.Name.of("lead");
  private static final JsonText.Name OVER = JsonText.Name.of("over");
  private static final JsonText.Name POINTS = JsonText.Name.of("points");
  private static final JsonText.Name BY_DIMENSION = JsonText.Name.of("byDimension");
  private static final JsonText.Name KIND = JsonText.Name.of("kind");
  private static final JsonText.Name IMPORTANCE = JsonText.Name.of("importance");
  private static final JsonText.Name IMPORTANCE_REASONS = JsonText.Name.of("importanceReasons");
  private static final JsonText.Name UNKNOWNS = JsonText.Name.of("unknowns");
  private static final JsonText.Name WHAT_IF = JsonText.Name.of("whatIf");
  private static final JsonText.Name FIELD = JsonText.Name.of("field");
  private static final JsonText.Name VALUE = JsonText.Name.of("value");
  private static final JsonText.Name BY_EXCLUSION = JsonText.Name.of("byExclusion");
  private static final JsonText.Name BY_CAP = JsonText.Name.of("byCap");
  private static final JsonText.Name TO_WIN = JsonText.Name.of("toWin");
  private static final JsonText.Name SUBSTRATE = JsonText.Name.of("substrate");
  private static final JsonText.Name FROM = JsonText.Name.of("from");
  private static final JsonText.Name TO = JsonText.Name.of("to");
  private static final JsonText.Name SCORE = JsonText.Name.of("score");
  private static final JsonText.Name CHECK = JsonText.Name.of("check");
  private static final JsonText.Name PLACEMENT = JsonText.Name.of("placement");
  private static final JsonText.Name STATUS = JsonText.Name.of("status");
  private static final JsonText.Name MESSAGE = JsonText.Name.of("message");
  private static final JsonText.Name VERDICT = JsonText.Name.of("verdict");
  private static final JsonText.Name DIMENSIONS = JsonText.Name.of("dimensions");
  private static final JsonText.Name REASONS = JsonText.Name.of("reasons");
  private static final JsonText.Name EXCLUSIONS = JsonText.Name.of("exclusions");
  private static final JsonText.Name CONDITIONS = JsonText.Name.of("conditions");
  private static final JsonText.Name RULE = JsonText.Name.of("rule");
  private static final JsonText.Name SOURCES = JsonText.Name.of("sources");
  private static final JsonText.Name TITLE = JsonText.Name.of("title");
  private static final JsonText.Name DIMENSION = JsonText.Name.of("dimension");
  private static final JsonText.Name EFFECT = JsonText.Name.of("effect");
  private static final JsonText.Name CAP = JsonText.Name.of("cap");
  private static final JsonText.Name DISPUTED_BY = JsonText.Name.of("disputedBy");
  private static final JsonText.Name CLAIM = JsonText.Name.of("claim");
  private static final JsonText.Name LINE = JsonText.Name.of("line");
  private static final JsonText.Name COLUMN = JsonText.Name.of("column");
  private static final JsonText.Name PATH = JsonText.Name.of("path");
  private static final JsonText.Name EXCEPTION = JsonText.Name.of("exception");
  private static final JsonText.Name REASON = JsonText.Name.of("reason");
  private static final JsonText.Name EXPIRES = JsonText.Name.of("expires");

  private static final JsonText.Name[] DIMENSION_KEYS =
      Dimension.all().stream().map(d -> JsonText.Name.of(d.id())).toArray(JsonText.Name[]::new);

  private final boolean pretty;
  private final Map<ReasonAt, byte[]> reasons = new ConcurrentHashMap<>();

  ResultJson(boolean pretty) {
    this.pretty = pretty;
  }

  /**
   * A reason at a depth, looked up by identity: the engine makes each reason once per rule set and
   * shares it between results, where equal reasons on several substrates are separate objects whose
   * long texts a lookup by value compared in full. A reason met as another object is encoded once
   * more, to the same bytes.
   */
  private record ReasonAt(Reason reason, int depth) {
    @Override
    public boolean equals(Object o) {
      return o instanceof ReasonAt other && depth == other.depth && reason == other.reason;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(reason) * 31 + depth;
    }
  }

  void result(JsonText j, Advised a) {
    Advice advice = a.advice();
    j.beginObject()
        .field(SOURCE, a.source())
        .field(DOCUMENT, a.document())
        .field(WORKLOAD, advice.workload().name())
        .name(RECOMMENDATION)
        .word(advice.recommendation().map(Substrate::id).orElse(null))
        .name(CONFIDENCE)
        .word(advice.confidence().id())
        .strings(CONFIDENCE_FACTORS, advice.confidenceFactors());
    lead(j.name(LEAD), advice.lead().orElse(null));
    j.name(RANKING).beginArray();
    for (Ranked r : advice.ranking()) {
      ranked(j, r);
    }
    j.endArray();
    byDimension(j.name(IMPORTANCE), advice.importance());
    reasons(j.name(IMPORTANCE_REASONS), advice.importanceReasons());
    // field paths come from the catalogue, a closed set: quoted once, like the ids
    j.words(UNKNOWNS, advice.unknowns());
    j.name(WHAT_IF).beginArray();
    for (WhatIf w : advice.whatIf()) {
      j.beginObject()
          .name(FIELD)
          .word(w.field())
          .field(VALUE, w.value())
          .name(RECOMMENDATION)
          .word(w.recommendation().map(Substrate::id).orElse(null))
          .field(BY_EXCLUSION, w.byExclusion())
          .field(BY_CAP, w.byCap())
          .endObject();
    }
    j.endArray();
    j.name(TO_WIN).beginArray();
    for (ToWin t : advice.toWin()) {
      j.beginObject()
          .name(SUBSTRATE)
          .word(t.substrate().id())
          .name(FIELD)
          .word(t.field())
          .field(FROM, t.from().orElse(null))
          .field(TO, t.to())
          .field(SCORE, t.score())
          .name(KIND)
          .word(t.kind().id())
          .endObject();
    }
    j.endArray();
    a.check()
        .ifPresent(
            c -> {
              j.name(CHECK)
                  .beginObject()
                  .field(PLACEMENT, c.placement().id())
                  .field(STATUS, c.status().id())
                  .field(MESSAGE, c.message());
              c.exceptionUsed()
                  .ifPresent(
                      e ->
                          j.name(EXCEPTION)
                              .beginObject()
                              .field(REASON, e.reason())
                              .field(EXPIRES, e.expires().toString())
                              .endObject());
              j.endObject();
            });
    j.endObject();
  }

  private void ranked(JsonText j, Ranked r) {
    j.beginObject()
        .name(SUBSTRATE)
        .word(r.substrate().id())
        .field(SCORE, r.score())
        .name(VERDICT)
        .word(r.verdict().id());
    byDimension(j.name(DIMENSIONS), r.dimensions());
    reasons(j.name(REASONS), r.reasons());
    reasons(j.name(EXCLUSIONS), r.exclusions());
    j.name(CONDITIONS).beginArray();
    for (Reason c : r.conditions()) {
      j.beginObject()
          .field(RULE, c.rule())
          .field(MESSAGE, c.message())
          .strings(SOURCES, c.sources())
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
        .field(RULE, r.rule())
        .field(TITLE, r.title())
        .field(DIMENSION, r.dimension().id())
        .field(EFFECT, r.effect());
    if (r.cap().isPresent()) {
      j.field(CAP, r.cap().getAsInt());
    }
    j.field(MESSAGE, r.message()).strings(SOURCES, r.sources());
    r.dispute()
        .ifPresent(
            d ->
                j.name(DISPUTED_BY)
                    .beginObject()
                    .field(CLAIM, d.claim())
                    .strings(SOURCES, d.sources())
                    .endObject());
    j.endObject();
    return j.bytes().toByteArray();
  }

  private static void lead(JsonText j, Lead lead) {
    if (lead == null) {
      j.value((String) null);
      return;
    }
    j.beginObject().name(OVER).word(lead.over().id()).name(POINTS).tenths(lead.tenths());
    j.name(BY_DIMENSION).beginObject();
    for (Dimension d : Dimension.all()) {
      j.name(DIMENSION_KEYS[d.ordinal()]).tenths(lead.tenths(d));
    }
    j.endObject();
    j.endObject();
  }

  private static void byDimension(JsonText j, Map<Dimension, Integer> values) {
    j.beginObject();
    for (Dimension d : Dimension.all()) {
      j.name(DIMENSION_KEYS[d.ordinal()]);
      Integer v = values.get(d);
      if (v == null) {
        j.value((String) null);
      } else {
        j.value(v);
      }
    }
    j.endObject();
  }

  /** The envelope's warnings: the same shape as its errors, without a document's own errors. */
  static void warnings(JsonText j, List<Problem> warnings) {
    errors(j, warnings);
  }

  static void errors(JsonText j, List<Problem> problems) {
    j.beginArray();
    for (Problem p : problems) {
      j.beginObject()
          .field(SOURCE, p.source())
          .field(DOCUMENT, p.document())
          .field(LINE, p.line())
          .field(COLUMN, p.column())
          .field(PATH, p.path())
          .field(MESSAGE, p.message())
          .endObject();
    }
    j.endArray();
  }
}
