package dev.advise.report;

import java.util.LinkedHashMap;
import java.util.Map;

/** Where a SARIF result is: a region that always has a start line, even for a whole-file problem. */
final class SarifLocation {

  /** A physical location; line 0 (no position, e.g. a file too large to read) becomes line 1. */
  static Map<String, Object> physical(String uri, int line, int column) {
    Map<String, Object> region = new LinkedHashMap<>();
    region.put("startLine", Math.max(1, line));
    if (line > 0 && column > 0) {
      region.put("startColumn", column);
    }
    Map<String, Object> physical = new LinkedHashMap<>();
    physical.put("artifactLocation", Map.of("uri", uri));
    physical.put("region", region);
    return physical;
  }
}
