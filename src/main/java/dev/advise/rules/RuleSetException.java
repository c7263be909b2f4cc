package dev.advise.rules;

import dev.advise.descriptor.Problem;
import java.util.List;

/** Rule files that cannot be used, with every located problem found in them. */
public final class RuleSetException extends Exception {

  private static final long serialVersionUID = 1L;
  private final transient List<Problem> problems;

  public RuleSetException(List<Problem> problems) {
    super(problems.isEmpty() ? "invalid rules" : problems.get(0).format());
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
