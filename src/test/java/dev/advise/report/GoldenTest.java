package dev.advise.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.advise.Cli;
import dev.advise.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example's table and JSON, and the examples folder checked in every other format, match the
 * reviewed golden files byte for byte. Goldens change only on purpose: {@code ./mvnw verify
 * -Dadvise.updateGoldens=true}, then review the diff.
 */
class GoldenTest {

  private static final Path GOLDEN = Fixtures.projectDir().resolve("src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("advise.updateGoldens");

  static Stream<Arguments> cases() {
    return Fixtures.examples().stream()
        .flatMap(
            p -> {
              String example = "examples/" + p.getFileName();
              String stem = p.getFileName().toString().replaceFirst("\\.yaml$", "");
              return Stream.of(
                  Arguments.of(example, "table", stem + ".table.txt"),
                  Arguments.of(example, "json", stem + ".json"));
            });
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("cases")
  void outputMatchesTheGoldenFile(String example, String format, String golden) throws IOException {
    Cli.Result first = Cli.run("--format", format, "--color=never", example);
    assertThat(first.code()).as(first.err()).isZero();
    assertGolden(first, Cli.run("--format", format, "--color=never", example), golden);
  }

  /** The folder formats, with a check so that passes and failures both show. */
  static Stream<Arguments> folderCases() {
    return Stream.of(
        Arguments.of("table", "examples.check.table.txt"),
        Arguments.of("markdown", "examples.check.md"),
        Arguments.of("junit", "examples.check.junit.xml"),
        Arguments.of("sarif", "examples.check.sarif.json"));
  }

  @ParameterizedTest(name = "examples/ as {0}")
  @MethodSource("folderCases")
  void folderOutputMatchesTheGoldenFile(String format, String golden) throws IOException {
    Cli.Result first = Cli.run("--check", "--format", format, "--color=never", "examples");
    assertThat(first.code()).as(first.err()).isEqualTo(1); // some examples fail their check
    assertGolden(
        first, Cli.run("--check", "--format", format, "--color=never", "examples"), golden);
  }

  private static void assertGolden(Cli.Result first, Cli.Result second, String golden)
      throws IOException {
    assertThat(first.out()).as("rendering twice gives the same bytes").isEqualTo(second.out());
    Path file = GOLDEN.resolve(golden);
    if (UPDATE) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, first.out(), StandardCharsets.UTF_8);
    }
    assertThat(file).as("golden file (create it with -Dadvise.updateGoldens=true)").exists();
    assertThat(first.out()).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
