package dev.advise.report;

/**
 * Where a SARIF result is: a region that always has a start line, even for a whole-file problem.
 */
final class SarifLocation {

  private SarifLocation() {}

  /** A physical location; line 0 (no position, e.g. a file too large to read) becomes line 1. */
  static void physical(JsonText j, String uri, int line, int column) {
    j.beginObject();
    j.name("artifactLocation").beginObject().field("uri", uri).endObject();
    j.name("region").beginObject().field("startLine", Math.max(1, line));
    if (line > 0 && column > 0) {
      j.field("startColumn", column);
    }
    j.endObject();
    j.endObject();
  }
}
