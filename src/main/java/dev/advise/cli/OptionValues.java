package dev.advise.cli;

import dev.advise.batch.Glob;
import dev.advise.descriptor.Quote;
import dev.advise.model.Quantity;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What an option's value must be, said once for both readers of the command line: picocli calls the
 * converters ({@link Converters}), and {@link QuickOptions} asks the same checks and declines a
 * line they refuse, so that picocli reports it. Every refusal is one line naming the problem;
 * picocli puts the option's name before it. An empty value (an unset CI variable) is never taken to
 * mean "the current folder" or "no pattern".
 */
final class OptionValues {

  static final int MAX_TOLERANCE = 100;

  private OptionValues() {}

  /** Why a glob is not one, or empty when it is. */
  static Optional<String> globProblem(String value) {
    try {
      Glob.check(value);
      return Optional.empty();
    } catch (Glob.Invalid e) {
      return Optional.of(Quote.of(value) + " is not a pattern: " + e.getMessage());
    }
  }

  /** Why a file or folder name is not one, or empty when it is. */
  static Optional<String> pathProblem(String value) {
    if (value.isEmpty()) {
      return Optional.of("an empty name is not a file or folder (an unset variable?)");
    }
    try {
      Path.of(value);
      return Optional.empty();
    } catch (InvalidPathException e) {
      return Optional.of(Quote.of(value) + " is not a valid file name here");
    }
  }

  /** Why a tolerance is out of range, or empty when it is in range. */
  static Optional<String> toleranceProblem(int points) {
    return points < 0 || points > MAX_TOLERANCE
        ? Optional.of(points + " is not between 0 and " + MAX_TOLERANCE + " points")
        : Optional.empty();
  }

  /**
   * Problems of the command line as a whole, once each value has converted: an empty path, a
   * tolerance without the check it tunes. Empty when there are none.
   */
  static Optional<String> lineProblem(List<String> paths, boolean check, boolean toleranceGiven) {
    if (paths.contains("")) {
      return Optional.of(
          "PATH: an empty argument is not a path (an unset variable?); write . for the current folder");
    }
    if (toleranceGiven && !check) {
      return Optional.of(
          "--tolerance is only used with --check (how far a placement may trail the winner and pass)");
    }
    return Optional.empty();
  }

  /** A value read from its text, or why it could not be (then {@code value} is null). */
  record Read<T>(T value, String problem) {
    static <T> Read<T> ok(T value) {
      return new Read<>(value, null);
    }

    static <T> Read<T> refused(String problem) {
      return new Read<>(null, problem);
    }
  }

  /** A file or folder name. */
  static Read<Path> path(String value) {
    Optional<String> problem = pathProblem(value);
    return problem.isPresent() ? Read.refused(problem.get()) : Read.ok(Path.of(value));
  }

  /** Points below the winner that a placement may score and pass. */
  static Read<Integer> tolerance(String value) {
    int points;
    try {
      points = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      return Read.refused(
          Quote.of(value) + " is not a whole number of points (0 to " + MAX_TOLERANCE + ")");
    }
    Optional<String> problem = toleranceProblem(points);
    return problem.isPresent() ? Read.refused(problem.get()) : Read.ok(points);
  }

  /**
   * A size in bytes, written as descriptors write memory ({@code 4194304}, {@code 4Mi}, {@code
   * 512Ki}, {@code 4M}), or with a trailing B as people write sizes ({@code 4MiB}), between 1 byte
   * and the largest array the JVM makes.
   */
  static Read<Long> size(String value) {
    String text = value.endsWith("B") ? value.substring(0, value.length() - 1) : value;
    Optional<Quantity> size =
        text.isEmpty() || !Character.isDigit(text.charAt(0))
            ? Optional.empty()
            : Quantity.parseMemory(text);
    if (size.isEmpty()) {
      return Read.refused(Quote.of(value) + " is not a size (e.g. 4194304, 4Mi, 4MiB, 512Ki)");
    }
    long bytes = size.get().base();
    if (bytes < 1 || bytes > MAX_FILE_SIZE) {
      return Read.refused(bytes + " bytes is not between 1 and " + MAX_FILE_SIZE);
    }
    return Read.ok(bytes);
  }

  /**
   * The largest file advise reads: the largest array the JVM makes ({@link
   * dev.advise.descriptor.Limits}).
   */
  static final long MAX_FILE_SIZE = Integer.MAX_VALUE - 8;

  /** A count limit (aliases, depth): a whole number, not below {@code min}. */
  static Read<Integer> count(String value, int min) {
    int n;
    try {
      n = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      return Read.refused(Quote.of(value) + " is not a whole number");
    }
    return n < min ? Read.refused(n + " is below the least allowed, " + min) : Read.ok(n);
  }
}
