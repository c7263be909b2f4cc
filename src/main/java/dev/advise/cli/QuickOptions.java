package dev.advise.cli;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the everyday command lines without picocli: paths with the common options (format, check,
 * tolerance, output, include, exclude, colour, quiet, follow-symlinks, debug). picocli's classes
 * cannot be stored in the class-data archive (they are compiled for Java 5), and loading them and
 * building its model costs a run about a tenth of a second, as much as advising a file.
 *
 * <p>It reads a command line only when it is sure to read it as picocli would, and otherwise
 * declines: help, version, subcommands, argument files, other options, a repeated option, a value
 * that does not convert or is refused ({@link OptionValues}), a value that looks like an option, a
 * line {@link OptionValues#lineProblem} refuses. picocli then reads it, and reports any mistake in
 * its own words. A test holds the two readings equal. Which options it reads, and how each value is
 * read, is said once in {@link RunOption}.
 */
final class QuickOptions {

  private QuickOptions() {}

  /** A command line read quickly: the options, and which of them it gave. */
  record Line(Options options, Set<RunOption> given) {}

  /** The options, or empty when picocli should read this command line. */
  static Optional<Options> read(String... args) {
    Optional<Line> line = line(args);
    return line.isPresent() ? Optional.of(line.get().options()) : Optional.empty();
  }

  /** The options with the ones given, or empty when picocli should read this command line. */
  static Optional<Line> line(String... args) {
    Options o = new Options();
    Set<RunOption> seen = EnumSet.noneOf(RunOption.class);
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
      Optional<RunOption> known = RunOption.named(name);
      if (known.isEmpty() || !known.get().quick) {
        return Optional.empty();
      }
      RunOption option = known.get();
      if (!seen.add(option) && option.kind != RunOption.Kind.LIST) {
        return Optional.empty();
      }
      if (option.kind == RunOption.Kind.FLAG) {
        if (value != null) {
          return Optional.empty();
        }
        option.set(o, Boolean.TRUE);
        continue;
      }
      if (value == null) {
        if (i + 1 >= args.length) {
          return Optional.empty();
        }
        value = args[++i];
      }
      if (value.isEmpty()
          || value.startsWith("-")
          || value.startsWith("@")
          || subcommand(value)
          || !setValue(o, option, value)) {
        return Optional.empty();
      }
    }
    if (o.paths.isEmpty()
        || OptionValues.lineProblem(o.paths, o.check, seen.contains(RunOption.TOLERANCE))
            .isPresent()) {
      return Optional.empty();
    }
    return Optional.of(new Line(o, seen));
  }

  /**
   * picocli takes these words for its subcommands wherever they stand, even as an option's value.
   */
  static boolean subcommand(String word) {
    return word.equals("rules")
        || word.equals("explain")
        || word.equals("import")
        || word.equals("init")
        || word.equals("completion")
        || word.equals("config");
  }

  /**
   * Digits only, no sign, no leading zero, short enough for an int: read alike by every converter.
   */
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

  /**
   * Sets an option with a value; false for a value that does not convert (picocli then says why).
   */
  @SuppressWarnings("unchecked")
  private static boolean setValue(Options o, RunOption option, String value) {
    if (option == RunOption.TOLERANCE && !plainNumber(value)) {
      return false;
    }
    Object read;
    try {
      read = option.parse(value);
    } catch (RunOption.Refused e) {
      return false;
    }
    if (option.kind == RunOption.Kind.LIST) {
      ((List<Object>) option.get(o)).add(read);
    } else {
      option.set(o, read);
    }
    return true;
  }
}
