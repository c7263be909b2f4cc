package dev.advise.batch;

import dev.advise.descriptor.Problem;
import java.util.List;

/**
 * Everything one input produced, in document order: the advised workloads, the problems, and
 * the warnings (notes on valid documents that change no exit code, such as a near-miss id).
 * Batches stream these in input order, so no report holds more than a file's worth at a time.
 */
public record FileOutcome(String source, List<Advised> results, List<Problem> problems, List<Problem> warnings) {
  public FileOutcome {
    results = List.copyOf(results);
    problems = List.copyOf(problems);
    warnings = List.copyOf(warnings);
  }

  public FileOutcome(String source, List<Advised> results, List<Problem> problems) {
    this(source, results, problems, List.of());
  }
}
