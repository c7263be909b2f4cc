package dev.advise.report;

import dev.advise.batch.Advised;
import dev.advise.batch.Run;
import dev.advise.descriptor.Problem;
import dev.advise.engine.Advice;
import dev.advise.model.Dimension;
import dev.advise.model.Substrate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Maps the engine's advice onto the versioned output records. */
final class JsonMapping {

  private JsonMapping() {}

  static JsonDtos.Envelope envelope(Run run) {
    return new JsonDtos.Envelope(JsonDtos.SCHEMA_VERSION,
        run.results().stream().map(JsonMapping::result).toList(),
        run.errors().stream().map(JsonMapping::error).toList(),
        summary(run));
  }

  static JsonDtos.Result result(Advised a) {
    Advice advice = a.advice();
    return new JsonDtos.Result(
        a.source(),
        a.document(),
        advice.workload().name(),
        advice.recommendation().map(Substrate::id).orElse(null),
        advice.confidence().id(),
        advice.confidenceFactors(),
        advice.ranking().stream().map(JsonMapping::ranked).toList(),
        byDimension(advice.importance()),
        advice.importanceReasons().stream().map(JsonMapping::reason).toList(),
        advice.unknowns(),
        advice.whatIf().stream().map(w -> new JsonDtos.WhatIf(w.field(), w.value(),
            w.recommendation().map(Substrate::id).orElse(null), w.byExclusion())).toList(),
        a.check().map(c -> new JsonDtos.Check(c.placement().id(), c.passed() ? "pass" : "fail",
            c.message())).orElse(null));
  }

  private static JsonDtos.Ranked ranked(dev.advise.engine.Ranked r) {
    return new JsonDtos.Ranked(r.substrate().id(), r.score(), r.verdict().id(),
        byDimension(r.dimensions()),
        r.reasons().stream().map(JsonMapping::reason).toList(),
        r.exclusions().stream().map(JsonMapping::reason).toList(),
        r.conditions().stream().map(c -> new JsonDtos.Condition(c.rule(), c.message(), c.sources())).toList());
  }

  private static JsonDtos.Reason reason(dev.advise.engine.Reason r) {
    return new JsonDtos.Reason(r.rule(), r.title(), r.dimension().id(), r.effect(), r.message(),
        r.sources(), r.dispute().map(d -> new JsonDtos.Dispute(d.claim(), d.sources())).orElse(null));
  }

  static JsonDtos.Error error(Problem p) {
    return new JsonDtos.Error(p.source(), p.document(), p.line(), p.column(), p.path(), p.message());
  }

  static JsonDtos.Summary summary(Run run) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Substrate s : Substrate.values()) {
      int n = (int) run.results().stream()
          .filter(a -> a.advice().recommendation().filter(r -> r == s).isPresent()).count();
      if (n > 0) {
        counts.put(s.id(), n);
      }
    }
    return new JsonDtos.Summary(run.files(), run.results().size(), run.errors().size(), counts,
        run.checked() ? (int) run.failedChecks() : null);
  }

  private static Map<String, Integer> byDimension(Map<Dimension, Integer> values) {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (Dimension d : Dimension.values()) {
      out.put(d.id(), values.get(d));
    }
    return out;
  }
}
