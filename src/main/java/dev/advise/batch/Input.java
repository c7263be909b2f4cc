package dev.advise.batch;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One file to read: {@code source} is how output names it (the path as the user gave it, or below
 * the folder given, or {@code -}); {@code path} is empty for standard input. {@code regular} says
 * the walker has just seen a regular file there (not a link, folder or FIFO), so the reader need
 * not look at it again before opening it. {@code found} says the walk of a folder found it: there,
 * a document that is not an advise descriptor is skipped, where a file named on the command line is
 * always read as one.
 */
public record Input(String source, Optional<Path> path, boolean regular, boolean found)
    implements Found {

  public static final String STDIN = "-";

  public static Input stdin() {
    return stdin(STDIN);
  }

  /** Standard input, reported under the name given ({@code --stdin-filename}). */
  public static Input stdin(String name) {
    return new Input(name, Optional.empty(), false, false);
  }

  /** A file named on the command line, to be checked before it is read. */
  public static Input file(String source, Path path) {
    return new Input(source, Optional.of(path), false, false);
  }

  /** A file found in a folder, which the walker has seen to be a regular file or not. */
  public static Input inFolder(String source, Path path, boolean regular) {
    return new Input(source, Optional.of(path), regular, true);
  }
}
