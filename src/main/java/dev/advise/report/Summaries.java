package dev.advise.report;

import dev.advise.batch.Tally;
import dev.advise.engine.Confidence;
import dev.advise.model.Substrate;
import java.util.ArrayList;
import java.util.List;

/** The one-paragraph summary of a batch that the text formats share. */
final class Summaries {

  private Summaries() {}

  static String line(Tally t) {
    List<String> parts = new ArrayList<>();
    parts.add(
        plural(t.workloads(), "workload")
            + " advised from "
            + plural(t.files(), "input")
            + recommendations(t));
    if (t.workloads() > 0) {
      parts.add(
          "confidence: "
              + t.confidence().getOrDefault(Confidence.HIGH, 0)
              + " high, "
              + t.confidence().getOrDefault(Confidence.MEDIUM, 0)
              + " medium, "
              + t.confidence().getOrDefault(Confidence.LOW, 0)
              + " low");
    }
    if (!t.problems().isEmpty()) {
      parts.add(plural(t.problems().size(), "error") + " (see stderr)");
    }
    if (t.skipped() > 0) {
      parts.add(Tally.documents(t.skipped()) + " skipped (see the notes on stderr)");
    }
    if (t.checking()) {
      parts.add(
          "checks: "
              + t.passed()
              + " passed, "
              + t.failed()
              + " failed, "
              + t.unchecked()
              + " unchecked"
              + (t.excepted() > 0 ? ", " + t.excepted() + " excepted" : ""));
    }
    return String.join("; ", parts);
  }

  private static String recommendations(Tally t) {
    List<String> parts = new ArrayList<>();
    for (Substrate s : Substrate.values()) {
      Integer n = t.recommendations().get(s);
      if (n != null) {
        parts.add(n + " " + s.id());
      }
    }
    if (t.withoutRecommendation() > 0) {
      parts.add(t.withoutRecommendation() + " with every substrate excluded");
    }
    return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
  }

  static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
