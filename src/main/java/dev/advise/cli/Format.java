package dev.advise.cli;

import java.util.Iterator;
import java.util.Optional;

/** The output formats this build writes. */
enum Format implements IdNamed {
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

  @Override
  public String id() {
    return id;
  }

  /** The format with this name, if there is one. */
  static Optional<Format> byId(String id) {
    return IdNamed.byId(values(), id);
  }

  /** The names picocli shows in help and completion. */
  static final class Candidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return IdNamed.ids(values()).iterator();
    }
  }
}
