package dev.advise.batch;

import java.nio.file.FileSystem;
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

  /** Matches a file or folder name. */
  private interface NameMatcher {
    boolean matches(String name);
  }

  private final List<NameMatcher> byName;
  private final List<PathMatcher> byPath;

  Globs(List<String> patterns) {
    var fs = FileSystems.getDefault();
    this.byName = patterns.stream().filter(p -> !p.contains("/")).map(p -> nameMatcher(fs, p)).toList();
    this.byPath = patterns.stream().filter(p -> p.contains("/"))
        .map(p -> fs.getPathMatcher("glob:" + p)).toList();
  }

  /**
   * {@code *} and a plain ending (the default {@code *.yaml}, {@code *.yml}) is an ending test:
   * the walker asks for every file, and a glob matcher parses a path each time. Anything else
   * is a glob matcher.
   */
  private static NameMatcher nameMatcher(FileSystem fs, String pattern) {
    String rest = pattern.substring(1);
    if (pattern.startsWith("*") && rest.chars().noneMatch(c -> "*?[]{}\\".indexOf(c) >= 0)) {
      return name -> name.endsWith(rest);
    }
    PathMatcher glob = fs.getPathMatcher("glob:" + pattern);
    return name -> glob.matches(Path.of(name));
  }

  /** Whether {@code relative} (names joined by '/') matches any pattern. */
  boolean matches(String relative) {
    String name = relative.substring(relative.lastIndexOf('/') + 1);
    for (NameMatcher m : byName) {
      if (!name.isEmpty() && m.matches(name)) {
        return true;
      }
    }
    if (byPath.isEmpty()) {
      return false;
    }
    Path path = Path.of(relative);
    for (PathMatcher m : byPath) {
      if (m.matches(path)) {
        return true;
      }
    }
    return false;
  }
}
