package dev.advise.report;

import dev.advise.batch.Tally;
import dev.advise.engine.Confidence;
import dev.advise.model.Substrate;
import java.util.Map;

/** The JSON summary of a run, from its tally: the same object in the envelope and in NDJSON. */
final class SummaryJson {

  private static final JsonText.Name FILES = JsonText.Name.of("files");
  private static final JsonText.Name WORKLOADS = JsonText.Name.of("workloads");
  private static final JsonText.Name ERRORS = JsonText.Name.of("errors");
  private static final JsonText.Name SKIPPED = JsonText.Name.of("skipped");
  private static final JsonText.Name RECOMMENDATIONS = JsonText.Name.of("recommendations");
  private static final JsonText.Name CONFIDENCE = JsonText.Name.of("confidence");
  private static final JsonText.Name CHECKS = JsonText.Name.of("checks");
  private static final JsonText.Name PASSED = JsonText.Name.of("passed");
  private static final JsonText.Name FAILED = JsonText.Name.of("failed");
  private static final JsonText.Name UNCHECKED = JsonText.Name.of("unchecked");
  private static final JsonText.Name EXCEPTED = JsonText.Name.of("excepted");

  private SummaryJson() {}

  static void summary(JsonText j, Tally tally) {
    j.beginObject()
        .field(FILES, tally.files())
        .field(WORKLOADS, tally.workloads())
        .field(ERRORS, tally.problems().size())
        .field(SKIPPED, tally.skipped());
    j.name(RECOMMENDATIONS).beginObject();
    Map<Substrate, Integer> counts = tally.recommendations();
    for (Substrate s : Substrate.all()) {
      Integer n = counts.get(s);
      if (n != null) {
        j.field(s.id(), n);
      }
    }
    j.endObject();
    j.name(CONFIDENCE).beginObject();
    Map<Confidence, Integer> confidence = tally.confidence();
    for (Confidence c : new Confidence[] {Confidence.HIGH, Confidence.MEDIUM, Confidence.LOW}) {
      j.field(c.id(), confidence.getOrDefault(c, 0));
    }
    j.endObject();
    if (tally.checking()) {
      j.name(CHECKS)
          .beginObject()
          .field(PASSED, tally.passed())
          .field(FAILED, tally.failed())
          .field(UNCHECKED, tally.unchecked())
          .field(EXCEPTED, tally.excepted())
          .endObject();
    }
    j.endObject();
  }
}
