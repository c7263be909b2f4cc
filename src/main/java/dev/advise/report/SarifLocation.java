package dev.advise.report;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a SARIF result is: the file as a URI relative to the report's root (the working
 * directory, or {@code --sarif-root}), as code scanning resolves it against the repository's
 * checkout, and a region that always has a start line, even for a whole-file problem.
 */
final class SarifLocation {

  private final Path root;
  private final Path cwd = Path.of("").toAbsolutePath();

  SarifLocation(Path root) {
    this.root = root;
  }

  /**
   * The source relative to the root, with '/' separators and no {@code ./}: a file given as
   * {@code ./a.yaml}, {@code /abs/root/a.yaml} or {@code a.yaml} is the same {@code a.yaml}.
   * A file outside the root keeps its path as given, normalised, so it still names the file.
   */
  String relative(String source) {
    Path given;
    try {
      given = Path.of(source);
    } catch (InvalidPathException e) {
      return source;
    }
    Path absolute = cwd.resolve(given).normalize();
    if (absolute.startsWith(root) && !absolute.equals(root)) {
      return slashes(root.relativize(absolute));
    }
    Path normal = given.normalize();
    return normal.toString().isEmpty() ? source : slashes(normal);
  }

  private static String slashes(Path path) {
    StringBuilder sb = new StringBuilder(path.isAbsolute() ? "/" : "");
    for (int i = 0; i < path.getNameCount(); i++) {
      sb.append(i == 0 ? "" : "/").append(path.getName(i));
    }
    return sb.toString();
  }

  /** A physical location; line 0 (no position, e.g. a file too large to read) becomes line 1. */
  Map<String, Object> physical(String uri, int line, int column) {
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
