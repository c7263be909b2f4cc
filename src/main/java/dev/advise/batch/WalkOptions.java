package dev.advise.batch;

import java.util.List;

/**
 * How folders are walked.
 *
 * @param include globs a file must match (default {@code *.yaml}, {@code *.yml})
 * @param exclude globs that drop a file, or a whole folder
 * @param followSymlinks follow links, but only while they stay inside the folder given
 */
public record WalkOptions(List<String> include, List<String> exclude, boolean followSymlinks) {

  public static final List<String> DEFAULT_INCLUDE = List.of("*.yaml", "*.yml");

  public WalkOptions {
    include = include.isEmpty() ? DEFAULT_INCLUDE : List.copyOf(include);
    exclude = List.copyOf(exclude);
  }

  public static WalkOptions defaults() {
    return new WalkOptions(List.of(), List.of(), false);
  }
}
