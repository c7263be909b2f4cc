package dev.advise.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Folders packed into the jar (the rules, the examples), listed and read whether the classes run
 * from the jar or, in tests, from target/classes. Files are named as they stand in the
 * repository, e.g. {@code rules/latency.yaml}.
 */
public final class Embedded {

  private Embedded() {}

  /** The {@code *.yaml} files of an embedded folder, sorted by name. */
  public static List<RuleFile> files(String folder) {
    URL url = Embedded.class.getResource("/" + folder);
    if (url == null) {
      throw new IllegalStateException("the embedded " + folder + " are missing from the jar");
    }
    try {
      URI uri = url.toURI();
      if (!"jar".equals(uri.getScheme())) {
        return relabel(folder, RuleLoader.folder(Path.of(uri)));
      }
      String jar = url.toString().substring(0, url.toString().indexOf("!/"));
      try (FileSystem fs = FileSystems.newFileSystem(URI.create(jar), Map.of())) {
        return relabel(folder, RuleLoader.folder(fs.getPath("/" + folder)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<RuleFile> relabel(String folder, List<RuleFile> files) {
    return files.stream()
        .map(f -> new RuleFile(folder + "/" + Path.of(f.name()).getFileName(), f.text(), f.unreadable()))
        .toList();
  }
}
