package dev.advise.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.advise.Fixtures;
import dev.advise.descriptor.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each file in broken/rules, layered over the embedded rules, gives exactly its listed errors. */
class BrokenRulesTest {

  private static final Path DIR = Fixtures.projectDir().resolve("src/test/resources/broken/rules");

  static Stream<Path> files() throws IOException {
    return Fixtures.yamlFiles(DIR);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void isRejectedWithLocatedErrors(Path file) throws IOException {
    String name = file.getFileName().toString();
    List<String> expected = Fixtures.expectedErrors(DIR, name);
    List<RuleFile> layer =
        List.of(new RuleFile(name, Files.readString(file, StandardCharsets.UTF_8)));

    // as advise rules test loads it, which also reads the file's cases (advising skips them)
    assertThatThrownBy(() -> RuleLoader.loadTested(List.of(RuleLoader.embeddedFiles(), layer), 1))
        .isInstanceOfSatisfying(
            RuleSetException.class,
            e ->
                assertThat(e.problems().stream().map(Problem::format).toList())
                    .containsExactlyElementsOf(expected));
  }
}
