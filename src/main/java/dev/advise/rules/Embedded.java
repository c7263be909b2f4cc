package dev.advise.rules;

import dev.advise.descriptor.InputText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Folders packed into the jar (the rules, the examples), listed and read whether the classes run
 * from the jar or, in tests, from target/classes. Files are named as they stand in the repository,
 * e.g. {@code rules/latency.yaml}.
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
      // Read the jar with JarFile, which the JVM has loaded already: opening it as a zip
      // file system would load a whole provider and cost tens of milliseconds at start-up.
      String jar = url.toString().substring("jar:".length(), url.toString().indexOf("!/"));
      try (JarFile file = new JarFile(Path.of(URI.create(jar)).toFile())) {
        List<JarEntry> entries =
            file.stream()
                .filter(
                    e ->
                        !e.isDirectory()
                            && e.getName().startsWith(folder + "/")
                            && e.getName().indexOf('/', folder.length() + 1) < 0
                            && (e.getName().endsWith(".yaml") || e.getName().endsWith(".yml")))
                .sorted(Comparator.comparing(JarEntry::getName))
                .toList();
        List<RuleFile> out = new ArrayList<>();
        for (JarEntry e : entries) {
          try (InputStream in = file.getInputStream(e)) {
            out.add(read(e.getName(), in.readAllBytes()));
          }
        }
        return out;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static RuleFile read(String name, byte[] bytes) {
    try {
      return new RuleFile(name, InputText.decode(bytes));
    } catch (InputText.Unreadable e) {
      return new RuleFile(name, "", Optional.of(e.problem(name)));
    }
  }

  /** Names files as they stand in the repository; the build-time compiler names them the same. */
  static List<RuleFile> relabel(String folder, List<RuleFile> files) {
    return files.stream()
        .map(
            f ->
                new RuleFile(
                    folder + "/" + Path.of(f.name()).getFileName(), f.text(), f.unreadable()))
        .toList();
  }
}
