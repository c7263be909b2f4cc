package dev.advise.batch;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One file to read: {@code source} is how output names it (the path as the user gave it, or
 * below the folder given, or {@code -}); {@code path} is empty for standard input.
 */
public record Input(String source, Optional<Path> path) implements Found {

  public static final String STDIN = "-";

  public static Input stdin() {
    return new Input(STDIN, Optional.empty());
  }

  public static Input file(String source, Path path) {
    return new Input(source, Optional.of(path));
  }
}
