package dev.advise.batch;

import dev.advise.descriptor.Problem;
import java.util.List;

/**
 * Everything one input produced, in document order: the advised workloads, the problems, the
 * warnings (notes on valid documents that change no exit code, such as a near-miss id), and how
 * many documents were skipped as not advise descriptors ({@code skippedWhat} says why the first
 * was, or is null). Batches stream these in input order, so no report holds more than a file's
 * worth at a time.
 */
public record FileOutcome(
    String source,
    List<Advised> results,
    List<Problem> problems,
    List<Problem> warnings,
    int skipped,
    String skippedWhat) {
  public FileOutcome {
    results = List.copyOf(results);
    problems = List.copyOf(problems);
    warnings = List.copyOf(warnings);
  }

  public FileOutcome(
      String source, List<Advised> results, List<Problem> problems, List<Problem> warnings) {
    this(source, results, problems, warnings, 0, null);
  }

  public FileOutcome(String source, List<Advised> results, List<Problem> problems) {
    this(source, results, problems, List.of());
  }

  /** Whether the input held anything meant as a descriptor: a workload, or a problem. */
  boolean heldADescriptor() {
    return !results.isEmpty() || !problems.isEmpty();
  }
}
