package dev.advise.rules;

import dev.advise.descriptor.InputText;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Builds a {@link RuleSet} from layers of rule files: the embedded default first, then each {@code
 * --rules DIR}. A later layer adds rules or overrides them by id, adds sources, and may replace the
 * policy or a dimension's baseline. Every problem is reported with file and line.
 */
public final class RuleLoader {

  /**
   * The folder of the built-in rules in the jar, and the file that problems of the whole set name.
   */
  static final String EMBEDDED = "rules";

  private static final String COMPILED = "/rules.bin";

  /**
   * A rule set with the test cases of the rules that layers from a given one on define.
   *
   * @param untested ids of those rules that have no case
   */
  public record Tested(RuleSet rules, List<RuleCase> cases, List<String> untested) {}

  private RuleLoader() {}

  /**
   * The rule set packed into the jar from the top-level {@code rules/} folder: read from its
   * build-time compiled form when that was made from these very files, else parsed.
   */
  public static RuleSet embedded() throws RuleSetException {
    return embedded(null);
  }

  /** As {@link #embedded()}; {@code debug}, when not null, hears why the YAML was read instead. */
  public static RuleSet embedded(Consumer<String> debug) throws RuleSetException {
    return embedded(RuleLoader.class.getResource(COMPILED), debug);
  }

  static RuleSet embedded(URL compiledUrl, Consumer<String> debug) throws RuleSetException {
    // In the jar, the compiled form and the YAML come from the same build, so the checksum is
    // trusted without reading the YAML; from a folder of classes (tests, an IDE) it is checked.
    boolean fromJar = compiledUrl != null && "jar".equals(compiledUrl.getProtocol());
    List<RuleFile> files = fromJar ? List.of() : embeddedFiles();
    String why = "there is no compiled rules.bin";
    if (compiledUrl != null) {
      try (var stream = compiledUrl.openStream()) {
        var in = new DataInputStream(new BufferedInputStream(stream));
        Optional<RuleSet> compiled =
            fromJar
                ? RuleSetCodec.readTrusted(in)
                : RuleSetCodec.read(in, RuleSetCodec.checksum(files));
        if (compiled.isPresent()) {
          return compiled.get();
        }
        why = "rules.bin was compiled from other rule files or by a codec of another shape";
      } catch (IOException e) {
        // Damaged or of another shape: the YAML is the source of truth. Only I/O and decoding
        // problems land here; a bug in the reader is an internal error like any other.
        why =
            "rules.bin cannot be read ("
                + (e instanceof RuleSetCodec.Unreadable ? e.getMessage() : e.toString())
                + ")";
      }
    }
    if (debug != null) {
      debug.accept(why + "; reading the built-in rules from their YAML");
    }
    return load(List.of(files.isEmpty() ? embeddedFiles() : files));
  }

  /** The embedded rules with each folder's files layered on top, in order. */
  public static RuleSet withFolders(List<Path> folders) throws RuleSetException, IOException {
    return load(layers(folders));
  }

  private static List<List<RuleFile>> layers(List<Path> folders) throws IOException {
    List<List<RuleFile>> layers = new ArrayList<>();
    layers.add(embeddedFiles());
    for (Path folder : folders) {
      layers.add(folder(folder));
    }
    return layers;
  }

  /** Loads layers of files; within a layer an id may appear once. */
  public static RuleSet load(List<List<RuleFile>> layers) throws RuleSetException {
    return loadTested(layers, layers.size()).rules(); // no layer tested: no case is read
  }

  /**
   * The built-in rules with each folder layered on top, and the cases of the folders' rules (of the
   * built-in rules when there is no folder): what {@code advise rules test} runs.
   */
  public static Tested withFoldersTested(List<Path> folders) throws RuleSetException, IOException {
    return loadTested(layers(folders), folders.isEmpty() ? 0 : 1);
  }

  /**
   * Loads layers of files, reading and keeping the cases of the rules that layers from {@code
   * firstTested} on define (earlier layers' {@code cases:} are skipped unread).
   */
  public static Tested loadTested(List<List<RuleFile>> layers, int firstTested)
      throws RuleSetException {
    RuleLayers loader = new RuleLayers();
    for (int i = 0; i < layers.size(); i++) {
      loader.layer(i, layers.get(i), i >= firstTested);
    }
    return loader.finish(firstTested);
  }

  /** The {@code *.yaml} files of a folder, sorted by name; its sub-folders are not read. */
  public static List<RuleFile> folder(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> paths =
          files
              .filter(
                  p ->
                      p.getFileName().toString().endsWith(".yaml")
                          || p.getFileName().toString().endsWith(".yml"))
              .filter(Files::isRegularFile)
              .sorted(Comparator.comparing(p -> p.getFileName().toString()))
              .toList();
      List<RuleFile> out = new ArrayList<>();
      for (Path p : paths) {
        String name = folder.resolve(p.getFileName()).toString();
        try {
          out.add(new RuleFile(name, InputText.read(p)));
        } catch (InputText.Unreadable e) {
          out.add(new RuleFile(name, "", Optional.of(e.problem(name))));
        }
      }
      return out;
    }
  }

  static List<RuleFile> embeddedFiles() {
    return Embedded.files(EMBEDDED);
  }
}
