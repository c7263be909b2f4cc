package dev.advise.cli;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the everyday command lines without picocli: paths with the common options (format,
 * check, tolerance, output, include, exclude, colour, quiet, follow-symlinks, debug). picocli's
 * classes cannot be stored in the class-data archive (they are compiled for Java 5), and loading
 * them and building its model costs a run about a tenth of a second, as much as advising a file.
 *
 * <p>It reads a command line only when it is sure to read it as picocli would, and otherwise
 * declines: help, version, subcommands, argument files, other options, a repeated option, a
 * value that does not convert or is refused ({@link OptionValues}), a value that looks like an
 * option, a line {@link OptionValues#lineProblem} refuses. picocli then reads it, and
 * reports any mistake in its own words. A test holds the two readings equal.
 */
final class QuickOptions {

  private QuickOptions() {}

  /** The options, or empty when picocli should read this command line. */
  static Optional<Options> read(String... args) {
    Options o = new Options();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("-") || arg.equals("-")) {
        if (arg.isEmpty() || arg.startsWith("@") || subcommand(arg)) {
          return Optional.empty();
        }
        o.paths.add(arg);
        continue;
      }
      String name = arg;
      String value = null;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        name = arg.substring(0, eq);
        value = arg.substring(eq + 1);
      }
      String canonical = switch (name) {
        case "-q" -> "--quiet";
        case "-o" -> "--output";
        default -> name;
      };
      boolean repeatable = canonical.equals("--include") || canonical.equals("--exclude");
      if (!seen.add(canonical) && !repeatable) {
        return Optional.empty();
      }
      if (isFlag(canonical)) {
        if (value != null || !setFlag(o, canonical)) {
          return Optional.empty();
        }
        continue;
      }
      if (value == null) {
        if (i + 1 >= args.length) {
          return Optional.empty();
        }
        value = args[++i];
      }
      if (value.isEmpty() || value.startsWith("-") || value.startsWith("@") || subcommand(value)
          || !setValue(o, canonical, value)) {
        return Optional.empty();
      }
    }
    if (o.paths.isEmpty() || OptionValues.lineProblem(o.paths, o.check, seen.contains("--tolerance")).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(o);
  }

  /** picocli takes these words for its subcommands wherever they stand, even as an option's value. */
  private static boolean subcommand(String word) {
    return word.equals("rules") || word.equals("explain") || word.equals("import") || word.equals("init")
        || word.equals("completion");
  }

  /** Digits only, no sign, no leading zero, short enough for an int: read alike by every converter. */
  private static boolean plainNumber(String value) {
    if (value.isEmpty() || value.length() > 9 || (value.length() > 1 && value.charAt(0) == '0')) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) < '0' || value.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean isFlag(String name) {
    return List.of("--check", "--quiet", "--follow-symlinks", "--debug").contains(name);
  }

  private static boolean setFlag(Options o, String name) {
    switch (name) {
      case "--check" -> o.check = true;
      case "--quiet" -> o.quiet = true;
      case "--follow-symlinks" -> o.followSymlinks = true;
      case "--debug" -> o.debug = true;
      default -> {
        return false;
      }
    }
    return true;
  }

  /** Sets an option with a value; false for an option it does not know or a value that does not convert. */
  private static boolean setValue(Options o, String name, String value) {
    switch (name) {
      case "--format" -> {
        Optional<Format> f = Format.byId(value);
        if (f.isEmpty()) {
          return false;
        }
        o.format = f.get();
      }
      case "--color" -> {
        Optional<ColorMode> c = ColorMode.byId(value);
        if (c.isEmpty()) {
          return false;
        }
        o.color = c.get();
      }
      case "--tolerance" -> {
        if (!plainNumber(value) || OptionValues.toleranceProblem(Integer.parseInt(value)).isPresent()) {
          return false;
        }
        o.tolerance = Integer.parseInt(value);
      }
      case "--output" -> {
        if (OptionValues.pathProblem(value).isPresent()) {
          return false;
        }
        o.output = Path.of(value);
      }
      case "--include", "--exclude" -> {
        if (OptionValues.globProblem(value).isPresent()) {
          return false;
        }
        (name.equals("--include") ? o.include : o.exclude).add(value);
      }
      default -> {
        return false;
      }
    }
    return true;
  }
}
