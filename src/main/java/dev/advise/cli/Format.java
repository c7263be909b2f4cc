package dev.advise.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;
import picocli.CommandLine;

/** The output formats this build writes. */
enum Format {
  TABLE("table"),
  JSON("json"),
  NDJSON("ndjson"),
  MARKDOWN("markdown"),
  JUNIT("junit"),
  SARIF("sarif"),
  GITHUB("github");

  private final String id;

  Format(String id) {
    this.id = id;
  }

  String id() {
    return id;
  }

  /** The format with this name, if there is one. */
  static Optional<Format> byId(String id) {
    for (Format f : values()) {
      if (f.id.equals(id)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** Reads the lower-case name; an unknown one is a usage error that lists the valid ones. */
  static final class Converter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      return (Format) Converters.convert(RunOption.FORMAT, value);
    }
  }

  /** The names picocli shows in help and completion. */
  static final class Candidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(values()).map(Format::id).iterator();
    }
  }
}
