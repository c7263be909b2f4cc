package dev.advise.batch;

import dev.advise.descriptor.Problem;
import java.util.List;

/**
 * Everything one input produced, in document order: the advised workloads and the problems.
 * Batches stream these in input order, so no report holds more than a file's worth at a time.
 */
public record FileOutcome(String source, List<Advised> results, List<Problem> problems) {
  public FileOutcome {
    results = List.copyOf(results);
    problems = List.copyOf(problems);
  }
}
