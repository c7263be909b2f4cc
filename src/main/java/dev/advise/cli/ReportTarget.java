package dev.advise.cli;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One {@code --report FORMAT=FILE}: a further format written in the same run, to a file of its own.
 * The format is everything before the first {@code =}, so a file name may hold one.
 */
record ReportTarget(Format format, Path file) {

  /** {@code FORMAT=FILE}, or why it is not one (in the words picocli puts after the option). */
  static OptionValues.Read<ReportTarget> parse(String value) {
    int eq = value.indexOf('=');
    if (eq <= 0) {
      return OptionValues.Read.refused(
          "'" + value + "' is not FORMAT=FILE (e.g. sarif=advise.sarif)");
    }
    String id = value.substring(0, eq);
    Optional<Format> format = Format.byId(id);
    if (format.isEmpty()) {
      return OptionValues.Read.refused(
          "'"
              + id
              + "' is not a format (expected one of: "
              + String.join(", ", IdNamed.ids(Format.values()))
              + ")");
    }
    OptionValues.Read<Path> file = OptionValues.path(value.substring(eq + 1));
    if (file.problem() != null) {
      return OptionValues.Read.refused(file.problem());
    }
    return OptionValues.Read.ok(new ReportTarget(format.get(), file.value()));
  }

  /**
   * The same report with a relative file taken from {@code base} (a configuration file's folder).
   */
  ReportTarget from(Path base) {
    return base == null ? this : new ReportTarget(format, base.resolve(file));
  }

  /** As the command line writes it, for {@code advise config}. */
  @Override
  public String toString() {
    return format.id() + "=" + file;
  }
}
