package dev.advise;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advise.descriptor.DescriptorParser;
import dev.advise.descriptor.Limits;
import dev.advise.descriptor.ParsedDocument;
import dev.advise.engine.Advisor;
import dev.advise.model.Workload;
import dev.advise.rules.RuleLoader;
import dev.advise.rules.RuleSet;
import dev.advise.rules.RuleSetException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Shared test inputs: the project folder, the embedded rules, descriptors from spec text. */
public final class Fixtures {

  private static RuleSet rules;
  private static RuleSet withMechanisms;

  private Fixtures() {}

  public static Path projectDir() {
    return Path.of(System.getProperty("advise.projectDir", ".")).toAbsolutePath().normalize();
  }

  public static synchronized RuleSet rules() {
    if (rules == null) {
      try {
        rules = RuleLoader.embedded();
      } catch (RuleSetException e) {
        throw new AssertionError(e.getMessage(), e);
      }
    }
    return rules;
  }

  /**
   * The embedded rules with {@code src/test/resources/mechanisms/*.yaml} layered over them: rules
   * that use every scoring mechanism (caps, conditions), so the engine's tests exercise each
   * whether or not the embedded knowledge uses it yet.
   */
  public static synchronized RuleSet rulesWithMechanisms() {
    if (withMechanisms == null) {
      try {
        withMechanisms =
            RuleLoader.withFolders(List.of(projectDir().resolve("src/test/resources/mechanisms")));
      } catch (RuleSetException e) {
        throw new AssertionError(e.getMessage(), e);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return withMechanisms;
  }

  /** Both rule sets the engine's oracle tests run against. */
  public static List<RuleSet> ruleSets() {
    return List.of(rules(), rulesWithMechanisms());
  }

  public static Advisor advisor() {
    return new Advisor(rules());
  }

  /** A full descriptor around a {@code spec} written as YAML flow or block text. */
  public static String descriptor(String name, String specYaml) {
    return "apiVersion: advise/v1\nkind: Workload\nmetadata:\n  name: "
        + name
        + "\nspec: "
        + specYaml
        + "\n";
  }

  public static Workload workload(String specYaml) {
    List<ParsedDocument> docs =
        DescriptorParser.parse("test.yaml", descriptor("test", specYaml), Limits.DEFAULT);
    assertThat(docs).hasSize(1);
    ParsedDocument doc = docs.get(0);
    if (doc instanceof ParsedDocument.Invalid invalid) {
      throw new AssertionError("invalid test descriptor: " + invalid.problems());
    }
    return ((ParsedDocument.Valid) doc).workload();
  }

  /** The {@code *.yaml} files of a test folder, sorted by name. */
  public static Stream<Path> yamlFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  /** The lines of {@code dir/expected.txt} that belong to the file {@code name}. */
  public static List<String> expectedErrors(Path dir, String name) throws IOException {
    List<String> expected =
        Files.readAllLines(dir.resolve("expected.txt"), StandardCharsets.UTF_8).stream()
            .filter(l -> l.startsWith(name + ":"))
            .toList();
    assertThat(expected).as("expected.txt lists " + name).isNotEmpty();
    return expected;
  }

  /** Writes a file below {@code dir}, creating its folders; returns its path. */
  public static Path write(Path dir, String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  /** The example descriptors, sorted by name. */
  public static List<Path> examples() {
    try (Stream<Path> files = Files.list(projectDir().resolve("examples"))) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
