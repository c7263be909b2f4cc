package dev.advise.importer;

import dev.advise.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** The shared corpus of real manifests (../shared/corpus), read in place: never copied here. */
final class Corpus {

  private Corpus() {}

  static Path dir() {
    return Fixtures.projectDir().resolve("../shared/corpus").normalize();
  }

  /** Skips the calling test cleanly when the corpus is not there. */
  static Path require() {
    Path dir = dir();
    Assumptions.assumeTrue(Files.isDirectory(dir.resolve("k8s")), "no corpus at " + dir);
    return dir;
  }

  /** One corpus file by its path below the corpus, e.g. {@code k8s/x/y.yaml}. */
  static Path file(String relative) {
    return require().resolve(relative);
  }

  /** Every manifest file of the corpus (not its notes), sorted. */
  static List<Path> files() {
    Path dir = require();
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
