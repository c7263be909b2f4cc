package dev.advise.cli;

import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * picocli's converters for the run's options, each the reading {@link RunOption#parse} does, so
 * that both readers of the command line take and refuse the same values in the same words. A class
 * apart from {@link OptionValues}: the quick path loads that one, and a class that throws picocli's
 * exceptions would load them with it.
 */
final class Converters {

  private Converters() {}

  /** The value as {@code option} reads it, or picocli's conversion error with the same words. */
  static Object convert(RunOption option, String value) {
    try {
      return option.parse(value);
    } catch (RunOption.Refused e) {
      throw new TypeConversionException(e.getMessage());
    }
  }

  /**
   * {@code --format}: a format's id ({@link IdNamed}); an unknown one is refused with the list of
   * ids.
   */
  static final class FormatConverter implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      return (Format) Converters.convert(RunOption.FORMAT, value);
    }
  }

  /** {@code --color}: auto, always or never ({@link IdNamed}). */
  static final class ColorConverter implements ITypeConverter<ColorMode> {
    @Override
    public ColorMode convert(String value) {
      return (ColorMode) Converters.convert(RunOption.COLOR, value);
    }
  }

  /** Include and exclude patterns. */
  static final class GlobConverter implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      return (String) Converters.convert(RunOption.INCLUDE, value);
    }
  }

  /** Output files, rule folders and configuration files. */
  static final class PathConverter implements ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
      return (Path) Converters.convert(RunOption.OUTPUT, value);
    }
  }

  /** {@code --from}: k8s or compose. */
  static final class FromConverter implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      return (String) Converters.convert(RunOption.FROM, value);
    }
  }

  /** {@code --sarif-root}: any folder name the system can make a path of. */
  static final class SarifRootConverter implements ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
      return (Path) Converters.convert(RunOption.SARIF_ROOT, value);
    }
  }

  /** Points below the winner that a placement may score and pass. */
  static final class ToleranceConverter implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return (Integer) Converters.convert(RunOption.TOLERANCE, value);
    }
  }

  /** {@code --max-file-size}. */
  static final class SizeConverter implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      return (Long) Converters.convert(RunOption.MAX_FILE_SIZE, value);
    }
  }

  /** {@code --max-aliases}: 0 or more. */
  static final class AliasesConverter implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return (Integer) Converters.convert(RunOption.MAX_ALIASES, value);
    }
  }

  /** {@code --max-depth}: 1 or more. */
  static final class DepthConverter implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return (Integer) Converters.convert(RunOption.MAX_DEPTH, value);
    }
  }

  /** {@code --report FORMAT=FILE}. */
  static final class ReportConverter implements ITypeConverter<ReportTarget> {
    @Override
    public ReportTarget convert(String value) {
      return (ReportTarget) Converters.convert(RunOption.REPORT, value);
    }
  }
}
