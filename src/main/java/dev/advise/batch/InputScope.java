package dev.advise.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Whether a run would read a given file: the file itself named on the command line, or a file that
 * the walk of a folder argument would pick (below it, matching the include patterns, in no excluded
 * folder). Asked once per run, about {@code --output}, before anything is read.
 */
public final class InputScope {

  private InputScope() {}

  /** The file's real location: links followed, and for a file not yet there, its real folder. */
  public static Path located(Path file) {
    try {
      if (Files.exists(file)) {
        return file.toRealPath();
      }
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null && Files.isDirectory(parent)) {
        return parent.toRealPath().resolve(file.getFileName());
      }
    } catch (IOException e) {
      // fall through: the plain absolute form is the best answer there is
    }
    return file.toAbsolutePath().normalize();
  }

  /** Whether {@code arg} (a path as given) names or, as a folder, would walk to {@code real}. */
  public static boolean reads(String arg, Path real, WalkOptions options) {
    if (arg.equals(Input.STDIN) || arg.isEmpty()) {
      return false;
    }
    Path given;
    try {
      given = Path.of(arg);
    } catch (InvalidPathException e) {
      return false;
    }
    Path located = located(given);
    if (!Files.isDirectory(given)) {
      return located.equals(real);
    }
    if (!real.startsWith(located) || real.equals(located)) {
      return false;
    }
    Path relative = located.relativize(real);
    Globs exclude = new Globs(options.exclude());
    StringBuilder sofar = new StringBuilder();
    for (Path name : relative) {
      sofar.append(sofar.length() == 0 ? "" : "/").append(name);
      if (exclude.matches(sofar.toString())) {
        return false;
      }
    }
    return new Globs(options.include()).matches(sofar.toString());
  }
}
