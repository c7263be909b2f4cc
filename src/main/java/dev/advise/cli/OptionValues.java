package dev.advise.cli;

import dev.advise.batch.Glob;
import dev.advise.descriptor.Quote;
import dev.advise.model.Quantity;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * What an option's value must be, said once for both readers of the command line: picocli
 * calls the converters below, and {@link QuickOptions} asks the same checks and declines a
 * line they refuse, so that picocli reports it. Every refusal is one line naming the problem;
 * picocli puts the option's name before it. An empty value (an unset CI variable) is never
 * taken to mean "the current folder" or "no pattern".
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
      return Optional.of("PATH: an empty argument is not a path (an unset variable?); write . for the current folder");
    }
    if (toleranceGiven && !check) {
      return Optional.of("--tolerance is only used with --check (how far a placement may trail the winner and pass)");
    }
    return Optional.empty();
  }

  /** Include and exclude patterns. */
  static final class GlobConverter implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      globProblem(value).ifPresent(p -> {
        throw new TypeConversionException(p);
      });
      return value;
    }
  }

  /** Output files and rule folders. */
  static final class PathConverter implements ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
      pathProblem(value).ifPresent(p -> {
        throw new TypeConversionException(p);
      });
      return Path.of(value);
    }
  }

  /** Points below the winner that a placement may score and pass. */
  static final class ToleranceConverter implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      int points;
      try {
        points = Integer.parseInt(value);
      } catch (NumberFormatException e) {
        throw new TypeConversionException(Quote.of(value) + " is not a whole number of points (0 to " + MAX_TOLERANCE + ")");
      }
      toleranceProblem(points).ifPresent(p -> {
        throw new TypeConversionException(p);
      });
      return points;
    }
  }

  /**
   * A size in bytes, written as descriptors write memory ({@code 4194304}, {@code 4Mi},
   * {@code 512Ki}, {@code 4M}), or with a trailing B as people write sizes ({@code 4MiB}).
   */
  static final class SizeConverter implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      String text = value.endsWith("B") ? value.substring(0, value.length() - 1) : value;
      Optional<Quantity> size = text.isEmpty() || !Character.isDigit(text.charAt(0))
          ? Optional.empty() : Quantity.parseMemory(text);
      if (size.isEmpty()) {
        throw new TypeConversionException(Quote.of(value) + " is not a size (e.g. 4194304, 4Mi, 4MiB, 512Ki)");
      }
      return size.get().base();
    }
  }

  /** A count limit (aliases, depth): a whole number, not below {@code min}. */
  abstract static class CountConverter implements ITypeConverter<Integer> {
    private final int min;

    CountConverter(int min) {
      this.min = min;
    }

    @Override
    public Integer convert(String value) {
      int n;
      try {
        n = Integer.parseInt(value);
      } catch (NumberFormatException e) {
        throw new TypeConversionException(Quote.of(value) + " is not a whole number");
      }
      if (n < min) {
        throw new TypeConversionException(n + " is below the least allowed, " + min);
      }
      return n;
    }
  }

  /** {@code --max-aliases}: 0 or more. */
  static final class AliasesConverter extends CountConverter {
    AliasesConverter() {
      super(0);
    }
  }

  /** {@code --max-depth}: 1 or more. */
  static final class DepthConverter extends CountConverter {
    DepthConverter() {
      super(1);
    }
  }
}
