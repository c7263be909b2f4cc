package dev.advise.batch;

import dev.advise.descriptor.Problem;

/** What walking the command line's paths turns up: a file to read, or a path that failed. */
public sealed interface Found permits Input, Found.Unreachable {

  /** How output names it. */
  String source();

  /** A path that could not be walked: missing, unreadable, a link loop. */
  record Unreachable(Problem problem) implements Found {
    @Override
    public String source() {
      return problem.source();
    }
  }
}
