package dev.advise.report;

import dev.advise.batch.Advised;
import dev.advise.batch.Tally;
import dev.advise.descriptor.Problem;
import dev.advise.engine.Advice;
import dev.advise.engine.Confidence;
import dev.advise.engine.Lead;
import dev.advise.engine.Ranked;
import dev.advise.engine.Reason;
import dev.advise.model.Dimension;
import dev.advise.model.Substrate;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Maps the engine's advice onto the versioned output records. */
final class JsonMapping {

  private JsonMapping() {}

  static JsonDtos.Result result(Advised a) {
    Advice advice = a.advice();
    return new JsonDtos.Result(
        a.source(),
        a.document(),
        advice.workload().name(),
        advice.recommendation().map(Substrate::id).orElse(null),
        advice.confidence().id(),
        advice.confidenceFactors(),
        advice.lead().map(JsonMapping::lead).orElse(null),
        advice.ranking().stream().map(JsonMapping::ranked).toList(),
        byDimension(advice.importance()),
        advice.importanceReasons().stream().map(JsonMapping::reason).toList(),
        advice.unknowns(),
        advice.whatIf().stream()
            .map(
                w ->
                    new JsonDtos.WhatIf(
                        w.field(),
                        w.value(),
                        w.recommendation().map(Substrate::id).orElse(null),
                        w.byExclusion(),
                        w.byCap()))
            .toList(),
        advice.toWin().stream()
            .map(
                t ->
                    new JsonDtos.ToWin(
                        t.substrate().id(),
                        t.field(),
                        t.from().orElse(null),
                        t.to(),
                        t.score(),
                        t.kind().id()))
            .toList(),
        a.check()
            .map(
                c ->
                    new JsonDtos.Check(
                        c.placement().id(),
                        c.status().id(),
                        c.message(),
                        c.exceptionUsed()
                            .map(e -> new JsonDtos.Exception(e.reason(), e.expires().toString()))
                            .orElse(null)))
            .orElse(null));
  }

  private static JsonDtos.Lead lead(Lead l) {
    Map<String, BigDecimal> shares = new LinkedHashMap<>();
    for (Dimension d : Dimension.values()) {
      shares.put(d.id(), BigDecimal.valueOf(l.tenths(d), 1));
    }
    return new JsonDtos.Lead(l.over().id(), BigDecimal.valueOf(l.tenths(), 1), shares);
  }

  private static JsonDtos.Ranked ranked(Ranked r) {
    return new JsonDtos.Ranked(
        r.substrate().id(),
        r.score(),
        r.verdict().id(),
        byDimension(r.dimensions()),
        r.reasons().stream().map(JsonMapping::reason).toList(),
        r.exclusions().stream().map(JsonMapping::reason).toList(),
        r.conditions().stream()
            .map(c -> new JsonDtos.Condition(c.rule(), c.message(), c.sources()))
            .toList());
  }

  private static JsonDtos.Reason reason(Reason r) {
    return new JsonDtos.Reason(
        r.rule(),
        r.title(),
        r.dimension().id(),
        r.effect(),
        r.cap().isPresent() ? Integer.valueOf(r.cap().getAsInt()) : null,
        r.message(),
        r.sources(),
        r.dispute().map(d -> new JsonDtos.Dispute(d.claim(), d.sources())).orElse(null));
  }

  static JsonDtos.Error error(Problem p) {
    return new JsonDtos.Error(
        p.source(), p.document(), p.line(), p.column(), p.path(), p.message());
  }

  static JsonDtos.Summary summary(Tally tally) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Substrate s : Substrate.values()) {
      Integer n = tally.recommendations().get(s);
      if (n != null) {
        counts.put(s.id(), n);
      }
    }
    Map<String, Integer> confidence = new LinkedHashMap<>();
    for (Confidence c : new Confidence[] {Confidence.HIGH, Confidence.MEDIUM, Confidence.LOW}) {
      confidence.put(c.id(), tally.confidence().getOrDefault(c, 0));
    }
    JsonDtos.Checks checks =
        tally.checking()
            ? new JsonDtos.Checks(
                tally.passed(), tally.failed(), tally.unchecked(), tally.excepted())
            : null;
    return new JsonDtos.Summary(
        tally.files(),
        tally.workloads(),
        tally.problems().size(),
        tally.skipped(),
        counts,
        confidence,
        checks);
  }

  private static Map<String, Integer> byDimension(Map<Dimension, Integer> values) {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (Dimension d : Dimension.values()) {
      out.put(d.id(), values.get(d));
    }
    return out;
  }
}
