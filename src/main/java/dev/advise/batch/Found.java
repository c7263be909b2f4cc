package dev.advise.batch;

import dev.advise.descriptor.Problem;

/**
 * What walking the command line's paths turns up: a file to read, a path that failed, or the end of
 * a folder argument's walk.
 */
public sealed interface Found permits Input, Found.Unreachable, Found.FolderDone {

  /** How output names it. */
  String source();

  /** A path that could not be walked: missing, unreadable, a link loop. */
  record Unreachable(Problem problem) implements Found {
    @Override
    public String source() {
      return problem.source();
    }
  }

  /**
   * The walk of a folder argument is over, after {@code found} files or problems. The batch turns
   * it into an error when none of them held a descriptor (v1.1: exit 3, "no descriptors found in
   * ..."); it is not an input and makes no outcome of its own otherwise.
   */
  record FolderDone(String source, int found, String patterns) implements Found {}
}
