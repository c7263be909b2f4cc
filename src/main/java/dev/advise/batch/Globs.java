package dev.advise.batch;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

/**
 * Include and exclude patterns, matched against a path relative to the folder given, with '/'
 * between names. A pattern without '/' matches the name alone (like .gitignore), so
 * {@code *.yaml} finds files at any depth; {@code **} crosses folders.
 */
final class Globs {

  private final List<PathMatcher> byName;
  private final List<PathMatcher> byPath;

  Globs(List<String> patterns) {
    var fs = FileSystems.getDefault();
    this.byName = patterns.stream().filter(p -> !p.contains("/"))
        .map(p -> fs.getPathMatcher("glob:" + p)).toList();
    this.byPath = patterns.stream().filter(p -> p.contains("/"))
        .map(p -> fs.getPathMatcher("glob:" + p)).toList();
  }

  /** Whether {@code relative} (names joined by '/') matches any pattern. */
  boolean matches(String relative) {
    Path path = Path.of(relative);
    Path name = path.getFileName();
    return byName.stream().anyMatch(m -> name != null && m.matches(name))
        || byPath.stream().anyMatch(m -> m.matches(path));
  }
}
