package dev.advise.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * Names a source for SARIF relative to a root (the working directory, or {@code --sarif-root}), as
 * code scanning resolves locations against the repository's checkout: a file given as {@code
 * ./a.yaml}, {@code /abs/root/a.yaml} or {@code a.yaml} is the same {@code a.yaml}. A file outside
 * the root keeps its path as given, normalised, so it still names the file.
 */
final class SarifPaths implements UnaryOperator<String> {

  private final Path root;
  private final Path cwd = Path.of("").toAbsolutePath();

  SarifPaths(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  @Override
  public String apply(String source) {
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
}
