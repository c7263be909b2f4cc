package dev.advise.cli;

import dev.advise.descriptor.Quote;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one table of the run's options: name, kind, whether the quick reader reads it, whether a
 * configuration file and an {@code ADVISE_*} variable may set it, how its value is read and where
 * it goes in {@link Options}. {@link QuickOptions}, {@link Settings} (file and environment) and
 * {@code advise config} read this table; picocli reads the annotations on {@link Options}, and
 * {@code RunOptionTableTest} holds the two to the same names, kinds and accepted values, so an
 * option cannot be added in one place and forgotten in another.
 *
 * <p>An enum with switches, not lambdas: the quick path loads it on every run, and a lambda each
 * would cost a short run its bootstrap.
 */
enum RunOption {
  FROM("--from", null, Kind.VALUE, false, true),
  FORMAT("--format", null, Kind.VALUE, true, true),
  OUTPUT("--output", "-o", Kind.VALUE, true, false),
  REPORT("--report", null, Kind.LIST, true, true),
  INCLUDE("--include", null, Kind.LIST, true, true),
  EXCLUDE("--exclude", null, Kind.LIST, true, true),
  FOLLOW_SYMLINKS("--follow-symlinks", null, Kind.FLAG, true, false),
  QUIET("--quiet", "-q", Kind.FLAG, true, true),
  CHECK("--check", null, Kind.FLAG, true, true),
  TOLERANCE("--tolerance", null, Kind.VALUE, true, true),
  RULES("--rules", null, Kind.LIST, false, true),
  COLOR("--color", null, Kind.VALUE, true, true),
  MAX_FILE_SIZE("--max-file-size", null, Kind.VALUE, false, true),
  MAX_ALIASES("--max-aliases", null, Kind.VALUE, false, true),
  MAX_DEPTH("--max-depth", null, Kind.VALUE, false, true),
  STDIN_FILENAME("--stdin-filename", null, Kind.VALUE, false, false),
  SARIF_ROOT("--sarif-root", null, Kind.VALUE, false, true),
  SARIF_DOCS_URL("--sarif-docs-url", null, Kind.VALUE, false, true),
  CONFIG("--config", null, Kind.VALUE, true, false),
  NO_CONFIG("--no-config", null, Kind.FLAG, true, false),
  DEBUG("--debug", null, Kind.FLAG, true, true);

  /** A flag takes no value; a list option may be repeated and gathers its values. */
  enum Kind {
    FLAG,
    VALUE,
    LIST
  }

  /**
   * A value the option does not take, with why, in the words picocli puts after the option's name.
   */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused(String why) {
      super(why, null, false, false);
    }
  }

  final String name;
  final String shortName;
  final Kind kind;

  /** Whether {@link QuickOptions} reads it (the rest send a command line to picocli). */
  final boolean quick;

  /** Whether a configuration file and an {@code ADVISE_*} variable may set it. */
  final boolean configurable;

  RunOption(String name, String shortName, Kind kind, boolean quick, boolean configurable) {
    this.name = name;
    this.shortName = shortName;
    this.kind = kind;
    this.quick = quick;
    this.configurable = configurable;
  }

  /**
   * The key in {@code .advise.yaml}: the long name without dashes ({@code reports} for the
   * repeatable {@code --report}).
   */
  String key() {
    return this == REPORT ? "reports" : name.substring(2);
  }

  /** {@code ADVISE_MAX_FILE_SIZE} for {@code --max-file-size}. */
  String variable() {
    return "ADVISE_" + name.substring(2).replace('-', '_').toUpperCase(Locale.ROOT);
  }

  /** The option called {@code name} or {@code shortName}, if there is one. */
  static Optional<RunOption> named(String name) {
    for (RunOption o : values()) {
      if (o.name.equals(name) || name.equals(o.shortName)) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }

  /**
   * The option whose key in a configuration file is {@code key} (whether the file may set it or
   * not).
   */
  static Optional<RunOption> byKey(String key) {
    for (RunOption o : values()) {
      if (o.key().equals(key)) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }

  /** The keys a configuration file may hold, in table order. */
  static List<String> keys() {
    List<String> keys = new ArrayList<>();
    for (RunOption o : values()) {
      if (o.configurable) {
        keys.add(o.key());
      }
    }
    return keys;
  }

  /**
   * One value as the command line writes it, converted, or refused as picocli's converter refuses
   * it.
   */
  Object parse(String value) throws Refused {
    switch (this) {
      case FORMAT -> {
        Optional<Format> format = Format.byId(value);
        if (format.isEmpty()) {
          throw new Refused(
              "'"
                  + value
                  + "' is not a format (expected one of: "
                  + String.join(", ", IdNamed.ids(Format.values()))
                  + ")");
        }
        return format.get();
      }
      case COLOR -> {
        Optional<ColorMode> color = ColorMode.byId(value);
        if (color.isEmpty()) {
          throw new Refused(
              "'"
                  + value
                  + "' is not a colour mode (expected one of: "
                  + String.join(", ", IdNamed.ids(ColorMode.values()))
                  + ")");
        }
        return color.get();
      }
      case FROM -> {
        if (!value.equals("k8s") && !value.equals("compose")) {
          throw new Refused(Quote.of(value) + " is not k8s or compose");
        }
        return value;
      }
      case TOLERANCE -> {
        return refusedIfPresent(OptionValues.tolerance(value));
      }
      case OUTPUT, RULES, CONFIG -> {
        return refusedIfPresent(OptionValues.path(value));
      }
      case SARIF_ROOT -> {
        try {
          return Path.of(value);
        } catch (InvalidPathException e) {
          throw new Refused(Quote.of(value) + " is not a valid file name here");
        }
      }
      case INCLUDE, EXCLUDE -> {
        Optional<String> problem = OptionValues.globProblem(value);
        if (problem.isPresent()) {
          throw new Refused(problem.get());
        }
        return value;
      }
      case MAX_FILE_SIZE -> {
        return refusedIfPresent(OptionValues.size(value));
      }
      case MAX_ALIASES -> {
        return refusedIfPresent(OptionValues.count(value, 0));
      }
      case MAX_DEPTH -> {
        return refusedIfPresent(OptionValues.count(value, 1));
      }
      case REPORT -> {
        return refusedIfPresent(ReportTarget.parse(value));
      }
      case STDIN_FILENAME, SARIF_DOCS_URL -> {
        return value;
      }
      default -> throw new Refused("takes no value");
    }
  }

  private static Object refusedIfPresent(OptionValues.Read<?> read) throws Refused {
    if (read.problem() != null) {
      throw new Refused(read.problem());
    }
    return read.value();
  }

  /**
   * Sets the option in {@code o}: a flag to {@code value} (a Boolean), a value option to it, a list
   * option to the values in {@code value} (a List), replacing what it held.
   */
  void set(Options o, Object value) {
    switch (this) {
      case FROM -> o.from = (String) value;
      case FORMAT -> o.format = (Format) value;
      case OUTPUT -> o.output = (Path) value;
      case REPORT -> o.reports = list(value, ReportTarget.class);
      case INCLUDE -> o.include = list(value, String.class);
      case EXCLUDE -> o.exclude = list(value, String.class);
      case FOLLOW_SYMLINKS -> o.followSymlinks = (Boolean) value;
      case QUIET -> o.quiet = (Boolean) value;
      case CHECK -> o.check = (Boolean) value;
      case TOLERANCE -> o.tolerance = (Integer) value;
      case RULES -> o.rules = list(value, Path.class);
      case COLOR -> o.color = (ColorMode) value;
      case MAX_FILE_SIZE -> o.maxFileSize = (Long) value;
      case MAX_ALIASES -> o.maxAliases = (Integer) value;
      case MAX_DEPTH -> o.maxDepth = (Integer) value;
      case STDIN_FILENAME -> o.stdinFilename = (String) value;
      case SARIF_ROOT -> o.sarifRoot = (Path) value;
      case SARIF_DOCS_URL -> o.sarifDocsUrl = (String) value;
      case CONFIG -> o.config = (Path) value;
      case NO_CONFIG -> o.noConfig = (Boolean) value;
      case DEBUG -> o.debug = (Boolean) value;
      default -> throw new IllegalStateException(name);
    }
  }

  /** The option's value in {@code o}: a Boolean, a List, or the value (null when unset). */
  Object get(Options o) {
    return switch (this) {
      case FROM -> o.from;
      case FORMAT -> o.format;
      case OUTPUT -> o.output;
      case REPORT -> o.reports;
      case INCLUDE -> o.include;
      case EXCLUDE -> o.exclude;
      case FOLLOW_SYMLINKS -> o.followSymlinks;
      case QUIET -> o.quiet;
      case CHECK -> o.check;
      case TOLERANCE -> o.tolerance;
      case RULES -> o.rules;
      case COLOR -> o.color;
      case MAX_FILE_SIZE -> o.maxFileSize;
      case MAX_ALIASES -> o.maxAliases;
      case MAX_DEPTH -> o.maxDepth;
      case STDIN_FILENAME -> o.stdinFilename;
      case SARIF_ROOT -> o.sarifRoot;
      case SARIF_DOCS_URL -> o.sarifDocsUrl;
      case CONFIG -> o.config;
      case NO_CONFIG -> o.noConfig;
      case DEBUG -> o.debug;
    };
  }

  private static <T> List<T> list(Object value, Class<T> type) {
    List<T> out = new ArrayList<>();
    for (Object item : (List<?>) value) {
      out.add(type.cast(item));
    }
    return out;
  }
}
