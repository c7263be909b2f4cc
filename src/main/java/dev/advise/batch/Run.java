package dev.advise.batch;

import dev.advise.descriptor.Problem;
import java.util.List;

/** Everything one invocation produced: results and errors in input order, and files read. */
public record Run(List<Advised> results, List<Problem> errors, int files, boolean checked) {

  public Run {
    results = List.copyOf(results);
    errors = List.copyOf(errors);
  }

  public long failedChecks() {
    return results.stream().filter(r -> r.check().map(c -> !c.passed()).orElse(false)).count();
  }
}
