package dev.advise.cli;

import dev.advise.descriptor.Problem;
import dev.advise.descriptor.Quote;
import dev.advise.descriptor.SettingsDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code .advise.yaml}: the run's options kept in the repository, by their long names. Found by
 * {@link Settings#find} with a few file lookups and nothing else, so a run without one never loads
 * this class nor the YAML composer; read as descriptors are read ({@link SettingsDocument}) and
 * checked against {@link RunOption}, each value read as the option reads it on the command line,
 * every problem located at file, line, column and key, with a suggestion for a near miss. A
 * relative path in the file (a rules folder, the SARIF root) is taken from the file's folder, so
 * that the file means the same from wherever in the repository advise runs.
 */
final class ConfigFile {

  static final String NAME = ".advise.yaml";

  /** One setting the file makes, with the line it is on. */
  record Setting(Object value, int line) {}

  /** The settings of a file as it was named ({@code shown}), or the problems that stop the run. */
  record Loaded(String shown, Map<RunOption, Setting> settings, List<Problem> problems) {}

  private ConfigFile() {}

  /** Reads the file at {@code file}, named so in messages and in {@code advise config}. */
  static Loaded read(Path file) {
    String shown = file.toString();
    List<String> keys = new ArrayList<>();
    for (RunOption o : RunOption.values()) {
      keys.add(o.key());
    }
    SettingsDocument.Read read = SettingsDocument.read(file, shown, keys);
    List<Problem> problems = new ArrayList<>(read.problems());
    Map<RunOption, Setting> settings = new EnumMap<>(RunOption.class);
    for (SettingsDocument.Entry entry : read.entries()) {
      RunOption option = RunOption.byKey(entry.key()).orElseThrow();
      List<Problem> found = new ArrayList<>();
      Optional<Object> value =
          option.configurable
              ? value(option, entry, shown, file.getParent(), found)
              : Optional.empty();
      if (!option.configurable) {
        found.add(
            new Problem(
                shown,
                1,
                entry.line(),
                entry.column(),
                entry.key(),
                "is not read from a configuration file (give "
                    + option.name
                    + " on the command line)"));
      }
      problems.addAll(found);
      value.ifPresent(v -> settings.put(option, new Setting(v, entry.keyLine())));
    }
    problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
    return new Loaded(shown, settings, problems);
  }

  /**
   * The value of one key, read as the option reads it from the command line; empty after a problem.
   */
  private static Optional<Object> value(
      RunOption option,
      SettingsDocument.Entry entry,
      String shown,
      Path base,
      List<Problem> problems) {
    boolean fits =
        switch (entry.shape()) {
          case SCALAR -> true;
          case LIST -> option.kind == RunOption.Kind.LIST;
          case MAPPING -> option == RunOption.REPORT;
          default -> false;
        };
    if (!fits) {
      String found =
          switch (entry.shape()) {
            case NOTHING -> "nothing";
            case LIST -> "a list";
            default -> "a mapping";
          };
      problems.add(
          new Problem(
              shown,
              1,
              entry.line(),
              entry.column(),
              entry.key(),
              "expected "
                  + expected(option)
                  + (option.kind == RunOption.Kind.LIST && option != RunOption.REPORT
                      ? " or a list of them"
                      : "")
                  + ", found "
                  + found));
      return Optional.empty();
    }
    List<Object> values = new ArrayList<>();
    for (SettingsDocument.Item item : entry.items()) {
      try {
        Object value =
            converted(option, item.name() == null ? item.text() : item.name() + "=" + item.text());
        if (value instanceof ReportTarget r) {
          value = inside(r).from(base);
        }
        values.add(value instanceof Path p && base != null ? base.resolve(p) : value);
      } catch (RunOption.Refused e) {
        problems.add(
            new Problem(shown, 1, item.line(), item.column(), entry.key(), e.getMessage()));
      }
    }
    if (values.size() < entry.items().size()) {
      return Optional.empty();
    }
    return Optional.of(option.kind == RunOption.Kind.LIST ? values : values.get(0));
  }

  /**
   * A report the file asks for is written below the file's folder: a file that a pull request can
   * edit must not write over files elsewhere on the runner (a flag or a variable may).
   */
  private static ReportTarget inside(ReportTarget r) throws RunOption.Refused {
    Path file = r.file().normalize();
    if (file.isAbsolute() || file.startsWith("..") || file.toString().isEmpty()) {
      throw new RunOption.Refused(
          Quote.of(r.file().toString())
              + " is not below this file's folder (a report named"
              + " here stays inside it; give --report on the command line to write elsewhere)");
    }
    return r;
  }

  private static Object converted(RunOption option, String text) throws RunOption.Refused {
    if (option.kind != RunOption.Kind.FLAG) {
      return option.parse(text);
    }
    if (text.equals("true") || text.equals("false")) {
      return Boolean.valueOf(text);
    }
    throw new RunOption.Refused("expected true or false, found " + Quote.of(text));
  }

  /** What a key takes, in words, for a value of the wrong shape. */
  private static String expected(RunOption option) {
    return switch (option) {
      case FORMAT -> "a format";
      case FROM -> "k8s or compose";
      case COLOR -> "auto, always or never";
      case TOLERANCE -> "a whole number of points";
      case MAX_FILE_SIZE -> "a size";
      case MAX_ALIASES, MAX_DEPTH -> "a whole number";
      case INCLUDE, EXCLUDE -> "a pattern";
      case RULES, SARIF_ROOT -> "a folder";
      case SARIF_DOCS_URL -> "a web address";
      case REPORT -> "format: file pairs (e.g. sarif: advise.sarif)";
      default -> option.kind == RunOption.Kind.FLAG ? "true or false" : "a value";
    };
  }
}
