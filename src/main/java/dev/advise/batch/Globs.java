package dev.advise.batch;

import java.util.List;

/**
 * Include and exclude patterns, matched against a path relative to the folder given, with '/'
 * between names. A pattern without '/' matches the name alone (like .gitignore), so {@code *.yaml}
 * finds files at any depth; {@code **} crosses folders. Names are matched as strings ({@link
 * Glob}), so a name the JVM cannot turn back into a path is matched too.
 */
final class Globs {

  /** Matches a file or folder name. */
  private interface NameMatcher {
    boolean matches(String name);
  }

  private final List<NameMatcher> byName;
  private final List<Glob> byPath;

  /**
   * @throws Glob.Invalid for a pattern that is not one (the command line checks them first)
   */
  Globs(List<String> patterns) {
    this.byName = patterns.stream().filter(p -> !p.contains("/")).map(Globs::nameMatcher).toList();
    this.byPath = patterns.stream().filter(p -> p.contains("/")).map(Glob::compile).toList();
  }

  /**
   * {@code *} and a plain ending (the default {@code *.yaml}, {@code *.yml}) is an ending test: the
   * walker asks for every file, and a general match costs more. Anything else is a compiled glob.
   */
  private static NameMatcher nameMatcher(String pattern) {
    String rest = pattern.substring(1);
    if (pattern.startsWith("*") && rest.chars().noneMatch(c -> "*?[]{}\\".indexOf(c) >= 0)) {
      return name -> name.endsWith(rest);
    }
    Glob glob = Glob.compile(pattern);
    return glob::matches;
  }

  /** Whether {@code relative} (names joined by '/') matches any pattern. */
  boolean matches(String relative) {
    String name = relative.substring(relative.lastIndexOf('/') + 1);
    for (NameMatcher m : byName) {
      if (!name.isEmpty() && m.matches(name)) {
        return true;
      }
    }
    for (Glob p : byPath) {
      if (p.matches(relative)) {
        return true;
      }
    }
    return false;
  }
}
